using System.Diagnostics;
using System.Text;
using Extraction.Documents;
using Extraction.Html;

namespace Extraction.Tests.Html;

public sealed class CleanerBehaviourTests
{
    private const string Para1 = "Sáng ngày 21/01, Huyện ủy Mỹ Đức tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021.";
    private const string Para2 = "Năm 2020, bám sát sự chỉ đạo của Thành ủy, Huyện ủy đã tập trung lãnh đạo, chỉ đạo thực hiện nhiệm vụ kép, vừa phòng, chống dịch, vừa phát triển kinh tế.";

    private static Documents.CleanedArticle Clean(string body, string head = "") =>
        HtmlCleaner.Default.Clean($"<html><head>{head}</head><body>{body}</body></html>");

    private static string Article(string inner) => $"<div class=\"content\"><p>{Para1}</p><p>{Para2}</p>{inner}</div>";

    [Theory]
    [InlineData("<h3>Các tin khác</h3><p>Một tin khác rất dài về hội nghị của huyện, với nhiều chữ để trông như đoạn văn, thật vậy.</p>")]
    [InlineData("<p>Tin cùng chuyên mục</p><p>Một tin khác rất dài về hội nghị của huyện, với nhiều chữ để trông như đoạn văn, thật vậy.</p>")]
    [InlineData("<p><b>Tin liên quan</b></p><p>Một tin khác rất dài về hội nghị của huyện, với nhiều chữ để trông như đoạn văn, thật vậy.</p>")]
    [InlineData("<p>Ý kiến bạn đọc</p><p>Một tin khác rất dài về hội nghị của huyện, với nhiều chữ để trông như đoạn văn, thật vậy.</p>")]
    public void Text_after_an_end_of_article_heading_is_dropped(string tail)
    {
        var a = Clean(Article(tail));
        a.Paragraphs.Should().Equal(Para1, Para2);
    }

    [Theory]
    [InlineData("<p>Lượt xem: 571</p>")]
    [InlineData("<p>View count: 571</p>")]
    [InlineData("<p>Chọn ngày:</p>")]
    [InlineData("<div class=\"share\"><a href=\"#\">Facebook</a> <a href=\"#\">Zalo</a> <a href=\"#\">In bài</a></div>")]
    [InlineData("<p>Chia sẻ | In bài | Gửi email</p>")]
    [InlineData("<p>Ngày đăng 21/01/2021 | 15:01 | View count: 571</p>")]
    [InlineData("<p>Hà Nội, ngày 26-01-2021</p>")]
    [InlineData("<form action=\"/binhluan\"><p>Bình luận của bạn sẽ được kiểm duyệt trước khi đăng, xin cảm ơn quý độc giả.</p><textarea></textarea></form>")]
    public void Controls_counters_and_forms_are_dropped(string furniture)
    {
        var a = Clean(Article(furniture));
        a.Paragraphs.Should().Equal(Para1, Para2);
    }

    [Fact]
    public void Breadcrumb_menu_sidebar_and_footer_are_dropped()
    {
        var a = Clean(
            "<nav><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/d\">Đảng - Đoàn thể</a></li></ul></nav>" +
            "<div class=\"breadcrumb\"><a href=\"/d\">đảng - đoàn thể</a></div>" +
            Article("") +
            "<aside><h3>Tin đọc nhiều</h3><p>Một bài khác được đọc nhiều nhất trong tuần, có nội dung dài và nhiều dấu phẩy, như thế.</p></aside>" +
            "<footer><p>Cơ quan chủ quản: UBND huyện Mỹ Đức. Địa chỉ: thị trấn Đại Nghĩa, huyện Mỹ Đức, Hà Nội.</p></footer>");
        a.Paragraphs.Should().Equal(Para1, Para2);
    }

    [Fact]
    public void Captions_stand_in_their_place_marked_as_captions()
    {
        var a = Clean(Article("<figure><img src=\"a.jpg\"><figcaption>Quang cảnh hội nghị.</figcaption></figure><p><img src=\"b.jpg\"></p><p><em>Đồng chí Bí thư phát biểu.</em></p>"));
        a.Captions.Should().Equal("Quang cảnh hội nghị.", "Đồng chí Bí thư phát biểu.");
        // Each caption is a paragraph of its own, so the extractors read it as a sentence of its own.
        a.Paragraphs.Should().Contain("Quang cảnh hội nghị.").And.Contain("Đồng chí Bí thư phát biểu.");
        a.Paragraphs.Select((p, i) => (p, a.Sections[i])).Where(x => x.Item2 == ArticleSection.Caption).Select(x => x.p)
            .Should().Equal("Quang cảnh hội nghị.", "Đồng chí Bí thư phát biểu.");
        a.SectionAt(a.Text.IndexOf("Quang cảnh", StringComparison.Ordinal)).Should().Be(ArticleSection.Caption);
        a.SectionAt(a.Text.IndexOf(Para1, StringComparison.Ordinal)).Should().Be(ArticleSection.Lead);
        a.TextOf(ArticleSection.Lead, ArticleSection.Body).Should().NotContain("Quang cảnh");
    }

    [Fact]
    public void A_centred_bold_caption_broken_over_two_paragraphs_is_one_caption()
    {
        var a = Clean(Article("<p style=\"text-align:center\"><img src=\"a.jpg\"></p>" +
            "<p style=\"text-align:center\"><strong>Đồng chí Lê Văn B,</strong></p><p style=\"text-align:center\"><strong>phó bí thư tỉnh đoàn phát biểu tại hội nghị</strong></p>"));
        a.Captions.Should().Equal("Đồng chí Lê Văn B, phó bí thư tỉnh đoàn phát biểu tại hội nghị");
    }

    [Fact]
    public void A_lead_set_in_an_h1_is_text_and_the_real_headline_stays_the_title()
    {
        const string lead = "Sáng ngày 12/1, tại hội trường Huyện ủy, Đảng bộ huyện tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023. Dự hội nghị có đồng chí Lê Văn B, Phó Bí thư Thường trực Huyện ủy.";
        var a = Clean(
            "<h2 class=\"title-news\">Huyện ủy tổng kết công tác xây dựng Đảng</h2><div class=\"content\">" +
            $"<h1 style=\"text-align:justify\">{lead}</h1><p>{Para1}</p><p>{Para2}</p>" +
            "<p style=\"text-align:right\"><strong>Minh Anh – Đài TT Huyện</strong></p></div>",
            "<title>Huyện ủy tổng kết công tác xây dựng Đảng - Cổng thông tin điện tử huyện</title>");
        a.Title.Should().Be("Huyện ủy tổng kết công tác xây dựng Đảng");
        a.Paragraphs.Should().StartWith(lead);
        a.Sections[0].Should().Be(ArticleSection.Lead);
        a.Author.Should().Be("Minh Anh");
    }

    [Fact]
    public void Lines_broken_inside_a_sentence_are_joined_and_whitespace_normalised()
    {
        var a = Clean("<div class=\"content\"><p>Huyện ủy Mỹ Lộc vừa tổ chức hội nghị tổng kết<br>công tác xây dựng Đảng\u200b năm 2021.<br>Năm 2021 các cơ quan chuyên môn đã làm\n tốt công tác&nbsp;&nbsp;tham mưu, rất tốt, thật tốt.</p></div>");
        a.Paragraphs.Should().Equal(
            "Huyện ủy Mỹ Lộc vừa tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021.",
            "Năm 2021 các cơ quan chuyên môn đã làm tốt công tác tham mưu, rất tốt, thật tốt.");
    }

    [Fact]
    public void Closing_byline_becomes_the_author_and_leaves_the_body()
    {
        var a = Clean(Article("<p>VŨ NAM TTVH-TT-TT<br>MỸ LỘC</p>"));
        a.Author.Should().Be("Vũ Nam");
        a.Paragraphs.Should().Equal(Para1, Para2);

        var b = Clean(Article("<p style=\"text-align:right\"><strong>Văn Mạnh</strong></p>"));
        b.Author.Should().Be("Văn Mạnh");
        b.Paragraphs.Should().Equal(Para1, Para2);
    }

    [Fact]
    public void Metadata_from_og_json_ld_and_meta()
    {
        string head = "<meta property=\"og:site_name\" content=\"Báo Hà Nội\"><meta property=\"og:title\" content=\"Huyện Mỹ Đức tổng kết năm 2020\">" +
                      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"X\",\"datePublished\":\"2021-01-21T15:01:00+07:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Văn Mạnh\"}}</script>" +
                      "<title>Huyện Mỹ Đức tổng kết năm 2020 | Báo Hà Nội</title>";
        var a = Clean(Article(""), head);
        a.Title.Should().Be("Huyện Mỹ Đức tổng kết năm 2020");
        a.PublishedAt.Should().Be(new DateOnly(2021, 1, 21));
        a.Author.Should().Be("Văn Mạnh");
    }

    [Fact]
    public void Title_minus_site_name_and_time_element_and_meta_author()
    {
        var a = Clean("<h1>Huyện ủy Phúc Thọ tiếp tục thực hiện 6 chương trình</h1><time datetime=\"2021-01-14T14:39\">14/01</time>" + Article(""),
            "<title>Huyện ủy Phúc Thọ tiếp tục thực hiện 6 chương trình - Báo Hà Nội Mới</title><meta name=\"author\" content=\"Nguyễn Mai\">");
        a.Title.Should().Be("Huyện ủy Phúc Thọ tiếp tục thực hiện 6 chương trình");
        a.PublishedAt.Should().Be(new DateOnly(2021, 1, 14));
        a.Author.Should().Be("Nguyễn Mai");
    }

    [Theory]
    [InlineData("Ngày đăng 21/01/2021 | 15:01", 2021, 1, 21)]
    [InlineData("14/01/2021 14:39 | 0", 2021, 1, 14)]
    [InlineData("Thứ năm, 21/1/2021", 2021, 1, 21)]
    public void Vietnamese_date_lines_give_the_date_but_the_site_header_does_not(string line, int y, int m, int d)
    {
        var a = Clean($"<div class=\"top\">Hà Nội, ngày 26-01-2021</div><h1>Tiêu đề bài viết về hội nghị</h1><div>{line}</div>" + Article(""));
        a.PublishedAt.Should().Be(new DateOnly(y, m, d));
        a.Text.Should().NotContain("2021 |").And.NotContain("Thứ năm");

        var none = Clean("<div class=\"top\">Hà Nội, ngày 26-01-2021</div><h1>Tiêu đề bài viết về hội nghị</h1>" + Article(""));
        none.PublishedAt.Should().BeNull();
    }

    [Fact]
    public void Text_that_is_not_html_gives_a_result_with_a_warning()
    {
        var a = HtmlCleaner.Default.Clean(Encoding.UTF8.GetBytes("Đây không phải là HTML, chỉ là một dòng chữ bình thường, có dấu phẩy, thế thôi."));
        a.Warnings.Should().Contain(w => w.Contains("no HTML"));
        a.Text.Should().Contain("Đây không phải là HTML");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script><style>p{}</style></body></html>")]
    [InlineData("<html><body><div class=\"content\"><p>" + Para1 + "</p><p>Năm 2020, bám sát sự chỉ")]
    public void Empty_script_only_and_truncated_pages_do_not_fail(string html)
    {
        var a = HtmlCleaner.Default.Clean(html);
        if (a.Paragraphs.Count == 0)
        {
            a.Warnings.Should().Contain(w => w.Contains("no article text"));
        }
        else
        {
            a.Paragraphs[0].Should().Be(Para1);
        }
    }

    [Fact]
    public void Hundred_thousand_nested_divs_are_handled_without_recursion()
    {
        var sb = new StringBuilder("<html><body>");
        sb.Insert(sb.Length, "<div>", 100_000).Append("<p>").Append(Para1).Append("</p>").Insert(sb.Length, "</div>", 100_000);
        var watch = Stopwatch.StartNew();
        var a = HtmlCleaner.Default.Clean(sb.ToString());
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        a.Warnings.Should().Contain(w => w.Contains("nest deeper"));
    }

    [Fact]
    public void Oversized_page_is_cut_with_a_warning_or_refused()
    {
        var cleaner = new HtmlCleaner(HtmlCleanerOptions.Default with { MaxPageBytes = 64 * 1024, HardLimitBytes = 50L * 1024 * 1024 });
        var sb = new StringBuilder("<html><body><div class=\"content\">");
        while (sb.Length < 1_000_000)
        {
            sb.Append("<p>").Append(Para1).Append("</p>");
        }

        var a = cleaner.Clean(Encoding.UTF8.GetBytes(sb.ToString()));
        a.Warnings.Should().Contain(w => w.Contains("cut to"));
        a.Paragraphs.Should().NotBeEmpty();

        var strict = new HtmlCleaner(HtmlCleanerOptions.Default with { HardLimitBytes = 1000 });
        var act = () => strict.Clean(sb.ToString());
        act.Should().Throw<PageTooLargeException>();
    }

    [Fact]
    public void Cleaner_is_safe_to_share_across_threads()
    {
        string page = "<h1>Tiêu đề</h1>" + Article("");
        var results = new Documents.CleanedArticle[16];
        Parallel.For(0, results.Length, i => results[i] = HtmlCleaner.Default.Clean(page));
        results.Should().OnlyContain(r => r.Text == results[0].Text && r.Paragraphs.Count == 2);
    }
}
