using Extraction.Learning;
using Extraction.Pipeline;
using Extraction.Tests.Segmentation;

namespace Extraction.Tests.Officials;

/// <summary>
/// The learned officials labeller: the shipped model loads and is switched on only as training decided,
/// it finds a foreign name that the rules cannot read, <c>UseLearnedModels = false</c> switches it off
/// completely, a damaged file is refused, and training is deterministic.
/// </summary>
public sealed class OfficialsLabellerTests
{
    // Invented: a foreign head of state after a post and a country; no Vietnamese family name to anchor the rules.
    private const string ForeignHead = "Tin\nTổng Bí thư Nông Đức Mạnh đã gặp Chủ tịch Cuba Fidel Castro tại La Habana.";

    [Fact]
    public void Shipped_model_loads_and_writes_back_the_same_bytes()
    {
        var labeller = OfficialsLabeller.Default;
        labeller.Should().NotBeNull("models/officials.bin is embedded in the library");
        using var first = new MemoryStream();
        labeller!.Save(first);
        var reloaded = OfficialsLabeller.Load(new MemoryStream(first.ToArray()));
        using var second = new MemoryStream();
        reloaded.Save(second);
        second.ToArray().Should().Equal(first.ToArray());
        reloaded.Enabled.Should().Be(labeller.Enabled);
        reloaded.Header.FeatureSetId.Should().Be(OfficialsLabeller.FeatureSetId);
    }

    [Fact]
    public void The_labeller_reads_a_name_the_rules_cannot_and_rules_only_switches_it_off()
    {
        OfficialsLabeller.Default!.Enabled.Should().BeTrue("cross-validation on the train split switched the shipped model on");
        var learned = new ArticleExtractor(ExtractionOptions.Default).Extract(ForeignHead);
        var rulesOnly = new ArticleExtractor(ExtractionOptions.Default with { UseLearnedModels = false }).Extract(ForeignHead);

        learned.Officials.Should().Contain(o => o.Name == "Fidel Castro" && o.Titles.Any(t => t.Position == "Chủ tịch" && t.Organization == "Cuba"));
        rulesOnly.Officials.Should().NotContain(o => o.Name.Contains("Castro"));
        rulesOnly.Officials.Should().Contain(o => o.Name == "Nông Đức Mạnh", "the rules still read the Vietnamese name");
    }

    [Fact]
    public void A_labelled_name_is_trusted_less_than_a_name_the_rules_read()
    {
        var article = new ArticleExtractor(ExtractionOptions.Default).Extract(ForeignHead);
        double rules = article.Officials.Single(o => o.Name == "Nông Đức Mạnh").Confidence;
        double labelled = article.Officials.Single(o => o.Name == "Fidel Castro").Confidence;
        labelled.Should().BeLessThan(rules);
        labelled.Should().BeInRange(0.5, 1.0);
    }

    [Fact]
    public void A_damaged_model_file_is_refused()
    {
        using var stream = new MemoryStream();
        OfficialsLabeller.Default!.Save(stream);
        byte[] bytes = stream.ToArray();
        bytes[^5] ^= 0x5A;
        var load = () => OfficialsLabeller.Load(new MemoryStream(bytes));
        load.Should().Throw<InvalidDataException>();
    }

    [SharedDataFact]
    public void Training_on_the_real_corpus_is_deterministic()
    {
        string corpus = SharedData.Path("data", "vi-news-real");
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        OfficialsLabellerTrainer.Train(corpus, first, folds: 0, TextWriter.Null, epochs: 2);
        OfficialsLabellerTrainer.Train(corpus, second, folds: 0, TextWriter.Null, epochs: 2);
        first.Length.Should().BeGreaterThan(1000);
        second.ToArray().Should().Equal(first.ToArray());
    }
}
