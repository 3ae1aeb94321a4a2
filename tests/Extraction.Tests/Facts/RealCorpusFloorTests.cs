using System.Text.Json.Nodes;
using Extraction.Evaluation;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Tests.Facts;

/// <summary>
/// The fact rules on real news: the library runs over the train split of the real corpus
/// (<c>../shared/data/vi-news-real</c>, read at run time, never copied) and must keep each fact type's F1
/// (scored as <c>score_records.py</c> does) above a floor a little below what the rules reach, so that a rule
/// change that loses real facts fails here. The dev split is not read.
/// </summary>
public sealed class RealCorpusFloorTests
{
    /// <summary>Floors per fact type; reached on train when written: admissions 0.867, disciplines 0.952, awards 0.882.</summary>
    [RealCorpusTheory]
    [InlineData("admissions", 0.80)]
    [InlineData("disciplines", 0.90)]
    [InlineData("awards", 0.82)]
    public void Train_split_facts_stay_above_their_floor(string kind, double floor)
    {
        var report = ScoreTrain();
        report.F1Of(kind).Should().BeGreaterThanOrEqualTo(floor, $"{kind} on the real train split fell below its floor:\n{report.Format()}");
    }

    private static readonly Lazy<ScoreReport> Train = new(() =>
    {
        string corpus = RealCorpus.Root!;
        var ids = JsonNode.Parse(File.ReadAllText(Path.Combine(corpus, "split.json")))!["train"]!.AsArray().Select(n => (string)n!).ToList();
        var gold = ids.Select(id => (id, JsonNode.Parse(File.ReadAllText(Path.Combine(corpus, "gold", id + ".json")))!.AsObject())).ToList();
        var predictions = ids.ToDictionary(id => id, id => Predict(Path.Combine(corpus, "texts", id + ".txt")), StringComparer.Ordinal);
        return RecordScorer.Score(gold, predictions, verbose: true);
    });

    private static ScoreReport ScoreTrain() => Train.Value;

    /// <summary>The article's records; an article the library fails on scores as no facts, as the command line reports it.</summary>
    private static JsonObject Predict(string path)
    {
        try
        {
            return JsonNode.Parse(RecordJson.Serialize(ArticleExtractor.Default.Extract(File.ReadAllText(path))))!.AsObject();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return new JsonObject();
        }
    }
}

/// <summary>Locates the real news corpus in the team's read-only <c>../shared</c> folder next to the repository.</summary>
internal static class RealCorpus
{
    public static readonly string? Root = Find();

    private static string? Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "vi-news-real"));
                return File.Exists(Path.Combine(corpus, "split.json")) ? corpus : null;
            }
        }

        return null;
    }
}

/// <summary>A theory that is skipped, with a reason, when the real news corpus is absent.</summary>
public sealed class RealCorpusTheoryAttribute : TheoryAttribute
{
    public RealCorpusTheoryAttribute()
    {
        if (RealCorpus.Root is null)
        {
            Skip = "needs ../shared/data/vi-news-real (the real news corpus), absent in this checkout";
        }
    }
}
