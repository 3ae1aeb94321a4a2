using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Tests.Rules;

/// <summary>Where the name of a deciding body ends (<see cref="Bodies.TryRead"/>) and which body decides (<see cref="Bodies.DeciderBefore"/>).</summary>
public sealed class BodiesTests
{
    private static string? Read(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence).ToArray();
        return Bodies.TryRead(tokens, sentence, 0, out var body) ? body.Name : null;
    }

    private static string? Decider(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence).ToArray();
        return Bodies.DeciderBefore(tokens, sentence, 0, tokens.Length, strict: true)?.Name;
    }

    [Theory]
    [InlineData("Bộ Công Thương quyết định khen thưởng ông A.", "Bộ Công Thương")]
    [InlineData("Bộ Công thương quyết định khen thưởng.", "Bộ Công thương")]
    [InlineData("Bộ Văn hóa, Thể thao và Du lịch đã quyết định khen thưởng.", "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("Bộ Lao động - Thương binh và Xã hội quyết định.", "Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("Bộ Tài nguyên và Môi trường quyết định.", "Bộ Tài nguyên và Môi trường")]
    [InlineData("Đảng ủy Khối các cơ quan Trung ương quyết định.", "Đảng ủy Khối các cơ quan Trung ương")]
    [InlineData("Đảng ủy khối các doanh nghiệp tỉnh Hòa Lâm quyết định.", "Đảng ủy khối các doanh nghiệp tỉnh Hòa Lâm")]
    [InlineData("Đảng ủy Khối các cơ quan TƯ quyết định.", "Đảng ủy Khối các cơ quan Trung ương")]
    [InlineData("Tổng công ty Lương thực Hòa Lâm quyết định.", "Tổng công ty Lương thực Hòa Lâm")]
    [InlineData("Đảng ủy Khối Dân chính Đảng tỉnh Hòa Lâm quyết định.", "Đảng ủy Khối Dân chính Đảng tỉnh Hòa Lâm")]
    [InlineData("Ban Thường vụ Đảng ủy Tập đoàn Dầu khí Hòa Lâm quyết định.", "Ban Thường vụ Đảng ủy Tập đoàn Dầu khí Hòa Lâm")]
    [InlineData("Cấp ủy các cấp và chi bộ đã thi hành kỷ luật 12 đảng viên.", "Cấp ủy các cấp và chi bộ")]
    [InlineData("UB Kiểm tra Trung ương đã thi hành kỷ luật.", "Ủy ban Kiểm tra Trung ương")]
    [InlineData("Thường vụ Huyện ủy đã quyết định.", "Thường vụ Huyện ủy")]
    public void A_body_name_is_read_to_its_end(string sentence, string name) => Read(sentence).Should().Be(name);

    [Fact]
    public void A_name_stops_at_the_decision() =>
        Read("Bộ Công Thương khen thưởng tập thể Công ty A.").Should().Be("Bộ Công Thương");

    [Fact]
    public void Two_capitalised_bodies_joined_by_va_stay_one_name_only_when_the_second_is_capitalised() =>
        Read("Huyện ủy Hòa Lâm và nhân dân trong huyện quyết định.").Should().Be("Huyện ủy Hòa Lâm");

    [Theory]
    [InlineData("Huyện ủy Hòa Lâm (Gia Lai) đã có quyết định kỷ luật ông A.", "Huyện ủy Hòa Lâm")]
    [InlineData("Ban Thường vụ Huyện ủy đã quyết định thi hành kỷ luật.", "Ban Thường vụ Huyện ủy")]
    public void A_body_deciding_is_found_past_an_aside(string sentence, string name) => Decider(sentence).Should().Be(name);

    [Fact]
    public void A_body_in_a_title_does_not_decide() =>
        Decider("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Hòa Lâm đã ký quyết định.").Should().BeNull();
}
