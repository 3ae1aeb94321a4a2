using System.Globalization;
using Extraction.Text;

namespace Extraction.Html.Metadata;

/// <summary>
/// Bylines: the closing line of a Vietnamese article that names its writer (<c>Minh Anh</c>,
/// <c>HÀ AN TTVH-TT-TT TÂN YÊN</c> → <c>Hà An</c>) and byline texts such as
/// <c>Tác giả: Lê Phương</c> or <c>By Jane Doe</c>. A linear token scan; no regex.
/// </summary>
internal static class Bylines
{
    private static readonly string[] Prefixes = ["tác giả:", "tác giả", "bài và ảnh:", "bài, ảnh:", "bài:", "by ", "written by ", "posted by ", "theo "];

    /// <summary>
    /// Reads a closing byline: two to four capitalised syllables, optionally followed by an
    /// organisation tag (a hyphenated or vowel-less token and what follows it). Returns the
    /// name in title case.
    /// </summary>
    public static bool TryParseClosing(string line, out string name)
    {
        name = "";
        string text = line.Replace('\n', ' ').Trim();
        if (text.Length is 0 or > 60)
        {
            return false;
        }

        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int n = 0;
        while (n < tokens.Length && n < 5 && IsNameSyllable(tokens[n]))
        {
            n++;
        }

        if (n is < 2 or > 4)
        {
            return false;
        }

        if (n < tokens.Length && !IsOrganisationTag(tokens[n]))
        {
            return false;
        }

        name = TitleCase(string.Join(' ', tokens, 0, n));
        return true;
    }

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

        return t.Any(char.IsLower) ? t : TitleCase(t);
    }

    private static bool IsNameSyllable(string token)
    {
        if (token.Length is 0 or > 7 || !char.IsUpper(token[0]))
        {
            return false;
        }

        bool vowel = false;
        foreach (char c in token)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            vowel |= IsVowel(c);
        }

        if (!vowel)
        {
            return false;
        }

        // Title case (Mạnh) or all capitals (MẠNH), not camel case.
        bool allUpper = token.All(char.IsUpper);
        bool restLower = token.Skip(1).All(char.IsLower);
        return allUpper || restLower;
    }

    private static bool IsOrganisationTag(string token) =>
        token.Contains('-') || token.StartsWith('(') || !token.Any(IsVowel) || token is "-" or "–";

    private static bool IsVowel(char c)
    {
        string decomposed = UnicodeNormalization.Normalize(char.ToLowerInvariant(c).ToString(), System.Text.NormalizationForm.FormD);
        return decomposed.Length > 0 && decomposed[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
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
