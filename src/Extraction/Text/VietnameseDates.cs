using Extraction.Documents;

namespace Extraction.Text;

/// <summary>
/// Finds dates in Vietnamese text with a linear scanner (no backtracking): numeric dates
/// with <c>/</c>, <c>-</c> or <c>.</c> (day first, as Vietnamese writes them), day ranges,
/// and the spelled form <c>ngày D tháng M năm Y</c>.
/// </summary>
internal static class VietnameseDates
{
    /// <summary>Every date written in <paramref name="text"/>, in order.</summary>
    public static List<DateMention> FindAll(ReadOnlySpan<char> text)
    {
        var found = new List<DateMention>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || char.IsLetter(text[i - 1]))))
            {
                i++;
                continue;
            }

            if (TryReadNumeric(text, i, out var mention) || TryReadSpelled(text, i, out mention))
            {
                found.Add(mention);
                i = mention.Span.End;
                continue;
            }

            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>
    /// Reads a date that starts exactly at <paramref name="start"/>; <paramref name="requireYear"/>
    /// rejects <c>14-1</c> forms, which are dates only after <c>ngày</c>.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, int start, out DateMention mention, bool requireYear = true)
    {
        if (TryReadNumeric(text, start, out mention) || TryReadSpelled(text, start, out mention))
        {
            return !requireYear || mention.Year is not null || PrecededByNgay(text, start);
        }

        return false;
    }

    /// <summary>Parses a whole string as one date (<c>21/01/2021</c>, <c>2021-01-21</c>).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        text = text.Trim();
        date = default;
        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", out date))
        {
            return true;
        }

        if (TryReadNumeric(text, 0, out var mention) && mention.Date is DateOnly d)
        {
            date = d;
            return true;
        }

        return false;
    }

    private static bool TryReadNumeric(ReadOnlySpan<char> text, int start, out DateMention mention)
    {
        mention = default;
        int i = start;
        if (!ReadInt(text, ref i, 2, out int day))
        {
            return false;
        }

        int? lastDay = null;
        // A day range: 4-6/8/2020 (first day, dash, last day, then the month separator).
        if (i + 1 < text.Length && text[i] == '-' && char.IsAsciiDigit(text[i + 1]))
        {
            int j = i + 1;
            if (ReadInt(text, ref j, 2, out int second) && j < text.Length && text[j] == '/' && second > day)
            {
                lastDay = second;
                i = j;
            }
        }

        if (i >= text.Length || text[i] is not ('/' or '-' or '.'))
        {
            return false;
        }

        char separator = text[i];
        i++;
        if (!ReadInt(text, ref i, 2, out int month))
        {
            return false;
        }

        int? year = null;
        int end = i;
        if (i + 1 < text.Length && text[i] == separator && char.IsAsciiDigit(text[i + 1]))
        {
            int j = i + 1;
            int digitsStart = j;
            if (ReadInt(text, ref j, 4, out int y) && (j - digitsStart == 4 || j - digitsStart == 2))
            {
                year = j - digitsStart == 2 ? 2000 + y : y;
                end = j;
            }
        }

        // "1.640" or "5.699" is a number, not a date: a dot-separated pair needs a year.
        if (separator == '.' && year is null)
        {
            return false;
        }

        if (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is '/' or '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return false;
        }

        if (day is < 1 or > 31 || month is < 1 or > 12 || (lastDay is int ld && ld > 31))
        {
            return false;
        }

        mention = new DateMention(TextSpan.FromBounds(start, end), day, month, year, lastDay);
        return true;
    }

    private static bool TryReadSpelled(ReadOnlySpan<char> text, int start, out DateMention mention)
    {
        // "5 tháng 3 năm 2021" — the caller has found the day's digits; "ngày" may precede.
        mention = default;
        int i = start;
        if (!ReadInt(text, ref i, 2, out int day) || !ReadWord(text, ref i, "tháng") || !ReadInt(text, ref i, 2, out int month))
        {
            return false;
        }

        int end = i;
        int? year = null;
        int j = i;
        if (ReadWord(text, ref j, "năm") && ReadInt(text, ref j, 4, out int y) && y >= 1000)
        {
            year = y;
            end = j;
        }
        else if (i + 1 < text.Length && text[i] == ',')
        {
            // "Thứ Bảy, 7 tháng 11, 2020": a header's date with the year after a comma (four digits, nothing glued on).
            j = i + 1;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            int digitsAt = j;
            if (ReadInt(text, ref j, 4, out int afterComma) && j - digitsAt == 4 && afterComma >= 1900 && (j == text.Length || !char.IsLetterOrDigit(text[j])))
            {
                year = afterComma;
                end = j;
            }
        }

        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }

        mention = new DateMention(TextSpan.FromBounds(start, end), day, month, year);
        return true;
    }

    private static bool PrecededByNgay(ReadOnlySpan<char> text, int start)
    {
        var before = text[..start].TrimEnd();
        return before.Length >= 4 && VietnameseOrthography.Key(before[^4..]) == "ngày";
    }

    private static bool ReadInt(ReadOnlySpan<char> text, ref int i, int maxDigits, out int value)
    {
        value = 0;
        int digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < maxDigits)
        {
            value = value * 10 + (text[i] - '0');
            i++;
            digits++;
        }

        return digits > 0;
    }

    private static bool ReadWord(ReadOnlySpan<char> text, ref int i, string word)
    {
        int j = i;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        // An ASCII letter keeps its base letter in the key, so one that differs from the word's (ASCII) first letter is no match:
        // this is asked after every number, and the key is built only when the first letter agrees.
        if (j + word.Length > text.Length || (char.IsAscii(text[j]) && char.ToLowerInvariant(text[j]) != word[0]) ||
            VietnameseOrthography.Key(text.Slice(j, word.Length)) != word)
        {
            return false;
        }

        j += word.Length;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        i = j;
        return true;
    }
}
