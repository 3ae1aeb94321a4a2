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
    // Invented: foreign heads of government right after a post (no country between them, where the rules would read the
    // name), beside a Vietnamese leader the rules read. Every syllable of these names is shaped like a Vietnamese one, so the
    // rules' foreign-name reading (a word no Vietnamese syllable is shaped like) does not take them, and no Vietnamese name
    // reading does either; only the labeller can read them. On a 250-sentence training set few such names are seen, so the
    // test asks for some of them, not all (model card).
    private static readonly string[] ForeignHeads =
    [
        "Tin\nThủ tướng Nguyễn Tấn Dũng hội đàm với Thủ tướng Han Seung Soo tại Hà Nội.",
        "Tin\nChủ tịch nước Trần Đức Lương tiếp Thủ tướng Lee Hae Chan tại Hà Nội.",
        "Tin\nTổng Bí thư Nông Đức Mạnh hội kiến Phó Chủ tịch Choe Ryong Hae.",
        "Tin\nThủ tướng Phan Văn Khải tiếp Thủ tướng Hun Sen tại Hà Nội.",
    ];

    // Each foreign name with the post its sentence gives it.
    private static readonly Dictionary<string, string> ForeignTitles = new()
    {
        ["Han Seung Soo"] = "Thủ tướng",
        ["Lee Hae Chan"] = "Thủ tướng",
        ["Choe Ryong Hae"] = "Phó Chủ tịch",
        ["Hun Sen"] = "Thủ tướng",
    };

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

    /// <summary>The shipped labeller switched on, whatever cross-validation decided for the shipped file.</summary>
    private static ArticleExtractor WithLabeller(ExtractionOptions options) =>
        new(options, ArticlePipeline.Create(options, OfficialsLabeller.Default!.WithEnabled(true)));

    [Fact]
    public void The_labeller_reads_names_the_rules_cannot_and_rules_only_switches_it_off()
    {
        var learned = ForeignHeads.SelectMany(t => WithLabeller(ExtractionOptions.Default).Extract(t).Officials).ToList();
        var rulesOnly = ForeignHeads.SelectMany(t => WithLabeller(ExtractionOptions.Default with { UseLearnedModels = false }).Extract(t).Officials).ToList();

        rulesOnly.Should().NotContain(o => ForeignTitles.ContainsKey(o.Name));
        rulesOnly.Select(o => o.Name).Should().Contain(["Nông Đức Mạnh", "Phan Văn Khải", "Trần Đức Lương", "Nguyễn Tấn Dũng"], "the rules still read the Vietnamese names");
        var labelled = learned.Where(o => ForeignTitles.ContainsKey(o.Name)).ToList();
        labelled.Should().NotBeEmpty("the labeller reads foreign names right after a post");
        // Whatever it reads gets its own sentence's post, not another's.
        foreach (var official in labelled)
        {
            var title = official.Titles.Should().ContainSingle().Subject;
            title.Position.Should().Be(ForeignTitles[official.Name], official.Name);
        }
    }

    [Fact]
    public void The_shipped_switch_decides_whether_the_default_extractor_uses_the_labeller()
    {
        var byDefault = ForeignHeads.SelectMany(t => ArticleExtractor.Default.Extract(t).Officials).Select(o => o.Name).ToList();
        var switchedOn = ForeignHeads.SelectMany(t => WithLabeller(ExtractionOptions.Default).Extract(t).Officials).Select(o => o.Name).ToList();
        if (OfficialsLabeller.Default!.Enabled)
        {
            byDefault.Should().Equal(switchedOn);
        }
        else
        {
            byDefault.Should().NotContain(n => ForeignTitles.ContainsKey(n), "a labeller that did not beat the rules in cross-validation ships switched off");
        }
    }

    [Fact]
    public void A_labelled_name_is_trusted_less_than_a_name_the_rules_read()
    {
        var officials = ForeignHeads.SelectMany(t => WithLabeller(ExtractionOptions.Default).Extract(t).Officials).ToList();
        double rules = officials.First(o => o.Name == "Nông Đức Mạnh").Confidence;
        var labelled = officials.Where(o => ForeignTitles.ContainsKey(o.Name)).ToList();
        labelled.Should().NotBeEmpty();
        labelled.Should().OnlyContain(o => o.Confidence < rules && o.Confidence >= 0.5);
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
