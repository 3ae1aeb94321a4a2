using System.Text.Json.Nodes;
using Extraction.Pipeline;

namespace Extraction.Tests.Fuzz;

/// <summary>
/// Scraped excerpts stop anywhere: after a comma, inside a bracket, after a dash. Every prefix of the variant sets' texts
/// (invented news sentences with the lists, brackets and title chains real news has), cut after each mark of punctuation,
/// is read without an exception: a rule that looks one token past a mark must find the text's end there. So is every prefix
/// cut after the word that follows a mark, since a rule may look two tokens past it ("… cho tỉnh A - B" once failed). Such
/// reads once failed whole outside pages (a title chain ending in "…, Bí thư Đảng ủy phường X," and a breakdown ending in
/// "…, Bệnh viện C (").
/// </summary>
public sealed class TruncationTests
{
    private const string CutAfter = "(,;:-–\"“/";

    [Fact]
    public void Every_prefix_cut_after_punctuation_or_the_word_after_it_is_read_without_an_exception()
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

                int afterWord = EndOfNextWord(text, i + 1);
                foreach (int end in afterWord > i + 1 ? [i + 1, afterWord] : new[] { i + 1 })
                {
                    string prefix = text[..end];
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
        }

        prefixes.Should().BeGreaterThan(10_000, "the variant sets hold thousands of marks to cut after");
        failures.Should().BeEmpty();
    }

    /// <summary>Where the word after <paramref name="from"/> (past its spaces) ends; <paramref name="from"/> itself when none follows.</summary>
    private static int EndOfNextWord(string text, int from)
    {
        int end = from;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        int start = end;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end > start ? end : from;
    }

    private static IEnumerable<string> VariantTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Variants"), "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            .Select(node => (string?)node?["text"])
            .OfType<string>();
}
