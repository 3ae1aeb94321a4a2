using System.Text;
using Extraction.Documents;
using Extraction.Rules;

namespace Extraction.Text;

/// <summary>
/// The cleaner for plain-text articles (as scrapers save them): finds the title, the
/// date line and the closing byline, drops page furniture (breadcrumbs, the site's date
/// header, counters, <c>Phản hồi</c> and what follows), joins lines that were broken inside
/// a sentence, and drops paragraphs repeated verbatim (captions scraped twice).
/// </summary>
public static class PlainTextCleaner
{
    private const int MaxTitleLength = 250;
    private const int MaxBylineLength = 60;

    // Labels before a byline: "Tin, ảnh: …", "Bài và ảnh: …", "Theo …".
    private static readonly HashSet<string> BylineLabelWords = new(StringComparer.Ordinal)
    {
        "tin", "ảnh", "bài", "và", "video", "thực", "hiện", "nhóm", "phóng", "viên", "tác", "giả", "nguồn", "theo",
    };

    /// <summary>Cleans a plain-text article.</summary>
    public static CleanedArticle Clean(string text)
    {
        var paragraphs = JoinBrokenParagraphs(Paragraphs(Normalize(text)));
        paragraphs = DropRepeats(paragraphs);

        string? title = null;
        DateOnly? published = null;
        string? author = null;
        var warnings = new List<string>();
        var body = new List<string>();

        // The surest header shape: a headline directly followed by its date line. Above it stand only
        // categories, breadcrumbs and the site's own date, which are dropped.
        int start = 0;
        if (HeadlineWithDate(paragraphs, out int headline, out int dateLine, out var headlineDate))
        {
            title = paragraphs[headline];
            published = dateLine >= 0 ? headlineDate : null;
            start = headline + 1;
        }

        bool headerZone = true;
        for (int p = start; p < paragraphs.Count; p++)
        {
            string paragraph = paragraphs[p];
            if (title is not null && p == dateLine)
            {
                continue;
            }

            if (Boilerplate.IsEndOfArticleHeading(paragraph) && body.Count > 0)
            {
                break;
            }

            if (Boilerplate.IsControlLine(paragraph) || Boilerplate.IsSiteDateHeader(paragraph) && !IsWeekdayHeader(paragraph))
            {
                continue;
            }

            if (headerZone && IsDateLine(paragraph, out var date))
            {
                published ??= date;
                continue;
            }

            if (headerZone && title is null && body.Count == 0 && IsBreadcrumb(paragraph))
            {
                continue;
            }

            // A headline heads something: the last paragraph of a text is never one.
            if (headerZone && title is null && body.Count == 0 && p + 1 < paragraphs.Count && LooksLikeTitle(paragraph))
            {
                title = paragraph;
                continue;
            }

            body.Add(paragraph);
            if (body.Count >= 2)
            {
                headerZone = false;
            }
        }

        author = TakeByline(body);
        if (body.Count == 0 && title is not null)
        {
            warnings.Add("The text holds only a headline; no article body was found.");
        }

        return new CleanedArticle(body)
        {
            Title = title,
            PublishedAt = published,
            Author = author,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Finds, among the lines before the lead, the last headline-like line that is followed (past any
    /// controls) by a date line: "Tin tức - Sự kiện / Thứ Hai, 15/01/2024 / HEADLINE / Ngày đăng: 12/01/2024".
    /// </summary>
    private static bool HeadlineWithDate(List<string> paragraphs, out int headline, out int dateLine, out DateOnly date)
    {
        headline = dateLine = -1;
        date = default;
        for (int i = 0; i < paragraphs.Count - 1 && i < 10; i++)
        {
            string line = paragraphs[i];
            // The lead (a long paragraph that ends a sentence) ends the header.
            if (IsLead(line))
            {
                break;
            }

            if (!LooksLikeTitle(line) || Boilerplate.IsControlLine(line) || IsDateLine(line, out _))
            {
                continue;
            }

            int j = i + 1;
            while (j < paragraphs.Count && Boilerplate.IsControlLine(paragraphs[j]))
            {
                j++;
            }

            if (j < paragraphs.Count && !Boilerplate.IsSiteDateHeader(paragraphs[j]) && IsDateLine(paragraphs[j], out var found))
            {
                (headline, dateLine, date) = (i, j, found);
            }
            else if (dateLine < 0 && j < paragraphs.Count && IsLead(paragraphs[j]))
            {
                // No date line: the headline is the last headline-like line right above the lead
                // ("Xây dựng Đảng / HEADLINE / lead …").
                headline = i;
            }
        }

        return headline >= 0;
    }

    private static bool IsLead(string paragraph) => paragraph.Length > 120 && EndsSentence(paragraph);

    /// <summary>
    /// Line endings unified, non-breaking spaces made spaces, zero-width and control
    /// characters removed; letters are left exactly as written.
    /// </summary>
    public static string Normalize(string text)
    {
        var output = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    output.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u3000':
                    output.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029':
                    output.Append('\n');
                    break;
                default:
                    if (char.IsControl(c) && c != '\n')
                    {
                        output.Append(' ');
                    }
                    else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                    {
                        output.Append('\uFFFD');
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// Paragraphs from lines: blank lines separate blocks; inside a block, a hard-wrapped
    /// layout (most lines near one width) is joined whole, otherwise a line joins the next
    /// when it does not end a sentence and the next goes on in lower case.
    /// </summary>
    private static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            string line = CollapseSpaces(text.AsSpan()[range]);
            if (line.Length == 0)
            {
                Flush(block, paragraphs);
                continue;
            }

            block.Add(line);
        }

        Flush(block, paragraphs);
        return paragraphs;
    }

    private static void Flush(List<string> block, List<string> paragraphs)
    {
        if (block.Count == 0)
        {
            return;
        }

        bool wrapped = IsHardWrapped(block);
        var current = new StringBuilder(block[0]);
        for (int i = 1; i < block.Count; i++)
        {
            string previous = block[i - 1];
            string line = block[i];
            // A date line or a counter under a headline is its own line, even when it starts with a digit.
            bool join = wrapped
                ? !(EndsSentence(previous) && previous.Length < 30)
                : !EndsSentence(previous) && ContinuesSentence(previous, line) && !Boilerplate.IsDateLine(line) && !Boilerplate.IsControlLine(line);
            if (join)
            {
                current.Append(' ').Append(line);
            }
            else
            {
                paragraphs.Add(current.ToString());
                current.Clear().Append(line);
            }
        }

        paragraphs.Add(current.ToString());
        block.Clear();
    }

    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 3)
        {
            return false;
        }

        int max = 0;
        for (int i = 0; i < block.Count - 1; i++)
        {
            max = Math.Max(max, block[i].Length);
        }

        if (max < 50)
        {
            return false;
        }

        int near = 0;
        int ended = 0;
        for (int i = 0; i < block.Count - 1; i++)
        {
            if (block[i].Length * 4 >= max * 3)
            {
                near++;
            }

            if (EndsSentence(block[i]))
            {
                ended++;
            }
        }

        // Hard-wrapped lines break mid-sentence; a paragraph per line mostly ends one.
        return near * 2 >= block.Count - 1 && ended * 2 < block.Count - 1;
    }

    private static List<string> JoinBrokenParagraphs(List<string> paragraphs)
    {
        var joined = new List<string>(paragraphs.Count);
        foreach (string paragraph in paragraphs)
        {
            if (joined.Count > 0 && !EndsSentence(joined[^1]) && StartsLowerCase(paragraph) && !Boilerplate.IsControlLine(joined[^1]))
            {
                joined[^1] = joined[^1] + " " + paragraph;
            }
            else
            {
                joined.Add(paragraph);
            }
        }

        return joined;
    }

    private static List<string> DropRepeats(List<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>(paragraphs.Count);
        foreach (string paragraph in paragraphs)
        {
            // Short lines (a lone "/" or a name) may legitimately repeat; long ones are scraped twice.
            if (paragraph.Length < 40 || seen.Add(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        return kept;
    }

    private static bool ContinuesSentence(string previous, string line) =>
        StartsLowerCase(line) || char.IsAsciiDigit(line[0]) || previous[^1] is ',' or '-' or '–' or '(' or '/' or '&';

    private static bool EndsSentence(string line)
    {
        var trimmed = line.AsSpan().TrimEnd("\"”’')] ");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    private static bool StartsLowerCase(string line)
    {
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool LooksLikeTitle(string paragraph) =>
        paragraph.Length <= MaxTitleLength && !EndsSentence(paragraph.TrimEnd('\uFFFD')) && char.IsUpper(FirstLetter(paragraph));

    private static char FirstLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }
        }

        return ' ';
    }

    private static bool IsBreadcrumb(string paragraph)
    {
        if (paragraph.Length > 80 || EndsSentence(paragraph))
        {
            return false;
        }

        bool separated = paragraph.Contains(" - ") || paragraph.Contains(" > ") || paragraph.Contains(" » ") || paragraph.Contains(" / ") || paragraph.Contains(" | ");
        return separated && (StartsLowerCase(paragraph) || paragraph.Split(' ').Length <= 4);
    }

    private static bool IsWeekdayHeader(string paragraph) =>
        VietnameseOrthography.Key(paragraph.AsSpan().TrimStart()).StartsWith("thứ ", StringComparison.Ordinal) ||
        VietnameseOrthography.Key(paragraph.AsSpan().TrimStart()).StartsWith("chủ nhật", StringComparison.Ordinal);

    private static bool IsDateLine(string paragraph, out DateOnly date)
    {
        date = default;
        if (!Boilerplate.IsDateLine(paragraph))
        {
            return false;
        }

        foreach (var mention in VietnameseDates.FindAll(paragraph))
        {
            if (mention.Date is DateOnly found)
            {
                date = found;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Removes the closing byline from <paramref name="body"/> and returns the author's
    /// name in title case: <c>HÀ AN TTVH-TT-TT</c> / <c>TÂN YÊN</c> → <c>Hà An</c>.
    /// </summary>
    private static string? TakeByline(List<string> body)
    {
        // The byline may be wrapped over two short lines ("HÀ AN TTVH-TT-TT" / "TÂN YÊN").
        int first = body.Count;
        while (first > 0 && body.Count - first < 2 && IsShortUnpunctuated(body[first - 1]))
        {
            first--;
        }

        if (first == body.Count || first == 0)
        {
            return null;
        }

        string? name = PersonName(body[first]);
        if (name is null)
        {
            return null;
        }

        body.RemoveRange(first, body.Count - first);
        return name;
    }

    private static bool IsShortUnpunctuated(string paragraph) =>
        paragraph.Length <= MaxBylineLength && !EndsSentence(paragraph) && !paragraph.Contains(',') || IsLabelledByline(paragraph);

    private static bool IsLabelledByline(string paragraph)
    {
        int colon = paragraph.IndexOf(':');
        return colon > 0 && paragraph.Length <= MaxBylineLength + 20 && LabelWords(paragraph.AsSpan(0, colon));
    }

    private static bool LabelWords(ReadOnlySpan<char> label)
    {
        foreach (var token in Tokenizer.Tokenize(label.ToString()))
        {
            if (token.IsWordLike && !BylineLabelWords.Contains(token.Key))
            {
                return false;
            }
        }

        return true;
    }

    private static string? PersonName(string line)
    {
        // "Theo Báo Nghệ An", "Nguồn: TTXVN": the article is credited to a paper or agency, not a person.
        string firstKey = VietnameseOrthography.Key(line.AsSpan().TrimStart().ToString().Split(' ', 2)[0]);
        if (firstKey is "theo" or "nguồn" or "nguồn:")
        {
            return null;
        }

        string text = line;
        int colon = text.IndexOf(':');
        if (colon > 0 && LabelWords(text.AsSpan(0, colon)))
        {
            text = text[(colon + 1)..];
        }

        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Word && token.IsCapitalized && SyllableShape.IsSyllable(token.Key) && words.Count < 5)
            {
                words.Add(TitleCase(token.Span.ToString(text)));
                continue;
            }

            break;
        }

        return words.Count >= 2 ? string.Join(' ', words) : null;
    }

    private static string TitleCase(string syllable) =>
        syllable.Length == 0 ? syllable : string.Concat(syllable[..1].ToUpperInvariant(), syllable[1..].ToLowerInvariant());

    private static string CollapseSpaces(ReadOnlySpan<char> line)
    {
        var output = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line.Trim())
        {
            if (c == ' ')
            {
                space = true;
                continue;
            }

            if (space)
            {
                output.Append(' ');
                space = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
