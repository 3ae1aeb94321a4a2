using Extraction.Text;

namespace Extraction.Tests.Text;

public sealed class PlainTextCleanerTests
{
    [Fact]
    public void Finds_title_date_line_and_byline_and_drops_page_furniture()
    {
        var cleaned = PlainTextCleaner.Clean("""
            tin tức - sự kiện

            Xã Tân An: kết quả công tác xây dựng Đảng năm 2023
            Cập nhật 05/01/2024 | 08:30 | Lượt xem: 120

            Sáng 5/1, Đảng ủy xã Tân An tổ chức hội nghị tổng kết.

            Năm 2023, Đảng bộ xã kết nạp 12 đảng viên mới.

            Tin, ảnh: Hoàng Lan
            Bình luận
            Các tin khác
            """);

        cleaned.Title.Should().Be("Xã Tân An: kết quả công tác xây dựng Đảng năm 2023");
        cleaned.PublishedAt.Should().Be(new DateOnly(2024, 1, 5));
        cleaned.Author.Should().Be("Hoàng Lan");
        cleaned.Paragraphs.Should().Equal("Sáng 5/1, Đảng ủy xã Tân An tổ chức hội nghị tổng kết.", "Năm 2023, Đảng bộ xã kết nạp 12 đảng viên mới.");
    }

    [Theory]
    [InlineData("Huyện Nam Khê kết nạp 120 đảng viên mới - Ảnh 1", true)]
    [InlineData("Huyện Nam Khê kết nạp 120 đảng viên mới. (Ảnh minh họa: Báo Hòa Lâm)", true)]
    [InlineData("Huyện Nam Khê kết nạp 120 đảng viên mới - 1", true)]
    [InlineData("Huyện Nam Khê kết nạp 120 đảng viên mới, vượt 20% kế hoạch năm.", false)]
    [InlineData("Năm 2023, huyện Nam Khê kết nạp 120 đảng viên mới.", false)]
    public void A_paragraph_is_the_headline_told_again_only_when_nothing_but_an_image_label_follows(string paragraph, bool repeats)
    {
        var cleaned = PlainTextCleaner.Clean($"Huyện Nam Khê kết nạp 120 đảng viên mới\n\n{paragraph}\n\nNăm 2023, toàn huyện đạt 120% kế hoạch.");

        cleaned.Paragraphs[0].Should().Be(paragraph);
        cleaned.RepeatsTitle(0).Should().Be(repeats);
        cleaned.RepeatsTitle(1).Should().BeFalse();
    }

    [Fact]
    public void The_sites_date_header_is_not_the_article_date()
    {
        var cleaned = PlainTextCleaner.Clean("Hà Nội, ngày 26-01-2021\n\nTiêu đề bài viết\n\n14/01/2021 14:39 | 0\n\nNội dung bài viết dài hơn một dòng.\n\nMột đoạn nữa.");
        cleaned.PublishedAt.Should().Be(new DateOnly(2021, 1, 14));
        cleaned.Paragraphs.Should().NotContain(p => p.Contains("26-01-2021"));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_and_a_two_line_byline_read()
    {
        string text = string.Join('\n',
            "Đảng ủy xã Yên Bình vừa tổ chức hội nghị tổng kết công tác xây dựng",
            "Đảng năm 2023. Tới dự có đ/c Lê Văn Tám- Phó bí thư HU- Chủ tịch UBND",
            "huyện; đ/c Hà Thị Mai- Bí thư Đảng ủy xã. Hội nghị đã đánh giá kết",
            "quả thực hiện nhiệm vụ.") + "\n\nTRẦN BÌNH TTVH-TT\nYÊN BÌNH";
        var cleaned = PlainTextCleaner.Clean(text);
        cleaned.Paragraphs.Should().ContainSingle().Which.Should().Contain("Chủ tịch UBND huyện; đ/c Hà Thị Mai");
        cleaned.Author.Should().Be("Trần Bình");
    }

    [Fact]
    public void The_headline_scraped_again_under_a_lead_without_a_full_stop_is_a_line_of_its_own()
    {
        // "3 …" would go on an unfinished line ("… ngày\n12/5"); the headline repeated is no such continuation, and the
        // line after it is not joined to it either, in a ragged block or in one that looks hard-wrapped.
        var cleaned = PlainTextCleaner.Clean("""
            3 cán bộ bị khai trừ ra khỏi Đảng

            Ban Thường vụ Tỉnh ủy kỷ luật khai trừ ra khỏi Đảng 3 cán bộ là các ông: Trần Văn Hòa, Lê Văn Bình, Phạm Văn Cường
            3 cán bộ bị khai trừ ra khỏi Đảng
            Ông Hòa có sai phạm trong việc bổ nhiệm cán bộ
            """);

        cleaned.Title.Should().Be("3 cán bộ bị khai trừ ra khỏi Đảng");
        cleaned.Paragraphs.Should().Equal(
            "Ban Thường vụ Tỉnh ủy kỷ luật khai trừ ra khỏi Đảng 3 cán bộ là các ông: Trần Văn Hòa, Lê Văn Bình, Phạm Văn Cường",
            "3 cán bộ bị khai trừ ra khỏi Đảng",
            "Ông Hòa có sai phạm trong việc bổ nhiệm cán bộ");
    }

    [Fact]
    public void A_caption_scraped_twice_and_broken_by_a_blank_line_appears_once()
    {
        var cleaned = PlainTextCleaner.Clean(
            "Tiêu đề\n\nĐồng chí Bí thư trao giấy khen cho các tập thể hoàn thành xuất sắc nhiệm vụ năm 2023.\n\n" +
            "Đồng chí Bí thư trao giấy khen cho các tập thể hoàn thành\n\nxuất sắc nhiệm vụ năm 2023.\n\nĐoạn cuối của bài.");
        cleaned.Paragraphs.Count(p => p.StartsWith("Đồng chí Bí thư trao giấy khen")).Should().Be(1);
    }

    [Fact]
    public void A_text_of_one_paragraph_is_body_even_without_a_final_full_stop()
    {
        // The first line is the headline, verbatim (annotation.md); when it is the only line it is the body too.
        var cleaned = PlainTextCleaner.Clean("Năm 2023, Đảng bộ xã kết nạp 12 đảng viên mới");
        cleaned.Title.Should().Be("Năm 2023, Đảng bộ xã kết nạp 12 đảng viên mới");
        cleaned.Paragraphs.Should().ContainSingle();
    }
    [Fact]
    public void A_byline_under_the_headline_ending_in_the_bar_of_a_dropped_date_is_the_author_not_the_headline()
    {
        var cleaned = PlainTextCleaner.Clean("""
            Đại hội Đảng bộ xã Tam Thanh nhiệm kỳ 2020 - 2025
            HOÀNG LIÊN - MINH TÂM |
            (QNO) - Ngày 14.1, Đảng bộ xã Tam Thanh tổ chức Đại hội lần thứ XXV, nhiệm kỳ 2020 - 2025.
            Đại hội bầu Ban Chấp hành Đảng bộ xã gồm 15 đồng chí.
            """);

        cleaned.Title.Should().Be("Đại hội Đảng bộ xã Tam Thanh nhiệm kỳ 2020 - 2025");
        cleaned.Author.Should().NotBeNull().And.Match(a => a.ToUpperInvariant() == "HOÀNG LIÊN - MINH TÂM");
        cleaned.Paragraphs.Should().NotContain(p => p.Contains('|'));
    }
}
