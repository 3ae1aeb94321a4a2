using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Extraction.Text;

/// <summary>
/// Vietnamese spelling facts the rest of the library matches on: which letters are
/// vowels, where a syllable's tone mark belongs, and the normalised <em>key</em> of a
/// syllable (NFC, one tone-mark placement, lower case) that makes <c>hoà</c> and
/// <c>hòa</c>, <c>Thuỷ</c> and <c>thủy</c> compare equal. Keys are for matching only;
/// the text a writer typed is never replaced by them.
/// </summary>
public static class VietnameseOrthography
{
    // Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>True for a combining mark that writes one of the five Vietnamese tones.</summary>
    public static bool IsToneMark(char c) => ToneMarks.Contains(c);

    /// <summary>True for a lower-case base vowel (without a tone): a ă â e ê i o ô ơ u ư y.</summary>
    public static bool IsBaseVowel(char lower) => lower is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';

    private static bool IsModifiedVowel(char lower) => lower is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';

    /// <summary>
    /// The matching key of a word or syllable: NFC, lower case, the tone mark on the vowel
    /// the traditional placement rule chooses (<c>hòa</c>, <c>thủy</c>, <c>khỏe</c>, <c>hoàng</c>),
    /// and the look-alike <c>Ð</c> (eth) read as <c>Đ</c>.
    /// </summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        if (IsPlainAscii(text))
        {
            return AsciiLower(text);
        }

        string key = LatinCase.ToLower(PlaceToneMarks(text.ToString())).Replace('ð', 'đ');
        // A capital with no precomposed form keeps its mark apart ("T" + U+0308); lower-cased, the pair may compose
        // ("ẗ"), so a key that still holds such a mark is normalised again, or Key(Key(x)) would differ from Key(x).
        // Only the marks of U+0300–U+036F compose with a cased letter, so one vectorised range test decides.
        return key.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') >= 0 ? UnicodeNormalization.Normalize(key) : key;
    }

    /// <summary>
    /// Rewrites every syllable of <paramref name="text"/> with its tone mark on the vowel
    /// that the traditional rule chooses, keeping case and everything else; the result is NFC.
    /// Used for output that promises normalised placement (officials' names).
    /// </summary>
    public static string PlaceToneMarks(string text)
    {
        string nfc = UnicodeNormalization.Normalize(text);
        if (IsPlainAscii(nfc))
        {
            return nfc;
        }

        var output = new StringBuilder(nfc.Length);
        int i = 0;
        while (i < nfc.Length)
        {
            if (!char.IsLetter(nfc[i]))
            {
                output.Append(nfc[i++]);
                continue;
            }

            int start = i;
            while (i < nfc.Length && (char.IsLetter(nfc[i]) || IsCombining(nfc[i])))
            {
                i++;
            }

            output.Append(PlaceToneMark(nfc.AsSpan(start, i - start)));
        }

        return output.ToString();
    }

    internal static string PlaceToneMark(ReadOnlySpan<char> syllable) => ToneLetters.TryPlace(syllable) ?? PlaceToneMarkByNormalization(syllable);

    /// <summary>
    /// The tone placement of one syllable by Unicode normalisation: decompose, take the first tone mark off, recompose the
    /// rest, and put the mark back on the vowel the rule chooses. Exact for any text, but several calls into the platform's
    /// normaliser per syllable; <see cref="ToneLetters"/> gives the same answer from two tables for syllables of plain letters.
    /// </summary>
    internal static string PlaceToneMarkByNormalization(ReadOnlySpan<char> syllable)
    {
        // Split off the tone: decompose, drop the tone mark, recompose the rest.
        string decomposed = UnicodeNormalization.Normalize(syllable.ToString(), NormalizationForm.FormD);
        char tone = '\0';
        var toneless = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (IsToneMark(c) && tone == '\0')
            {
                tone = c;
                continue;
            }

            toneless.Append(c);
        }

        string bare = UnicodeNormalization.Normalize(toneless.ToString());
        if (tone == '\0')
        {
            return bare;
        }

        int target = ToneVowelIndex(bare);
        if (target < 0)
        {
            // Not a Vietnamese syllable shape: leave the writer's own placement.
            return UnicodeNormalization.Normalize(syllable.ToString());
        }

        return UnicodeNormalization.Normalize(string.Concat(bare.AsSpan(0, target + 1), tone.ToString(), bare.AsSpan(target + 1)));
    }

    /// <summary>
    /// Tone placement for a syllable of precomposed letters by table: each letter to its letter without the tone and the tone
    /// it carried (<c>ấ</c> → <c>â</c> and the acute), and each toneless letter and tone back to one letter. The tables are
    /// built once from the platform's normaliser, so the answer is the one <see cref="PlaceToneMarkByNormalization"/> gives.
    /// </summary>
    private static class ToneLetters
    {
        /// <summary>Syllables longer than this are placed by normalisation (no stack buffer for them).</summary>
        private const int MaxLength = 32;

        private static readonly FrozenDictionary<char, (char Bare, char Tone)> Split;
        private static readonly FrozenDictionary<(char Bare, char Tone), char> Join;

        static ToneLetters()
        {
            var split = new Dictionary<char, (char, char)>();
            var join = new Dictionary<(char, char), char>();
            foreach (var (first, last) in new[] { ('A', 'Z'), ('a', 'z'), ('\u00C0', '\u024F'), ('\u1E00', '\u1EFF') })
            {
                for (char c = first; c <= last; c++)
                {
                    string letter = c.ToString();
                    if (!char.IsLetter(c) || !letter.IsNormalized(NormalizationForm.FormC))
                    {
                        continue;
                    }

                    string decomposed = letter.Normalize(NormalizationForm.FormD);
                    int at = decomposed.AsSpan().IndexOfAny(ToneMarks);
                    string bare = at < 0 ? letter : decomposed.Remove(at, 1).Normalize(NormalizationForm.FormC);
                    if (bare.Length != 1)
                    {
                        continue;
                    }

                    char tone = at < 0 ? '\0' : decomposed[at];
                    split[c] = (bare[0], tone);
                    if (tone != '\0' && string.Concat(bare, tone.ToString()).Normalize(NormalizationForm.FormC) == letter)
                    {
                        join[(bare[0], tone)] = c;
                    }
                }
            }

            Split = split.ToFrozenDictionary();
            Join = join.ToFrozenDictionary();
        }

        /// <summary>The syllable with its tone where the rule puts it, or null when it holds anything but such letters.</summary>
        public static string? TryPlace(ReadOnlySpan<char> syllable)
        {
            if (syllable.Length > MaxLength)
            {
                return null;
            }

            Span<char> bare = stackalloc char[syllable.Length];
            char tone = '\0';
            for (int i = 0; i < syllable.Length; i++)
            {
                if (!Split.TryGetValue(syllable[i], out var letter) || (letter.Tone != '\0' && tone != '\0'))
                {
                    return null;
                }

                bare[i] = letter.Bare;
                tone = letter.Tone == '\0' ? tone : letter.Tone;
            }

            if (tone == '\0')
            {
                return syllable.ToString();
            }

            int target = ToneVowelIndex(bare);
            if (target < 0)
            {
                return syllable.ToString();
            }

            if (!Join.TryGetValue((bare[target], tone), out char toned))
            {
                return null;
            }

            bare[target] = toned;
            return new string(bare);
        }
    }

    /// <summary>
    /// Lower case for Latin text by table (Latin-1, Extended-A and -B, Extended Additional: every Vietnamese letter), the same
    /// as <see cref="string.ToLowerInvariant"/>, which calls into ICU for any text that is not ASCII; other text goes to it.
    /// </summary>
    internal static class LatinCase
    {
        /// <summary>What the tables hold for a character they do not cover.</summary>
        private const char NotCovered = '\uFFFF';

        private static readonly char[] Low = Table('\0', '\u024F');
        private static readonly char[] Extended = Table('\u1E00', '\u1EFF');

        /// <summary>One character in lower case.</summary>
        public static char ToLower(char c) => FromTable(c) is var lower && lower != NotCovered ? lower : char.ToLowerInvariant(c);

        /// <summary>The text in lower case; the same string when nothing changes.</summary>
        public static string ToLower(string text)
        {
            int first = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char lower = FromTable(text[i]);
                if (lower == NotCovered)
                {
                    return text.ToLowerInvariant();
                }

                if (lower != text[i] && first < 0)
                {
                    first = i;
                }
            }

            return first < 0 ? text : string.Create(text.Length, (text, first), static (output, state) =>
            {
                state.text.AsSpan().CopyTo(output);
                for (int i = state.first; i < output.Length; i++)
                {
                    output[i] = FromTable(output[i]);
                }
            });
        }

        private static char FromTable(char c) => c < Low.Length ? Low[c] : c is >= '\u1E00' and <= '\u1EFF' ? Extended[c - '\u1E00'] : NotCovered;

        private static char[] Table(char first, char last)
        {
            var table = new char[last - first + 1];
            for (int c = first; c <= last; c++)
            {
                table[c - first] = ((char)c).ToString().ToLowerInvariant()[0];
            }

            return table;
        }
    }

    /// <summary>
    /// Index of the vowel that carries the tone under the traditional rule, or -1.
    /// A modified vowel (ă â ê ô ơ ư; ơ in ươ) takes it; otherwise the last vowel when a
    /// final consonant follows (hoàng), the first of two (hòa, mùa), the middle of three (ngoài).
    /// </summary>
    private static int ToneVowelIndex(ReadOnlySpan<char> bare)
    {
        int n = bare.Length;
        int i = 0;
        while (i < n && !IsBaseVowel(LatinCase.ToLower(bare[i])))
        {
            i++;
        }

        if (i == n)
        {
            return -1;
        }

        // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
        if (i > 0 && i + 1 < n && IsBaseVowel(LatinCase.ToLower(bare[i + 1])))
        {
            char before = LatinCase.ToLower(bare[i - 1]);
            char vowel = LatinCase.ToLower(bare[i]);
            if ((before == 'q' && vowel == 'u') || (before == 'g' && vowel == 'i' && i == 1))
            {
                i++;
            }
        }

        int first = i;
        while (i < n && IsBaseVowel(LatinCase.ToLower(bare[i])))
        {
            i++;
        }

        int last = i - 1;
        bool hasFinal = i < n;
        if (i < n && !IsFinalConsonant(bare[i..]))
        {
            return -1;
        }

        for (int k = last; k >= first; k--)
        {
            if (IsModifiedVowel(LatinCase.ToLower(bare[k])))
            {
                return k;
            }
        }

        int count = last - first + 1;
        if (hasFinal || count == 1)
        {
            return last;
        }

        return count == 2 ? first : first + 1;
    }

    private static bool IsFinalConsonant(ReadOnlySpan<char> rest)
    {
        Span<char> lower = stackalloc char[rest.Length];
        rest.ToLowerInvariant(lower);
        return lower switch
        {
            "c" or "ch" or "m" or "n" or "ng" or "nh" or "p" or "t" => true,
            _ => false,
        };
    }

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsPlainAscii(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static string AsciiLower(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return string.Create(text.Length, text.ToString(), static (dest, s) => s.AsSpan().ToLowerInvariant(dest));
            }
        }

        return text.ToString();
    }
}
