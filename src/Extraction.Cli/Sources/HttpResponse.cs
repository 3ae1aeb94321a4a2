using System.Globalization;
using System.IO.Compression;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Cli.Sources;

/// <summary>The HTTP response inside a WARC <c>response</c> record: status, Content-Type (with charset), Date, body.</summary>
internal static class HttpResponse
{
    /// <summary>
    /// The document in the response, or null when it is not a successful HTML response. <paramref name="block"/> holds
    /// the record's <paramref name="length"/> bytes in a pooled array: a plain body stays in it (the document owns the
    /// array from then on, see <see cref="SourceDocument.Pooled"/>); otherwise the array is given back here.
    /// </summary>
    public static SourceDocument? Parse(byte[] block, int length, string key, string? url, DateTimeOffset? warcDate, long maxBytes)
    {
        var document = ParseCore(block, length, key, url, warcDate, maxBytes);
        if (document?.Pooled != block)
        {
            SourceDocument.Return(block);
        }

        return document;
    }

    private static SourceDocument? ParseCore(byte[] array, int length, string key, string? url, DateTimeOffset? warcDate, long maxBytes)
    {
        var block = array.AsSpan(0, length);
        int headerEnd = block.IndexOf("\r\n\r\n"u8);
        int bodyStart = headerEnd < 0 ? -1 : headerEnd + 4;
        if (headerEnd < 0)
        {
            headerEnd = block.IndexOf("\n\n"u8);
            bodyStart = headerEnd < 0 ? -1 : headerEnd + 2;
        }

        if (headerEnd < 0 || !block.StartsWith("HTTP/"u8))
        {
            return BoundedReader.Unreadable(key, "The WARC response record holds no HTTP response.", url);
        }

        string[] lines = Encoding.Latin1.GetString(block[..headerEnd]).Split('\n', StringSplitOptions.TrimEntries);
        string[] status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code) || code is < 200 or >= 300)
        {
            return null;
        }

        string? contentType = null, transfer = null, encoding = null;
        DateTimeOffset? date = warcDate;
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            string value = line[(colon + 1)..].Trim();
            switch (line[..colon].Trim().ToLowerInvariant())
            {
                case "content-type": contentType = value; break;
                case "transfer-encoding": transfer = value.ToLowerInvariant(); break;
                case "content-encoding": encoding = value.ToLowerInvariant(); break;
                case "date" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d): date = d; break;
            }
        }

        if (contentType is not null && !contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = array.AsMemory(bodyStart, length - bodyStart);
        bool inBlock = true;
        try
        {
            if (transfer is not null && transfer.Contains("chunked", StringComparison.Ordinal))
            {
                body = Dechunk(body.Span);
                inBlock = false;
            }

            if (encoding is "gzip" or "x-gzip" or "deflate" or "br")
            {
                using var input = new MemoryStream(body.ToArray());
                using Stream decoded = encoding switch
                {
                    "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                    "br" => new BrotliStream(input, CompressionMode.Decompress),
                    _ => new GZipStream(input, CompressionMode.Decompress),
                };
                return BoundedReader.Read(key, url, contentType, maxBytes, () => decoded) with { Date = date };
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            return BoundedReader.Unreadable(key, "The HTTP body cannot be decoded: " + e.Message, url);
        }

        if (body.Length > maxBytes)
        {
            return new SourceDocument(key, url, contentType, ReadOnlyMemory<byte>.Empty, ArticleExtractor.Sha256Hex(body.Span),
                new DocumentFault("tooLarge", $"The document has {body.Length:N0} bytes, more than the limit of {maxBytes:N0}.")) { Date = date };
        }

        // The hash is left to the worker (SourceDocument.Sha256): the reader thread only unzips and splits records.
        return new SourceDocument(key, url, contentType, body, null) { Date = date, Pooled = inBlock ? array : null };
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream();
        while (true)
        {
            int lf = body.IndexOf((byte)'\n');
            if (lf < 0)
            {
                throw new FormatException("A chunk size line is missing.");
            }

            string sizeText = Encoding.Latin1.GetString(body[..lf]).Split(';')[0].Trim();
            int size = int.Parse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            body = body[(lf + 1)..];
            if (size == 0)
            {
                return output.ToArray();
            }

            if (size > body.Length)
            {
                throw new FormatException("A chunk is longer than the body.");
            }

            output.Write(body[..size]);
            body = body[size..];
            if (body.StartsWith("\r\n"u8))
            {
                body = body[2..];
            }
            else if (body.StartsWith("\n"u8))
            {
                body = body[1..];
            }
        }
    }
}
