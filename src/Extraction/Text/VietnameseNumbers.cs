using System.Globalization;
using Extraction.Documents;

namespace Extraction.Text;

/// <summary>
/// Reads numbers as Vietnamese writes them: dots group thousands and a comma marks the
/// decimals (<c>5.699</c> = 5699, <c>1,29</c> = 1.29, <c>13.999,5</c> = 13999.5), leading
/// zeros are kept in counts (<c>06</c> = 6), <c>6/5</c> is a count out of a target, and
/// counts may be spelled out (<c>năm</c>, <c>mười</c>, <c>hai mươi mốt</c>).
/// </summary>
internal static class VietnameseNumbers
{
    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["không"] = 0, ["một"] = 1, ["mốt"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["tư"] = 4, ["năm"] = 5, ["lăm"] = 5,
        ["sáu"] = 6, ["bảy"] = 7, ["bẩy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    /// <summary>Parses a written number (no unit): <c>5.699</c>, <c>1,29</c>, <c>10.000</c>, <c>06</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        Span<char> invariant = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > invariant.Length)
        {
            return false;
        }

        int n = 0;
        int commas = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                invariant[n++] = c;
            }
            else if (c == '.')
            {
                // A grouping dot has exactly three digits after it; otherwise it is an English decimal point.
                int digits = CountDigits(text[(i + 1)..]);
                if (digits == 3 && commas == 0)
                {
                    continue;
                }

                invariant[n++] = '.';
                commas++;
            }
            else if (c == ',')
            {
                invariant[n++] = '.';
                commas++;
            }
            else
            {
                return false;
            }
        }

        return commas <= 1 && decimal.TryParse(invariant[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads a count from a number token: a whole number, or a pair <c>6/5</c> (count 6 of
    /// target 5). Decimals, dates and percentages are not counts.
    /// </summary>
    public static bool TryParseCount(ReadOnlySpan<char> text, out int count, out int? of)
    {
        count = 0;
        of = null;
        int slash = text.IndexOf('/');
        if (slash > 0)
        {
            if (TryParseCount(text[..slash], out count, out _) && TryParseCount(text[(slash + 1)..], out int target, out _))
            {
                of = target;
                return true;
            }

            return false;
        }

        if (!TryParse(text, out decimal value) || value != decimal.Truncate(value) || value > int.MaxValue || text.Contains(','))
        {
            return false;
        }

        count = (int)value;
        return true;
    }

    /// <summary>
    /// Reads a count spelled in words starting at token <paramref name="index"/>:
    /// <c>năm</c> = 5, <c>mười hai</c> = 12, <c>hai mươi mốt</c> = 21, <c>một trăm</c> = 100.
    /// Returns the number of tokens read, or 0.
    /// </summary>
    public static int TryReadWords(ReadOnlySpan<Token> tokens, int index, out int value)
    {
        value = 0;
        int i = index;
        int current = 0;
        int total = 0;
        bool any = false;
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word)
        {
            string key = tokens[i].Key;
            if (Digits.TryGetValue(key, out int digit))
            {
                current = current % 10 == 0 && current >= 10 ? current + digit : current * 10 + digit;
            }
            else if (key == "mười")
            {
                current += 10;
            }
            else if (key == "mươi")
            {
                current = (current == 0 ? 1 : current) * 10;
            }
            else if (key is "trăm")
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (key is "nghìn" or "ngàn")
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (key is "linh" or "lẻ" && any)
            {
                // "một trăm linh năm" = 105: nothing to add.
            }
            else
            {
                break;
            }

            any = true;
            i++;
        }

        value = total + current;
        return any ? i - index : 0;
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (n < text.Length && char.IsAsciiDigit(text[n]))
        {
            n++;
        }

        return n;
    }
}
