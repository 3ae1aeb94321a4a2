using System.Text.Json.Nodes;
using Extraction.Evaluation;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Tests.Variants;

/// <summary>
/// The variant specifications: realistic sentences that are not in the seed articles, each
/// with the records of one type it must yield (or none, for look-alikes). Every field an
/// expected record states must match one extracted record, and there must be no extra records.
/// </summary>
public sealed class VariantSpecTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string kind in new[] { "admissions", "disciplines", "awards", "officials" })
        {
            foreach (var node in Load(kind))
            {
                data.Add(kind, (string)node!["id"]!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_exactly_the_expected_records(string kind, string id)
    {
        var spec = Load(kind).Single(c => (string)c!["id"]! == id)!.AsObject();
        var article = ArticleExtractor.Default.Extract((string)spec["text"]!);
        var actual = JsonNode.Parse(RecordJson.Serialize(article))![kind]!.AsArray().Select(n => n!.AsObject()).ToList();
        var expected = spec["expected"]!.AsArray().Select(n => n!.AsObject()).ToList();

        var unmatched = new List<JsonObject>(actual);
        foreach (var want in expected)
        {
            var hit = unmatched.FirstOrDefault(have => Matches(kind, want, have));
            hit.Should().NotBeNull($"{id} ({spec["note"]}) should yield {want.ToJsonString()}; it yielded {Show(actual)}");
            unmatched.Remove(hit!);
        }

        unmatched.Should().BeEmpty($"{id} ({spec["note"]}) should yield nothing more than {Show(expected)}");
    }

    internal static string Show(IEnumerable<JsonObject> records) =>
        "[" + string.Join(", ", records.Select(r => { var c = r.DeepClone().AsObject(); c.Remove("evidence"); c.Remove("mentions"); return c.ToJsonString(); })) + "]";

    /// <summary>The library's own variant matching, which the fact classifier's trainer labels its candidates with.</summary>
    internal static bool Matches(string kind, JsonObject want, JsonObject have) => RecordScorer.MatchesExpected(kind, want, have);

    /// <summary>All cases of a record type: <c>KIND.json</c> (written first) and <c>KIND.heldout.json</c> (written apart, to measure generality).</summary>
    private static IEnumerable<JsonNode?> Load(string kind) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Variants"), kind + "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!.AsArray());
}
