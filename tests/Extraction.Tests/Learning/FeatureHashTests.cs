using Extraction.Learning;

namespace Extraction.Tests.Learning;

public class FeatureHashTests
{
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0x089be207b544f1e4UL)]
    [InlineData("segmenter", 0x3ab504aa0497a131UL)]
    [InlineData("Đảng bộ", 0xad15d40934369023UL)]
    public void Of_is_fnv1a_64_over_utf16le_and_never_changes(string text, ulong expected) =>
        FeatureHash.Of(text).Should().Be(expected);

    [Fact]
    public void Append_continues_the_same_hash()
    {
        FeatureHash.Append(FeatureHash.Of("Đảng"), " bộ").Should().Be(FeatureHash.Of("Đảng bộ"));
        FeatureHash.Append(FeatureHash.Of("ab"), 'c').Should().Be(FeatureHash.Of("abc"));
    }

    [Fact]
    public void Combine_is_fixed_and_order_sensitive()
    {
        FeatureHash.Combine(1, 2).Should().Be(FeatureHash.Combine(1, 2));
        FeatureHash.Combine(1, 2).Should().NotBe(FeatureHash.Combine(2, 1));
        FeatureHash.Combine(1, 2, 3).Should().Be(FeatureHash.Combine(FeatureHash.Combine(1, 2), 3));
        FeatureHash.Combine(7, FeatureHash.Of("a")).Should().Be(0xc1487b8c14205373UL);
    }
}
