using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Tests.Officials;

/// <summary>
/// A title before a name (annotation.md, officials): where the body's place ends and the person's name begins.
/// Invented sentences.
/// </summary>
public sealed class TitleBeforeNameTests
{
    private static readonly ArticleExtractor RulesOnly = new(new ExtractionOptions { UseLearnedModels = false });

    private static IReadOnlyList<Official> Officials(string text) => RulesOnly.Extract(text).Officials;

    [Fact]
    public void A_text_cut_off_after_a_title_and_its_comma_still_reads_the_person()
    {
        // A stored excerpt may stop right after "…, Bí thư Đảng ủy phường X,": the chain of posts must end at the text's end
        // (it once read past it and failed the whole document).
        var found = Officials("Đại hội Đảng bộ phường Tân An\nĐoàn Chủ tịch điều hành đại hội.Đồng chí Lê Văn Tư, Bí thư Đảng ủy phường Tân An,");
        var official = found.Should().ContainSingle().Subject;
        official.Name.Should().Be("Lê Văn Tư");
        official.Titles.Should().ContainSingle().Which.Position.Should().Be("Bí thư");
    }

    [Fact]
    public void A_known_province_then_a_family_name_is_the_place_and_the_person()
    {
        // "Ninh" is a family name too; the province "Bắc Ninh" ends the body.
        var found = Officials("Thăm hộ nghèo đón Tết\nChủ tịch UBND tỉnh Bắc Ninh Trần Lưu Hậu đã thăm hỏi các hộ nghèo tại xã Đông Phong.");
        var official = found.Should().ContainSingle().Subject;
        official.Name.Should().Be("Trần Lưu Hậu");
        official.Titles.Should().ContainSingle().Which.Organization.Should().StartWith("Ủy ban nhân dân tỉnh Bắc Ninh");
    }

    [Fact]
    public void A_run_in_subheading_does_not_lend_the_next_sentence_s_first_word_to_the_name()
    {
        var found = Officials("Kết luận kiểm tra\nĐề nghị kỷ luật Thứ trưởng Lê Thị Kim Hoa  Theo kết luận, bà Lê Thị Kim Hoa thiếu trách nhiệm trong chỉ đạo.");
        found.Select(o => o.Name).Should().Equal("Lê Thị Kim Hoa");
        found[0].Titles.Select(t => t.Position).Should().Contain("Thứ trưởng");
    }

    [Fact]
    public void Posts_a_person_once_held_are_former_titles()
    {
        var found = Officials("Lễ truy điệu\nĐồng chí Phạm Minh Khoa từng là Giám đốc Sở Xây dựng tỉnh Lâm Đồng, Phó Chủ tịch UBND tỉnh Lâm Đồng.");
        var official = found.Should().ContainSingle().Subject;
        official.Name.Should().Be("Phạm Minh Khoa");
        official.Titles.Select(t => t.Position).Should().Equal("Giám đốc", "Phó Chủ tịch");
        official.Former.Should().BeTrue();
    }

    [Fact]
    public void A_post_taken_up_is_read_after_giu_chuc_vu()
    {
        var found = Officials("Điều động cán bộ\nTừ năm 2019, ông Trần Quốc Hưng giữ chức vụ Phó Giám đốc Sở Giao thông vận tải tỉnh Gia Lai.");
        found.Should().ContainSingle().Which.Titles.Should().ContainSingle().Which.Position.Should().Be("Phó Giám đốc");
    }

    [Theory]
    [InlineData("Hội nghị sơ kết\nHội nghị nghe ông Đỗ Văn Lực, Đảng ủy viên, Phó Giám đốc Sở Công Thương tỉnh báo cáo tình hình thị trường.", "Đỗ Văn Lực", "Đảng ủy viên")]
    [InlineData("Phân công nhiệm vụ\nHội nghị thống nhất: chi ủy viên Hà Minh Đạo theo dõi công tác phát triển đảng viên.", "Hà Minh Đạo", "Chi ủy viên")]
    public void A_party_committee_member_is_a_post(string text, string name, string position) =>
        Officials(text).Single(o => o.Name == name).Titles.Select(t => t.Position).Should().Contain(position);

    [Fact]
    public void Titles_before_and_after_a_name_are_all_the_person_s()
    {
        var found = Officials("Kiểm tra công trường\nSáng 3-6, Bộ trưởng Bộ Xây dựng Đặng Minh Luân, Trưởng ban Chỉ đạo dự án cầu Bắc Hà, đã kiểm tra công trường.");
        found.Should().ContainSingle().Which.Titles.Select(t => t.Position).Should().Equal("Bộ trưởng", "Trưởng ban");
    }

    [Fact]
    public void A_bare_post_that_opens_the_next_clause_is_not_the_named_person_s()
    {
        var found = Officials("Chuẩn bị đón đoàn công tác\nTheo Giám đốc Sở Y tế Hà Quang Vinh, Bộ trưởng sẽ về thăm bệnh viện vào tuần tới.");
        found.Single(o => o.Name == "Hà Quang Vinh").Titles.Select(t => t.Position).Should().Equal("Giám đốc");
    }
}
