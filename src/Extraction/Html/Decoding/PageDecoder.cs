using System.Text;
using System.Text.Unicode;
using Extraction.Text;

namespace Extraction.Html.Decoding;

/// <summary>
/// Turns a page's bytes into text: a byte-order mark first, then the HTTP
/// <c>Content-Type</c> charset, then <c>&lt;meta charset&gt;</c>, then detection (valid
/// UTF-8, else Windows-1258 against Windows-1252); then repairs mojibake and legacy
/// Vietnamese font encodings (<see cref="TextRepair"/>). Windows-1258's combining tone
/// marks are composed to NFC. Every guess and repair is written to the warnings.
/// </summary>
internal static class PageDecoder
{
    private const int MetaScanBytes = 16 * 1024;

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="contentType"/> is the HTTP header, if known.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType, List<string> warnings) =>
        Decode(bytes, contentType, warnings, scratch: null).ToString();

    /// <summary>
    /// Decodes <paramref name="bytes"/>, writing UTF-8 text (nearly every page) into <paramref name="scratch"/> when one
    /// is given: a page's text is large enough for the large-object heap, and a fresh string per page made most of a
    /// batch run's collections full ones. Other charsets and repaired text come back in strings of their own. The result
    /// is valid until <paramref name="scratch"/> is used again.
    /// </summary>
    public static ReadOnlyMemory<char> Decode(ReadOnlySpan<byte> bytes, string? contentType, List<string> warnings, CharScratch? scratch)
    {
        var text = DecodeBytes(bytes, contentType, warnings, scratch);
        return Repair(text, warnings);
    }

    /// <summary>Applies the mojibake and legacy-font repairs; returns <paramref name="text"/> itself when none applies.</summary>
    public static ReadOnlyMemory<char> Repair(ReadOnlyMemory<char> text, List<string> warnings)
    {
        if (TextRepair.TryRepair(text.Span, out string repaired, out var kind))
        {
            warnings.Add(kind switch
            {
                TextRepair.Kind.Mojibake => "encoding: repaired mojibake (UTF-8 text that had been decoded as Windows-1252)",
                TextRepair.Kind.Tcvn3 => "encoding: detected TCVN3 (ABC) legacy font text; converted to Unicode",
                TextRepair.Kind.Vni => "encoding: detected VNI legacy font text; converted to Unicode",
                _ => "encoding: detected VISCII text; converted to Unicode",
            });
            return repaired.AsMemory();
        }

        return text;
    }

    private static ReadOnlyMemory<char> Utf8Text(ReadOnlySpan<byte> bytes, CharScratch? scratch) =>
        scratch is null ? Encoding.UTF8.GetString(bytes).AsMemory() : scratch.DecodeUtf8(bytes);

    private static ReadOnlyMemory<char> DecodeBytes(ReadOnlySpan<byte> bytes, string? contentType, List<string> warnings, CharScratch? scratch)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Text(bytes[3..], scratch);
        }

        if (WideEncodings.TryDecode(bytes, out string wide, out string? note))
        {
            if (note is not null)
            {
                warnings.Add(note);
            }

            return wide.AsMemory();
        }

        string? label = CharsetFromContentType(contentType);
        string source = "HTTP Content-Type";
        if (label is null)
        {
            label = CharsetFromMeta(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
            source = "<meta charset>";
        }

        bool validUtf8 = Utf8.IsValid(bytes);
        if (label is not null)
        {
            var declared = Resolve(label);
            if (declared is null)
            {
                warnings.Add($"encoding: unknown charset '{label}' in {source}; detecting");
            }
            else if (declared.CodePage == Encoding.UTF8.CodePage)
            {
                if (validUtf8)
                {
                    return Utf8Text(bytes, scratch);
                }

                warnings.Add($"encoding: {source} says UTF-8 but the bytes are not valid UTF-8; detecting");
            }
            else if (validUtf8 && HasNonAscii(bytes))
            {
                warnings.Add($"encoding: {source} says {label} but the bytes are valid UTF-8; decoded as UTF-8");
                return Utf8Text(bytes, scratch);
            }
            else
            {
                return Compose(declared.GetString(bytes), declared.CodePage == 1258, warnings).AsMemory();
            }
        }

        if (validUtf8)
        {
            if (label is null && HasNonAscii(bytes))
            {
                warnings.Add("encoding: no charset declared; the bytes are valid UTF-8");
            }

            return Utf8Text(bytes, scratch);
        }

        // Not UTF-8: Windows-1258 or Windows-1252 (whose bytes the legacy-font repair may reinterpret).
        var cp1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        string as1258 = UnicodeNormalization.Normalize(cp1258.GetString(bytes));
        string as1252 = cp1252.GetString(bytes);
        if (VietnameseTextScore.CommonWordCount(as1258) > VietnameseTextScore.CommonWordCount(as1252))
        {
            warnings.Add("encoding: not UTF-8 and no usable charset; detected windows-1258 (tone marks composed to NFC)");
            return as1258.AsMemory();
        }

        warnings.Add("encoding: not UTF-8 and no usable charset; decoded as windows-1252");
        return as1252.AsMemory();
    }

    private static string Compose(string text, bool is1258, List<string> warnings)
    {
        if (!is1258 || UnicodeNormalization.IsNormalized(text))
        {
            return text;
        }

        warnings.Add("encoding: windows-1258 combining tone marks composed to NFC");
        string composed = UnicodeNormalization.Normalize(text, NormalizationForm.FormC, out int refused);
        if (refused > 0)
        {
            warnings.Add($"encoding: {refused} characters Unicode normalisation refuses were replaced by U+FFFD");
        }

        return composed;
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    /// <summary>The encoding a charset label names, or null (WHATWG aliases for the common ones).</summary>
    internal static Encoding? Resolve(string label)
    {
        string key = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (key)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252" or "iso8859-1":
                return CodePagesEncodingProvider.Instance.GetEncoding(1252);
            case "windows-1258" or "cp1258" or "x-cp1258":
                return CodePagesEncodingProvider.Instance.GetEncoding(1258);
            case "utf-16" or "utf-16le":
                return Encoding.Unicode;
            case "utf-16be":
                return Encoding.BigEndianUnicode;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(key) ?? Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset parameter of a Content-Type header value.</summary>
    internal static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        int at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : ReadLabel(contentType.AsSpan(at + 7));
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> tag declares in the first bytes of the page.</summary>
    internal static string? CharsetFromMeta(ReadOnlySpan<byte> head)
    {
        int from = 0;
        Span<char> buffer = stackalloc char[64];
        while (from < head.Length)
        {
            int at = IndexOfIgnoreCase(head[from..], "charset"u8);
            if (at < 0)
            {
                return null;
            }

            at += from;
            // Only inside a <meta …> tag: the nearest '<' before must open "meta".
            int lt = head[..at].LastIndexOf((byte)'<');
            if (lt >= 0 && IndexOfIgnoreCase(head.Slice(lt, Math.Min(5, head.Length - lt)), "<meta"u8) == 0
                && head[lt..at].IndexOf((byte)'>') < 0)
            {
                var chars = buffer[..Math.Min(64, head.Length - at - 7)];
                var tail = head.Slice(at + 7, chars.Length);
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)tail[i];
                }

                string? label = ReadLabel(chars);
                if (label is not null)
                {
                    return label;
                }
            }

            from = at + 7;
        }

        return null;
    }

    private static string? ReadLabel(ReadOnlySpan<char> tail)
    {
        int i = 0;
        while (i < tail.Length && tail[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= tail.Length || tail[i] != '=')
        {
            return null;
        }

        i++;
        while (i < tail.Length && tail[i] is ' ' or '\t' or '"' or '\'')
        {
            i++;
        }

        int start = i;
        while (i < tail.Length && (char.IsAsciiLetterOrDigit(tail[i]) || tail[i] is '-' or '_' or '.' or ':'))
        {
            i++;
        }

        return i > start ? tail[start..i].ToString() : null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (int i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            int k = 0;
            while (k < lowerNeedle.Length && (haystack[i + k] | 0x20) == (lowerNeedle[k] | 0x20))
            {
                k++;
            }

            if (k == lowerNeedle.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
