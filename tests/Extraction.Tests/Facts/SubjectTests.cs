using Extraction.Pipeline;

namespace Extraction.Tests.Facts;

/// <summary>The party organisation an article reports on, read from the committee that stands for it.</summary>
public sealed class SubjectTests
{
    [Theory]
    [InlineData("Thành ủy Thành phố Hồ Chí Minh")]
    [InlineData("Thành ủy TP. Hồ Chí Minh")]
    [InlineData("Thành ủy TP Hồ Chí Minh")]
    [InlineData("Thành ủy TP.HCM")]
    public void Ho_Chi_Minh_Citys_committee_stands_for_the_citys_party_organisation(string committee)
    {
        var article = ArticleExtractor.Default.Extract($"Tổng kết công tác kiểm tra\n\nChiều 10/1, {committee} tổ chức hội nghị tổng kết công tác kiểm tra năm 2017.");
        article.Subject!.UnitName.Should().Be("Hồ Chí Minh");
        article.Subject.UnitLevel.Should().Be("thành phố");
        article.Subject.Province.Should().Be("Hồ Chí Minh");
    }

    [Theory]
    [InlineData("Huyện ủy huyện Đức Trọng", "Đức Trọng")]
    [InlineData("Thành ủy thành phố Vinh", "Vinh")]
    public void A_committee_may_say_its_units_level_again_before_the_name(string committee, string unit) =>
        ArticleExtractor.Default.Extract($"Tổng kết\n\nChiều 10/1, {committee} tổ chức hội nghị tổng kết năm 2017.").Subject!.UnitName.Should().Be(unit);

    [Fact]
    public void A_bare_city_committee_in_Ho_Chi_Minh_City_is_written_with_the_city_spelled_out()
    {
        var article = ArticleExtractor.Default.Extract(
            "Công bố quyết định cán bộ\n\nSáng 26/9, Ban Thường vụ Thành ủy TP.HCM tổ chức lễ công bố quyết định cán bộ. Phó Bí thư Thành ủy Nguyễn Văn An chủ trì hội nghị.");
        article.Officials.Single().Titles.Single().Organization.Should().Be("Thành ủy Thành phố Hồ Chí Minh");
    }

    [Fact]
    public void A_committee_followed_by_a_persons_name_names_no_subject() =>
        ArticleExtractor.Default.Extract("Tổng kết\n\nChiều 10/1, Tỉnh ủy Nguyễn Văn An tổ chức hội nghị.").Subject.Should().BeNull();

    [Theory]
    [InlineData("cảnh cáo 1 đảng viên, khai trừ 4 đảng viên")]
    [InlineData("khai trừ 4 đảng viên")]
    [InlineData("kỷ luật 5 đảng viên")]
    public void A_committee_named_by_words_of_bodies_ends_where_its_decision_begins(string decision) =>
        ArticleExtractor.Default.Extract($"Tin\n\nNăm 2022, Ủy ban Kiểm tra Đảng ủy Khối cơ quan tỉnh {decision}.").Subject!.Name.Should().Be("Đảng bộ Khối cơ quan tỉnh");

    [Fact]
    public void Which_congress_a_headline_in_capitals_names_is_no_province() =>
        ArticleExtractor.Default.Extract("ĐẠT CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIII\n\nNăm 2017, toàn tỉnh kết nạp 1.932 đảng viên.")
            .Subject?.UnitName.Should().NotBe("LẦN THỨ XIII");
}
