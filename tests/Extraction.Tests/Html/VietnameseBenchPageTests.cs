using System.IO.Compression;
using System.Text.Json;
using Extraction.Html;

namespace Extraction.Tests.Html;

/// <summary>The real Vietnamese page of ../shared/bench/vi-html (VnExpress, 2025): text, title and date.</summary>
public sealed class VietnameseBenchPageTests
{
    [VietnameseBenchFact]
    public void VnExpress_page_cleans_to_its_article()
    {
        string bench = Path.Combine(TestPaths.Shared!, "bench", "vi-html");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(bench, "ground-truth.json")));
        var expected = truth.RootElement.GetProperty("VnExpress_2025_10_22");
        using var gz = new GZipStream(File.OpenRead(Path.Combine(bench, "html", "VnExpress_2025_10_22.html.gz")), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        var page = new BenchmarkPage("VnExpress_2025_10_22", buffer.ToArray(), expected.GetProperty("articleBody").GetString()!);

        var article = HtmlCleaner.Default.Clean(page.Html);
        var score = BlockClassifierTrainer.Score(HtmlCleaner.Default, [page]);

        score.Precision.Should().BeGreaterThanOrEqualTo(0.98);
        score.F1.Should().BeGreaterThanOrEqualTo(0.96, $"recall {score.Recall:F3}");
        article.Title.Should().Be(expected.GetProperty("title").GetString());
        article.PublishedAt.Should().Be(new DateOnly(2025, 10, 22));
        article.Paragraphs[0].Should().StartWith("Người đàn ông 63 tuổi đau bụng kéo dài");
        // The page's <meta name="author"> is the site ("VnExpress"); the closing byline names the writer.
        article.Author.Should().Be(expected.GetProperty("authors")[0].GetString());
    }
}

/// <summary>A fact that is skipped, with the reason, when ../shared/bench/vi-html is absent.</summary>
public sealed class VietnameseBenchFactAttribute : FactAttribute
{
    public VietnameseBenchFactAttribute()
    {
        if (TestPaths.Shared is null || !Directory.Exists(Path.Combine(TestPaths.Shared, "bench", "vi-html", "html")))
        {
            Skip = "../shared/bench/vi-html is not present on this machine";
        }
    }
}
