using System.Text;
using Extraction.Pipeline;

namespace Extraction.Tests.Corpus;

/// <summary>
/// Text and pages saved as UTF-16 or UTF-32, with or without a byte-order mark, are read like UTF-8; bytes that only
/// look like them (binary data, a run of zeros) are still refused as not text.
/// </summary>
public sealed class WideEncodingTests
{
    private const string Article = "Kết nạp đảng viên mới\n\nNăm 2024, Đảng bộ xã Tân Phú kết nạp 14 đảng viên mới, đạt 117% chỉ tiêu.\n\nĐồng chí Trần Thị Hoa, Bí thư Đảng ủy xã, phát biểu tại hội nghị.";

    private static readonly string Page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Kết nạp đảng viên mới</title></head><body><article><h1>Kết nạp đảng viên mới</h1>" +
        "<p>Năm 2024, Đảng bộ xã Tân Phú kết nạp 14 đảng viên mới, đạt 117% chỉ tiêu.</p>" +
        "<p>Đồng chí Trần Thị Hoa, Bí thư Đảng ủy xã, phát biểu tại hội nghị tổng kết công tác xây dựng Đảng năm 2024 của xã.</p></article></body></html>";

    public static TheoryData<string, bool> Encodings() => new()
    {
        { "utf-16le", false }, { "utf-16le", true }, { "utf-16be", false }, { "utf-16be", true },
        { "utf-32le", false }, { "utf-32le", true }, { "utf-32be", false }, { "utf-32be", true },
    };

    private static byte[] Encode(string text, string name, bool mark)
    {
        Encoding encoding = name switch
        {
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        return mark ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Plain_text_in_a_wide_encoding_reads_like_utf8(string encoding, bool mark) => ReadsLikeUtf8(Article, encoding, mark);

    [Theory]
    [MemberData(nameof(Encodings))]
    public void An_html_page_in_a_wide_encoding_reads_like_utf8(string encoding, bool mark) => ReadsLikeUtf8(Page, encoding, mark);

    private static void ReadsLikeUtf8(string document, string encoding, bool mark)
    {
        var expected = ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes(document));
        var article = ArticleExtractor.Default.Extract(Encode(document, encoding, mark));

        expected.Admissions.Should().ContainSingle().Which.Count.Should().Be(14);
        article.Admissions.Select(a => a.Count).Should().Equal(expected.Admissions.Select(a => a.Count));
        article.Officials.Select(o => o.Name).Should().Equal(expected.Officials.Select(o => o.Name));
        article.Title.Should().Be(expected.Title);
    }

    [Fact]
    public void Zeros_and_binary_data_are_still_not_text()
    {
        var random = new Random(7);
        byte[] noise = new byte[8192];
        random.NextBytes(noise);
        byte[] sparse = new byte[8192];
        for (int i = 0; i < sparse.Length; i += 7)
        {
            sparse[i] = (byte)random.Next(1, 256); // zeros everywhere but in no fixed byte of a unit
        }

        foreach (byte[] bytes in new[] { new byte[8192], noise, sparse })
        {
            FluentActions.Invoking(() => ArticleExtractor.Default.Extract(bytes))
                .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.NotText);
        }
    }
}
