using System.Globalization;
using Extraction.Documents;
using Extraction.Rules;

namespace Extraction.Text;

/// <summary>
/// Splits Vietnamese text into syllable-level tokens with a single linear scan (no regular
/// expressions, so no input can make it backtrack): words, numbers (<c>5.699</c>, <c>1,29</c>,
/// <c>6/5</c>), dates (<c>21/01/2021</c>, <c>4-6/8/2020</c>), percentages, abbreviations
/// (<c>TP.HCM</c>, <c>KT-XH</c>, <c>H'Hen</c>, <c>đ/c</c>), URLs, e-mail addresses and
/// punctuation. Offsets refer to the text as given; nothing is rewritten, and only spaces and the dot of a unit's
/// abbreviation before its name (<c>TP. Hồ Chí Minh</c>) fall between tokens.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="range"/> of <paramref name="text"/> to <paramref name="output"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="range">The part of it to tokenise (a paragraph).</param>
    /// <param name="output">Where the tokens go.</param>
    /// <param name="keys">A worker's memo of word keys (faster, same keys); null keys every word afresh.</param>
    internal static void Tokenize(string text, TextSpan range, List<Token> output, TokenKeyCache? keys = null)
    {
        int i = range.Start;
        int end = range.End;
        bool first = true;
        while (i < end)
        {
            bool space = false;
            while (i < end && IsSpace(text[i]))
            {
                i++;
                space = true;
            }

            if (i >= end)
            {
                break;
            }

            int start = i;
            TokenKind kind = Scan(text, ref i, end, output);
            if (kind == TokenKind.Punctuation && !space && UnitAbbreviationDot(text, start, end, output))
            {
                continue;
            }

            var flags = CaseFlags(text.AsSpan(start, i - start));
            if (space)
            {
                flags |= TokenFlags.SpaceBefore;
            }

            if (first)
            {
                flags |= TokenFlags.ParagraphStart;
                first = false;
            }

            if (kind is TokenKind.Word)
            {
                AddWord(text, start, i - start, flags, keys, output);
            }
            else if (kind is TokenKind.Abbreviation)
            {
                output.Add(new Token(new TextSpan(start, i - start), kind, flags, Key(text.AsSpan(start, i - start), keys, false, out _)));
            }
            else
            {
                output.Add(new Token(new TextSpan(start, i - start), kind, flags, MakeKey(text.AsSpan(start, i - start), kind)));
            }
        }
    }

    /// <summary>
    /// True for the dot of a unit's abbreviation written before the unit's name with a space (<c>TP. Hồ Chí Minh</c>, <c>TX.
    /// Sơn Tây</c>): it ends no sentence and stands in no name, so it is no token, and the abbreviation reads as <c>TP</c> does
    /// (glued, <c>TP.HCM</c> is one token already).
    /// </summary>
    private static bool UnitAbbreviationDot(string text, int at, int end, List<Token> output) =>
        text[at] == '.' && output.Count > 0 && output[^1].Key is "tp" or "tx" && output[^1].IsCapitalized && output[^1].Span.End == at &&
        at + 2 < end && text[at + 1] == ' ' && char.IsUpper(text[at + 2]);

    /// <summary>
    /// Adds a run of letters: a word, or an abbreviation when it is all capitals and no syllable (<c>UBND</c>). A title
    /// written as one run of capitals (<c>CTUBND</c>, <c>UVBTVHU</c>) becomes its parts, as if the reporter had spaced it.
    /// </summary>
    private static void AddWord(string text, int start, int length, TokenFlags flags, TokenKeyCache? keys, List<Token> output)
    {
        var slice = text.AsSpan(start, length);
        bool allCaps = (flags & TokenFlags.AllCaps) != 0;
        string key = Key(slice, keys, allCaps, out bool syllable);
        if (!allCaps || syllable)
        {
            output.Add(new Token(new TextSpan(start, length), TokenKind.Word, flags, key));
            return;
        }

        Span<int> ends = stackalloc int[FusedAbbreviations.MaxParts];
        // Cut positions in the key are positions in the text only when normalising kept its length.
        int parts = key.Length == length ? FusedAbbreviations.Cut(key, ends) : 0;
        if (parts < 2)
        {
            output.Add(new Token(new TextSpan(start, length), TokenKind.Abbreviation, flags, key));
            return;
        }

        int from = 0;
        for (int p = 0; p < parts; p++)
        {
            var partFlags = p == 0 ? flags : TokenFlags.Capitalized | TokenFlags.AllCaps;
            string partKey = Key(slice[from..ends[p]], keys, true, out bool partSyllable);
            output.Add(new Token(new TextSpan(start + from, ends[p] - from), partSyllable ? TokenKind.Word : TokenKind.Abbreviation, partFlags, partKey));
            from = ends[p];
        }
    }

    /// <summary>The key of a word; <paramref name="syllable"/> is only worked out when asked for (or memoised).</summary>
    private static string Key(ReadOnlySpan<char> slice, TokenKeyCache? keys, bool askSyllable, out bool syllable)
    {
        if (keys is not null)
        {
            return keys.WordKey(slice, out syllable);
        }

        string key = VietnameseOrthography.Key(slice);
        syllable = askSyllable && SyllableShape.IsSyllable(key);
        return key;
    }

    private static TokenKind Scan(string text, ref int i, int end, List<Token> previous)
    {
        char c = text[i];
        if (TryScanUrl(text, ref i, end))
        {
            return TokenKind.Url;
        }

        if (TryScanEmail(text, ref i, end))
        {
            return TokenKind.Email;
        }

        if (IsLetter(c))
        {
            return ScanWord(text, ref i, end);
        }

        if (char.IsAsciiDigit(c))
        {
            return ScanNumber(text, ref i, end, previous);
        }

        // Punctuation: an ellipsis of dots is one token; everything else one character.
        if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
        {
            while (i < end && text[i] == '.')
            {
                i++;
            }

            return TokenKind.Punctuation;
        }

        i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        return TokenKind.Punctuation;
    }

    private static TokenKind ScanWord(string text, ref int i, int end)
    {
        int wordStart = i;
        int partStart = i;
        ConsumeLetters(text, ref i, end);
        bool joined = false;
        while (i + 1 < end)
        {
            char joiner = text[i];
            char next = text[i + 1];
            var part = text.AsSpan(partStart, i - partStart);
            bool join = joiner switch
            {
                // H'Hen, Ê'Đê, M'Nông: a short capital prefix and an apostrophe.
                '\'' or '’' => IsLetter(next) && part.Length <= 2 && char.IsUpper(part[0]),
                // KT-XH, TTVH-TT-TT (capitals on both sides); Covid-19 (a name and a number).
                '-' => (IsLetter(next) && IsAllCaps(part) && IsAllCaps(NextPart(text, i + 1, end))) ||
                       (char.IsAsciiDigit(next) && char.IsUpper(part[0]) && part.Length >= 3 && !IsAllDigits(part)),
                // TP.HCM, Th.S, PGS.TS: a short capitalised part, a dot, a capital.
                '.' => IsLetter(next) && char.IsUpper(next) && part.Length <= 4 && char.IsUpper(part[0]) && !HasLowerAfterFirstTwo(part),
                // đ/c, NQ/TW, HD/BTCTW.
                '/' => IsLetter(next) && (part.Length <= 2 || IsAllCaps(part)),
                '&' => IsLetter(next) && IsAllCaps(part),
                _ => false,
            };

            if (!join)
            {
                break;
            }

            i++;
            partStart = i;
            ConsumeLetters(text, ref i, end);
            joined = true;
        }

        if (joined)
        {
            return TokenKind.Abbreviation;
        }

        // "cáođối", "trừĐảng": two words that lost the space between them are two tokens (the next scan starts at the split).
        if (SyllableShape.GluedSplit(text.AsSpan(wordStart, i - wordStart)) is int split and > 0)
        {
            i = wordStart + split;
        }

        return TokenKind.Word;
    }

    private static TokenKind ScanNumber(string text, ref int i, int end, List<Token> previous)
    {
        int start = i;
        bool afterNgay = previous.Count > 0 && previous[^1].Key is "ngày" or "hôm" or "từ" or "đến";
        if (VietnameseDates.TryRead(text.AsSpan(0, end), start, out var date, requireYear: false) &&
            (date.Year is not null || afterNgay) && !FollowedByDigitOrLetter(text, date.Span.End, end))
        {
            i = date.Span.End;
            return TokenKind.Date;
        }

        ConsumeNumber(text, ref i, end);
        if (i + 1 < end && text[i] == '/' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            ConsumeNumber(text, ref i, end);
        }

        // "120%" and, as often typed, "120 %".
        if (i < end && text[i] == '%')
        {
            i++;
            return TokenKind.Percent;
        }

        if (i + 1 < end && text[i] == ' ' && text[i + 1] == '%')
        {
            i += 2;
            return TokenKind.Percent;
        }

        return TokenKind.Number;
    }

    private static void ConsumeNumber(string text, ref int i, int end)
    {
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // Grouping dots and a decimal comma: 10.000, 13.999,5 (a separator needs a digit after it).
        while (i + 1 < end && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> opens with a web address (<c>http://</c>, <c>https://</c>, <c>www.</c>).</summary>
    internal static bool OpensUrl(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool TryScanUrl(string text, ref int i, int end)
    {
        if (!OpensUrl(text.AsSpan(i, end - i)))
        {
            return false;
        }

        int j = i;
        while (j < end && !IsSpace(text[j]))
        {
            j++;
        }

        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '”' or '\'')
        {
            j--;
        }

        i = j;
        return true;
    }

    private static bool TryScanEmail(string text, ref int i, int end)
    {
        // local@domain.tld: scan the local part, then demand '@', a domain and a dot in it.
        int j = i;
        while (j < end && IsEmailChar(text[j]))
        {
            j++;
        }

        if (j == i || j + 1 >= end || text[j] != '@')
        {
            return false;
        }

        int k = j + 1;
        while (k < end && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '-' or '.'))
        {
            k++;
        }

        // A sentence's final dot is not part of the address.
        while (k > j + 1 && text[k - 1] == '.')
        {
            k--;
        }

        int lastDot = text.LastIndexOf('.', k - 1, k - j - 1);

        if (lastDot <= j + 1 || lastDot >= k - 1)
        {
            return false;
        }

        i = k;
        return true;
    }

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%';

    private static void ConsumeLetters(string text, ref int i, int end)
    {
        while (i < end && (IsLetter(text[i]) || IsMark(text[i]) || char.IsAsciiDigit(text[i])))
        {
            i++;
        }
    }

    private static ReadOnlySpan<char> NextPart(string text, int start, int end)
    {
        int j = start;
        ConsumeLetters(text, ref j, end);
        return text.AsSpan(start, j - start);
    }

    private static bool FollowedByDigitOrLetter(string text, int position, int end) =>
        position < end && (char.IsAsciiDigit(text[position]) || IsLetter(text[position]));

    private static TokenFlags CaseFlags(ReadOnlySpan<char> token)
    {
        int letters = 0;
        int upper = 0;
        bool firstUpper = false;
        foreach (char c in token)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters == 0)
            {
                firstUpper = char.IsUpper(c);
            }

            letters++;
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        var flags = firstUpper ? TokenFlags.Capitalized : TokenFlags.None;
        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        return flags;
    }

    private static string MakeKey(ReadOnlySpan<char> slice, TokenKind kind) => kind switch
    {
        TokenKind.Word or TokenKind.Abbreviation => VietnameseOrthography.Key(slice),
        TokenKind.Punctuation => PunctuationKey(slice),
        _ => slice.ToString(),
    };

    private static string PunctuationKey(ReadOnlySpan<char> slice) => slice switch
    {
        "“" or "”" or "„" or "«" or "»" or "″" => "\"",
        "‘" or "’" or "‚" or "′" => "'",
        "–" or "—" or "‒" or "−" => "-",
        "…" => "...",
        // "Sở Thông tin & Truyền thông", "Thương binh & Xã hội": an ampersand between words reads as the conjunction.
        "&" => "và",
        [char c] when c < AsciiStrings.Length => AsciiStrings[c], // one shared string per mark, not one per occurrence
        _ => slice.ToString(),
    };

    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool IsAllCaps(ReadOnlySpan<char> part)
    {
        bool any = false;
        foreach (char c in part)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> part)
    {
        foreach (char c in part)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLowerAfterFirstTwo(ReadOnlySpan<char> part) =>
        part.Length > 2 && !IsAllCaps(part) && !IsAllCaps(part[2..]);
}
