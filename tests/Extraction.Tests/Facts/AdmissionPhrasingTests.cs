using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Tests.Facts;

/// <summary>
/// Admissions in the shapes real reports use (annotation.md, admissions): counts that share one verb, a count whose
/// parts stand in brackets, a bound before the count, a plan restated under a subheading, a running total. Invented
/// plain-text articles (first line the headline).
/// </summary>
public sealed class AdmissionPhrasingTests
{
    private static IReadOnlyList<Admission> Admissions(string text) => ArticleExtractor.Default.Extract(text).Admissions;

    [Fact]
    public void Counts_that_share_the_verb_are_one_record_each()
    {
        var found = Admissions("Đảng bộ xã Tân Hòa chăm lo tạo nguồn\nHai năm gần đây, Đảng bộ xã kết nạp 11 đảng viên là nông dân, 6 đảng viên là cựu quân nhân, dân quân; thành lập 3 chi bộ mới.");
        found.Select(a => a.Count).Should().BeEquivalentTo([11, 6]);
    }

    [Fact]
    public void A_count_with_a_statement_of_its_own_after_the_comma_is_no_admission()
    {
        var found = Admissions("Công tác xây dựng Đảng ở xã Phú Lâm\nNăm qua, Đảng ủy xã kết nạp 30 đảng viên, 12 đảng viên được chuyển đảng chính thức đúng thời hạn.");
        found.Select(a => a.Count).Should().Equal(30);
    }

    [Fact]
    public void Parts_in_brackets_that_add_up_to_the_count_before_them_are_a_breakdown_of_it()
    {
        var found = Admissions("Huyện Đông Phong: kết quả năm 2022\nNăm 2022, toàn Đảng bộ kết nạp 84/90 đảng viên, riêng khối doanh nghiệp có 31/30 đảng viên (14 đảng viên được kết nạp tại công ty may, 17 đảng viên được kết nạp tại công ty gạch).");
        found.Select(a => a.Count).Should().BeEquivalentTo([84, 31]);
        found.Single(a => a.Count == 31).Target.Should().Be(30);
        found.Should().OnlyContain(a => a.Status == AdmissionStatus.Achieved && a.Year == 2022);
    }

    [Fact]
    public void A_bound_may_stand_before_the_count_of_a_plan()
    {
        var found = Admissions("Đại hội Đảng bộ cơ quan Sở Văn hóa\nCác chỉ tiêu chủ yếu của nhiệm kỳ tới:\n- Đảng bộ phấn đấu đến cuối nhiệm kỳ phát triển thêm ít nhất 30 đảng viên.\n- 100% chi bộ hoàn thành tốt nhiệm vụ.");
        found.Should().ContainSingle();
        found[0].Count.Should().Be(30);
        found[0].Status.Should().Be(AdmissionStatus.Target);
        found[0].Year.Should().BeNull();
    }

    [Fact]
    public void A_plan_under_a_subheading_restated_in_the_body_is_one_record_of_the_term()
    {
        // The article has a period (2024), so the subheading alone would default to a plan for 2025.
        var found = Admissions("Đại hội Đảng bộ xã Hưng Long nhiệm kỳ 2025-2030\nSáng 5/6, Đảng bộ xã Hưng Long tổ chức đại hội. Trong năm 2024, Đảng bộ đã kết nạp 20 đảng viên.\nMục tiêu kết nạp 90 đảng viên mới\nCả nhiệm kỳ, Đảng bộ đặt mục tiêu kết nạp 90 đảng viên mới, trong đó nữ chiếm 40%.");
        var plan = found.Where(a => a.Count == 90).Should().ContainSingle().Subject;
        plan.Status.Should().Be(AdmissionStatus.Target);
        plan.Year.Should().BeNull();
    }

    [Fact]
    public void A_running_total_up_to_a_year_belongs_to_no_single_year()
    {
        var found = Admissions("Đại hội Đảng bộ huyện Bắc Sơn\nTính đến năm 2020, toàn Đảng bộ huyện đã kết nạp 250 đảng viên kể từ đại hội lần trước.");
        found.Should().ContainSingle().Which.Year.Should().BeNull();
    }
}
