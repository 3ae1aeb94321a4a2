using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Documents;
using Extraction.Html;

namespace Extraction.Tests.Html;

/// <summary>
/// The main-content gate: F1 over the 181 pages of the article-extraction benchmark, scored as
/// ../shared/bench/score_extraction.py does (token 4-gram shingles, per-page precision and
/// recall averaged, F1 of the averages).
/// </summary>
public sealed partial class BenchmarkGateTests
{
    private const double Gate = 0.950;

    [SharedBenchFact]
    public void F1_on_the_article_extraction_benchmark_meets_the_gate()
    {
        string bench = Path.Combine(TestPaths.Shared!, "bench", "article-extraction");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(bench, "ground-truth.json")));
        double precisionSum = 0, recallSum = 0;
        int pages = 0;
        var session = HtmlCleaner.Default.CreateSession();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            string file = Path.Combine(bench, "html", entry.Name + ".html.gz");
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            // The benchmark's article bodies leave image captions out, as the clean verb's "text" does.
            string predicted = session.Clean(buffer.ToArray()).TextOf(ArticleSection.Headline, ArticleSection.Lead, ArticleSection.Body);
            var (p, r) = Score(entry.Value.GetProperty("articleBody").GetString() ?? "", predicted);
            precisionSum += p;
            recallSum += r;
            pages++;
        }

        double precision = precisionSum / pages, recall = recallSum / pages;
        double f1 = 2 * precision * recall / (precision + recall);
        pages.Should().Be(181);
        f1.Should().BeGreaterThanOrEqualTo(Gate, $"precision {precision:F3}, recall {recall:F3}");
    }

    // Per page: TP/FP/FN over 4-gram shingle multisets, normalised to sum to 1.
    private static (double Precision, double Recall) Score(string expected, string predicted)
    {
        var e = Shingles(expected);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in p)
        {
            int match = Math.Min(count, e.GetValueOrDefault(key));
            tp += match;
            fp += count - match;
        }

        foreach (var (key, count) in e)
        {
            fn += count - Math.Min(count, p.GetValueOrDefault(key));
        }

        double total = tp + fp + fn;
        if (total == 0)
        {
            return (1, 1);
        }

        (tp, fp, fn) = (tp / total, fp / total, fn / total);
        double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        return (precision, recall);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return result;
        }

        if (tokens.Count <= 4)
        {
            result[string.Join('\u0001', tokens)] = 1;
            return result;
        }

        for (int i = 0; i + 4 <= tokens.Count; i++)
        {
            string key = string.Join('\u0001', tokens.GetRange(i, 4));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    [GeneratedRegex(@"\w+", RegexOptions.NonBacktracking)]
    private static partial Regex Word();
}
