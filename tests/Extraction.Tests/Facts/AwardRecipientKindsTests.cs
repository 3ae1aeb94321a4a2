using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Tests.Facts;

/// <summary>
/// An award's <c>recipients</c> count each kind of recipient once (docs/records.md): a kind told without a number beside the same
/// kind counted is that count, and a city's badge is no party badge.
/// </summary>
public sealed class AwardRecipientKindsTests
{
    [Fact]
    public void A_kind_told_without_a_number_beside_its_count_is_listed_once_with_the_count()
    {
        // A subheading glued to its sentence: "nhiều tổ chức và cá nhân" (uncounted) before "3 cá nhân được tặng".
        var article = ArticleExtractor.Default.Extract(
            "Khen thưởng người chống dịch\n\nThủ tướng khen thưởng nhiều tổ chức và cá nhân chống dịch xuất sắc 3 cá nhân được tặng Bằng khen gồm: " +
            "ông Lò Văn Khang, Phó Giám đốc Bệnh viện Đa khoa tỉnh; bà Vi Thị Nga, Trưởng khoa Hồi sức; ông Đặng Quốc Thái, Giám đốc Trung tâm Y tế huyện.");

        var award = article.Awards.Should().ContainSingle(a => a.Kind == AwardKind.CertificateOfMerit).Subject;
        award.Recipients.Select(r => r.Kind).Should().OnlyHaveUniqueItems();
        award.Recipients.Should().ContainSingle(r => r.Kind == RecipientKind.Individual).Which.Count.Should().Be(3);
    }

    [Fact]
    public void A_badge_named_after_a_city_is_no_party_badge()
    {
        var article = ArticleExtractor.Default.Extract(
            "Khen thưởng lực lượng chống dịch\n\n5 tập thể được UBND TP Hồ Chí Minh tặng bằng khen và 124 cá nhân được tặng Huy hiệu TP Hồ Chí Minh.");

        article.Awards.Should().NotContain(a => a.Kind == AwardKind.PartyBadge);
        article.Awards.Should().ContainSingle(a => a.Kind == AwardKind.CertificateOfMerit);
    }
}
