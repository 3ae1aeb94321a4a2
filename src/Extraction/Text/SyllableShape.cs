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

    /// <summary>
    /// True when <paramref name="key"/> (a lower-case key) is one of the language's initial consonants written with two or
    /// three letters (<c>ng</c>, <c>th</c>, <c>ngh</c>): how a family name is shortened in a byline (<c>Ng. Hùng</c>, <c>Th. Hà</c>).
    /// </summary>
    public static bool IsLongInitial(ReadOnlySpan<char> key)
    {
        foreach (string initial in Initials)
        {
            if (initial.Length > 1 && key.SequenceEqual(initial))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>
    /// Where a word glued from two syllables splits, or 0: scraped text loses the space between two words when a line or a tag
    /// break is dropped (<c>cảnh cáođối với</c>, <c>khai trừĐảng</c>). A syllable holds one run of vowels, so only a word with
    /// two runs, a letter outside ASCII (English words are left whole) and exactly one split into two syllables, the second
    /// opening with a consonant, is split, when it is written in small letters; a capital after a small letter marks the split
    /// outright.
    /// </summary>
    public static int GluedSplit(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 14)
        {
            return 0;
        }

        int runs = 0;
        bool inRun = false;
        bool vietnamese = false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return 0;
            }

            vietnamese |= c > '\u007F';
            bool vowel = IsVowel(char.ToLowerInvariant(c));
            runs += vowel && !inRun ? 1 : 0;
            inRun = vowel;
        }

        if (runs != 2 || !vietnamese)
        {
            return 0;
        }

        int found = 0;
        for (int p = 1; p < word.Length; p++)
        {
            bool capitalAfterSmall = char.IsLower(word[p - 1]) && char.IsUpper(word[p]);
            if (IsVowel(char.ToLowerInvariant(word[p])) || (char.IsUpper(word[p]) && !capitalAfterSmall) ||
                !IsSyllable(VietnameseOrthography.Key(word[..p])) || !IsSyllable(VietnameseOrthography.Key(word[p..])))
            {
                continue;
            }

            if (capitalAfterSmall)
            {
                return p;
            }

            // A capitalised word with no capital inside is a name (the Khmer "Rươne"), not two words.
            if (found > 0 || char.IsUpper(word[0]))
            {
                return 0;
            }

            found = p;
        }

        return found;
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
