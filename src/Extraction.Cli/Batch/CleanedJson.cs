using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Documents;
using Extraction.Records;

namespace Extraction.Cli.Batch;

/// <summary>
/// The <c>clean</c> verb's JSON line: <c>{"source":{"path","url","sha256"},"title","publishedAt","author","paragraphs",
/// "sections","text","warnings"}</c>. <c>paragraphs</c> are in reading order with image captions in their place,
/// <c>sections</c> names the section of each (<c>headline</c>, <c>lead</c>, <c>body</c>, <c>caption</c>), and <c>text</c>
/// joins the paragraphs that are not captions: what main-content extraction is scored on.
/// </summary>
internal static class CleanedJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>The line as UTF-8, without its line break.</summary>
    public static byte[] ToUtf8(Source source, CleanedArticle article)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (article.Text.Length * 2));
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            Outcome.WriteSource(w, source);
            w.WriteString("title", article.Title);
            if (article.PublishedAt is DateOnly date)
            {
                w.WriteString("publishedAt", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("publishedAt");
            }

            w.WriteString("author", article.Author);
            w.WriteStartArray("paragraphs");
            foreach (string paragraph in article.Paragraphs)
            {
                w.WriteStringValue(paragraph);
            }

            w.WriteEndArray();
            // Parallel to "paragraphs", so a consumer that reads only the strings is unaffected.
            w.WriteStartArray("sections");
            foreach (var section in article.Sections)
            {
                w.WriteStringValue(SectionName(section));
            }

            w.WriteEndArray();
            w.WriteString("text", article.TextOf(ArticleSection.Headline, ArticleSection.Lead, ArticleSection.Body));
            w.WriteStartArray("warnings");
            foreach (string warning in article.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The JSON name of a section: <c>headline</c>, <c>lead</c>, <c>body</c>, <c>caption</c>.</summary>
    private static string SectionName(ArticleSection section) => section switch
    {
        ArticleSection.Headline => "headline",
        ArticleSection.Lead => "lead",
        ArticleSection.Caption => "caption",
        _ => "body",
    };
}
