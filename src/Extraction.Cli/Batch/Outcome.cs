using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Records;

namespace Extraction.Cli.Batch;

/// <summary>What became of one document: its article, or an error; and its JSON line, made by the worker.</summary>
/// <param name="Sequence">The document's ordinal among this run's documents (the same on every run with the same inputs and shard).</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Article">The article, or null for an error.</param>
/// <param name="ErrorKind">The error kind (<c>notText</c>, <c>timeout</c> …), or null.</param>
/// <param name="ErrorMessage">The error message, or null.</param>
/// <param name="JsonLine">The JSON line (without its line break).</param>
internal sealed record Outcome(long Sequence, Source Source, Article? Article, string? ErrorKind, string? ErrorMessage, string JsonLine)
{
    public bool IsError => Article is null;

    private static readonly JsonWriterOptions ErrorJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Outcome Success(long sequence, Article article) =>
        new(sequence, article.Source, article, null, null, RecordJson.Serialize(article));

    public static Outcome Error(long sequence, Source source, string kind, string message) =>
        new(sequence, source, null, kind, message, ErrorLine(source, kind, message));

    /// <summary><c>{"source":{"path","url","sha256"},"error":{"kind","message"}}</c>.</summary>
    public static string ErrorLine(Source source, string kind, string message)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ErrorJson))
        {
            json.WriteStartObject();
            json.WriteStartObject("source");
            json.WriteString("path", source.Path);
            json.WriteString("url", source.Url);
            json.WriteString("sha256", source.Sha256);
            json.WriteEndObject();
            json.WriteStartObject("error");
            json.WriteString("kind", kind);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
