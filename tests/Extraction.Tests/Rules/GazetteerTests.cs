using System.Diagnostics;
using Extraction.Pipeline;
using Extraction.Rules;
using Extraction.Tests.Html;

namespace Extraction.Tests.Rules;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("huyện", "Tiên Lãng", "Hải Phòng")]
    [InlineData("Huyện", "Phúc Thọ", "Hà Nội")]
    [InlineData("thị xã", "Mỹ Hào", "Hưng Yên")]
    public void A_district_is_placed_in_its_province(string level, string name, string province) =>
        Gazetteer.Default.ProvinceOf(level, name).Should().Be(province);

    [Fact]
    public void A_name_shared_by_several_provinces_gives_no_answer() =>
        Gazetteer.Default.ProvinceOf("huyện", "Châu Thành").Should().BeNull();

    [Fact]
    public void An_article_naming_only_its_district_reads_TUV_as_a_city_committee_member()
    {
        var article = ArticleExtractor.Default.Extract(
            "Huyện ủy Tiên Lãng tổng kết năm 2023\n\nChiều 9/1, Huyện ủy Tiên Lãng tổ chức hội nghị. Dự có đồng chí Phạm Văn Lực, TUV, Bí thư Huyện ủy.");
        article.Subject!.Province.Should().Be("Hải Phòng");
        article.Officials.Single().Titles.Select(t => t.Position).Should().Equal("Thành ủy viên", "Bí thư");
    }

    [Theory]
    [InlineData("Huyện ủy Anh Sơn Đặng Thanh Bình", "Anh Sơn", "Nghệ An")]
    [InlineData("Huyện ủy Tiên Lãng Lê Văn Hòa", "Tiên Lãng", "Hải Phòng")]
    public void A_district_committee_then_its_secretary_names_the_district_not_the_person(string body, string unit, string province)
    {
        var article = ArticleExtractor.Default.Extract($"Hội nghị tổng kết năm 2023\n\nChiều 9/1, Bí thư {body} phát biểu tại hội nghị.");
        article.Subject!.UnitName.Should().Be(unit);
        article.Subject!.Province.Should().Be(province);
        article.Officials.Single().Titles.Single().Organization.Should().Be($"Huyện ủy {unit}");
    }

    [SharedBenchFact]
    public void The_shipped_table_is_rebuilt_byte_for_byte_from_the_data()
    {
        string output = Path.Combine(Path.GetTempPath(), $"districts-{Guid.NewGuid():N}.tsv");
        string data = Path.Combine(TestPaths.Shared!, "data", "vn-admin-units");
        var root = new System.CommandLine.RootCommand { Extraction.Cli.Commands.TrainCommand.Create() };
        root.Parse(["train", "gazetteer", "--data", data, "--out", output]).Invoke().Should().Be(0);
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "models", "districts.tsv")));
        File.Delete(output);
    }
}
