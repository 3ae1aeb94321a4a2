using System.Diagnostics;
using System.Text.Json.Nodes;
using Extraction.Evaluation;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Tests.Html;

namespace Extraction.Tests.Corpus;

/// <summary>The corpus gate: the seed articles against their hand-written gold records.</summary>
public sealed class SeedCorpusTests
{
    private static string Seeds => Path.Combine(TestPaths.RepositoryRoot, "corpus", "seeds");

    private static string Gold => Path.Combine(TestPaths.RepositoryRoot, "corpus", "gold");

    private static string WritePredictions()
    {
        string path = Path.Combine(Path.GetTempPath(), $"seed-predictions-{Guid.NewGuid():N}.jsonl");
        var lines = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).Select(file =>
        {
            byte[] bytes = File.ReadAllBytes(file);
            var source = new Source($"corpus/seeds/{Path.GetFileName(file)}", null, ArticleExtractor.Sha256Hex(bytes));
            return RecordJson.Serialize(ArticleExtractor.Default.Extract(bytes, source));
        });
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Seeds_score_facts_F1_of_one_against_gold()
    {
        var report = RecordScorer.Score(Gold, WritePredictions(), verbose: true);
        report.F1.Should().Be(1.0, report.Format());
        report.Format().Should().Contain("metadata period: 5/5").And.Contain("metadata author: 5/5").And.Contain("metadata title: 5/5");
    }

    [Fact]
    public void Titles_carry_the_gold_organisations_with_abbreviations_expanded_and_the_district_resolved()
    {
        string predictions = WritePredictions();
        foreach (string line in File.ReadLines(predictions))
        {
            var predicted = JsonNode.Parse(line)!.AsObject();
            string id = Path.GetFileNameWithoutExtension((string)predicted["source"]!["path"]!);
            var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(Gold, id + ".json")))!;
            foreach (var official in gold["officials"]!.AsArray())
            {
                var mine = predicted["officials"]!.AsArray().Single(o => RecordScorer.Fold((string?)o!["name"]) == RecordScorer.Fold((string?)official!["name"]));
                var expected = official!["titles"]!.AsArray().Select(t => $"{t!["position"]} | {t["organization"]}");
                var actual = mine!["titles"]!.AsArray().Select(t => $"{t!["position"]} | {t["organization"]}");
                actual.Should().BeEquivalentTo(expected, $"{id}: {official["name"]}");
                ((bool?)mine["former"] ?? false).Should().Be((bool)official["former"]!);
            }
        }
    }

    [SharedBenchFact]
    public void The_eval_scorer_prints_what_score_records_py_prints()
    {
        string predictions = WritePredictions();
        string script = Path.Combine(TestPaths.Shared!, "bench", "score_records.py");
        var python = Process.Start(new ProcessStartInfo("python3", $"\"{script}\" \"{Gold}\" \"{predictions}\"") { RedirectStandardOutput = true })!;
        string expected = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        RecordScorer.Score(Gold, predictions).Format().Should().Be(expected);
    }
}
