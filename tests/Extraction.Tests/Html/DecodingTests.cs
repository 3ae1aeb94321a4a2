using System.Text;
using Extraction.Html;

namespace Extraction.Tests.Html;

public sealed class DecodingTests
{
    private const string Sentence = "Đảng bộ huyện đã tổ chức hội nghị tổng kết công tác xây dựng Đảng của năm";

    private static string Page(string charsetMeta, string body) =>
        $"<html><head>{charsetMeta}<title>t</title></head><body><div class=\"content\"><p>{body}</p><p>{body}</p></div></body></html>";

    private static CleanedText Clean(byte[] bytes, PageInfo? info = null)
    {
        var a = HtmlCleaner.Default.Clean(bytes, info);
        return new CleanedText(a.Text, a.Warnings);
    }

    private sealed record CleanedText(string Text, IReadOnlyList<string> Warnings);

    private static Encoding Cp(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    [Fact]
    public void Utf8_with_bom_is_read_as_utf8()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page("", Sentence))];
        var r = Clean(bytes);
        r.Text.Should().Contain(Sentence);
        r.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Http_charset_wins_over_meta()
    {
        // The page claims UTF-8 but the server says windows-1258, and the bytes are 1258.
        byte[] bytes = Cp(1258).GetBytes(Page("<meta charset=\"utf-8\">", Decompose1258(Sentence)));
        var r = Clean(bytes, new PageInfo("http://example.vn/a", "text/html; charset=windows-1258"));
        r.Text.Should().Contain(Sentence);
        r.Text.Should().Be(r.Text.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Windows1258_meta_is_decoded_and_composed_to_nfc()
    {
        byte[] bytes = Cp(1258).GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">", Decompose1258(Sentence)));
        var r = Clean(bytes);
        r.Text.Should().Contain(Sentence);
        r.Warnings.Should().Contain(w => w.Contains("NFC"));
    }

    [Fact]
    public void Undeclared_windows1258_is_detected()
    {
        byte[] bytes = Cp(1258).GetBytes(Page("", Decompose1258(Sentence)));
        var r = Clean(bytes);
        r.Text.Should().Contain(Sentence);
        r.Warnings.Should().Contain(w => w.Contains("detected windows-1258"));
    }

    [Fact]
    public void Mojibake_with_dropped_bytes_is_repaired()
    {
        // "Đảng" as UTF-8 bytes read as Windows-1252, the undefined 0x90 byte dropped: "Äáº£ng".
        string broken = Mojibake(Sentence);
        broken.Should().StartWith("Äáº£ng");
        var r = Clean(Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-8\">", broken)));
        r.Text.Should().Contain(Sentence);
        r.Warnings.Should().Contain(w => w.Contains("mojibake"));
    }

    [Fact]
    public void Tcvn3_text_is_converted()
    {
        // §¶ng bé huyÖn ... in .VnTime: "Đảng bộ huyện"
        byte[] tcvn = Cp(1252).GetBytes("\u00A7\u00B6ng b\u00E9 huy\u00D6n \u00AE\u00B7 t\u00E6 ch\u00F8c h\u00E9i ngh\u00DE t\u00E6ng k\u00D5t c\u00ABng t\u00B8c x\u00A9y d\u00F9ng \u00A7\u00B6ng c\u00F1a n\u00A8m");
        var r = Clean([.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>"), .. tcvn, .. Encoding.ASCII.GetBytes("</p><p>"), .. tcvn, .. Encoding.ASCII.GetBytes("</p></body></html>")]);
        r.Text.Should().Contain(Sentence);
        r.Warnings.Should().Contain(w => w.Contains("TCVN3"));
    }

    [Fact]
    public void Vni_text_is_converted()
    {
        string vni = "\u00D1a\u00FBng boä huyeän \u00F1aõ toå chöùc hoäi nghò toång keát coâng taùc xaây döïng \u00D1a\u00FBng cuûa naêm";
        var r = Clean(Cp(1252).GetBytes(Page("<meta charset=\"windows-1252\">", vni)));
        r.Text.Should().Contain(Sentence);
        r.Warnings.Should().Contain(w => w.Contains("VNI"));
    }

    [Fact]
    public void Viscii_text_is_converted()
    {
        byte[] viscii = EncodeViscii(Sentence);
        var r = Clean([.. Encoding.ASCII.GetBytes("<html><body><p>"), .. viscii, .. Encoding.ASCII.GetBytes("</p><p>"), .. viscii, .. Encoding.ASCII.GetBytes("</p></body></html>")]);
        r.Text.Should().Contain(Sentence);
        r.Warnings.Should().Contain(w => w.Contains("VISCII"));
    }

    [Fact]
    public void English_latin1_page_is_left_alone()
    {
        string body = "The café served crème brûlée for £5 and the naïve critic loved it, señor.";
        var r = Clean(Cp(1252).GetBytes(Page("<meta charset=\"iso-8859-1\">", body)));
        r.Text.Should().Contain(body);
        r.Warnings.Should().BeEmpty();
    }

    private static string Decompose1258(string text)
    {
        // Windows-1258 writes tones as combining marks after a base letter it has.
        var cp = Cp(1258);
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            string d = c.ToString().Normalize(NormalizationForm.FormD);
            string tones = new(d.Where(ch => "\u0300\u0301\u0303\u0309\u0323".Contains(ch)).ToArray());
            string baseLetter = new string(d.Where(ch => !tones.Contains(ch)).ToArray()).Normalize(NormalizationForm.FormC);
            sb.Append(baseLetter).Append(tones);
        }

        return sb.ToString();
    }

    [Fact]
    public void A_session_reusing_its_text_buffer_cleans_each_page_as_a_fresh_cleaner_does()
    {
        // A worker's session decodes UTF-8 pages into one reused buffer: a long page, then a shorter one (the buffer
        // holds the long page's tail past the short one's end), then pages that take the string paths, then UTF-8 again.
        string longBody = string.Join(" ", Enumerable.Repeat(Sentence + ".", 400));
        byte[][] pages =
        [
            Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-8\">", longBody)),
            Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-8\">", "Chi bộ thôn Đông kết nạp 3 đảng viên mới")),
            Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-8\">", Mojibake(Sentence))),
            Cp(1258).GetBytes(Page("", Decompose1258(Sentence))),
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page("", "Huyện ủy trao Huy hiệu 40 năm tuổi Đảng"))],
        ];

        var session = HtmlCleaner.Default.CreateSession();
        var fromSession = pages.Select(p => session.Clean(p)).ToList();
        var fresh = pages.Select(p => HtmlCleaner.Default.CreateSession().Clean(p)).ToList();

        for (int i = 0; i < pages.Length; i++)
        {
            fromSession[i].Text.Should().Be(fresh[i].Text, $"page {i} is cleaned alike");
            fromSession[i].Warnings.Should().Equal(fresh[i].Warnings);
        }

        fromSession[1].Text.Should().Contain("kết nạp 3 đảng viên mới").And.NotContain("tổng kết");
        fromSession[0].Text.Should().Contain(Sentence);
    }

    private static string Mojibake(string text)
    {
        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                continue;
            }

            sb.Append(Cp(1252).GetString([b]));
        }

        return sb.ToString();
    }

    private static byte[] EncodeViscii(string text)
    {
        var table = Extraction.Html.Decoding.LegacyVietnamese.Viscii;
        var bytes = new List<byte>();
        foreach (char c in text)
        {
            int at = c < 0x80 ? c : table.IndexOf(c, StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0);
            bytes.Add((byte)at);
        }

        return [.. bytes];
    }
}
