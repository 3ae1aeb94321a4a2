using System.Globalization;
using System.IO.Compression;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Cli.Sources;

/// <summary>
/// A streaming reader of WARC 1.0/1.1 files (plain, or gzip with one member per record — GZipStream reads
/// concatenated members): each <c>response</c> record whose HTTP payload is HTML becomes a document keyed
/// <c>file#WARC-Record-ID</c>. Records are read one at a time; a record whose Content-Length lies is reported
/// as an error and the reader resynchronises on the next <c>WARC/1.x</c> line.
/// </summary>
internal static class WarcReader
{
    private const int MaxHeaderLine = 64 * 1024;

    /// <summary>Slack over the document limit allowed for the HTTP headers inside a record.</summary>
    private const int HeaderAllowance = 64 * 1024;

    public static IEnumerable<DocumentRef> Read(string path, Stream file, long maxBytes)
    {
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var owned = stream;
        var reader = new ByteReader(stream);
        int ordinal = 0;
        while (true)
        {
            WarcHeader? header;
            string? fault;
            (header, fault) = NextHeader(reader);
            if (fault is not null)
            {
                yield return new DocumentRef($"{path}#{ordinal}", () => BoundedReader.Unreadable($"{path}#{ordinal}", fault));
                yield break;
            }

            if (header is null)
            {
                yield break;
            }

            ordinal++;
            if (!header.Type.Equals("response", StringComparison.OrdinalIgnoreCase))
            {
                SkipBlock(reader, header.ContentLength);
                continue;
            }

            string key = $"{path}#{header.RecordId ?? ordinal.ToString(CultureInfo.InvariantCulture)}";
            bool consumed = false;
            yield return new DocumentRef(key, () =>
            {
                consumed = true;
                return ReadResponse(reader, header, key, maxBytes);
            });
            if (!consumed)
            {
                SkipBlock(reader, header.ContentLength);
            }
        }
    }

    private sealed record WarcHeader(string Type, string? RecordId, string? TargetUri, DateTimeOffset? Date, long ContentLength);

    private static (WarcHeader? Header, string? Fault) NextHeader(ByteReader reader)
    {
        try
        {
            byte[]? line;
            // Find the version line, skipping blank lines and (after a damaged record) anything else.
            while (true)
            {
                line = reader.ReadLine(MaxHeaderLine, out _);
                if (line is null)
                {
                    return (null, null);
                }

                if (line.AsSpan().StartsWith("WARC/1."u8))
                {
                    break;
                }
            }

            string type = "";
            string? id = null, uri = null;
            DateTimeOffset? date = null;
            long length = -1;
            while ((line = reader.ReadLine(MaxHeaderLine, out _)) is { Length: > 0 })
            {
                string text = Encoding.UTF8.GetString(line);
                int colon = text.IndexOf(':');
                if (colon <= 0)
                {
                    continue;
                }

                string name = text[..colon].Trim();
                string value = text[(colon + 1)..].Trim();
                switch (name.ToLowerInvariant())
                {
                    case "warc-type": type = value; break;
                    case "warc-record-id": id = value.Trim('<', '>'); break;
                    case "warc-target-uri": uri = value.Trim('<', '>'); break;
                    case "warc-date": date = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null; break;
                    case "content-length": length = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long l) ? l : -1; break;
                }
            }

            if (line is null)
            {
                return (null, "The WARC file ends inside a record header.");
            }

            return length < 0
                ? (null, "A WARC record has no valid Content-Length.")
                : (new WarcHeader(type, id, uri, date, length), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return (null, "The WARC file cannot be read further: " + e.Message);
        }
    }

    private static void SkipBlock(ByteReader reader, long length)
    {
        try
        {
            reader.Skip(length);
            // The record ends with CRLF CRLF; anything else is left to the resynchronising header search.
            Span<byte> end = stackalloc byte[4];
            int n = reader.Read(end);
            if (!end[..n].SequenceEqual("\r\n\r\n"u8))
            {
                reader.Unread(end[..n]);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // The next header search meets the same failure and reports it.
        }
    }

    private static SourceDocument? ReadResponse(ByteReader reader, WarcHeader header, string key, long maxBytes)
    {
        if (header.ContentLength > maxBytes + HeaderAllowance)
        {
            var skipped = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            try
            {
                reader.Skip(header.ContentLength, span => skipped.AppendData(span));
                SkipBlock(reader, 0);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                return BoundedReader.Unreadable(key, e.Message, header.TargetUri);
            }

            return new SourceDocument(key, header.TargetUri, null, ReadOnlyMemory<byte>.Empty, Convert.ToHexStringLower(skipped.GetHashAndReset()),
                new DocumentFault("tooLarge", $"The record has {header.ContentLength:N0} bytes, more than the limit of {maxBytes:N0}."));
        }

        // A pooled array: HttpResponse.Parse keeps it as the document's bytes or gives it back.
        int blockLength = (int)header.ContentLength;
        var block = SourceDocument.Rent(blockLength);
        int got;
        Span<byte> end = stackalloc byte[4];
        int endLength;
        try
        {
            got = reader.Read(block.AsSpan(0, blockLength));
            endLength = reader.Read(end);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            SourceDocument.Return(block);
            return BoundedReader.Unreadable(key, "The WARC file cannot be read further: " + e.Message, header.TargetUri);
        }

        if (got < blockLength || !end[..endLength].SequenceEqual("\r\n\r\n"u8))
        {
            // Content-Length lied: give the bytes back and let the header search find the next record.
            reader.Unread(end[..endLength]);
            reader.Unread(block.AsSpan(0, got));
            SourceDocument.Return(block);
            return new SourceDocument(key, header.TargetUri, null, ReadOnlyMemory<byte>.Empty, ArticleExtractor.Sha256Hex(ReadOnlySpan<byte>.Empty),
                new DocumentFault("unreadable", $"The WARC record's Content-Length ({header.ContentLength:N0}) does not match its content."));
        }

        return HttpResponse.Parse(block, blockLength, key, header.TargetUri, header.Date, maxBytes);
    }
}
