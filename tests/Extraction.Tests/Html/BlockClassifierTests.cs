using System.IO.Compression;
using System.Text.Json;
using Extraction.Html;

namespace Extraction.Tests.Html;

/// <summary>The learned block classifier: shipped model, file round trip, deterministic training, held-out score.</summary>
public sealed class BlockClassifierTests
{
    [Fact]
    public void Shipped_model_loads_and_is_used_by_default()
    {
        var model = BlockClassifier.Default;
        model.Should().NotBeNull();
        model!.Header.FeatureSetId.Should().Be(BlockClassifier.FeatureSetId);
        model.Header.Labels.Should().Equal("other", "body");
        HtmlCleanerOptions.Default.BlockClassifier.Should().BeSameAs(model);
    }

    [Fact]
    public void Training_is_deterministic_and_the_file_round_trips()
    {
        var pages = CorpusPages();
        byte[] first = Save(BlockClassifierTrainer.Train(pages, epochs: 3, seed: 7));
        byte[] second = Save(BlockClassifierTrainer.Train(pages, epochs: 3, seed: 7));
        second.Should().Equal(first);
        var loaded = BlockClassifier.Load(new MemoryStream(first));
        Save(loaded).Should().Equal(first);
    }

    [Fact]
    public void A_model_file_of_another_feature_set_is_refused()
    {
        var model = BlockClassifier.Default!;
        var bytes = Save(model);
        bytes[10] ^= 0x20; // inside the feature-set id
        var act = () => BlockClassifier.Load(new MemoryStream(bytes));
        act.Should().Throw<InvalidDataException>();
    }

    /// <summary>Trained on the even positions (ordinal id order) of the benchmark: on the odd ones it must not lose to the rules.</summary>
    [SharedBenchFact]
    public void On_the_held_out_half_the_model_does_not_lose_to_the_rules()
    {
        string bench = Path.Combine(TestPaths.Shared!, "bench", "article-extraction");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(bench, "ground-truth.json")));
        var ids = truth.RootElement.EnumerateObject().Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var heldOut = new List<BenchmarkPage>();
        for (int i = 1; i < ids.Count; i += 2)
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(bench, "html", ids[i] + ".html.gz")), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            heldOut.Add(new BenchmarkPage(ids[i], buffer.ToArray(), truth.RootElement.GetProperty(ids[i]).GetProperty("articleBody").GetString() ?? ""));
        }

        var rules = BlockClassifierTrainer.Score(new HtmlCleaner(HtmlCleanerOptions.Default with { BlockClassifier = null }), heldOut);
        var learned = BlockClassifierTrainer.Score(HtmlCleaner.Default, heldOut);
        learned.F1.Should().BeGreaterThanOrEqualTo(rules.F1);
        learned.F1.Should().BeGreaterThanOrEqualTo(0.970);
    }

    private static byte[] Save(BlockClassifier model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static List<BenchmarkPage> CorpusPages()
    {
        var pages = new List<BenchmarkPage>();
        foreach (string file in Directory.GetFiles(TestPaths.Corpus, "*.html").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(file, ".expected.json")));
            string body = string.Join("\n\n", expected.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
            pages.Add(new BenchmarkPage(Path.GetFileName(file), File.ReadAllBytes(file), body));
        }

        return pages;
    }
}
