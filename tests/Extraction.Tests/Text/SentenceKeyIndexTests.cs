using Extraction.Documents;

namespace Extraction.Tests.Text;

/// <summary>
/// The extractors' pre-filter: a sentence left out of <c>SentencesWithAny</c> must hold none of the trigger keys,
/// or an extractor that skips it would lose a fact.
/// </summary>
public class SentenceKeyIndexTests
{
    private static readonly string[] Vocabulary =
    [
        "Đảng", "bộ", "huyện", "đã", "kết", "nạp", "175", "đảng", "viên", "mới", "Khiển", "trách", "cảnh", "cáo",
        "Huy", "hiệu", "năm", "2021", "Uỷ", "ban", "ỦY", "BAN", "hoà", "hòa", ",", "(", ")",
    ];

    [Fact]
    public void Finds_exactly_the_sentences_holding_a_trigger_key_whatever_its_case_or_tone_mark_placement()
    {
        var random = new Random(13);
        var triggerSets = new[] { new TriggerKeys(["kết"]), new TriggerKeys(["khiển", "cảnh"]), new TriggerKeys(["ủy"]), new TriggerKeys(["hòa"]), new TriggerKeys(["xyz"]) };
        for (int round = 0; round < 200; round++)
        {
            // Up to ~150 sentences, so the bit set spans several words.
            var paragraphs = Enumerable.Range(0, random.Next(1, 6)).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => random.Next(8) == 0 ? "." : Vocabulary[random.Next(Vocabulary.Length)])) + ".").ToList();
            var document = ArticleDocument.Analyze(new CleanedArticle(paragraphs));
            foreach (var triggers in triggerSets)
            {
                var set = document.SentencesWithAny(triggers);
                var expected = Enumerable.Range(0, document.Sentences.Length)
                    .Where(s => document.TokensOf(document.Sentences[s]).ToArray().Any(t => triggers.Keys.Contains(t.Key))).ToList();
                set.Indices().Should().Equal(expected);
                Enumerable.Range(0, document.Sentences.Length + 70).Count(set.Contains).Should().Be(expected.Count);
                set.IsEmpty.Should().Be(expected.Count == 0);
            }
        }
    }

    [Fact]
    public void Trigger_keys_are_normalised_like_token_keys() =>
        new TriggerKeys(["Uỷ", "ủy", "KẾT"]).Keys.Should().Equal("ủy", "kết");
}
