using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Tests.Rules;

/// <summary>How a phrase table matches: longest phrase first, on keys, never from inside a word it is told of.</summary>
public sealed class PhraseTableTests
{
    private static readonly PhraseTable<int> Forms = new("test-forms", [("cách chức", 1), ("cách chức vụ", 2), ("cảnh cáo", 3)], enclosingWords: ["tư cách"]);

    private static int? MatchAt(string sentence, string syllable)
    {
        var tokens = Tokenizer.Tokenize(sentence).ToArray();
        int at = Array.FindIndex(tokens, t => t.Key == syllable);
        return Forms.TryMatch(tokens, at, out int value, out _) ? value : null;
    }

    [Fact]
    public void The_longest_phrase_wins() => MatchAt("bị cách chức vụ Bí thư", "cách").Should().Be(2);

    [Fact]
    public void Keys_match_whatever_the_case_and_tone_placement() => MatchAt("bị CẢNH CÁO", "cảnh").Should().Be(3);

    [Theory]
    [InlineData("xóa tư cách chức vụ Chủ tịch UBND tỉnh")]
    [InlineData("không còn tư cách chức danh")]
    public void A_phrase_does_not_start_inside_an_enclosing_word(string sentence) => MatchAt(sentence, "cách").Should().BeNull();

    [Fact]
    public void The_same_syllables_after_another_word_still_match() => MatchAt("kỷ luật cách chức đối với ông A", "cách").Should().Be(1);

    [Fact]
    public void An_enclosing_word_must_have_two_syllables() =>
        FluentActions.Invoking(() => new PhraseTable<int>("bad", [("cách chức", 1)], enclosingWords: ["tư"])).Should().Throw<ArgumentException>();
}
