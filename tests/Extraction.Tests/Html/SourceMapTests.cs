using Extraction.Html;

namespace Extraction.Tests.Html;

/// <summary>Cleaned text maps back to the page: each paragraph to the element that held it.</summary>
public sealed class SourceMapTests
{
    private const string Page = """
        <html><head><title>Tin tức</title></head><body>
        <nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
        <article>
          <h1>Đảng bộ xã Tân An kết nạp 12 đảng viên mới</h1>
          <p>Năm 2023, Đảng bộ xã Tân An đã kết nạp 12 đảng viên mới, đạt 120% kế hoạch được giao.</p>
          <div class="content"><p>Đồng chí Lê Văn Tâm, Bí thư Đảng ủy xã, trao quyết định kết nạp cho các đảng viên mới.</p></div>
          <p>Các đảng viên mới hứa sẽ tiếp tục học tập, rèn luyện, giữ gìn phẩm chất người đảng viên.</p>
        </article>
        <footer>Bản quyền thuộc về Cổng thông tin điện tử xã Tân An</footer>
        </body></html>
        """;

    [Fact]
    public void Each_paragraph_points_at_the_start_tag_of_its_element_in_the_page()
    {
        var cleaner = new HtmlCleaner(HtmlCleanerOptions.Default with { TrackSourcePositions = true });
        var cleaned = cleaner.Clean(Page);

        cleaned.SourceOffsets.Should().HaveCount(cleaned.Paragraphs.Count).And.OnlyContain(o => o >= 0);
        for (int i = 0; i < cleaned.Paragraphs.Count; i++)
        {
            int offset = cleaned.SourceOffsets[i];
            Page[offset].Should().Be('<');
            string firstWords = string.Join(' ', cleaned.Paragraphs[i].Split(' ').Take(3));
            Page.IndexOf(firstWords, offset, StringComparison.Ordinal).Should().BeGreaterThan(offset, "paragraph {0} follows its element's tag", i);
        }
    }

    [Fact]
    public void A_cleaned_offset_maps_to_its_paragraphs_element_and_positions_are_off_by_default()
    {
        var cleaned = new HtmlCleaner(HtmlCleanerOptions.Default with { TrackSourcePositions = true }).Clean(Page);
        int inSecond = cleaned.ParagraphSpans[1].Start + 5;
        cleaned.SourceOffsetOf(inSecond).Should().Be(cleaned.SourceOffsets[1]);

        HtmlCleaner.Default.Clean(Page).SourceOffsets.Should().BeEmpty();
        HtmlCleaner.Default.Clean(Page).SourceOffsetOf(0).Should().BeNull();
    }
}
