using System.Text;
using Extraction.Text;

namespace Extraction.Html.Decoding;

/// <summary>
/// Repairs of text that was decoded with the wrong table: UTF-8 read as Windows-1252 or
/// Latin-1 (<c>Äáº£ng</c> → <c>Đảng</c>), and the legacy font encodings TCVN3, VNI and
/// VISCII read as Windows-1252 (<c>§¶ng</c>, <c>Ñaûng</c> → <c>Đảng</c>). Each converter is a
/// single linear pass; <see cref="TryRepair"/> keeps a conversion only when it makes the
/// text clearly more Vietnamese.
/// </summary>
internal static class TextRepair
{
    // Windows-1252's characters for bytes 0x80–0x9F (undefined bytes as their C1 controls).
    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    // Bytes that Windows-1252 leaves undefined: decoders often drop them, so a UTF-8
    // sequence that lost its continuation byte most likely lost one of these.
    private static ReadOnlySpan<byte> DroppedBytes => [0x90, 0x81, 0x8D, 0x8F, 0x9D];

    /// <summary>The kinds of repair, in the order they are tried.</summary>
    internal enum Kind
    {
        /// <summary>UTF-8 bytes that were decoded as Windows-1252 or Latin-1.</summary>
        Mojibake,

        /// <summary>TCVN3 (ABC, .VnTime fonts).</summary>
        Tcvn3,

        /// <summary>VNI (VNI-Times fonts).</summary>
        Vni,

        /// <summary>VISCII (RFC 1456).</summary>
        Viscii,
    }

    /// <summary>
    /// Tries every repair on <paramref name="text"/> and returns the one that raises the
    /// Vietnamese score most, if it raises it clearly; otherwise returns false.
    /// </summary>
    public static bool TryRepair(ReadOnlySpan<char> text, out string repaired, out Kind kind)
    {
        repaired = "";
        kind = default;
        if (text.IndexOfAnyInRange('\u0080', '\uFFFF') < 0)
        {
            return false;
        }

        int suspicious = VietnameseTextScore.CountSuspicious(text);
        if (suspicious < 3)
        {
            return false;
        }

        // Decide on the evidence only: the whitespace-delimited tokens that hold a non-ASCII or
        // control character. Every repair maps such tokens alone (ASCII whitespace and plain ASCII
        // tokens come out unchanged), so the counts are those of the whole text, at a fraction of
        // the cost on a mostly-ASCII page.
        string? evidence = Evidence(text);
        bool whole = evidence is null;
        evidence ??= text.ToString();
        long bestWords = VietnameseTextScore.CommonWordCount(evidence);
        long threshold = bestWords + 5;
        bool found = false;
        foreach (Kind candidate in (Kind[])[Kind.Mojibake, Kind.Tcvn3, Kind.Vni, Kind.Viscii])
        {
            string converted = Convert(evidence, candidate);
            int words = VietnameseTextScore.CommonWordCount(converted);
            // Keep a conversion only if it yields clearly more real syllables and clears most suspicious characters.
            if (words >= threshold && words > bestWords && VietnameseTextScore.CountSuspicious(converted) * 3 <= suspicious)
            {
                bestWords = words;
                kind = candidate;
                found = true;
                repaired = converted;
            }
        }

        if (found && !whole)
        {
            repaired = Convert(text.ToString(), kind);
        }

        return found;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> (split at ASCII space, tab, CR, LF) that hold a
    /// character outside printable ASCII, joined by spaces; null when that is most of the text (then the text is the evidence).
    /// </summary>
    internal static string? Evidence(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            bool special = false;
            while (i < text.Length && text[i] is not (' ' or '\t' or '\r' or '\n'))
            {
                special |= text[i] >= 0x80 || text[i] < 0x20;
                i++;
            }

            if (special)
            {
                if (output.Length > 0)
                {
                    output.Append(' ');
                }

                output.Append(text[start..i]);
            }

            i++;
        }

        return output.Length * 2 >= text.Length ? null : output.ToString();
    }

    /// <summary>Applies one repair to the whole text (characters without a byte are kept).</summary>
    public static string Convert(string text, Kind kind) => kind switch
    {
        Kind.Mojibake => FixMojibake(text),
        Kind.Tcvn3 => MapBytes(text, static b => b >= 0xA0 ? LegacyVietnamese.Tcvn3High[b - 0xA0] : '\0'),
        Kind.Viscii => MapBytes(text, static b => LegacyVietnamese.Viscii[b]),
        Kind.Vni => FromVni(text),
        _ => text,
    };

    /// <summary>The byte a Windows-1252 or Latin-1 decoder turned into <paramref name="c"/>.</summary>
    public static bool TryGetByte(char c, out byte value)
    {
        if (c <= '\u00FF')
        {
            value = (byte)c;
            return true;
        }

        int index = Windows1252High.IndexOf(c);
        value = index >= 0 ? (byte)(0x80 + index) : (byte)0;
        return index >= 0;
    }

    private static string MapBytes(string text, Func<byte, char> map)
    {
        var output = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c >= 0x80 || c < 0x20)
            {
                if (TryGetByte(c, out byte b))
                {
                    char mapped = map(b);
                    output.Append(mapped == '\0' ? c : mapped);
                    continue;
                }
            }

            output.Append(c);
        }

        return Normalize(output);
    }

    private static string FromVni(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                output.Append(c);
                continue;
            }

            if (output.Length > 0 && IsVniBase(output[^1]) && TryVniMark(c, output[^1], out char shape, out char tone))
            {
                if (shape != '\0')
                {
                    output.Append(shape);
                }

                if (tone != '\0')
                {
                    output.Append(tone);
                }

                continue;
            }

            char letter = c;
            foreach (var (b, l) in LegacyVietnamese.VniLetters)
            {
                if (b == c)
                {
                    letter = l;
                    break;
                }
            }

            output.Append(letter);
        }

        return Normalize(output);
    }

    private static bool IsVniBase(char c) =>
        char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ơ' or 'ư';

    private static bool TryVniMark(char c, char baseLetter, out char shape, out char tone)
    {
        foreach (var (b, s, t) in LegacyVietnamese.VniMarks)
        {
            if (b != c)
            {
                continue;
            }

            char lower = char.ToLowerInvariant(baseLetter);
            bool fits = s switch
            {
                '\u0302' => lower is 'a' or 'e' or 'o',
                '\u0306' => lower is 'a',
                _ => true,
            };
            shape = s;
            tone = t;
            return fits;
        }

        shape = tone = '\0';
        return false;
    }

    private static string FixMojibake(string text)
    {
        var output = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[64];
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80 || !TryGetByte(text[i], out _))
            {
                output.Append(text[i++]);
                continue;
            }

            int start = i;
            int n = 0;
            while (i < text.Length && text[i] >= 0x80 && n < bytes.Length && TryGetByte(text[i], out byte b))
            {
                bytes[n++] = b;
                i++;
            }

            if (!TryDecodeLenient(bytes[..n], output))
            {
                output.Append(text, start, i - start);
            }
        }

        return output.ToString();
    }

    // Decodes a run of bytes as UTF-8, restoring a continuation byte that a Windows-1252
    // decoder dropped; appends and returns true only when the whole run decodes.
    private static bool TryDecodeLenient(ReadOnlySpan<byte> run, StringBuilder output)
    {
        int mark = output.Length;
        int i = 0;
        while (i < run.Length)
        {
            byte lead = run[i];
            int need = lead switch
            {
                >= 0xC2 and <= 0xDF => 1,
                >= 0xE0 and <= 0xEF => 2,
                >= 0xF0 and <= 0xF4 => 3,
                _ => -1,
            };
            if (need < 0)
            {
                output.Length = mark;
                return false;
            }

            int code = lead & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            int j = i + 1;
            bool filled = false;
            for (int k = 0; k < need; k++)
            {
                if (j < run.Length && run[j] is >= 0x80 and <= 0xBF)
                {
                    code = (code << 6) | (run[j] & 0x3F);
                    j++;
                    continue;
                }

                if (filled || k != need - 1)
                {
                    output.Length = mark;
                    return false;
                }

                // One continuation byte is missing: take the dropped byte that gives a Vietnamese letter.
                // Several bytes may fit (ề and Ố differ only there): prefer the case of the letter before.
                bool lowerBefore = output.Length > 0 && char.IsLower(output[^1]);
                int restored = -1;
                foreach (byte d in DroppedBytes)
                {
                    int candidate = (code << 6) | (d & 0x3F);
                    if (candidate is >= 0x2018 and <= 0x201F)
                    {
                        restored = candidate; // a curly quote: E2 80 9D lost its 0x9D
                        break;
                    }

                    if (candidate <= 0xFFFF && VietnameseTextScore.Classify((char)candidate) > 0)
                    {
                        if (restored < 0 || char.IsLower((char)candidate) == lowerBefore)
                        {
                            restored = candidate;
                        }

                        if (char.IsLower((char)candidate) == lowerBefore)
                        {
                            break;
                        }
                    }
                }

                if (restored < 0)
                {
                    output.Length = mark;
                    return false;
                }

                code = restored;
                filled = true;
            }

            if (code is < 0x80 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF)
            {
                output.Length = mark;
                return false;
            }

            output.Append(char.ConvertFromUtf32(code));
            i = j;
        }

        return true;
    }

    private static string Normalize(StringBuilder output)
    {
        return UnicodeNormalization.Normalize(output.ToString());
    }
}
