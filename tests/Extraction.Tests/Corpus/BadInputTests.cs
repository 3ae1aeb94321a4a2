using System.Diagnostics;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Tests.Corpus;

/// <summary>Bad input gets a result or a clear error, never a crash or a hang.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Empty_text_is_a_clear_error() =>
        FluentActions.Invoking(() => ArticleExtractor.Default.Extract("   \n\n "))
            .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.Empty);

    [Fact]
    public void Binary_bytes_are_not_text() =>
        FluentActions.Invoking(() => ArticleExtractor.Default.Extract(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10 }))
            .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.NotText);

    [Fact]
    public void A_document_over_the_limit_is_refused_before_any_work() =>
        FluentActions.Invoking(() => new ArticleExtractor(ExtractionOptions.Default with { MaxDocumentBytes = 1000 }).Extract(new string('a', 1001)))
            .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.TooLarge);

    [Fact]
    public void Text_with_no_facts_gives_an_article_with_none() =>
        ArticleExtractor.Default.Extract("Thời tiết hôm nay đẹp. Người dân đi chợ Tết đông vui.").Admissions.Should().BeEmpty();

    [Fact]
    public void Decomposed_unicode_reads_like_precomposed()
    {
        string text = "Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới.";
        var composed = ArticleExtractor.Default.Extract(text);
        var decomposed = ArticleExtractor.Default.Extract(text.Normalize(NormalizationForm.FormD));
        decomposed.Admissions.Select(a => (a.Count, a.Status, a.Year)).Should().Equal(composed.Admissions.Select(a => (a.Count, a.Status, a.Year)));
        composed.Admissions.Should().ContainSingle().Which.Count.Should().Be(120);
    }

    [Fact]
    public void Ten_megabytes_of_text_and_a_line_without_spaces_finish_in_bounded_time()
    {
        var article = new StringBuilder();
        while (article.Length < 10_000_000)
        {
            article.Append("Năm 2023, Đảng bộ xã kết nạp 5 đảng viên mới, khen thưởng cho 3 tập thể; đồng chí Lê Văn A, Bí thư Đảng ủy xã phát biểu. ");
        }

        var clock = Stopwatch.StartNew();
        var result = new ArticleExtractor(ExtractionOptions.Default).Extract(article.ToString());
        result.Admissions.Should().NotBeEmpty();
        ArticleExtractor.Default.Extract(new string('x', 2_000_000) + ". Kết thúc.");
        FluentActions.Invoking(() => ArticleExtractor.Default.Extract(new string('.', 1_000_000)))
            .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.Empty);
        // Not a speed target: a guard that catches quadratic behaviour (which would take minutes).
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Lone_surrogates_and_control_characters_do_not_break_anything()
    {
        string text = "Năm 2023\u0001 kết nạp \uD800 12 đảng viên mới\u0007.\uDC00";
        // The stray characters become spaces or replacement marks; the fact around them is still read.
        ArticleExtractor.Default.Extract(text).Admissions.Should().ContainSingle().Which.Count.Should().Be(12);
    }
}
