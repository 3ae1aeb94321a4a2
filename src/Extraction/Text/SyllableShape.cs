namespace Extraction.Text;

/// <summary>
/// Whether a letter string has the shape of one Vietnamese syllable: an initial consonant
/// from the language's set, a vowel nucleus, and one of the eight final consonants. Tells
/// an all-capital syllable (<c>NAM</c>, <c>LỘC</c>) from an abbreviation (<c>UBND</c>, <c>TTHU</c>).
/// </summary>
internal static class SyllableShape
{
    private static readonly string[] Initials =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    /// <summary>True when <paramref name="key"/> (a lower-case key) is shaped like a Vietnamese syllable.</summary>
    public static bool IsSyllable(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > 7)
        {
            return false;
        }

        foreach (string initial in Initials)
        {
            if (!key.StartsWith(initial, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[initial.Length..];
            int vowels = 0;
            while (vowels < rest.Length && IsVowel(rest[vowels]))
            {
                vowels++;
            }

            if (vowels is 0 or > 3)
            {
                continue;
            }

            var final = rest[vowels..];
            if (final is "" or "c" or "ch" or "m" or "n" or "ng" or "nh" or "p" or "t")
            {
                return true;
            }
        }

        return false;
    }

    // Every lower-case vowel letter with every tone mark, precomposed.
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create(AllVowels());

    private static bool IsVowel(char c) => Vowels.Contains(c);

    private static string AllVowels()
    {
        var all = new System.Text.StringBuilder();
        foreach (char vowel in "aăâeêioôơuưy")
        {
            all.Append(vowel);
            foreach (char tone in "\u0300\u0301\u0303\u0309\u0323")
            {
                all.Append(string.Concat(vowel, tone).Normalize(System.Text.NormalizationForm.FormC));
            }
        }

        return all.ToString();
    }
}
