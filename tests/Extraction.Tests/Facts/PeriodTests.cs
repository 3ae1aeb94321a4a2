using Extraction.Pipeline;

namespace Extraction.Tests.Facts;

/// <summary>
/// The article's period (annotation.md): the single year whose results the article reports, null when no single
/// year's results are reported — a term review, a ceremony, a life story, a plan. Invented plain-text articles
/// (first line the headline).
/// </summary>
public sealed class PeriodTests
{
    private static int? PeriodOf(string text) => ArticleExtractor.Default.Extract(text).Period;

    [Theory]
    [InlineData("Xã Hòa Lạc làm tốt công tác phát triển đảng viên\nTrong năm 2023, Đảng ủy xã Hòa Lạc đã kết nạp được 12 đảng viên mới, đạt 120% chỉ tiêu.", 2023)]
    [InlineData("Quận Bình Đông: kết quả công tác Đảng\nNăm 2022, phát triển được 140/120 đảng viên; 95% chi bộ hoàn thành tốt nhiệm vụ.", 2022)]
    [InlineData("Xã Yên Lạc vững bước\nNăm 2023, Đảng bộ xã tiếp tục lãnh đạo phát triển kinh tế, thu nhập bình quân đạt 62 triệu đồng/người.", 2023)]
    [InlineData("Huyện Yên Hà: công tác kiểm tra 6 tháng\nQua 6 tháng đầu năm 2024, Ủy ban Kiểm tra Huyện ủy Yên Hà đã giải quyết 4 đơn thư.", 2024)]
    [InlineData("Công nghiệp khởi sắc\nTrong quý I/2021, giá trị sản xuất công nghiệp của tỉnh Yên Hà tăng 7,2%.", 2021)]
    [InlineData("Chi bộ Trường Tiểu học Yên Phú kết nạp đảng viên\nChiều 2/12, Chi bộ tổ chức lễ kết nạp 2 đảng viên. Từ đầu năm 2022 đến nay, Chi bộ đã kết nạp 5 đảng viên.", 2022)]
    [InlineData("Huyện ủy Đông Sơn tổng kết công tác xây dựng Đảng năm 2020\nSáng 8/1/2021, Huyện ủy tổ chức hội nghị, triển khai nhiệm vụ năm 2021.", 2020)]
    public void A_year_whose_results_are_reported_is_the_period(string text, int year) =>
        PeriodOf(text).Should().Be(year);

    [Theory]
    // A life story: the year opens a clause about a person.
    [InlineData("Đồng chí Lê Văn Khải từ trần\nNăm 1978, ông được bầu làm Bí thư Huyện ủy. Năm 1985, ông giữ chức Phó Chủ tịch UBND tỉnh.")]
    // A plan for a year is not its results.
    [InlineData("Đảng ủy xã Tân Mỹ triển khai nhiệm vụ\nNăm 2025, Đảng ủy xã Tân Mỹ sẽ tập trung lãnh đạo phát triển kinh tế và phấn đấu kết nạp 10 đảng viên.")]
    // A congress reviews a term.
    [InlineData("Đại hội Đảng bộ xã Tân An nhiệm kỳ 2025-2030\nNhiệm kỳ 2020-2025, Đảng bộ đã kết nạp 64 đảng viên, đạt 106% chỉ tiêu nghị quyết.")]
    // A running total at a point in time.
    [InlineData("Đảng bộ phường lớn mạnh\nĐến năm 2022, Đảng bộ phường có 1.200 đảng viên; tính đến hết quý II/2023, có 30 chi bộ.")]
    // The background of a case: a year long before the latest one the article names.
    [InlineData("Lấn chiếm đất rừng ở xã Phú Điền\nNăm 1996, Công ty Phú Điền lấn chiếm 2 ha đất rừng phòng hộ. Ngày 5/3/2004, Thanh tra huyện kết luận vụ việc.")]
    // A list of years is no clause about one of them.
    [InlineData("Nhà máy Cơ khí Yên Hà kỷ niệm ngày truyền thống\nNhà máy từng đón nhận Cờ thi đua của Chính phủ (năm 2001, 2006 và 2011).")]
    // A ceremony reports no year's results.
    [InlineData("Trao Huy hiệu Đảng tại xã Bình Minh\nSáng 3/2, Đảng ủy xã Bình Minh trao Huy hiệu 50 năm tuổi Đảng cho 6 đảng viên.")]
    public void No_single_year_of_results_gives_no_period(string text) =>
        PeriodOf(text).Should().BeNull();

    [Theory]
    [InlineData("12/3/2021", 2021)]
    [InlineData("5/2021", 2021)]
    [InlineData("1-2021", 2021)]
    [InlineData("I/2021", 2021)]
    [InlineData("2015-2020", null)]
    [InlineData("1.200", null)]
    [InlineData("2021", null)]
    public void The_year_at_the_end_of_a_date_like_token(string token, int? year) =>
        Extraction.Extractors.PeriodExtractor.TrailingYearOf(token).Should().Be(year);
}
