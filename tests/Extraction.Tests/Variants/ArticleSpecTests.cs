using System.Text.Json.Nodes;
using Extraction.Evaluation;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Tests.Variants;

/// <summary>
/// Whole scraped articles (<c>articles*.json</c>): the metadata (title, date, byline, period) and, for every
/// fact type a case lists, exactly the records it lists — matched as in <see cref="VariantSpecTests"/>.
/// </summary>
public sealed class ArticleSpecTests
{
    private static readonly string[] FactTypes = ["admissions", "disciplines", "awards", "officials"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var node in Load())
        {
            data.Add((string)node!["id"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_articles_metadata_and_exactly_its_facts(string id)
    {
        var spec = Load().Single(c => (string)c!["id"]! == id)!.AsObject();
        var expected = spec["expected"]!.AsObject();
        var article = JsonNode.Parse(RecordJson.Serialize(ArticleExtractor.Default.Extract((string)spec["text"]!)))!.AsObject();

        foreach (string field in new[] { "title", "publishedAt", "author" })
        {
            if (expected.ContainsKey(field))
            {
                RecordScorer.Fold((string?)article[field]).Should().Be(RecordScorer.Fold((string?)expected[field]), $"{id} {field} ({spec["note"]})");
            }
        }

        if (expected.ContainsKey("period"))
        {
            ((int?)article["period"]).Should().Be((int?)expected["period"], $"{id} period ({spec["note"]})");
        }

        foreach (string kind in FactTypes.Where(expected.ContainsKey))
        {
            var actual = (article[kind]?.AsArray() ?? []).Select(n => n!.AsObject()).ToList();
            var unmatched = new List<JsonObject>(actual);
            foreach (var want in expected[kind]!.AsArray().Select(n => n!.AsObject()))
            {
                var hit = unmatched.FirstOrDefault(have => VariantSpecTests.Matches(kind, want, have));
                hit.Should().NotBeNull($"{id} should yield {kind} {want.ToJsonString()}; it yielded {VariantSpecTests.Show(actual)}");
                unmatched.Remove(hit!);
            }

            unmatched.Should().BeEmpty($"{id} should yield no more {kind} than listed");
        }
    }

    private static IEnumerable<JsonNode?> Load() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Variants"), "articles*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!.AsArray());
}
