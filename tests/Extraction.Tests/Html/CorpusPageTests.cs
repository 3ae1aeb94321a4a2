using System.Text.Json;
using Extraction.Documents;
using Extraction.Html;

namespace Extraction.Tests.Html;

/// <summary>Every page of corpus/html cleans to the article text and metadata its .expected.json gives.</summary>
public sealed class CorpusPageTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(TestPaths.Corpus, "*.html").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_cleans_to_expected_article(string name)
    {
        byte[] page = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, name + ".html"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, name + ".expected.json")));
        var root = expected.RootElement;

        var article = HtmlCleaner.Default.Clean(page);

        // The expected paragraphs are the article's text without its captions; the captions stand in their place.
        var paragraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
        article.Paragraphs.Where((_, i) => article.Sections[i] != ArticleSection.Caption).Should().Equal(paragraphs);
        article.Text.Should().Be(string.Join("\n\n", article.Paragraphs));
        article.Title.Should().Be(root.GetProperty("title").GetString());
        article.Author.Should().Be(root.GetProperty("author").GetString());
        string? date = root.GetProperty("publishedAt").GetString();
        article.PublishedAt.Should().Be(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        article.Captions.Should().Equal(root.GetProperty("captions").EnumerateArray().Select(c => c.GetString()!));
        if (root.GetProperty("warning").GetString() is { } warning)
        {
            article.Warnings.Should().Contain(w => w.Contains(warning, StringComparison.Ordinal));
        }
        else
        {
            article.Warnings.Should().NotContain(w => w.StartsWith("encoding", StringComparison.Ordinal));
        }
    }
}
