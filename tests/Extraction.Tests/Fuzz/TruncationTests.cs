using System.Text.Json.Nodes;
using Extraction.Pipeline;

namespace Extraction.Tests.Fuzz;

/// <summary>
/// Scraped excerpts stop anywhere: after a comma, inside a bracket, after a dash. Every prefix of the variant sets' texts
/// (invented news sentences with the lists, brackets and title chains real news has), cut after each mark of punctuation,
/// is read without an exception: a rule that looks one token past a mark must find the text's end there. Two such reads
/// once failed whole outside pages (a title chain ending in "…, Bí thư Đảng ủy phường X," and a breakdown ending in
/// "…, Bệnh viện C (").
/// </summary>
public sealed class TruncationTests
{
    private const string CutAfter = "(,;:-–\"“/";

    [Fact]
    public void Every_prefix_cut_after_punctuation_is_read_without_an_exception()
    {
        var extractor = ArticleExtractor.Default;
        var failures = new List<string>();
        int prefixes = 0;
        foreach (string text in VariantTexts())
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (CutAfter.IndexOf(text[i]) < 0)
                {
                    continue;
                }

                string prefix = text[..(i + 1)];
                prefixes++;
                try
                {
                    extractor.Extract(prefix);
                }
                catch (ExtractionException)
                {
                    // An empty or unreadable document is a clear outcome, not a failure.
                }
                catch (Exception e)
                {
                    failures.Add($"{e.GetType().Name} at …{prefix[Math.Max(0, prefix.Length - 60)..]}");
                }
            }
        }

        prefixes.Should().BeGreaterThan(5_000, "the variant sets hold thousands of marks to cut after");
        failures.Should().BeEmpty();
    }

    private static IEnumerable<string> VariantTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Variants"), "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            .Select(node => (string?)node?["text"])
            .OfType<string>();
}
