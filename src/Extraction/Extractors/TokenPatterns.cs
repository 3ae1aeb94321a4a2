using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>Small token-level tests shared by the extractors.</summary>
internal static class TokenPatterns
{
    /// <summary>True when the keys of the tokens from <paramref name="index"/> on are <paramref name="keys"/>.</summary>
    public static bool At(ReadOnlySpan<Token> tokens, int index, params ReadOnlySpan<string> keys)
    {
        if (index < 0 || index + keys.Length > tokens.Length)
        {
            return false;
        }

        for (int k = 0; k < keys.Length; k++)
        {
            if (tokens[index + k].Key != keys[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the word segmenter joins the syllable at <paramref name="index"/> to the one before it (<c>trình</c> in <c>quá
    /// trình</c>, <c>thôn</c> in <c>nông thôn</c>), read over a window of two syllables either side.
    /// </summary>
    public static bool ContinuesWord(ReadOnlySpan<Token> tokens, string text, int index)
    {
        int from = Math.Max(0, index - 2), to = Math.Min(tokens.Length, index + 3);
        Span<TextSpan> spans = stackalloc TextSpan[to - from];
        Span<bool> starts = stackalloc bool[to - from];
        for (int k = from; k < to; k++)
        {
            spans[k - from] = tokens[k].Span;
        }

        Text.Segmentation.WordSegmenter.Default.Segment(text, spans, starts);
        return !starts[index - from];
    }

    /// <summary>
    /// Words of a bound written right before a figure: <c>trên 120</c>, <c>hơn 40</c>, <c>gần 600</c>, <c>khoảng 50</c>, and the
    /// <c>xỉ</c> of <c>xấp xỉ 90%</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> BoundWords = new HashSet<string>(StringComparer.Ordinal) { "trên", "hơn", "gần", "khoảng", "xỉ" };

    /// <summary>Words that tie counted people to their unit: <c>đảng viên thuộc Chi bộ A</c>, <c>sinh viên của Trường B</c>.</summary>
    public static readonly IReadOnlySet<string> UnitLinks = new HashSet<string>(StringComparer.Ordinal) { "thuộc", "của", "ở", "tại" };

    /// <summary>The marks that open a line of a list (<c>- </c>, <c>• </c>, <c>+ </c>).</summary>
    public static readonly IReadOnlySet<string> ListBullets = new HashSet<string>(StringComparer.Ordinal) { "-", "–", "+", "•", "*" };

    /// <summary>Where a list line's item starts after its mark (<c>- </c>, <c>• </c>, <c>1. </c>, <c>2) </c>, <c>(3) </c>); -1 for a line that is no item.</summary>
    public static int ListItemStart(ReadOnlySpan<Token> line)
    {
        if (line.Length > 0 && ListBullets.Contains(line[0].Key))
        {
            return 1;
        }

        if (line.Length > 1 && line[0].Kind == TokenKind.Number && line[0].Key.Length <= 2 && line[1].Key is "." or ")")
        {
            return 2;
        }

        // "(1) ", "(2) ": a number in brackets.
        return line.Length > 2 && line[0].Key == "(" && line[1].Kind == TokenKind.Number && line[1].Key.Length <= 2 && line[2].Key == ")" ? 3 : -1;
    }

    /// <summary>Index of the first token in [from, to) with key <paramref name="key"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<Token> tokens, int from, int to, string key)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, tokens.Length); i++)
        {
            if (tokens[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when a two-syllable word starts anywhere in [from, to).</summary>
    public static bool Contains(ReadOnlySpan<Token> tokens, int from, int to, params ReadOnlySpan<string> keys)
    {
        for (int i = Math.Max(0, from); i + keys.Length <= Math.Min(to, tokens.Length); i++)
        {
            if (At(tokens, i, keys))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some token of [from, to) is one of <paramref name="keys"/> (<c>ở Chi bộ … 3</c>: a unit link before a number).</summary>
    public static bool AnyBetween(ReadOnlySpan<Token> tokens, int from, int to, IReadOnlySet<string> keys)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, tokens.Length); i++)
        {
            if (keys.Contains(tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every token of [from, to) is one of <paramref name="allowed"/> (an empty range is).</summary>
    public static bool OnlyBetween(ReadOnlySpan<Token> tokens, int from, int to, params ReadOnlySpan<string> allowed)
    {
        for (int i = from; i < to; i++)
        {
            if (!allowed.Contains(tokens[i].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Length of a bracket at <paramref name="index"/> that says where a photo's person stands (<c>(thứ 2 từ trái sang)</c>,
    /// <c>(bên phải)</c>, <c>(đứng giữa)</c>), or 0. Captions put one after the person; it belongs to neither the name nor
    /// the clause, and its <c>phải</c> (right) is not the modal "must".
    /// </summary>
    public static int PhotoPlaceAt(ReadOnlySpan<Token> tokens, int index)
    {
        if (index >= tokens.Length || tokens[index].Key != "(")
        {
            return 0;
        }

        for (int k = index + 1; k < tokens.Length && k - index <= 8; k++)
        {
            if (tokens[k].Key == ")")
            {
                for (int w = index + 1; w < k; w++)
                {
                    if (tokens[w].Key is "trái" or "phải" or "giữa")
                    {
                        return k - index + 1;
                    }
                }

                return 0;
            }
        }

        return 0;
    }

    /// <summary>True when <paramref name="index"/> stands inside a bracket that says where a photo's person stands (<see cref="PhotoPlaceAt"/>).</summary>
    public static bool InPhotoPlace(ReadOnlySpan<Token> tokens, int index)
    {
        for (int k = index - 1; k >= Math.Max(0, index - 8); k--)
        {
            if (tokens[k].Key == ")")
            {
                return false;
            }

            if (tokens[k].Key == "(")
            {
                return k + PhotoPlaceAt(tokens, k) > index;
            }
        }

        return false;
    }

    /// <summary>
    /// Start of the clause holding <paramref name="index"/>: just after the previous <c>;</c>, or after the outlet's tag that opens a
    /// lead (<see cref="LeadTagEnd"/>).
    /// </summary>
    public static int ClauseStart(ReadOnlySpan<Token> tokens, int index)
    {
        for (int i = Math.Min(index, tokens.Length) - 1; i >= 0; i--)
        {
            if (tokens[i].Key == ";")
            {
                return i + 1;
            }
        }

        int tag = LeadTagEnd(tokens);
        return tag <= index ? tag : 0;
    }

    /// <summary>
    /// Where the text starts after the outlet's tag that opens a lead, or 0: <c>(Dân trí) - …</c>, <c>(ĐCSVN) – …</c>,
    /// <c>VOV.VN - …</c>, <c>Kinhtedothi - …</c>. The tag is a bracket, or one word that is no Vietnamese syllable (an
    /// abbreviation, a domain, a run-together name), before a dash; a person's name before a dash ("Lê Văn A - Chủ tịch …") is none.
    /// </summary>
    public static int LeadTagEnd(ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length > 2 && tokens[0].Key == "(" && IndexOf(tokens, 1, Math.Min(tokens.Length, 7), ")") is int close and > 1 &&
            close + 2 < tokens.Length && tokens[close + 1].Key is "-" or "–")
        {
            return close + 2;
        }

        return tokens.Length > 2 && tokens[1].Key is "-" or "–" && tokens[0].IsWordLike && tokens[0].IsCapitalized &&
               (tokens[0].Kind == TokenKind.Abbreviation || tokens[0].IsAllCaps || !Text.SyllableShape.IsSyllable(tokens[0].Key))
            ? 2
            : 0;
    }

    /// <summary>End of the clause holding <paramref name="index"/>: the next <c>;</c>, or the sentence's end.</summary>
    public static int ClauseEnd(ReadOnlySpan<Token> tokens, int index)
    {
        for (int i = index; i < tokens.Length; i++)
        {
            if (tokens[i].Key == ";")
            {
                return i;
            }
        }

        return tokens.Length;
    }

    /// <summary>
    /// Reads a count at <paramref name="index"/>: a number token (<c>175</c>, <c>06</c>,
    /// <c>6/5</c>), maybe in thousands (<c>1,8 ngàn</c>), or a spelled number (<c>năm</c>, <c>hai mươi mốt</c>); returns tokens
    /// read or 0.
    /// </summary>
    public static int ReadCount(ReadOnlySpan<Token> tokens, string text, int index, out int count, out int? of)
    {
        count = 0;
        of = null;
        if (index < 0 || index >= tokens.Length)
        {
            return 0;
        }

        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            // "hơn 1,8 ngàn đoàn viên", "2 nghìn đảng viên": thousands written as a word after the number.
            if (index + 1 < tokens.Length && tokens[index + 1].Key is "nghìn" or "ngàn" &&
                VietnameseNumbers.TryParse(token.Span.Slice(text), out decimal thousands) && thousands is > 0 and <= int.MaxValue / 1000 &&
                thousands * 1000 is var whole && whole == decimal.Truncate(whole))
            {
                count = (int)whole;
                return 2;
            }

            return VietnameseNumbers.TryParseCount(token.Span.Slice(text), out count, out of) ? 1 : 0;
        }

        return token.Kind == TokenKind.Word ? VietnameseNumbers.TryReadWords(tokens, index, out count) : 0;
    }

    /// <summary>A year of the modern calendar written as a number token (1900–2100, a life story's too), or null.</summary>
    public static int? CalendarYear(Token token) =>
        token.Kind == TokenKind.Number && token.Key.Length == 4 && int.TryParse(token.Key, out int y) && y is >= 1900 and <= 2100 ? y : null;

    /// <summary>A year written as a number token (1945–2100: a report's, never a life story's), or null.</summary>
    public static int? Year(Token token) => CalendarYear(token) is int y && y >= 1945 ? y : null;

    /// <summary>
    /// The year a phrase at <paramref name="index"/> belongs to, stated before it in the same
    /// sentence (<c>năm 2020</c>, <c>trong năm 2020</c>, <c>Năm 2020,</c>) — the nearest one.
    /// Years of a term (<c>nhiệm kỳ 2020-2025</c>) and of documents do not count.
    /// </summary>
    public static int? StatedYearBefore(ReadOnlySpan<Token> tokens, int index)
    {
        for (int i = Math.Min(index, tokens.Length) - 1; i >= 1; i--)
        {
            if (tokens[i - 1].Key == "năm" && Year(tokens[i]) is int y)
            {
                return SpansYears(tokens, i, y) ? null : y;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the year <paramref name="y"/> at <paramref name="at"/> is one end of a span over other years: <c>từ đầu năm 2016 đến
    /// tháng 6/2018</c>, <c>từ năm 2016 đến năm 2018</c> state no single year (<c>từ đầu năm 2023 đến nay</c> still does).
    /// </summary>
    private static bool SpansYears(ReadOnlySpan<Token> tokens, int at, int y) =>
        OtherYearPastUntil(tokens, at + 1, step: 1, untilReach: 3, yearReach: 4, y) ||
        // The span's end: "… đến năm 2018" after "từ năm 2016".
        OtherYearPastUntil(tokens, at - 2, step: -1, untilReach: 3, yearReach: 5, y);

    /// <summary>
    /// Walking from <paramref name="start"/> by <paramref name="step"/>: a <c>đến</c> or <c>tới</c> within <paramref name="untilReach"/>
    /// tokens, then a year other than <paramref name="y"/> (<c>2018</c>, <c>6/2018</c>) within <paramref name="yearReach"/> beyond it.
    /// </summary>
    private static bool OtherYearPastUntil(ReadOnlySpan<Token> tokens, int start, int step, int untilReach, int yearReach, int y)
    {
        for (int k = start, n = 0; n < untilReach && k >= 0 && k < tokens.Length; k += step, n++)
        {
            if (tokens[k].Key is "đến" or "tới")
            {
                for (int m = k + step, r = 0; r < yearReach && m >= 0 && m < tokens.Length; m += step, r++)
                {
                    if ((Year(tokens[m]) ?? PeriodExtractor.TrailingYearOf(tokens[m].Key)) is int other && other != y)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>A <c>năm YYYY</c> in the tokens: the last one (the scan goes back from the end).</summary>
    public static int? StatedYear(ReadOnlySpan<Token> tokens) => StatedYearBefore(tokens, tokens.Length);

    /// <summary>A percentage token's value: <c>120%</c> → 120.</summary>
    public static decimal? Percent(Token token, string text) =>
        token.Kind == TokenKind.Percent && VietnameseNumbers.TryParse(token.Span.Slice(text)[..^1].TrimEnd(), out decimal v) ? v : null;
}
