using System.Text;

namespace Extraction.Text;

/// <summary>
/// Unicode normalisation that never throws. <see cref="string.Normalize(NormalizationForm)"/> and
/// <see cref="string.IsNormalized(NormalizationForm)"/> refuse some strings with an
/// <see cref="ArgumentException"/>: an unpaired surrogate (also one made by cutting a span through a
/// surrogate pair, as matching code does when it slices text at a word's length), U+FFFE, and on some
/// platforms unassigned code points. One refused character must not cost the whole document: each
/// refused UTF-16 unit becomes U+FFFD, one for one, so offsets into the text before normalisation
/// still hold, and the rest is normalised as usual.
/// </summary>
internal static class UnicodeNormalization
{
    private const char Replacement = '\uFFFD';

    /// <summary>The text in <paramref name="form"/>; refused units replaced by U+FFFD (see the class summary).</summary>
    public static string Normalize(string text, NormalizationForm form = NormalizationForm.FormC) =>
        Normalize(text, form, out _);

    /// <summary>
    /// The text in <paramref name="form"/>; <paramref name="replaced"/> counts the UTF-16 units that
    /// normalisation refused and that were replaced by U+FFFD (0 for ordinary text).
    /// </summary>
    public static string Normalize(string text, NormalizationForm form, out int replaced)
    {
        replaced = 0;
        if (form == NormalizationForm.FormC && IsPlainComposed(text))
        {
            return text;
        }

        if (FirstRefused(text) < 0)
        {
            try
            {
                return text.IsNormalized(form) ? text : text.Normalize(form);
            }
            catch (ArgumentException)
            {
                // A refusal this check does not know (the platform's own list of unassigned code points):
                // normalise piece by piece below.
            }
        }

        string clean = ReplaceRefused(text, out replaced);
        try
        {
            return clean.IsNormalized(form) ? clean : clean.Normalize(form);
        }
        catch (ArgumentException)
        {
            return NormalizePieces(clean, form, ref replaced);
        }
    }

    /// <summary>True when the text is already in <paramref name="form"/>; false when it is not or normalisation refuses it.</summary>
    public static bool IsNormalized(string text, NormalizationForm form = NormalizationForm.FormC) =>
        IsNormalized(text.AsSpan(), form);

    /// <summary>True when the text is already in <paramref name="form"/>; false when it is not or normalisation refuses it.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text, NormalizationForm form = NormalizationForm.FormC)
    {
        if (form == NormalizationForm.FormC && IsPlainComposed(text))
        {
            return true;
        }

        if (FirstRefused(text) >= 0)
        {
            return false;
        }

        try
        {
            return text.IsNormalized(form);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when every character is below the combining marks (U+0300), a precomposed letter of Latin Extended
    /// Additional (U+1E00–U+1EFF, where Vietnamese keeps its letters with a tone mark) or punctuation, super- and
    /// subscripts and currency signs (U+2002–U+20CF: typographic quotes and dashes; U+2000 and U+2001 decompose to
    /// U+2002 and U+2003): such text is NFC whatever the order, since none of these composes with what precedes it
    /// or has a canonical decomposition NFC would undo. Almost every word of news is such text, and deciding it here
    /// spares a call into ICU per word.
    /// </summary>
    private static bool IsPlainComposed(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        if (i < 0)
        {
            return true;
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF') && (c < '\u2002' || c > '\u20CF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the first UTF-16 unit that normalisation refuses everywhere (unpaired surrogate, U+FFFE), or -1.</summary>
    public static int FirstRefused(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < '\uD800')
            {
                continue;
            }

            if (c == '\uFFFE')
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static string ReplaceRefused(string text, out int replaced)
    {
        replaced = 0;
        int first = FirstRefused(text);
        if (first < 0)
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        for (int i = first; i < chars.Length; i++)
        {
            char c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                chars[i] = Replacement;
                replaced++;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Normalises each run of a starter and the marks after it on its own; a run the platform still refuses is
    /// replaced by U+FFFD per UTF-16 unit. A run never composes with its neighbour across a starter it refused, which
    /// is right for a code point normalisation does not know (it has no decomposition and composes with nothing).
    /// </summary>
    private static string NormalizePieces(string text, NormalizationForm form, ref int replaced)
    {
        var output = new StringBuilder(text.Length);
        int start = 0;
        while (start < text.Length)
        {
            int end = start + (char.IsHighSurrogate(text[start]) ? 2 : 1);
            while (end < text.Length && IsMark(text, end))
            {
                end += char.IsHighSurrogate(text[end]) ? 2 : 1;
            }

            end = Math.Min(end, text.Length);
            string piece = text[start..end];
            try
            {
                output.Append(piece.Normalize(form));
            }
            catch (ArgumentException)
            {
                output.Append(Replacement, piece.Length);
                replaced += piece.Length;
            }

            start = end;
        }

        return output.ToString();
    }

    private static bool IsMark(string text, int index) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text, index) is
            System.Globalization.UnicodeCategory.NonSpacingMark or
            System.Globalization.UnicodeCategory.SpacingCombiningMark or
            System.Globalization.UnicodeCategory.EnclosingMark;
}
