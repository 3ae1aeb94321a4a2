using Extraction.Documents;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>
/// Reads names of people: a run of two to five capitalised syllables after a word that
/// introduces a person (<c>đồng chí</c>, <c>đ/c</c>, <c>ông</c>, <c>bà</c>), or starting with a
/// Vietnamese family name. A run that begins with a post or a body (<c>đồng chí Bí thư</c>) is not a name.
/// </summary>
internal static class PersonNames
{
    public const int MinSyllables = 2;
    public const int MaxSyllables = 5;

    /// <summary>
    /// True when the token at <paramref name="index"/> is a person written by initials, as the news names people it keeps
    /// private (<c>chị L.T.T.</c>, <c>ông N.V.A</c>, <c>bà Ng.T.H</c>): two to four capital letters, each maybe with one small one,
    /// joined by full stops. Only after an introducer is it a person; alone it may be any abbreviation.
    /// </summary>
    public static bool InitialsAt(ReadOnlySpan<Token> tokens, string text, int index)
    {
        if (index >= tokens.Length)
        {
            return false;
        }

        var span = text.AsSpan(tokens[index].Span.Start, tokens[index].Span.End - tokens[index].Span.Start);
        int letters = 0;
        int i = 0;
        while (i < span.Length)
        {
            if (!char.IsUpper(span[i]))
            {
                return false;
            }

            i++;
            letters++;
            if (i < span.Length && char.IsLower(span[i]))
            {
                i++;
            }

            if (i < span.Length && span[i] != '.')
            {
                return false;
            }

            i++;
        }

        return letters is >= 2 and <= 4;
    }

    /// <summary>
    /// Length of the introducer at <paramref name="index"/> (with a glued dot: <c>Đ/c.</c>; <c>đảng viên</c> only before a name
    /// that opens with a family name), or 0.
    /// </summary>
    public static int IntroducerAt(ReadOnlySpan<Token> tokens, int index)
    {
        if (!Officials.PersonIntroducers.TryMatch(tokens, index, out _, out int length) || OpensPlaceName(tokens, index, length))
        {
            return Officials.MemberIntroducers.TryMatch(tokens, index, out _, out int member) && NameAt(tokens, index + member, introduced: false) > 0
                ? member
                : 0;
        }

        if (index + length < tokens.Length && tokens[index + length].Key == "." && !tokens[index + length].HasSpaceBefore)
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// True when the introducer at <paramref name="index"/> is the first word of a place's name after its level (<c>tỉnh Bà
    /// Rịa-Vũng Tàu</c>, <c>huyện Cô Tô</c>, <c>huyện Anh Sơn</c>) or inside a body's capitalised name (<c>Báo Bà Rịa - Vũng
    /// Tàu</c>): the gazetteer names the district.
    /// </summary>
    private static bool OpensPlaceName(ReadOnlySpan<Token> tokens, int index, int length) =>
        length == 1 && tokens[index].IsCapitalized && index + 1 < tokens.Length && tokens[index + 1].IsCapitalized &&
        (Officials.UnitLevels.EndsBefore(tokens, index, 3) || (index > 0 && tokens[index - 1].IsCapitalized && tokens[index - 1].Kind == TokenKind.Word)) &&
        Gazetteer.Default.IsDistrict($"{tokens[index].Key} {tokens[index + 1].Key}");

    /// <summary>
    /// Length of a name starting at <paramref name="index"/>, or 0. With <paramref name="introduced"/>
    /// any capitalised run counts; without, the run must start with a family name.
    /// </summary>
    public static int NameAt(ReadOnlySpan<Token> tokens, int index, bool introduced)
    {
        // The family names of the Central Highlands' peoples (Ksor, Rah Lan, Kpă) need not have a Vietnamese syllable's shape.
        if (index >= tokens.Length || !(IsNameSyllable(tokens[index], introduced) || IsFamilyNameWord(tokens[index])))
        {
            return 0;
        }

        // "Y Biêr Niê", "Ksor Phước": the Central Highlands' names may hold syllables of no Vietnamese shape (an introduced name
        // may anyway).
        bool highland = !introduced && OpensHighlandName(tokens, index);
        if (!introduced && (!(Officials.FamilyNames.Contains(tokens[index].Key) || BeforeThi(tokens, index) || highland) || Officials.WorldRegions.StartsAt(tokens, index) ||
                            YouthUnionOfLevel(tokens, index) || YouthUnionAt(tokens, index)))
        {
            return 0;
        }

        // "Nguyễn Phó Chủ nhiệm": a family-name-like word before a post is the typo of "nguyên".
        if (StartsTitle(tokens, index) || StartsTitle(tokens, index + 1))
        {
            return 0;
        }

        int length = 0, syllables = 0;
        while (index + length < tokens.Length && syllables < MaxSyllables && (length == 0 || IsNameSyllable(tokens[index + length], introduced || highland)) && (length == 0 || !StartsTitle(tokens, index + length)) &&
               (syllables < MinSyllables || !StopsName(tokens, index + length)) && !FormerBeforePost(tokens, index + length, syllables))
        {
            length++;
            syllables++;
            // "Yoon Suk-yeol", "Khăm-phăn": the syllables of a foreign name joined by hyphens are one part of it.
            while (HyphenatedAt(tokens, index + length))
            {
                length += 2;
            }
        }

        // "xã Vĩnh Châu A": a family-name-like syllable and a letter end a place's name (communes of one name are told apart by
        // A, B, …); no one is named by a letter.
        if (!introduced && syllables == 2 && IsLetter(tokens[index + length - 1]))
        {
            return 0;
        }

        // "Đại sứ Hàn Quốc tại Việt Nam Oh Young-ju": a country's name (Hàn, Hà are family names too) is no person's.
        if (!introduced && Officials.Countries.TryMatch(tokens, index, out _, out int country) && country == length)
        {
            return 0;
        }

        return syllables >= MinSyllables ? length : 0;
    }

    /// <summary>
    /// A name of the Central Highlands' peoples opens at <paramref name="index"/>: with their family name (<c>Ksor Phước</c>,
    /// <c>Êban Y Phu</c>), or with the Ê Đê name's <c>Y</c> (men) or <c>H'…</c> (women) before a given name and such a family
    /// name within the next three words (<c>Y Biêr Niê</c>, <c>H'Yim Kđoh</c> when the table knows the family).
    /// </summary>
    public static bool OpensHighlandName(ReadOnlySpan<Token> tokens, int index) =>
        Officials.HighlandFamilyNames.Contains(tokens[index].Key) || HighlandOpenerAt(tokens, index);

    /// <summary>The Ê Đê opener <c>Y</c> or <c>H'…</c> at <paramref name="index"/>, a highland family name within three words after.</summary>
    private static bool HighlandOpenerAt(ReadOnlySpan<Token> tokens, int index)
    {
        string key = tokens[index].Key;
        if (!tokens[index].IsCapitalized || !(key == "y" || key.StartsWith("h'", StringComparison.Ordinal)))
        {
            return false;
        }

        for (int k = index + 1; k < Math.Min(tokens.Length, index + 4) && tokens[k].IsCapitalized && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (Officials.HighlandFamilyNames.Contains(tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised syllable before <c>Thị</c> and a given name (<c>Văn Thị Bạch Tuyết</c>): the middle name <c>Thị</c> follows the
    /// family name, so the syllable is one, also a rare one the table lacks.
    /// </summary>
    public static bool BeforeThi(ReadOnlySpan<Token> tokens, int index) =>
        index + 2 < tokens.Length && tokens[index + 1].Key == "thị" && tokens[index + 1].IsCapitalized && tokens[index + 2].IsCapitalized &&
        tokens[index + 2].Kind == TokenKind.Word && tokens[index + 2].Key is not ("xã" or "trấn"); // "… Thị Xã Ba Đồn" (a headline in title case)

    /// <summary>
    /// Two syllables right after a unit's level or its committee (<c>Bí thư Huyện ủy Châu Thành, …</c>, <c>Đảng ủy xã Sơn Lộc</c>): the
    /// unit's name, not a person's, though both open with a family name. A full name of three syllables after a level is a person's
    /// (<c>Chủ tịch UBND huyện Nguyễn Văn A</c>, <c>Giám đốc Bệnh viện Đa khoa thành phố Nguyễn Đức B</c>).
    /// </summary>
    public static bool UnitNameAfterLevel(ReadOnlySpan<Token> tokens, int index, int length) =>
        length == 2 && (Officials.UnitLevels.EndsBefore(tokens, index, 3) || Officials.LevelCommittees.EndsBefore(tokens, index, 3));

    /// <summary>A single letter (<c>A</c>, <c>B</c>): what tells apart places of one name, never a given name.</summary>
    public static bool IsLetter(Token token) => token.Key.Length == 1 && char.IsLetter(token.Key[0]);

    /// <summary>
    /// "đồng chí Lê Khắc Biểu Nguyên Phó Chủ tịch UBND tỉnh" (a headline, capitalised throughout): after a whole name, a
    /// capitalised <c>Nguyên</c> right before a post marks the post as former; it is no fourth syllable.
    /// </summary>
    private static bool FormerBeforePost(ReadOnlySpan<Token> tokens, int index, int syllables) =>
        syllables >= 3 && tokens[index].Key == "nguyên" && StartsTitle(tokens, index + 1);

    /// <summary>A capitalised word the family-name table holds, whatever its shape.</summary>
    private static bool IsFamilyNameWord(Token token) =>
        token.IsCapitalized && token.Kind == TokenKind.Word && Officials.FamilyNames.Contains(token.Key);

    /// <summary>
    /// The Youth Union written out at <paramref name="index"/> (<c>Bí thư Đoàn Thanh niên Công ty A</c>, <c>Đoàn TNCS Hồ Chí Minh</c>):
    /// <c>Đoàn</c> is the family name of no one there.
    /// </summary>
    public static bool YouthUnionAt(ReadOnlySpan<Token> tokens, int index) =>
        index + 1 < tokens.Length && tokens[index].Key == "đoàn" &&
        (TokenPatterns.At(tokens, index + 1, "thanh", "niên") || tokens[index + 1].Key == "tncs");

    /// <summary>
    /// <c>Đoàn</c> after a capitalised level (<c>Tỉnh Đoàn Lào Cai</c>, <c>Huyện Đoàn Sa Pa</c>, <c>Thành Đoàn</c>): the Youth Union of that
    /// unit, a body, not the family name of a person starting there.
    /// </summary>
    public static bool YouthUnionOfLevel(ReadOnlySpan<Token> tokens, int index) =>
        index > 0 && index < tokens.Length && tokens[index].Key == "đoàn" && tokens[index - 1].IsCapitalized && tokens[index - 1].Key is "tỉnh" or "huyện" or "thành" or "quận" or "thị";

    /// <summary>
    /// A hyphen glued to the syllables on both sides at <paramref name="index"/> that joins a foreign name's parts
    /// (<c>Jong-un</c>), not a post typed against a name (<c>Nguyễn Văn A-Chủ tịch</c>, <c>Nguyễn Văn A-nguyên Giám đốc</c>).
    /// </summary>
    public static bool HyphenatedAt(ReadOnlySpan<Token> tokens, int index) =>
        index + 1 < tokens.Length && tokens[index].Key == "-" && !tokens[index].HasSpaceBefore && tokens[index + 1].Kind == TokenKind.Word &&
        !tokens[index + 1].HasSpaceBefore && !StartsTitle(tokens, index + 1) && !Officials.NameStops.StartsAt(tokens, index + 1) &&
        !(Officials.FormerMarkers.TryMatch(tokens, index + 1, out _, out int former) && StartsTitle(tokens, index + 1 + former));

    /// <summary>
    /// A word of <see cref="Officials.NameStops"/> starts a new phrase at <paramref name="index"/>; right before a comma,
    /// bracket or dash it ends the name instead (<c>thầy Lò Văn Sáng, hiệu trưởng …</c>: Sáng is the given name), as before
    /// <c>và</c> or a full stop (<c>ông Vương Đức Sáng và ông …</c>), and so it does after <c>Văn</c> or <c>Thị</c>, which never
    /// end a name (<c>ông Kiều Văn Sáng để nghỉ hưu</c>).
    /// </summary>
    private static bool StopsName(ReadOnlySpan<Token> tokens, int index) =>
        // "… trao Huy hiệu cho cụ bà Trần Thị A ẢNH: VŨ PHƯỢNG": a caption's photo credit, glued on with no full stop.
        PhotoCreditAt(tokens, index) ||
        Officials.NameStops.TryMatch(tokens, index, out _, out int length) &&
        !(length == 1 && index + 1 < tokens.Length && tokens[index + 1].Key is "," or ")" or "(" or "-" or "–" or ";" or "và" or ".") &&
        !(length == 1 && index > 0 && tokens[index - 1].Key is "văn" or "thị" && tokens[index - 1].IsCapitalized);

    /// <summary>A photo credit starts at <paramref name="index"/>: <c>Ảnh:</c>, <c>ẢNH:</c> (then the photographer's name).</summary>
    public static bool PhotoCreditAt(ReadOnlySpan<Token> tokens, int index) =>
        index + 1 < tokens.Length && tokens[index].Key == "ảnh" && tokens[index + 1].Key == ":";

    /// <summary>A person introduced at <paramref name="at"/> (<c>đồng chí A</c>, <c>ông B</c>): the name as written in NFC, and where it ends; else null.</summary>
    public static string? IntroducedAt(ReadOnlySpan<Token> tokens, string text, int at, out int end)
    {
        int intro = IntroducerAt(tokens, at);
        int length = intro > 0 ? NameAt(tokens, at + intro, introduced: true) : 0;
        end = at + intro + length;
        return length > 0 ? Normalize(tokens, text, at + intro, length) : null;
    }

    /// <summary>The last person introduced by name in [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    public static string? LastIntroducedIn(ReadOnlySpan<Token> tokens, string text, int from, int to)
    {
        string? last = null;
        for (int k = from; k < to; k++)
        {
            if (IntroducedAt(tokens, text, k, out int end) is string name)
            {
                (last, k) = (name, end - 1);
            }
        }

        return last;
    }

    /// <summary>The one person a sentence introduces by name (<c>ông A</c>, however often), or null when it names none or several.</summary>
    public static string? OnlyIntroducedIn(ReadOnlySpan<Token> tokens, string text)
    {
        string? only = null;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (IntroducedAt(tokens, text, k, out int end) is string name)
            {
                if (only is not null && only != name)
                {
                    return null;
                }

                (only, k) = (name, end - 1);
            }
        }

        return only;
    }

    /// <summary>The name as written, with tone marks placed canonically (NFC).</summary>
    public static string Normalize(ReadOnlySpan<Token> tokens, string text, int index, int length)
    {
        var name = new System.Text.StringBuilder();
        for (int k = 0; k < length; k++)
        {
            string word = tokens[index + k].Span.ToString(text);
            // "VŨ NAM" in capitals becomes "Hà An".
            if (tokens[index + k].IsAllCaps)
            {
                word = string.Concat(word[..1], word[1..].ToLowerInvariant());
            }

            // Syllables are spaced as written: "Jong-un" keeps its hyphen.
            if (k > 0 && tokens[index + k].HasSpaceBefore)
            {
                name.Append(' ');
            }

            name.Append(word);
        }

        // "Hồ Ðức Việt": the look-alike eth (Ð, ð) that old Vietnamese web text types for Đ is the Vietnamese letter.
        return VietnameseOrthography.PlaceToneMarks(name.Replace('Ð', 'Đ').Replace('ð', 'đ').ToString());
    }

    /// <summary>True when a post, a body or a unit level starts at <paramref name="index"/>.</summary>
    public static bool StartsTitle(ReadOnlySpan<Token> tokens, int index) =>
        index < tokens.Length && !MonarchAsGivenNames(tokens, index) && !GivenNameBeforeMember(tokens, index) &&
        (Officials.Positions.StartsAt(tokens, index) || Officials.LevelCommittees.StartsAt(tokens, index) ||
         Officials.Abbreviations.ContainsKey(tokens[index].Key) && IsAbbreviationLike(tokens[index]) ||
         TokenPatterns.At(tokens, index, "ủy", "ban") || TokenPatterns.At(tokens, index, "ban") || TokenPatterns.At(tokens, index, "đảng", "ủy") ||
         TokenPatterns.At(tokens, index, "đảng", "bộ") || TokenPatterns.At(tokens, index, "chi", "bộ") || TokenPatterns.At(tokens, index, "thường", "trực") ||
         TokenPatterns.At(tokens, index, "hội", "đồng") || TokenPatterns.At(tokens, index, "mặt", "trận") || Officials.UnitLevels.StartsAt(tokens, index) && !tokens[index].IsCapitalized);

    /// <summary>
    /// <c>Chính Ủy viên</c> with the comma left out (<c>ông Phạm Minh Chính Ủy viên Bộ Chính trị</c>): a given name and the post
    /// <c>Ủy viên</c>, not the post <c>Chính ủy</c> (political commissar), which no <c>viên</c> follows.
    /// </summary>
    private static bool GivenNameBeforeMember(ReadOnlySpan<Token> tokens, int index) =>
        TokenPatterns.At(tokens, index, "chính", "ủy", "viên") && tokens[index].IsCapitalized;

    /// <summary>
    /// <c>Quốc Vương</c> with both syllables capitalised, as in <c>ông Nguyễn Quốc Vương</c>: a middle and a given name, not the
    /// monarch's title, which writes its second syllable in lower case (<c>Quốc vương Campuchia</c>) or the whole in capitals.
    /// </summary>
    private static bool MonarchAsGivenNames(ReadOnlySpan<Token> tokens, int index) =>
        TokenPatterns.At(tokens, index, "quốc", "vương") && tokens[index].IsCapitalized && tokens[index + 1].IsCapitalized &&
        !tokens[index].IsAllCaps && !tokens[index + 1].IsAllCaps;

    /// <summary>An abbreviation, or a short word in capitals that may be one (<c>HU</c> is also a syllable's shape).</summary>
    public static bool IsAbbreviationLike(Token token) => token.Kind == TokenKind.Abbreviation || token.IsAllCaps;

    /// <summary>
    /// A capitalised Vietnamese syllable; after an introducer, also the syllables of minority-language
    /// names (<c>Rươne</c>, <c>H'Loan</c>), which need not follow Vietnamese spelling.
    /// </summary>
    private static bool IsNameSyllable(Token token, bool introduced) =>
        token.IsCapitalized &&
        (token.Kind == TokenKind.Word && (introduced || SyllableShape.IsSyllable(token.Key)) ||
         introduced && token.Kind == TokenKind.Abbreviation && (token.Key.Contains('\'') || token.Key.Contains('’')) && !token.IsAllCaps);
}
