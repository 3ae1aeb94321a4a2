using System.Globalization;
using System.Text;
using System.Text.Json;
using Extraction.Pipeline;

namespace Extraction.Cli.Sources;

/// <summary>
/// Scraped pages as JSON: one object per line (<c>.jsonl</c>), a sequence of objects (<c>.json</c>), or a
/// JSON array of objects (as Scrapy's feed export writes). Each object has <c>html</c> or <c>text</c>
/// and an optional <c>url</c>; its document is the UTF-8 bytes of that field, keyed <c>file#N</c> (N from 1: the
/// line, or the value in the file).
/// </summary>
internal static class JsonPagesReader
{
    public static IEnumerable<DocumentRef> Read(string path, Stream file, long maxBytes)
    {
        using (file)
        {
            var reader = new ByteReader(file);
            int first = -1;
            Span<byte> one = stackalloc byte[1];
            while (reader.Read(one) == 1)
            {
                if (!char.IsWhiteSpace((char)one[0]))
                {
                    first = one[0];
                    reader.Unread(one);
                    break;
                }
            }

            bool isJson = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            if (first == '[' || (isJson && first >= 0))
            {
                // A JSON array of pages, or (.json) a sequence of objects, pretty-printed or not.
                foreach (var item in ReadValues(path, reader, maxBytes, topLevelValues: first != '['))
                {
                    yield return item;
                }

                yield break;
            }

            int number = 0;
            // A line may hold a document of maxBytes plus its JSON escaping and other fields.
            int maxLine = (int)Math.Min(int.MaxValue - 64, (maxBytes * 2) + 65536);
            while (true)
            {
                byte[]? line;
                bool tooLong;
                string? fault = null;
                try
                {
                    line = reader.ReadLine(maxLine, out tooLong);
                }
                catch (Exception e) when (e is IOException or InvalidDataException)
                {
                    line = null;
                    tooLong = false;
                    fault = e.Message;
                }

                if (fault is not null)
                {
                    string at = $"{path}#{number + 1}";
                    yield return new DocumentRef(at, () => BoundedReader.Unreadable(at, "The file cannot be read further: " + fault));
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                number++;
                if (!tooLong && line.AsSpan().Trim(" \t\r"u8).IsEmpty)
                {
                    continue;
                }

                string key = $"{path}#{number.ToString(CultureInfo.InvariantCulture)}";
                yield return tooLong
                    ? new DocumentRef(key, () => new SourceDocument(key, null, null, ReadOnlyMemory<byte>.Empty, ArticleExtractor.Sha256Hex(ReadOnlySpan<byte>.Empty),
                        new DocumentFault("tooLarge", $"The JSON line is longer than {maxLine:N0} bytes.")))
                    : new DocumentRef(key, () => FromJson(key, line, maxBytes));
            }
        }
    }

    private static IEnumerable<DocumentRef> ReadValues(string path, ByteReader reader, long maxBytes, bool topLevelValues)
    {
        using var stream = new ByteReaderStream(reader);
        using var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, topLevelValues).ToBlockingEnumerable().GetEnumerator();
        int number = 0;
        while (true)
        {
            JsonElement element;
            string? fault = null;
            try
            {
                if (!items.MoveNext())
                {
                    yield break;
                }

                element = items.Current;
            }
            catch (JsonException e)
            {
                element = default;
                fault = e.Message;
            }

            number++;
            string key = $"{path}#{number.ToString(CultureInfo.InvariantCulture)}";
            if (fault is not null)
            {
                yield return new DocumentRef(key, () => BoundedReader.Unreadable(key, "The JSON array cannot be read further: " + fault));
                yield break;
            }

            var captured = element;
            yield return new DocumentRef(key, () => FromElement(key, captured, maxBytes));
        }
    }

    private static SourceDocument? FromJson(string key, byte[] line, long maxBytes)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return FromElement(key, json.RootElement, maxBytes);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or a string that is not valid UTF-8.
            return BoundedReader.Unreadable(key, "The line is not a valid JSON object: " + e.Message);
        }
    }

    private static SourceDocument? FromElement(string key, JsonElement element, long maxBytes)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return BoundedReader.Unreadable(key, "The JSON value is not an object.");
        }

        string? url = element.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        string? contentType;
        string? text;
        if (element.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String)
        {
            text = html.GetString();
            contentType = "text/html; charset=utf-8";
        }
        else if (element.TryGetProperty("text", out var plain) && plain.ValueKind == JsonValueKind.String)
        {
            text = plain.GetString();
            contentType = "text/plain; charset=utf-8";
        }
        else if (element.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object)
        {
            // A record or error line that extract itself wrote (its output left in the folder it reads): not a page.
            return null;
        }
        else
        {
            return BoundedReader.Unreadable(key, "The JSON object has no 'html' or 'text' string.", url);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text ?? "");
        string sha = ArticleExtractor.Sha256Hex(bytes);
        return bytes.Length > maxBytes
            ? new SourceDocument(key, url, contentType, ReadOnlyMemory<byte>.Empty, sha, new DocumentFault("tooLarge", $"The document has {bytes.Length:N0} bytes, more than the limit of {maxBytes:N0}."))
            : new SourceDocument(key, url, contentType, bytes, sha);
    }

    /// <summary>A read-only stream over a <see cref="ByteReader"/> (so bytes peeked at can be given back).</summary>
    private sealed class ByteReaderStream(ByteReader reader) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => reader.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => reader.Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer) => reader.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
