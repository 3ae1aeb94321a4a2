using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Extraction.Learning;

namespace Extraction.Text.Segmentation;

/// <summary>The surface shape of a token, read from its characters (not its key).</summary>
internal enum TokenShape : byte
{
    /// <summary>Letters, all lower case.</summary>
    Lower = 1,

    /// <summary>First letter upper case, the rest lower case.</summary>
    Title = 2,

    /// <summary>Two or more letters, all upper case.</summary>
    Upper = 3,

    /// <summary>Digits only (possibly with separators such as . , / -).</summary>
    Number = 4,

    /// <summary>Neither letters nor digits.</summary>
    Punctuation = 5,

    /// <summary>Anything else: letters mixed with digits, inner capitals.</summary>
    Mixed = 6,
}

/// <summary>
/// Allocation-free hashing of syllable keys: the hash of exactly the string
/// <see cref="VietnameseOrthography.Key"/> returns (NFC, lower case, traditional tone-mark
/// placement), computed in a stack buffer. Inputs the fast path does not cover (combining
/// marks, very long tokens) fall back to <see cref="VietnameseOrthography.Key"/>, which allocates.
/// </summary>
internal static class SyllableKeys
{
    private const int TableSize = 0x2100; // Latin, Vietnamese, Greek, Cyrillic, general punctuation, currency
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";
    private const string BaseVowels = "aăâeêioôơuưy";

    // For each BMP char below TableSize: its lower-case toneless base (NFC), and its tone (0 none, 1..5).
    private static readonly char[] Base = new char[TableSize];
    private static readonly byte[] Tone = new byte[TableSize];
    private static readonly byte[] Flags = new byte[TableSize]; // 1 = letter, 2 = needs slow path

    // Composed lower-case vowel for (base vowel index * 6 + tone).
    private static readonly char[] Composed = new char[BaseVowels.Length * 6];

    static SyllableKeys()
    {
        for (int c = 0; c < TableSize; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                Flags[c] = 2;
                continue;
            }

            bool letter = char.IsLetter(ch);
            bool combining = CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            bool changesUnderNfc = !ch.ToString().IsNormalized(NormalizationForm.FormC);
            Flags[c] = (byte)((letter ? 1 : 0) | (combining || changesUnderNfc ? 2 : 0));
            Base[c] = char.ToLowerInvariant(ch);
            if (!letter || c < 0x80)
            {
                continue;
            }

            string decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            int tone = 0;
            var rest = new StringBuilder();
            foreach (char d in decomposed)
            {
                int t = ToneMarks.IndexOf(d);
                if (t >= 0 && tone == 0)
                {
                    tone = t + 1;
                }
                else
                {
                    rest.Append(d);
                }
            }

            string bare = rest.ToString().Normalize(NormalizationForm.FormC);
            if (bare.Length != 1)
            {
                Flags[c] |= 2;
                continue;
            }

            Base[c] = char.ToLowerInvariant(bare[0]);
            Tone[c] = (byte)tone;
        }

        for (int v = 0; v < BaseVowels.Length; v++)
        {
            Composed[v * 6] = BaseVowels[v];
            for (int t = 1; t <= 5; t++)
            {
                Composed[(v * 6) + t] = string.Concat(BaseVowels[v].ToString(), ToneMarks[t - 1].ToString()).Normalize(NormalizationForm.FormC)[0];
            }
        }
    }

    /// <summary>The FNV-1a hash of the syllable's key; equals <c>FeatureHash.Of(VietnameseOrthography.Key(token))</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Hash(ReadOnlySpan<char> token)
    {
        if (token.Length <= 64)
        {
            Span<char> buffer = stackalloc char[64];
            int length = TryWriteKey(token, buffer);
            if (length >= 0)
            {
                return FeatureHash.Of(buffer[..length]);
            }
        }

        return FeatureHash.Of(VietnameseOrthography.Key(token));
    }

    /// <summary>The key as a string (for training and lexicon loading, where allocation is fine).</summary>
    public static string Key(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        int length = TryWriteKey(token, buffer);
        return length >= 0 ? buffer[..length].ToString() : VietnameseOrthography.Key(token);
    }

    /// <summary>The surface shape of a token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TokenShape Shape(ReadOnlySpan<char> token)
    {
        int letters = 0, uppers = 0, digits = 0;
        bool firstUpper = false;
        foreach (char c in token)
        {
            if (char.IsLetter(c))
            {
                if (char.IsUpper(c))
                {
                    firstUpper |= letters == 0;
                    uppers++;
                }

                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        if (letters == 0)
        {
            return digits > 0 ? TokenShape.Number : TokenShape.Punctuation;
        }

        if (digits > 0)
        {
            return TokenShape.Mixed;
        }

        if (uppers == 0)
        {
            return TokenShape.Lower;
        }

        if (uppers == letters)
        {
            return letters >= 2 ? TokenShape.Upper : TokenShape.Title;
        }

        return firstUpper && uppers == 1 ? TokenShape.Title : TokenShape.Mixed;
    }

    /// <summary>
    /// Writes the key into <paramref name="destination"/> (at least as long as the token) and
    /// returns its length, or -1 when the token needs the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int TryWriteKey(ReadOnlySpan<char> token, Span<char> destination)
    {
        int i = 0;
        int n = token.Length;
        while (i < n)
        {
            char c = token[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    c = (char)(c + 32);
                }

                if (!char.IsAsciiLetter(c))
                {
                    destination[i++] = c;
                    continue;
                }
            }
            else if (c >= TableSize || (Flags[c] & 2) != 0)
            {
                return -1;
            }
            else if ((Flags[c] & 1) == 0)
            {
                destination[i++] = Base[c];
                continue;
            }

            // A run of letters: one syllable as PlaceToneMarks sees it.
            int start = i;
            int tone = 0;
            while (i < n)
            {
                char d = token[i];
                if (d >= TableSize || (Flags[d] & 2) != 0)
                {
                    return -1;
                }

                if ((Flags[d] & 1) == 0)
                {
                    break;
                }

                int t = Tone[d];
                if (t != 0)
                {
                    if (tone != 0)
                    {
                        return -1; // two tone marks: leave it to the reference implementation
                    }

                    tone = t;
                }

                destination[i] = Base[d];
                i++;
            }

            if (tone != 0)
            {
                Span<char> run = destination[start..i];
                int target = ToneVowelIndex(run);
                if (target < 0)
                {
                    // Not a Vietnamese syllable shape: keep the writer's placement, lower-cased.
                    for (int k = start; k < i; k++)
                    {
                        char original = token[k];
                        destination[k] = char.ToLowerInvariant(original);
                    }
                }
                else
                {
                    int v = BaseVowels.IndexOf(run[target]);
                    run[target] = Composed[(v * 6) + tone];
                }
            }

            for (int k = start; k < i; k++)
            {
                if (destination[k] == 'ð')
                {
                    destination[k] = 'đ';
                }
            }
        }

        return n;
    }

    // Mirrors VietnameseOrthography.ToneVowelIndex on a lower-case toneless run.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ToneVowelIndex(ReadOnlySpan<char> bare)
    {
        int n = bare.Length;
        int i = 0;
        while (i < n && !VietnameseOrthography.IsBaseVowel(bare[i]))
        {
            i++;
        }

        if (i == n)
        {
            return -1;
        }

        if (i > 0 && i + 1 < n && VietnameseOrthography.IsBaseVowel(bare[i + 1]))
        {
            char before = bare[i - 1];
            char vowel = bare[i];
            if ((before == 'q' && vowel == 'u') || (before == 'g' && vowel == 'i' && i == 1))
            {
                i++;
            }
        }

        int first = i;
        while (i < n && VietnameseOrthography.IsBaseVowel(bare[i]))
        {
            i++;
        }

        int last = i - 1;
        bool hasFinal = i < n;
        if (hasFinal && bare[i..] is not ("c" or "ch" or "m" or "n" or "ng" or "nh" or "p" or "t"))
        {
            return -1;
        }

        for (int k = last; k >= first; k--)
        {
            if (bare[k] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư')
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
}
