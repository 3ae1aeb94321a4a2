using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Tests.Officials;

/// <summary>
/// A school is a public body (annotation.md, officials): its principal (Hiệu trưởng) and deputies hold posts, the
/// school's level is written out, and "nhà trường" (the school already named) names no body. Invented sentences.
/// </summary>
public sealed class SchoolPostsTests
{
    private static readonly ArticleExtractor RulesOnly = new(new ExtractionOptions { UseLearnedModels = false });

    private static IReadOnlyList<Official> Officials(string text) => RulesOnly.Extract(text).Officials;

    [Fact]
    public void A_principal_named_with_the_school_is_an_official_with_the_level_written_out()
    {
        var found = Officials("Hội nghị giáo dục\nThầy Đoàn Minh Quý, Hiệu trưởng Trường THCS Hòa Bình, báo cáo kết quả năm học.");
        var official = found.Should().ContainSingle().Subject;
        official.Name.Should().Be("Đoàn Minh Quý");
        var title = official.Titles.Should().ContainSingle().Subject;
        title.Position.Should().Be("Hiệu trưởng");
        title.Organization.Should().Be("Trường Trung học cơ sở Hòa Bình");
    }

    [Fact]
    public void A_deputy_principal_and_a_title_before_the_name_are_read()
    {
        var found = Officials("Lễ khai giảng\nPhó Hiệu trưởng Lương Thị Xuân phát biểu; cô Hà Thu Trang, Hiệu trưởng nhà trường, đánh trống khai giảng.");
        found.Select(o => o.Name).Should().BeEquivalentTo(["Lương Thị Xuân", "Hà Thu Trang"]);
        found.Single(o => o.Name == "Lương Thị Xuân").Titles.Single().Position.Should().Be("Phó Hiệu trưởng");
        var principal = found.Single(o => o.Name == "Hà Thu Trang").Titles.Single();
        principal.Position.Should().Be("Hiệu trưởng");
        principal.Organization.Should().BeNull("'nhà trường' points back to a school; it names none");
    }
}
