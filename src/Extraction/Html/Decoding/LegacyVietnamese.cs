using System.Text;

namespace Extraction.Html.Decoding;

/// <summary>
/// The legacy Vietnamese 8-bit font encodings that old government and party sites still
/// serve, usually mislabelled as <c>windows-1252</c> or <c>iso-8859-1</c>: TCVN3 (ABC, the
/// <c>.VnTime</c> fonts), VNI (the <c>VNI-Times</c> fonts, a base letter followed by a mark
/// byte) and VISCII. Each converter works on characters that stand for bytes (as a
/// Windows-1252 or Latin-1 decoder produced them), so it repairs both a page whose bytes
/// were legacy and a UTF-8 page whose text was typed in a legacy font.
/// </summary>
/// <remarks>
/// The tables are data: TCVN3 from TCVN 5712:1993 (the VN3 repertoire of the ABC fonts,
/// bytes 0xA0–0xFF; bytes below keep their Windows-1252 meaning, so smart quotes survive);
/// VISCII from RFC 1456 (all 256 bytes, six capitals live in the C0 range). Both were
/// cross-checked against GNU libc's <c>TCVN5712-1</c> and <c>VISCII</c> converters. VNI has
/// no table of its own: its bytes are Windows-1252 letters whose shapes were redrawn, and
/// <see cref="VniMarks"/> lists what each mark byte adds to the preceding vowel.
/// </remarks>
internal static class LegacyVietnamese
{
    /// <summary>TCVN3 (ABC): the character of each byte 0xA0–0xFF.</summary>
    internal const string Tcvn3High =
        "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" +
        "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" +
        "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" +
        "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" +
        "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" +
        "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    /// <summary>VISCII (RFC 1456): the character of each byte 0x00–0xFF.</summary>
    internal const string Viscii =
        "\u0000\u0001\u1EB2\u0003\u0004\u1EB4\u1EAA\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u1EF6\u0015\u0016\u0017\u0018\u1EF8\u001A\u001B\u001C\u001D\u1EF4\u001F" +
        "\u0020\u0021\u0022\u0023\u0024\u0025\u0026\u0027\u0028\u0029\u002A\u002B\u002C\u002D\u002E\u002F" +
        "\u0030\u0031\u0032\u0033\u0034\u0035\u0036\u0037\u0038\u0039\u003A\u003B\u003C\u003D\u003E\u003F" +
        "\u0040\u0041\u0042\u0043\u0044\u0045\u0046\u0047\u0048\u0049\u004A\u004B\u004C\u004D\u004E\u004F" +
        "\u0050\u0051\u0052\u0053\u0054\u0055\u0056\u0057\u0058\u0059\u005A\u005B\u005C\u005D\u005E\u005F" +
        "\u0060\u0061\u0062\u0063\u0064\u0065\u0066\u0067\u0068\u0069\u006A\u006B\u006C\u006D\u006E\u006F" +
        "\u0070\u0071\u0072\u0073\u0074\u0075\u0076\u0077\u0078\u0079\u007A\u007B\u007C\u007D\u007E\u007F" +
        "\u1EA0\u1EAE\u1EB0\u1EB6\u1EA4\u1EA6\u1EA8\u1EAC\u1EBC\u1EB8\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1ED0" +
        "\u1ED2\u1ED4\u1ED6\u1ED8\u1EE2\u1EDA\u1EDC\u1EDE\u1ECA\u1ECE\u1ECC\u1EC8\u1EE6\u0168\u1EE4\u1EF2" +
        "\u00D5\u1EAF\u1EB1\u1EB7\u1EA5\u1EA7\u1EA9\u1EAD\u1EBD\u1EB9\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1ED1" +
        "\u1ED3\u1ED5\u1ED7\u1EE0\u01A0\u1ED9\u1EDD\u1EDF\u1ECB\u1EF0\u1EE8\u1EEA\u1EEC\u01A1\u1EDB\u01AF" +
        "\u00C0\u00C1\u00C2\u00C3\u1EA2\u0102\u1EB3\u1EB5\u00C8\u00C9\u00CA\u1EBA\u00CC\u00CD\u0128\u1EF3" +
        "\u0110\u1EE9\u00D2\u00D3\u00D4\u1EA1\u1EF7\u1EEB\u1EED\u00D9\u00DA\u1EF9\u1EF5\u00DD\u1EE1\u01B0" +
        "\u00E0\u00E1\u00E2\u00E3\u1EA3\u0103\u1EEF\u1EAB\u00E8\u00E9\u00EA\u1EBB\u00EC\u00ED\u0129\u1EC9" +
        "\u0111\u1EF1\u00F2\u00F3\u00F4\u00F5\u1ECF\u1ECD\u1EE5\u00F9\u00FA\u0169\u1EE7\u00FD\u1EE3\u1EEE";

    /// <summary>
    /// VNI mark bytes (as Windows-1252 characters) and what they add to the vowel before
    /// them: a shape (circumflex U+0302, breve U+0306, or none) and a tone (U+0301 sắc,
    /// U+0300 huyền, U+0309 hỏi, U+0303 ngã, U+0323 nặng, or none). Lower- and upper-case
    /// mark bytes mean the same.
    /// </summary>
    internal static readonly (char Byte, char Shape, char Tone)[] VniMarks =
    [
        ('\u00F9', '\0', '\u0301'), ('\u00F8', '\0', '\u0300'), ('\u00FB', '\0', '\u0309'), ('\u00F5', '\0', '\u0303'), ('\u00EF', '\0', '\u0323'),
        ('\u00D9', '\0', '\u0301'), ('\u00D8', '\0', '\u0300'), ('\u00DB', '\0', '\u0309'), ('\u00D5', '\0', '\u0303'), ('\u00CF', '\0', '\u0323'),
        ('\u00E2', '\u0302', '\0'), ('\u00E1', '\u0302', '\u0301'), ('\u00E0', '\u0302', '\u0300'), ('\u00E5', '\u0302', '\u0309'), ('\u00E3', '\u0302', '\u0303'), ('\u00E4', '\u0302', '\u0323'),
        ('\u00C2', '\u0302', '\0'), ('\u00C1', '\u0302', '\u0301'), ('\u00C0', '\u0302', '\u0300'), ('\u00C5', '\u0302', '\u0309'), ('\u00C3', '\u0302', '\u0303'), ('\u00C4', '\u0302', '\u0323'),
        ('\u00EA', '\u0306', '\0'), ('\u00E9', '\u0306', '\u0301'), ('\u00E8', '\u0306', '\u0300'), ('\u00FA', '\u0306', '\u0309'), ('\u00FC', '\u0306', '\u0303'), ('\u00EB', '\u0306', '\u0323'),
        ('\u00CA', '\u0306', '\0'), ('\u00C9', '\u0306', '\u0301'), ('\u00C8', '\u0306', '\u0300'), ('\u00DA', '\u0306', '\u0309'), ('\u00DC', '\u0306', '\u0303'), ('\u00CB', '\u0306', '\u0323'),
    ];

    /// <summary>VNI bytes that are whole letters by themselves: đ, ơ, ư and the i and y forms.</summary>
    internal static readonly (char Byte, char Letter)[] VniLetters =
    [
        ('\u00F1', 'đ'), ('\u00D1', 'Đ'), ('\u00F4', 'ơ'), ('\u00D4', 'Ơ'), ('\u00F6', 'ư'), ('\u00D6', 'Ư'),
        ('\u00ED', 'í'), ('\u00EC', 'ì'), ('\u00E6', 'ỉ'), ('\u00F3', 'ĩ'), ('\u00F2', 'ị'), ('\u00EE', 'ỵ'),
        ('\u00CD', 'Í'), ('\u00CC', 'Ì'), ('\u00C6', 'Ỉ'), ('\u00D3', 'Ĩ'), ('\u00D2', 'Ị'), ('\u00CE', 'Ỵ'),
    ];
}
