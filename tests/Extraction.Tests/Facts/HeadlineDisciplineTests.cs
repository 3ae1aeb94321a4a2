using Extraction.Pipeline;

namespace Extraction.Tests.Facts;

/// <summary>
/// A headline that stands apart from the text (no final stop) is read with the text when the text alone gives no discipline.
/// What that second reading finds must still point into the article: the headline itself, or the sentence of the text.
/// </summary>
public sealed class HeadlineDisciplineTests
{
    [Fact]
    public void A_discipline_told_only_in_the_headline_has_the_headline_as_its_evidence()
    {
        var article = ArticleExtractor.Default.Extract(
            "Ban Thường vụ Tỉnh ủy Kon Tum kỷ luật cảnh cáo Đảng ủy Sở Giao thông vận tải\n\nSáng 12/5, Ban Thường vụ Tỉnh ủy Kon Tum họp để xem xét vi phạm của Đảng ủy Sở.");

        var discipline = article.Disciplines.Should().ContainSingle().Subject;
        discipline.Evidence.Sentence.Should().Be(article.Title);
        (discipline.Evidence.Start, discipline.Evidence.End).Should().Be((0, 0), "the headline is not part of the cleaned text");
    }

    [Fact]
    public void A_discipline_the_headline_makes_readable_in_the_text_points_into_the_text()
    {
        const string Text = "Ban Thường vụ Huyện ủy Phù Mỹ thi hành kỷ luật cán bộ xã Mỹ Hiệp\n\nSáng 5/6, hội nghị đã diễn ra tại xã Mỹ Hiệp.\n\n" +
                            "Ông Lê Văn Bảy, Chủ tịch UBND xã Mỹ Hiệp, bị cảnh cáo.";
        var extractor = ArticleExtractor.Default;
        string cleaned = extractor.Clean(Text).Text;

        var discipline = extractor.Extract(Text).Disciplines.Should().ContainSingle().Subject;
        discipline.Organization.Should().Be("Ban Thường vụ Huyện ủy Phù Mỹ");
        discipline.Evidence.Sentence.Should().StartWith("Ông Lê Văn Bảy");
        cleaned[discipline.Evidence.Start..discipline.Evidence.End].Should().Be(discipline.Evidence.Sentence);
    }
}
