using System.Globalization;
using System.Text;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Html.Metadata;

/// <summary>
/// Bylines (tác giả): the line of a Vietnamese article that names its writer, and byline texts
/// of page markup. The author is the personal name as written, without labels (<c>Tác giả:</c>,
/// <c>Bài và ảnh:</c>), role prefixes (<c>PV</c>, <c>CTV</c> before a name) and agency or place
/// suffixes (<c>/HTTV</c>, <c>(TTXVN)</c>, <c>- TTXVN</c>, <c>– Đài TT Huyện</c>); two reporters stay
/// as written (<c>Minh Anh – Quốc Bảo</c>); an agency or role alone stays as written
/// (<c>TTXVN</c>, <c>PV</c>). Photo credits (<c>Ảnh: …</c>) and source credits (<c>Theo Người Lao
/// Động</c>, <c>Nguồn: …</c>) are not bylines. A linear scan over words; no regex.
/// </summary>
internal static class Bylines
{
    private const int MaxBylineLength = 80;

    private static readonly string[] Prefixes = ["tác giả:", "tác giả", "bài và ảnh:", "bài, ảnh:", "bài:", "by ", "written by ", "posted by ", "theo "];

    // Words of a label before a colon: "Tin, ảnh:", "Bài và ảnh:", "Tác giả:", "Nhóm phóng viên:".
    private static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "tin", "ảnh", "bài", "và", "video", "clip", "thực", "hiện", "nhóm", "phóng", "viên", "tác", "giả", "trình", "bày", "ghi", "chép",
        // "Tác giả bài viết: Bé Nhỏ", "Người thực hiện: …", "Đăng bởi: …", "Author: …".
        "viết", "người", "đăng", "bởi", "author",
    };

    // Role prefixes before a name ("PV Minh Anh", "CTV Lê Hà"); alone they are the byline.
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal) { "pv", "ctv", "btv", "nhóm pv", "phóng viên", "cộng tác viên" };

    // Notes in brackets after a writer's initials on how the text was gathered ("LH (ST)").
    private static readonly HashSet<string> GatheringNotes = new(StringComparer.Ordinal) { "st", "th", "sưu tầm", "tổng hợp" };

    // Words after the names that say what the writer did ("P.T - P.D ghi"), dropped with what follows.
    private static readonly HashSet<string> RoleSuffixWords = new(StringComparer.Ordinal) { "ghi", "thực", "tổng", "lược", "biên", "dịch", "giới", "trình" };

    // First words of a body, place or outlet after a dash ("– Đài TT Huyện"): such a part is a suffix, not a second reporter.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "đài", "báo", "cổng", "ban", "phòng", "huyện", "tỉnh", "xã", "quận", "phường", "thị", "sở", "đảng", "ủy", "ủy ban", "trung tâm",
        "văn phòng", "thành phố", "thành ủy", "thông tấn", "truyền hình", "tạp chí", "hội đồng", "cơ quan", "tp", "tp.", "tt", "tt-th",
    };

    /// <summary>
    /// Reads a byline line: <c>Minh Anh – Đài TT Huyện</c> → <c>Minh Anh</c>, <c>Bài và ảnh: Trường Hoàng</c> →
    /// <c>Trường Hoàng</c>, <c>P.T - P.D ghi</c> → <c>P.T - P.D</c>, <c>HÀ AN TTVH-TT-TT</c> → <c>Hà An</c>,
    /// <c>TTXVN</c> → <c>TTXVN</c>. False for anything else (a sentence, a photo or source credit).
    /// </summary>
    public static bool TryParse(string line, out string author)
    {
        author = "";
        // "(Trường Thọ)": a closing byline in brackets is read inside them.
        if (line.Length > 2 && line[0] == '(' && line[^1] == ')' && line.IndexOfAny(['(', ')'], 1, line.Length - 2) < 0)
        {
            line = line[1..^1];
        }

        var words = Words(line);
        // "Thứ Năm, 02/02/2023 15:12": the day of a date line, capitalised like a name, is nobody.
        if (words.Count == 0 || line.Length > MaxBylineLength || Boilerplate.IsWeekday(line))
        {
            return false;
        }

        int i = 0;
        string first = Key(words[0]);
        if (first is "nguồn" or "nguồn:" || first.StartsWith("ảnh", StringComparison.Ordinal) && (first.EndsWith(':') || words.Count > 1 && words[1] == ":"))
        {
            return false;
        }

        bool credited = first == "theo";
        if (credited)
        {
            i = 1;
        }

        i = SkipLabel(words, i);
        // "Ông Lê Văn A (trái) và ông B (phải).": a person introduced as ông or bà is a caption's or a sentence's, never the writer.
        if (i < words.Count && Key(words[i]) is "ông" or "bà")
        {
            return false;
        }

        int roleStart = i;
        i = SkipRole(words, i);
        string? role = i > roleStart ? string.Join(' ', words.GetRange(roleStart, i - roleStart)) : null;

        var persons = new StringBuilder();
        int personCount = 0;
        while (i < words.Count)
        {
            int end = NameEnd(words, i);
            if (end == i || !IsWholeName(words, i, end))
            {
                break;
            }

            if (personCount > 0)
            {
                persons.Append(' ').Append(words[i - 1]).Append(' ');
            }

            persons.Append(Name(words, i, end));
            personCount++;
            i = end;
            // "A - B", "A – B", "A và B": a second reporter, unless the part names a body or place.
            if (i + 1 < words.Count && IsJoiner(words[i]))
            {
                int next = NameEnd(words, i + 1);
                if (next > i + 1 && IsWholeName(words, i + 1, next) && !IsOrganisation(words, i + 1) && (next == words.Count || IsSuffixStart(words, next)))
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        if (personCount == 0)
        {
            // An agency or a role alone ("TTXVN", "PV", "Nhóm PV", "Thực hiện: BTV"), never a credited source ("Theo VGP").
            if (!credited && ((i == words.Count - 1 && IsAgency(words[i])) || (role is not null && i == words.Count)))
            {
                author = string.Join(' ', words.Skip(roleStart));
                return true;
            }

            // Initials in capitals before the source they wrote from ("TS (theo TTXVN)", "LTT - Theo Báo X") or a note in brackets
            // of how they gathered it ("LH (ST)": sưu tầm, collected; "(TH)", "(tổng hợp)").
            if (!credited && i == roleStart && i + 2 < words.Count && IsAgency(words[i]) &&
                ((words[i + 1] is "(" or "-" or "–" && Key(words[i + 2]) == "theo") ||
                 (words[i + 1] == "(" && GatheringNotes.Contains(Key(string.Join(' ', words.Skip(i + 2))).TrimEnd(')')))))
            {
                author = words[i];
                return true;
            }

            return false;
        }

        if (i < words.Count && !IsSuffixStart(words, i))
        {
            return false;
        }

        // "Theo Tuổi Trẻ" credits a paper; "Theo Minh Anh (TTXVN)" credits a reporter of an agency.
        if (credited && i == words.Count)
        {
            return false;
        }

        author = persons.ToString();
        return true;
    }

    /// <summary>
    /// Splits a byline glued to the end of the last paragraph (scraped text: <c>… nhấn mạnh./. Ngọc Hân/VOV-ĐBSCL</c>):
    /// the words after the paragraph's last sentence end, when they read as a byline.
    /// </summary>
    public static bool TrySplitTrailing(string paragraph, out string body, out string author)
    {
        body = paragraph;
        author = "";
        int from = Math.Max(0, paragraph.Length - MaxBylineLength - 2);
        // The earliest sentence end whose tail reads as a byline: the tail may itself hold dots ("P.T - P.D").
        for (int i = from; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] != ' ' || i == 0 || !EndsSentence(paragraph[i - 1]))
            {
                continue;
            }

            string tail = paragraph[(i + 1)..].Trim();
            if (tail.Length == 0 || tail[^1] is '.' or '!' or '?' or '…' or ':' or ';' || !char.IsUpper(tail[0]))
            {
                continue;
            }

            if (TryParse(tail, out author) && (author.Contains(' ') || author.Contains('.') || author.Contains(',')))
            {
                body = paragraph[..i].TrimEnd();
                return body.Length > 0;
            }
        }

        author = "";
        return false;
    }

    /// <summary>Reads a closing byline line of a page (see <see cref="TryParse"/>).</summary>
    public static bool TryParseClosing(string line, out string name) => TryParse(line.Replace('\n', ' '), out name);

    /// <summary>Cleans a byline element's text: drops <c>Tác giả:</c>, <c>By</c>, trailing dates and separators.</summary>
    public static string? CleanByline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (string prefix in Prefixes)
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                t = t[prefix.Length..].Trim();
                break;
            }
        }

        int cut = t.IndexOfAny(['|', '\n', '•']);
        if (cut > 0)
        {
            t = t[..cut].Trim();
        }

        t = t.Trim(' ', ',', '-', '–', ':', '.');
        if (t.Length is 0 or > 80 || t.StartsWith("http", StringComparison.OrdinalIgnoreCase) || !char.IsLetter(t[0]))
        {
            return null;
        }

        // A Vietnamese byline with a suffix ("Minh Anh - TTXVN") is read like a closing byline.
        if (TryParse(t, out string parsed) && parsed.Length < t.Length)
        {
            return parsed;
        }

        return t.Any(char.IsLower) ? t : TitleCase(t);
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or '…' or '"' or '”' or ')';

    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char raw in line)
        {
            char c = raw is '\u00A0' or '\u2007' or '\u202F' or '\t' or '\n' or '\r' ? ' ' : raw;
            // Markdown emphasis of scraped text ("MINH AN *thực hiện*", "**Lê Hà**") is no part of a word.
            if (c is '*' or '_')
            {
                continue;
            }

            // A slash or an opening bracket starts a suffix ("Minh Thà/KD&PL", "Cao Nguyên (TTXVN)"): its own word.
            if (c is '/' or '(')
            {
                Push(current, words);
                words.Add(c.ToString());
                continue;
            }

            if (c == ' ')
            {
                Push(current, words);
                continue;
            }

            current.Append(c);
        }

        Push(current, words);
        // "PV.Ánh Minh", "CTV.Lê Hà": a role glued to the name by a full stop is a word of its own.
        if (words.Count > 0 && words[0].IndexOf('.') is int dot and > 0 && dot + 1 < words[0].Length && char.IsUpper(words[0][dot + 1]) &&
            RoleWords.Contains(Key(words[0][..dot])))
        {
            words.Insert(1, words[0][(dot + 1)..]);
            words[0] = words[0][..dot];
        }

        return words;
    }

    /// <summary>True when <paramref name="line"/> opens with a byline's label (<c>Tác giả:</c>, <c>Bài và ảnh:</c>, <c>Thực hiện :</c>).</summary>
    public static bool IsLabelled(string line) => SkipLabel(Words(line), 0) > 0;

    private static void Push(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        string word = current.ToString();
        current.Clear();
        // "Hồng Thắm- Trường Sơn": a dash glued to the first name still joins two reporters.
        if (word.Length > 1 && word[^1] is '-' or '–' && char.IsLetter(word[^2]))
        {
            words.Add(word[..^1]);
            words.Add(word[^1..]);
            return;
        }

        // "Thanh Hải.": the full stop a closing line may end with is no part of the name (an initial keeps its dot: "P.H.",
        // "Ng. Hải").
        if (word.Length > 2 && word[^1] == '.' && char.IsLower(word[^2]) && word.IndexOf('.') == word.Length - 1 &&
            !IsShortenedName(word.AsSpan(0, word.Length - 1)))
        {
            word = word[..^1];
        }

        words.Add(word);
    }

    private static string Key(string word) => VietnameseOrthography.Key(word);

    private static int SkipLabel(List<string> words, int i)
    {
        for (int j = i; j < words.Count && j < i + 5; j++)
        {
            string w = words[j];
            bool colon = w.EndsWith(':');
            string key = Key(w.TrimEnd(':', ','));
            if (w == ":")
            {
                return j + 1;
            }

            // "Tin-ảnh:": label words joined by a hyphen.
            if (!LabelWords.Contains(key) && !(key.Contains('-') && key.Split('-').All(LabelWords.Contains)))
            {
                return i;
            }

            if (colon)
            {
                return j + 1;
            }
        }

        return i;
    }

    private static int SkipRole(List<string> words, int i)
    {
        if (i + 1 < words.Count && RoleWords.Contains(Key(words[i] + " " + words[i + 1])))
        {
            return i + 2;
        }

        return i < words.Count && RoleWords.Contains(Key(words[i])) ? i + 1 : i;
    }

    /// <summary>One past the last name word from <paramref name="i"/> (at most five).</summary>
    private static int NameEnd(List<string> words, int i)
    {
        int end = i;
        while (end < words.Count && end - i < 5 && IsNameWord(words[end]))
        {
            end++;
        }

        return end;
    }

    // Two or more syllables, or initials ("P.T", "T.SỸ", "Đ,Bắc"): one capitalised syllable or a shortened family name
    // ("Ng.") alone is no name.
    private static bool IsWholeName(List<string> words, int start, int end) =>
        end - start >= 2 || end - start == 1 && IsInitials(words[start]) && !IsShortenedName(words[start].AsSpan().TrimEnd('.'));

    private static bool IsNameWord(string word) => IsInitials(word) || IsNameSyllable(word);

    private static bool IsNameSyllable(string word)
    {
        if (word.Length is 0 or > 7 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        // Title case (Mạnh) or all capitals (MẠNH), and shaped like a syllable (not UBND, VOV).
        bool allUpper = word.All(char.IsUpper);
        bool restLower = word.Skip(1).All(char.IsLower);
        return (allUpper || restLower) && SyllableShape.IsSyllable(Key(word));
    }

    // "P.T", "T.SỸ", "N.Dương", "Đ,Bắc", "Ng.": capitals, shortened family names and syllables joined by a dot or comma, no space.
    private static bool IsInitials(string word)
    {
        int separators = 0;
        int start = 0;
        for (int k = 0; k <= word.Length; k++)
        {
            if (k < word.Length && word[k] is not '.' and not ',')
            {
                continue;
            }

            var part = word.AsSpan(start, k - start);
            bool last = k == word.Length;
            if (part.IsEmpty)
            {
                // "P.T." may end with a dot; nothing else may be empty.
                if (!last || separators == 0)
                {
                    return false;
                }
            }
            else if (!char.IsUpper(part[0]) || !IsLetters(part) || part.Length > 1 && !IsNameSyllable(part.ToString()) && !IsShortenedName(part))
            {
                return false;
            }

            if (!last)
            {
                separators++;
            }

            start = k + 1;
        }

        return separators > 0;
    }

    // "Ng." in "Ng. Hùng", "Th." in "Th. Hà": a family name cut to its initial consonant, in title case.
    private static bool IsShortenedName(ReadOnlySpan<char> part)
    {
        if (part.Length is < 2 or > 3)
        {
            return false;
        }

        Span<char> key = stackalloc char[3];
        for (int k = 0; k < part.Length; k++)
        {
            if (k > 0 && !char.IsLower(part[k]))
            {
                return false;
            }

            key[k] = char.ToLowerInvariant(part[k]);
        }

        return SyllableShape.IsLongInitial(key[..part.Length]);
    }

    private static bool IsLetters(ReadOnlySpan<char> part)
    {
        foreach (char c in part)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsJoiner(string word) => word is "-" or "–" or "—" or "và" or "&";

    private static bool IsOrganisation(List<string> words, int i)
    {
        if (OrganisationWords.Contains(Key(words[i])) || i + 1 < words.Count && OrganisationWords.Contains(Key(words[i] + " " + words[i + 1])))
        {
            return true;
        }

        return Rules.Places.Provinces.Contains(Key(string.Join(' ', words.Skip(i))));
    }

    /// <summary>What may follow the names: a suffix (dash, slash, bracket, agency tag) or what the writer did.</summary>
    private static bool IsSuffixStart(List<string> words, int i)
    {
        string w = words[i];
        if (w is "/" or "(" || IsJoiner(w) && w != "và")
        {
            return true;
        }

        if (RoleSuffixWords.Contains(Key(w)))
        {
            return true;
        }

        // An organisation tag: hyphenated or shaped like no syllable ("TTVH-TT-TT", "TTXVN", "HTTV").
        return IsAgency(w) || w.Contains('-') && w.Any(char.IsUpper);
    }

    // An abbreviation in capitals that is no syllable: TTXVN, VOV, HTTV, KD&PL.
    internal static bool IsAgency(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not '&' and not '-' and not '.')
            {
                return false;
            }
        }

        return letters >= 2 && !SyllableShape.IsSyllable(Key(word));
    }

    /// <summary>The name as written, or in title case when every word is a full syllable in capitals (<c>HÀ AN</c>).</summary>
    private static string Name(List<string> words, int start, int end)
    {
        string name = string.Join(' ', words.GetRange(start, end - start));
        bool capitals = true;
        for (int k = start; k < end; k++)
        {
            capitals &= !IsInitials(words[k]) && words[k].All(c => !char.IsLetter(c) || char.IsUpper(c)) && words[k].Length > 1;
        }

        return capitals ? TitleCase(name) : name;
    }

    private static string TitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i].ToLower(CultureInfo.InvariantCulture);
            words[i] = char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..];
        }

        return string.Join(' ', words);
    }
}
