using Extraction.Documents;
using Extraction.Html.Metadata;
using Extraction.Text;

namespace Extraction.Tests.Text;

/// <summary>
/// Bylines as annotation.md writes the author (personal name without labels, roles and suffixes; two reporters and
/// agency-only bylines as written; credits are not bylines), and a plain-text file's headline (its first line).
/// Every name and sentence here is invented.
/// </summary>
public sealed class BylineAndHeadlineTests
{
    [Theory]
    [InlineData("Minh Anh – Đài TT Huyện", "Minh Anh")]
    [InlineData("Thu Hà/HTTV", "Thu Hà")]
    [InlineData("Quang Vinh/VOV - Cần Thơ", "Quang Vinh")]
    [InlineData("Bảo Ngọc (TTXVN)", "Bảo Ngọc")]
    [InlineData("Hải Yến (tổng hợp theo TTXVN, Báo Mới)", "Hải Yến")]
    [InlineData("Lan Hương - TTXVN", "Lan Hương")]
    [InlineData("Bài và ảnh: Xuân Trường", "Xuân Trường")]
    [InlineData("Tin, ảnh: Hoàng Lan", "Hoàng Lan")]
    [InlineData("Tác giả: Lê Phương", "Lê Phương")]
    [InlineData("PV Minh Anh", "Minh Anh")]
    [InlineData("CTV Hoàng Yến", "Hoàng Yến")]
    [InlineData("Minh Anh – Quốc Bảo", "Minh Anh – Quốc Bảo")]
    [InlineData("Thanh Tùng - Mai Chi", "Thanh Tùng - Mai Chi")]
    [InlineData("N.H - T.L ghi", "N.H - T.L")]
    [InlineData("Đ,Bắc", "Đ,Bắc")]
    [InlineData("T.SỸ", "T.SỸ")]
    [InlineData("PV", "PV")]
    [InlineData("TTXVN", "TTXVN")]
    [InlineData("HÀ AN TTVH-TT-TT", "Hà An")]
    [InlineData("Theo Minh Anh (TTXVN)", "Minh Anh")]
    [InlineData("LÊ HÀ *thực hiện*", "Lê Hà")]
    [InlineData("**Thu Trang**", "Thu Trang")]
    [InlineData("Tác giả bài viết: Bảo Trâm", "Bảo Trâm")]
    [InlineData("Nhóm PV", "Nhóm PV")]
    [InlineData("Quỳnh Như.", "Quỳnh Như")]
    [InlineData("P.H.", "P.H.")]
    [InlineData("Hồng Nhung- Văn Tài", "Hồng Nhung - Văn Tài")]
    [InlineData("Tin-ảnh: Hoàng Lan", "Hoàng Lan")]
    [InlineData("Người thực hiện : Thu Hà - Quốc Bảo", "Thu Hà - Quốc Bảo")]
    [InlineData("Đăng bởi: Minh Thư", "Minh Thư")]
    [InlineData("Thực hiện : BTV", "BTV")]
    [InlineData("Tác giả: TTXVN", "TTXVN")]
    [InlineData("(Trường Sơn)", "Trường Sơn")]
    [InlineData("NH (theo TTXVN)", "NH")]
    [InlineData("HQT - Theo Báo Nam Bộ", "HQT")]
    [InlineData("T.Vũ – P.T", "T.Vũ – P.T")]
    [InlineData("Ng. Hải", "Ng. Hải")]
    [InlineData("Tin, ảnh: Tr. Lâm - K. Oanh", "Tr. Lâm - K. Oanh")]
    public void A_byline_gives_the_author_as_annotated(string line, string author)
    {
        Bylines.TryParse(line, out string found).Should().BeTrue();
        found.Should().Be(author);
    }

    [Theory]
    [InlineData("Ảnh: Minh Quyết/TTXVN")]
    [InlineData("Theo Người Lao Động")]
    [InlineData("Theo Báo Nhân Dân")]
    [InlineData("Nguồn: Báo Nghệ An")]
    [InlineData("(Theo Tuổi Trẻ)")]
    [InlineData("(Nguồn: Báo Nghệ An)")]
    [InlineData("(Ảnh minh họa)")]
    [InlineData("Hội nghị kết thúc")]
    [InlineData("Minh")]
    [InlineData("Ng.")]
    [InlineData("Ông Trần Văn Bảy (trái) và ông Lê Văn Tám (phải).")]
    [InlineData("Bà Nguyễn Thị Hoa")]
    [InlineData("Nx. Hải")]
    [InlineData("Đồng chí Lê Văn B phát biểu tại hội nghị")]
    public void Credits_and_sentences_are_not_bylines(string line) =>
        Bylines.TryParse(line, out _).Should().BeFalse();

    [Theory]
    [InlineData("Kết nạp 12 đảng viên mới. Thu Trang/VOV-Tây Bắc", "Kết nạp 12 đảng viên mới.", "Thu Trang")]
    [InlineData("Ông Tâm nhấn mạnh./. Quang Vinh/VOV - Cần Thơ", "Ông Tâm nhấn mạnh./.", "Quang Vinh")]
    [InlineData("Hai đảng viên bị khai trừ. Thanh Tùng - Mai Chi", "Hai đảng viên bị khai trừ.", "Thanh Tùng - Mai Chi")]
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
    public void A_date_line_that_ends_in_the_sites_section_is_not_part_of_the_headline()
    {
        var cleaned = PlainTextCleaner.Clean(
            "Hội đồng nhân dân tỉnh bầu bổ sung hai Phó Chủ tịch\n15-07-2018 - 17:26 PM | Thời sự\nSáng 15/7, kỳ họp bất thường bầu bổ sung hai Phó Chủ tịch UBND tỉnh.");
        cleaned.Title.Should().Be("Hội đồng nhân dân tỉnh bầu bổ sung hai Phó Chủ tịch");
        cleaned.PublishedAt.Should().Be(new DateOnly(2018, 7, 15));
    }

    [Theory]
    [InlineData("Ngô Lan\n18:56 09/07/2016", "Ngô Lan", "2016-07-09")]
    [InlineData("18:56 09/07/2016\nNgô Lan", "Ngô Lan", "2016-07-09")]
    [InlineData("Lâm Hà\nLâm Hà\n27/08/2025 21:07 GMT+7", "Lâm Hà", "2025-08-27")]
    [InlineData("Trí Dũng | 23/09/2018, 15:52", "Trí Dũng", "2018-09-23")]
    [InlineData("Thứ Ba, 17/01/2017 19:05 | Thanh Hoà", "Thanh Hoà", "2017-01-17")]
    [InlineData("Cảnh Dũng 31/03/2015 17:54 GMT+7", "Cảnh Dũng", "2015-03-31")]
    [InlineData("NGUYỄN THỊ TUYỀN 17/01/2018 08:51", "Nguyễn Thị Tuyền", "2018-01-17")]
    // The byline with its outlet or role, before a bar, a weekday or the date.
    [InlineData("Văn An/VOV1 | 17/03/2023, 15:37", "Văn An", "2023-03-17")]
    [InlineData("HÀ AN LDO | 21/08/2021 18:34", "Hà An", "2021-08-21")]
    [InlineData("Lê Hà (Ban Thời sự)-Thứ năm, ngày 10/12/2015 16:20 GMT+7", "Lê Hà", "2015-12-10")]
    [InlineData("Bảo Trâm Thứ bảy, ngày 01/09/2018 10:34 AM (GMT+7)", "Bảo Trâm", "2018-09-01")]
    [InlineData("Ngọc An - 04/06/2021, 15:13 GMT+07 | Chính trị", "Ngọc An", "2021-06-04")]
    [InlineData("T.B (theo chinhphu.vn) 30/09/2014 14:22", "T.B", "2014-09-30")]
    [InlineData("HMT / 28.8.2020 - 15:54", "HMT", "2020-08-28")]
    // An outlet's desk is kept as written, like an agency.
    [InlineData("Ban Thời sự-Chủ nhật, ngày 05/09/2021 13:19 GMT+7", "Ban Thời sự", "2021-09-05")]
    public void A_byline_next_to_the_headers_date_line_is_the_author(string header, string author, string published)
    {
        var cleaned = PlainTextCleaner.Clean(
            "Bổ nhiệm Giám đốc Bệnh viện đa khoa tỉnh\n" + header + "\nSáng 27/8, Sở Y tế công bố quyết định bổ nhiệm Giám đốc Bệnh viện đa khoa tỉnh.\nÔng Trần Văn Hòa phát biểu nhận nhiệm vụ.");
        cleaned.Title.Should().Be("Bổ nhiệm Giám đốc Bệnh viện đa khoa tỉnh");
        cleaned.Author.Should().Be(author);
        cleaned.PublishedAt.Should().Be(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        cleaned.Paragraphs[0].Should().StartWith("Sáng 27/8");
    }

    [Fact]
    public void A_date_line_is_not_joined_to_a_lead_that_starts_with_a_number()
    {
        var cleaned = PlainTextCleaner.Clean(
            "6 tháng, thi hành kỷ luật 62 đảng viên\nCập nhật, 06:00, Thứ Năm, 12/07/2018 (GMT+7)\n6 tháng đầu năm, toàn tỉnh đã thi hành kỷ luật 62 đảng viên.\nHình thức kỷ luật: khiển trách 28, cảnh cáo 21.");
        cleaned.PublishedAt.Should().Be(new DateOnly(2018, 7, 12));
        cleaned.Paragraphs[0].Should().StartWith("6 tháng đầu năm");
    }

    [Fact]
    public void A_closing_byline_followed_by_the_writers_office_in_brackets_is_the_author()
    {
        var cleaned = PlainTextCleaner.Clean(
            "Kiểm tra, giám sát năm 2017\nNăm 2017, công tác kiểm tra, giám sát được cấp ủy các cấp quan tâm thực hiện.\nỦy ban Kiểm tra các cấp đã kiểm tra 120 tổ chức đảng.\nHoàng Huân\n(Cơ quan UBKT Tỉnh uỷ Hưng Yên)");
        cleaned.Author.Should().Be("Hoàng Huân");
        cleaned.Paragraphs.Should().NotContain(p => p.Contains("Cơ quan UBKT"));
    }

    [Theory]
    [InlineData("Quang Minh", "Nguồn Truyền hình Hà Nội : https://example.vn/tin-tuc-1.htm", "Quang Minh")]
    [InlineData("DƯƠNG AN", "Theo Sggp.org.vn\nLink gốc: https://example.vn/bai-viet-2.html", "Dương An")]
    [InlineData("T.Vũ – P.T", "https://example.vn/9-ca-nhan-tieu-bieu.html", "T.Vũ – P.T")]
    [InlineData("Ngọc Hà", "(Nguồn: Báo Quảng Bình)", "Ngọc Hà")]
    [InlineData("PV.Ánh Dương", "(Nguồn: Báo Quảng Bình)", "Ánh Dương")]
    [InlineData("HT (ST)", "Nguồn tin: Báo Quảng Ninh điện tử", "HT")]
    public void A_closing_byline_above_the_sources_credits_is_the_author(string byline, string credits, string author)
    {
        var cleaned = PlainTextCleaner.Clean(
            "Trao Huy hiệu Đảng đợt 2/9\nĐảng ủy phường tổ chức lễ trao Huy hiệu Đảng cho 12 đảng viên.\nBuổi lễ diễn ra trang trọng.\n" +
            byline + "\n" + credits);
        cleaned.Author.Should().Be(author);
        cleaned.Paragraphs.Should().NotContain(byline);
        // The credits are not the writer and stay where they were.
        cleaned.Paragraphs[^1].Should().Be(credits.Split('\n')[^1]);
    }

    [Fact]
    public void A_byline_under_the_headline_stays_apart_from_a_lead_that_opens_with_a_number()
    {
        var cleaned = PlainTextCleaner.Clean("Chủ tịch nước trao Huân chương Lao động cho 4 cá nhân của tỉnh\nTrần Lân\n" +
            "4 cá nhân có thành tích xuất sắc trong công tác giai đoạn 2016-2020 đã vinh dự được Chủ tịch nước trao tặng Huân chương Lao động hạng Ba.\n" +
            "Sáng 12/7, tại kỳ họp thứ 7 của HĐND tỉnh, lễ trao tặng đã diễn ra trang trọng.");
        cleaned.Author.Should().Be("Trần Lân");
        cleaned.Paragraphs[0].Should().StartWith("4 cá nhân");
    }

    [Theory]
    [InlineData("N.V.Q.H", "N.V.Q.H")]
    [InlineData("Tác giả: Nguyễn Thị Thu", "Nguyễn Thị Thu")]
    public void A_text_of_a_headline_that_is_its_lead_and_a_byline_gives_the_author(string byline, string author)
    {
        const string first = "Sáng ngày 31 tháng 01 năm 2018, Sở Y tế tổ chức lễ kỷ niệm ngày thành lập Đảng và trao Huy hiệu Đảng cho 12 đảng viên.";
        var cleaned = PlainTextCleaner.Clean(first + "\n" + byline);
        cleaned.Title.Should().Be(first);
        cleaned.Author.Should().Be(author);
        cleaned.Paragraphs.Should().Equal(first);
    }

    [Theory]
    [InlineData("(tanlap.gov.vn) - Chủ trương luân chuyển bí thư cấp ủy cấp xã không là người địa phương đang được huyện Tân Lập triển khai.")]
    [InlineData("(baodongson.vn)– Chủ trương luân chuyển bí thư cấp ủy cấp xã không là người địa phương đang được huyện Tân Lập triển khai.")]
    public void A_lead_that_opens_with_an_outlets_tag_in_lower_case_does_not_continue_the_headline(string lead)
    {
        const string headline = "Ban Thường vụ Huyện ủy công bố các quyết định luân chuyển cán bộ";
        var cleaned = PlainTextCleaner.Clean(headline + "\n" + lead + "\nTheo đó, đồng chí Lê Văn Hòa được luân chuyển đến xã Tân Hòa.");
        cleaned.Title.Should().Be(headline);
        cleaned.Paragraphs[0].Should().Be(lead);
    }

    [Theory]
    [InlineData("Báo Hòa Lâm")]
    [InlineData("TTXVN")]
    public void A_writer_credited_with_theo_above_the_paper_is_the_author(string outlet)
    {
        var cleaned = PlainTextCleaner.Clean(
            "Cảnh cáo Bí thư Tỉnh ủy\nSáng 20/2, Ban Bí thư quyết định thi hành kỷ luật cảnh cáo ông Lê Văn Quang.\nQuyết định có hiệu lực ngay.\nTheo Kiên Cường\n" + outlet);
        cleaned.Author.Should().Be("Kiên Cường");
        cleaned.Paragraphs[^1].Should().Be("Quyết định có hiệu lực ngay.");
    }

    [Fact]
    public void A_credit_alone_after_the_last_paragraph_names_no_author()
    {
        var cleaned = PlainTextCleaner.Clean(
            "Trao Huy hiệu Đảng đợt 2/9\nĐảng ủy phường tổ chức lễ trao Huy hiệu Đảng cho 12 đảng viên.\nBuổi lễ diễn ra trang trọng.\nTheo Báo Hà Nội Mới");
        cleaned.Author.Should().BeNull();
    }

    [Fact]
    public void A_short_line_next_to_the_date_that_is_no_name_stays_text()
    {
        var cleaned = PlainTextCleaner.Clean(
            "Bổ nhiệm Giám đốc Bệnh viện\n18:56 09/07/2016\nTin vắn\nSáng 27/8, Sở Y tế công bố quyết định bổ nhiệm Giám đốc Bệnh viện đa khoa tỉnh.\nÔng Trần Văn Hòa phát biểu.");
        cleaned.Author.Should().BeNull();
    }

    [Theory]
    [InlineData("15-07-2018 - 17:26 PM | Xã hội", true)]
    [InlineData("Thứ Năm, 12/07/2018 | Kinh tế", true)]
    // A reporter's name after the bar capitalises every word: the line is no bare date line.
    [InlineData("12/07/2018 | Minh Anh", false)]
    [InlineData("12/07/2018 | Tin: 3 bài", false)]
    [InlineData("Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021", true)]
    public void A_section_name_after_a_bar_keeps_a_date_line_one(string line, bool dateLine) =>
        Extraction.Rules.Boilerplate.IsDateLine(line).Should().Be(dateLine);

    [Fact]
    public void The_first_line_is_the_headline_also_when_it_starts_with_a_number()
    {
        var cleaned = PlainTextCleaner.Clean("12 xã về đích nông thôn mới trong năm\nSáng nay, huyện tổng kết chương trình xây dựng nông thôn mới.\nHội nghị kéo dài cả buổi sáng.");
        cleaned.Title.Should().Be("12 xã về đích nông thôn mới trong năm");
        cleaned.Paragraphs.Should().NotContain("12 xã về đích nông thôn mới trong năm");
        cleaned.Sections.Should().Equal(ArticleSection.Lead, ArticleSection.Body);
    }

    [Fact]
    public void A_first_line_gluing_headline_and_lead_is_the_title_and_stays_text()
    {
        const string first = "Tỉnh ủy kỷ luật hai cán bộ (PV)- Ban Thường vụ Tỉnh ủy vừa quyết định thi hành kỷ luật ông Nguyễn Văn A, Giám đốc Sở Xây dựng nhiệm kỳ 2015-2020.";
        var cleaned = PlainTextCleaner.Clean(first + "\nQuyết định nêu những vi phạm trong việc cấp phép xây dựng của sở.\nMinh Anh – Đài TT Huyện");
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
        string sapo = "Làm việc với Quận 7, ông Trần Văn Bình đề nghị các phòng ban rút ngắn thời gian giải quyết hồ sơ để người dân không phải chờ lâu";
        string body = string.Concat(Enumerable.Repeat("Quận ủy báo cáo kết quả thực hiện nhiệm vụ năm 2016 và phương hướng năm 2017. ", 20));
        var cleaned = PlainTextCleaner.Clean($"Bí thư Quận ủy: Rút ngắn thời gian xử lý hồ sơ\n{sapo}\n{body}Quang Vinh/VOV - Cần Thơ");
        cleaned.Title.Should().Be("Bí thư Quận ủy: Rút ngắn thời gian xử lý hồ sơ");
        cleaned.Paragraphs.Should().HaveCount(2);
        cleaned.Author.Should().Be("Quang Vinh");
    }

    [Fact]
    public void A_text_of_one_line_is_its_own_headline_and_body()
    {
        const string only = "Trao Huân chương Lao động cho Công ty Cơ khí Bình Minh (PV)- Sáng 5-4, tại Hà Nội, Bộ Công Thương trao Huân chương Lao động hạng Nhì cho Công ty Cơ khí Bình Minh. Công ty được thành lập năm 1976.";
        var cleaned = PlainTextCleaner.Clean(only + "\n");
        cleaned.Title.Should().Be(only);
        cleaned.Paragraphs.Should().Equal(only);
        cleaned.Sections.Should().Equal(ArticleSection.Headline);
        // Read once, as text.
        ArticleDocument.Analyze(cleaned).TitleTokens.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("Thứ Năm, 02/02/2023 15:12", 2023, 2, 2)]
    [InlineData("Thứ Hai, 07/12/2015, 11:31 [GMT+7]", 2015, 12, 7)]
    [InlineData("Chủ nhật, 14/05/2023 08:00", 2023, 5, 14)]
    public void The_day_of_the_week_on_a_date_line_is_no_byline(string dateLine, int year, int month, int day)
    {
        var cleaned = PlainTextCleaner.Clean($"Kết nạp đảng viên mới cho thanh niên trước ngày nhập ngũ\n{dateLine}\n" +
            "Ngày 2/2, Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới cho các quần chúng ưu tú.\nBuổi lễ diễn ra trang trọng.");
        cleaned.Author.Should().BeNull();
        cleaned.PublishedAt.Should().Be(new DateOnly(year, month, day));
        cleaned.Title.Should().Be("Kết nạp đảng viên mới cho thanh niên trước ngày nhập ngũ");
    }

    [Fact]
    public void A_headline_date_line_and_paragraphs_of_like_widths_are_not_one_hard_wrapped_paragraph()
    {
        // Headline and lead happen to be of one width: without the date line between them they could be a wrapped paragraph.
        var cleaned = PlainTextCleaner.Clean("Hà Tĩnh kỷ luật 12 đảng viên vi phạm trong quản lý đất đai năm 2019\n09:13 - Thứ Sáu, 08/11/2019\n" +
            "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh vừa ra thông báo về kết quả kỳ họp thứ 20 của ủy ban.\nTại kỳ họp, ủy ban đã xem xét nhiều nội dung.");
        cleaned.Title.Should().Be("Hà Tĩnh kỷ luật 12 đảng viên vi phạm trong quản lý đất đai năm 2019");
        cleaned.PublishedAt.Should().Be(new DateOnly(2019, 11, 8));
        cleaned.Paragraphs.Should().NotContain(p => p.Contains("08/11/2019"));
    }

    [Theory]
    [InlineData("Sơn La kỷ luật 83 đảng viên", "09:13 - Thứ Sáu, 08/11/2019 Lượt xem: 7089 In bài viết", 2019, 11, 8, "Lượt xem")]
    [InlineData("Nguyên Chủ tịch Đà Nẵng bị khai trừ Đảng", "Thời sựThứ Năm, 04/10/2018 18:40:00 +07:00", 2018, 10, 4, "Thời sự")]
    [InlineData("Nguyên Chủ tịch Đà Nẵng bị khai trừ Đảng", "Thời sự Thứ Năm, 04/10/2018 18:40", 2018, 10, 4, "Thời sự")]
    public void A_date_line_with_the_page_furniture_around_its_date_is_still_the_date_line(
        string headline, string dateLine, int year, int month, int day, string furniture)
    {
        // The page's counters and print controls after the date, or the site's section before its weekday, glued or not.
        var cleaned = PlainTextCleaner.Clean($"{headline}\n{dateLine}\n" +
            "Ủy ban Kiểm tra Tỉnh ủy vừa ra thông báo về kết quả kỳ họp thứ 20.\nTại kỳ họp, ủy ban đã xem xét nhiều nội dung.");
        cleaned.Title.Should().Be(headline);
        cleaned.PublishedAt.Should().Be(new DateOnly(year, month, day));
        cleaned.Author.Should().BeNull();
        cleaned.Paragraphs.Should().NotContain(p => p.Contains(furniture));
    }

    private const string Lead = "Ủy ban Kiểm tra Tỉnh ủy vừa ra thông báo về kết quả kỳ họp thứ 20, xem xét nhiều nội dung quan trọng về công tác kiểm tra, giám sát trong Đảng bộ tỉnh.\nTại kỳ họp, ủy ban đã xem xét nhiều nội dung.";

    [Theory]
    [InlineData("Kỷ luật Chủ tịch UBND huyện Tân Phú", "Hoài Nam -", "19/01/2023 23:12 (GMT+7)", "Hoài Nam")]
    [InlineData("Kỷ luật Chủ tịch UBND huyện Tân Phú", "MINH KHÔI", "22:49 14/12/2022", "Minh Khôi")]
    [InlineData("Kỷ luật Chủ tịch UBND huyện Tân Phú", "LAN ANH - QUỐC HUY", null, "Lan Anh - Quốc Huy")]
    // A pen name in capitals alone right above the lead, opening with a middle or family name.
    [InlineData("Kỷ luật Chủ tịch UBND huyện Tân Phú", "XUÂN HOÀNG", null, "Xuân Hoàng")]
    [InlineData("TIN BUỒN", "SGGP", null, "SGGP")]
    [InlineData("Kỷ luật Chủ tịch UBND huyện Tân Phú", "Tác giả : Gia Huy", null, "Gia Huy")]
    [InlineData("Kỷ luật Chủ tịch UBND huyện Tân Phú", "Bài và ảnh: Minh Thư", "22:49 14/12/2022", "Minh Thư")]
    public void A_byline_line_right_under_the_headline_is_the_author_not_the_headline(string headline, string byline, string? dateLine, string author)
    {
        // A name whose outlet the scrape cut after its dash, or one in capitals (written in the name's case, as a closing byline
        // in capitals is), next to the date line or right above the lead.
        var cleaned = PlainTextCleaner.Clean($"{headline}\n{byline}\n" + (dateLine is null ? "" : dateLine + "\n") + Lead);
        cleaned.Title.Should().Be(headline);
        cleaned.Author.Should().Be(author);
        cleaned.Paragraphs.Should().NotContain(byline);
    }

    [Fact]
    public void A_byline_and_its_date_line_under_the_opening_paragraphs_give_the_author_and_the_date()
    {
        // Some pages set the byline and the date line under the sapo and the lead, not under the headline.
        var cleaned = PlainTextCleaner.Clean("Kỷ luật Chủ tịch UBND huyện Tân Phú\nÔng A được kết luận đã vi phạm quy định của Đảng...\n" + Lead +
            "\nMinh Khôi\n07/05/2017 19:04\nỦy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ xem xét các trường hợp còn lại.");
        cleaned.Author.Should().Be("Minh Khôi");
        cleaned.PublishedAt.Should().Be(new DateOnly(2017, 5, 7));
        cleaned.Paragraphs.Should().NotContain(p => p == "Minh Khôi" || p.StartsWith("07/05/2017", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CÔNG TÁC NỘI CHÍNH")]
    [InlineData("QUỐC TẾ")]
    [InlineData("NDO -")]
    public void A_section_label_in_capitals_or_an_outlets_tag_under_the_headline_is_no_byline(string line)
    {
        var cleaned = PlainTextCleaner.Clean($"Điểm báo tuần về công tác nội chính\n{line}\n" + Lead);
        cleaned.Title.Should().Be("Điểm báo tuần về công tác nội chính");
        cleaned.Author.Should().BeNull();
    }

    [Theory]
    [InlineData("07/11/2023 2:20:34 CH", "2023-11-07", null)]
    [InlineData("31/05/2018 10:33 G5T+7", "2018-05-31", null)]
    [InlineData("19/01/2017 07:27 Hoài Nam", "2017-01-19", "Hoài Nam")]
    [InlineData("13:04 21/02", null, null)]
    [InlineData("by Minh Khôi", null, "Minh Khôi")]
    // A spelled month with the Vietnamese AM/PM, the US general form when only it makes a date, an ISO date.
    [InlineData("21 Tháng Bảy 2011 10:10:00 SA", "2011-07-21", null)]
    [InlineData("8/31/2018 7:33:37 AM", "2018-08-31", null)]
    [InlineData("8/3/2018 7:33:37 AM", "2018-03-08", null)]
    [InlineData("2023-09-19 16:24:53", "2023-09-19", null)]
    // Labels, the site's section or a credit before a bar or a dash, words glued to the numbers.
    [InlineData("Giáo dục | 19:42:00 09/01/2021", "2021-01-09", null)]
    [InlineData("Theo Hà Nội Mới| 14/02/2011 14:49", "2011-02-14", null)]
    [InlineData("Kinh tế - xã hội - Ngày đăng : 20:00, 06/08/2020", "2020-08-06", null)]
    [InlineData("Create: T5, 01/09/2020 - 09:39", "2020-09-01", null)]
    [InlineData("Ngày đưa:  15/05/2019 09:28:21 AM", "2019-05-15", null)]
    [InlineData("Thời gian đăng: 15/06/2021 03:50:09 PM", "2021-06-15", null)]
    [InlineData("Thứ Sáu, 28/01/2022 17:45 CH", "2022-01-28", null)]
    [InlineData("Thứ năm, 13/04/2023,08:09 (GMT+7)", "2023-04-13", null)]
    [InlineData("Cập nhật23-09-2018 09:09", "2018-09-23", null)]
    [InlineData("Cập nhật lúc19:55, Thứ Hai, 16/03/2020 (GMT+7)", "2020-03-16", null)]
    // The page's count of replies after the stamp.
    [InlineData("Thứ ba, 02/10/2018 00:41 AM - 0 Trả lời", "2018-10-02", null)]
    public void The_pages_stamp_under_the_headline_is_not_glued_to_it(string stamp, string? date, string? author)
    {
        // A date line in a form the date lines do not read whole (a clock with its AM/PM, a time zone typed wrong, a writer after
        // it), or a writer after "by": the headline stays alone, never a hard-wrapped paragraph with the stamp.
        const string headline = "Trao tặng Huy hiệu Đảng đợt 07/11/2023 cho 149 đảng viên";
        var cleaned = PlainTextCleaner.Clean($"{headline}\n{stamp}\n" + Lead);
        cleaned.Title.Should().Be(headline);
        cleaned.PublishedAt.Should().Be(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        cleaned.Author.Should().Be(author);
        cleaned.Paragraphs.Should().NotContain(p => p.Contains(stamp));
    }
}

