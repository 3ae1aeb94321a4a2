using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Records;

namespace Extraction.Cli.Batch;

/// <summary>
/// What became of one document: its article (or, for <c>clean</c>, its cleaned text), or an error; and its JSON line as
/// UTF-8, made by the worker.
/// </summary>
/// <param name="Sequence">The document's ordinal among this run's documents (the same on every run with the same inputs and shard).</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Article">The article, or null for an error or a document that was only cleaned.</param>
/// <param name="ErrorKind">The error kind (<c>notText</c>, <c>timeout</c> …), or null.</param>
/// <param name="ErrorMessage">The error message, or null.</param>
/// <param name="JsonUtf8">
/// The JSON line as UTF-8 (without its line break), serialised on the worker thread so the writer only copies bytes;
/// null for an article when the sink does not write JSON (CSV, SQL).
/// </param>
internal sealed record Outcome(long Sequence, Source Source, Article? Article, string? ErrorKind, string? ErrorMessage, byte[]? JsonUtf8)
{
    public bool IsError => ErrorKind is not null;

    /// <summary>The JSON line as a string (made on demand: the <c>--errors</c> file and tests read it).</summary>
    public string JsonLine => JsonUtf8 is { } utf8 ? Encoding.UTF8.GetString(utf8) : RecordJson.Serialize(Article!);

    private static readonly JsonWriterOptions ErrorJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="sequence">The document's ordinal.</param>
    /// <param name="article">The article.</param>
    /// <param name="json">Serialise the JSON line now (true for a JSON Lines sink).</param>
    public static Outcome Success(long sequence, Article article, bool json = true) =>
        new(sequence, article.Source, article, null, null, json ? JsonSerializer.SerializeToUtf8Bytes(article, RecordJson.Options) : null);

    /// <summary>A document the <c>clean</c> verb read: its line is <paramref name="jsonUtf8"/>.</summary>
    public static Outcome Cleaned(long sequence, Source source, byte[] jsonUtf8) => new(sequence, source, null, null, null, jsonUtf8);

    public static Outcome Error(long sequence, Source source, string kind, string message) =>
        new(sequence, source, null, kind, message, ErrorLineUtf8(source, kind, message));

    /// <summary><c>{"source":{"path","url","sha256"},"error":{"kind","message"}}</c>.</summary>
    public static string ErrorLine(Source source, string kind, string message) => Encoding.UTF8.GetString(ErrorLineUtf8(source, kind, message));

    private static byte[] ErrorLineUtf8(Source source, string kind, string message)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, ErrorJson))
        {
            json.WriteStartObject();
            WriteSource(json, source);
            json.WriteStartObject("error");
            json.WriteString("kind", kind);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>"source":{"path","url","sha256"}</c>, as every line the batch writes starts.</summary>
    internal static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject("source");
        json.WriteString("path", source.Path);
        json.WriteString("url", source.Url);
        json.WriteString("sha256", source.Sha256);
        json.WriteEndObject();
    }
}
