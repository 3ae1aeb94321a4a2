using System.Text;

namespace Extraction.Text;

/// <summary>
/// UTF-16 and UTF-32, with or without a byte-order mark. Exported Word and Windows tools write such files, and
/// read as bytes they are full of zeros, so without this check they would be refused as binary data. Without a
/// mark, the zeros give the encoding away: text in these encodings has a zero in the same byte of almost every unit
/// (ASCII, and for UTF-32 also Vietnamese letters), which binary data and single-byte encodings do not.
/// </summary>
internal static class WideEncodings
{
    private const int SniffBytes = 4096;

    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false);

    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>
    /// Decodes <paramref name="bytes"/> when they are UTF-32 or UTF-16 (a mark, or the zero pattern); otherwise false.
    /// <paramref name="note"/> says what was found when there was no mark to say it.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? note)
    {
        note = null;
        // UTF-32LE's mark starts with UTF-16LE's, so the longer one is tried first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            text = Utf32LittleEndian.GetString(bytes[4..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            text = Utf32BigEndian.GetString(bytes[4..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            return true;
        }

        var guess = Sniff(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        if (guess is null)
        {
            text = string.Empty;
            return false;
        }

        text = guess.GetString(bytes[..(bytes.Length - bytes.Length % Width(guess))]);
        note = $"encoding: no byte-order mark; the zero bytes say {guess.WebName}";
        return true;
    }

    /// <summary>The wide encoding whose zero pattern the head of the bytes shows, or null.</summary>
    private static Encoding? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length < 16)
        {
            return null;
        }

        Span<int> zeros = stackalloc int[4];
        int units = head.Length / 4 * 4;
        for (int i = 0; i < units; i++)
        {
            if (head[i] == 0)
            {
                zeros[i & 3]++;
            }
        }

        int quads = units / 4;
        bool Mostly(int z) => z * 10 >= quads * 9;
        bool Rarely(int z) => z * 10 <= quads;

        // UTF-32: the two high bytes of every unit are zero (code points below U+10000, all of Vietnamese), the lowest never.
        if (Mostly(zeros[2]) && Mostly(zeros[3]) && Rarely(zeros[0]))
        {
            return Utf32LittleEndian;
        }

        if (Mostly(zeros[0]) && Mostly(zeros[1]) && Rarely(zeros[3]))
        {
            return Utf32BigEndian;
        }

        // UTF-16: ASCII units (markup, spaces, digits, unaccented letters) have a zero high byte; Vietnamese letters
        // (U+00C0-U+01B0, U+1EA0-U+1EF9) do not, so ask only for a third of the units, but for none on the other side.
        int evens = zeros[0] + zeros[2], odds = zeros[1] + zeros[3], pairs = units / 2;
        if (odds * 3 >= pairs && evens * 50 <= pairs)
        {
            return Encoding.Unicode;
        }

        if (evens * 3 >= pairs && odds * 50 <= pairs)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static int Width(Encoding encoding) => encoding is UTF32Encoding ? 4 : 2;
}
