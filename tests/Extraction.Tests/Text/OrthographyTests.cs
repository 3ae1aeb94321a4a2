using Extraction.Text;

namespace Extraction.Tests.Text;

public sealed class OrthographyTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Hoá", "hóa")]
    [InlineData("Uỷ", "ủy")]
    public void Old_and_new_tone_placement_share_one_key(string written, string key) =>
        VietnameseOrthography.Key(written).Should().Be(key);

    [Theory]
    [InlineData("hoàng")]
    [InlineData("người")]
    [InlineData("quả")]
    [InlineData("giữa")]
    [InlineData("thuyết")]
    public void Words_already_in_canonical_placement_keep_it(string word) =>
        VietnameseOrthography.Key(word).Should().Be(word);

    [Fact]
    public void Decomposed_input_gets_the_same_key_as_precomposed()
    {
        string decomposed = "Đảng".Normalize(System.Text.NormalizationForm.FormD);
        VietnameseOrthography.Key(decomposed).Should().Be("đảng");
    }

    [Fact]
    public void Names_get_canonical_placement_but_keep_their_case() =>
        VietnameseOrthography.PlaceToneMarks("Trần Thị Thanh Thuỷ").Should().Be("Trần Thị Thanh Thủy");

    [Theory]
    [InlineData("nam", true)]
    [InlineData("lộc", true)]
    [InlineData("nguyễn", true)]
    [InlineData("ubnd", false)]
    [InlineData("tthu", false)]
    [InlineData("hđnd", false)]
    public void Syllable_shape_tells_capitals_from_abbreviations(string key, bool syllable) =>
        SyllableShape.IsSyllable(key).Should().Be(syllable);
}
