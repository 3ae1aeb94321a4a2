using Extraction.Documents;
using Extraction.Html.Metadata;
using Extraction.Text;

namespace Extraction.Tests.Text;

/// <summary>
/// Bylines as annotation.md writes the author (personal name without labels, roles and suffixes; two reporters and
/// agency-only bylines as written; credits are not bylines), and a plain-text file's headline (its first line).
/// </summary>
public sealed class BylineAndHeadlineTests
{
    [Theory]
    [InlineData("Minh Anh – Đài TT Huyện", "Minh Anh")]
    [InlineData("Thu Hà/HTTV", "Thu Hà")]
    [InlineData("Huy Sơn/VOV - TPHCM", "Huy Sơn")]
    [InlineData("Đức Thọ (TTXVN)", "Đức Thọ")]
    [InlineData("Công Danh (tổng hợp theo TTXVN, Dân Việt)", "Công Danh")]
    [InlineData("Lan Hương - TTXVN", "Lan Hương")]
    [InlineData("Bài và ảnh: Trường Hoàng", "Trường Hoàng")]
    [InlineData("Tin, ảnh: Hoàng Lan", "Hoàng Lan")]
    [InlineData("Tác giả: Lê Phương", "Lê Phương")]
    [InlineData("PV Minh Anh", "Minh Anh")]
    [InlineData("CTV Hoàng Yến", "Hoàng Yến")]
    [InlineData("Minh Anh – Quốc Bảo", "Minh Anh – Quốc Bảo")]
    [InlineData("Đình Phú - Trung Hiếu", "Đình Phú - Trung Hiếu")]
    [InlineData("P.T - P.D ghi", "P.T - P.D")]
    [InlineData("Đ,Bắc", "Đ,Bắc")]
    [InlineData("T.SỸ", "T.SỸ")]
    [InlineData("PV", "PV")]
    [InlineData("TTXVN", "TTXVN")]
    [InlineData("HÀ AN TTVH-TT-TT", "Hà An")]
    [InlineData("Theo Minh Anh (TTXVN)", "Minh Anh")]
    public void A_byline_gives_the_author_as_annotated(string line, string author)
    {
        Bylines.TryParse(line, out string found).Should().BeTrue();
        found.Should().Be(author);
    }

    [Theory]
    [InlineData("Ảnh: Trọng Đức/TTXVN")]
    [InlineData("Theo Người Lao Động")]
    [InlineData("Theo VGP")]
    [InlineData("Nguồn: Báo Nghệ An")]
    [InlineData("Hội nghị kết thúc")]
    [InlineData("Minh")]
    [InlineData("Đồng chí Lê Văn B phát biểu tại hội nghị")]
    public void Credits_and_sentences_are_not_bylines(string line) =>
        Bylines.TryParse(line, out _).Should().BeFalse();

    [Theory]
    [InlineData("Kết nạp 12 đảng viên mới. Ngọc Hân/VOV-ĐBSCL", "Kết nạp 12 đảng viên mới.", "Ngọc Hân")]
    [InlineData("Ông Dân nhấn mạnh./. Huy Sơn/VOV - TPHCM", "Ông Dân nhấn mạnh./.", "Huy Sơn")]
    [InlineData("Các ông bị khai trừ ra khỏi Đảng. Đình Phú - Trung Hiếu", "Các ông bị khai trừ ra khỏi Đảng.", "Đình Phú - Trung Hiếu")]
    public void A_byline_glued_after_the_last_sentence_is_split_off(string paragraph, string body, string author)
    {
        Bylines.TrySplitTrailing(paragraph, out string rest, out string found).Should().BeTrue();
        rest.Should().Be(body);
        found.Should().Be(author);
    }

    [Fact]
    public void A_paragraph_that_ends_in_a_place_keeps_it()
    {
        Bylines.TrySplitTrailing("Hội nghị được tổ chức tại Hà Nội.", out _, out _).Should().BeFalse();
    }

    [Fact]
    public void The_first_line_is_the_headline_also_when_it_starts_with_a_number()
    {
        var cleaned = PlainTextCleaner.Clean("10 bộ trưởng sẽ trả lời chất vấn\nSáng nay, Quốc hội họp phiên chất vấn các bộ trưởng.\nPhiên họp kéo dài cả ngày.");
        cleaned.Title.Should().Be("10 bộ trưởng sẽ trả lời chất vấn");
        cleaned.Paragraphs.Should().NotContain("10 bộ trưởng sẽ trả lời chất vấn");
        cleaned.Sections.Should().Equal(ArticleSection.Lead, ArticleSection.Body);
    }

    [Fact]
    public void A_first_line_gluing_headline_and_lead_is_the_title_and_stays_text()
    {
        const string first = "Thủ tướng kỷ luật lãnh đạo tỉnh (NLĐ)- Thủ tướng Chính phủ vừa ký quyết định kỷ luật ông Nguyễn Văn A, Chủ tịch UBND tỉnh nhiệm kỳ 2004-2009.";
        var cleaned = PlainTextCleaner.Clean(first + "\nNội dung quyết định nêu rõ các sai phạm trong quản lý đất đai của tỉnh.\nMinh Anh – Đài TT Huyện");
        cleaned.Title.Should().Be(first);
        cleaned.Paragraphs[0].Should().Be(first);
        cleaned.Sections.Should().Equal(ArticleSection.Headline, ArticleSection.Lead);
        cleaned.Author.Should().Be("Minh Anh");
        // Its words are read once, in the text, not again as title tokens.
        var document = ArticleDocument.Analyze(cleaned);
        document.TitleTokens.IsEmpty.Should().BeTrue();
        document.SectionOf(document.Sentences[0]).Should().Be(ArticleSection.Headline);
        document.SectionOf(document.Sentences[^1]).Should().Be(ArticleSection.Lead);
    }

    [Fact]
    public void Scraped_text_of_three_long_lines_is_not_taken_for_a_hard_wrapped_paragraph()
    {
        string sapo = "Làm việc với Quận 2, ông Đinh La Thăng đề nghị phải thực hiện triệt để việc phân cấp để công việc được giải quyết nhanh";
        string body = string.Concat(Enumerable.Repeat("Quận ủy báo cáo kết quả thực hiện nhiệm vụ năm 2016 và phương hướng năm 2017. ", 20));
        var cleaned = PlainTextCleaner.Clean($"Bí thư Thành ủy: Triệt để phân cấp\n{sapo}\n{body}Huy Sơn/VOV - TPHCM");
        cleaned.Title.Should().Be("Bí thư Thành ủy: Triệt để phân cấp");
        cleaned.Paragraphs.Should().HaveCount(2);
        cleaned.Author.Should().Be("Huy Sơn");
    }
}
