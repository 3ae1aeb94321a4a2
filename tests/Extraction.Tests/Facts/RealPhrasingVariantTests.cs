using System.Text.Json.Nodes;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Tests.Variants;

namespace Extraction.Tests.Facts;

/// <summary>
/// Variants written in the phrasing real news uses (central and provincial discipline decisions naming people,
/// members of mass organisations admitted, named institutions and people receiving honours, look-alikes):
/// <c>Variants/facts.real-phrasing.json</c>, each case with its record type. The texts are invented; every field an
/// expected record states must match one extracted record, and there must be no extra records of that type.
/// </summary>
public sealed class RealPhrasingVariantTests
{
    private const string File = "facts.real-phrasing.json";

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
    public void Extracts_exactly_the_expected_records(string id)
    {
        var spec = Load().Single(c => (string)c!["id"]! == id)!.AsObject();
        string kind = (string)spec["kind"]!;
        var article = ArticleExtractor.Default.Extract((string)spec["text"]!);
        var actual = JsonNode.Parse(RecordJson.Serialize(article))![kind]!.AsArray().Select(n => n!.AsObject()).ToList();
        var expected = spec["expected"]!.AsArray().Select(n => n!.AsObject()).ToList();

        var unmatched = new List<JsonObject>(actual);
        foreach (var want in expected)
        {
            var hit = unmatched.FirstOrDefault(have => VariantSpecTests.Matches(kind, want, have));
            hit.Should().NotBeNull($"{id} ({spec["note"]}) should yield {want.ToJsonString()}; it yielded {VariantSpecTests.Show(actual)}");
            unmatched.Remove(hit!);
        }

        unmatched.Should().BeEmpty($"{id} ({spec["note"]}) should yield nothing more than {VariantSpecTests.Show(expected)}");
    }

    private static JsonArray Load() =>
        JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Variants", File)))!.AsArray();
}
