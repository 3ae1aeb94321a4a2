using System.Security.Cryptography;
using Extraction.Pipeline;

namespace Extraction.Cli.Sources;

/// <summary>Reads a document's stream up to a size limit, hashing every byte, and turns read failures into faults.</summary>
internal static class BoundedReader
{
    /// <summary>Reads <paramref name="open"/>'s stream whole if it holds at most <paramref name="maxBytes"/>; otherwise drains it (hashing) and reports <c>tooLarge</c>.</summary>
    public static SourceDocument Read(string path, string? url, string? contentType, long maxBytes, Func<Stream> open)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = new MemoryStream();
        long total = 0;
        try
        {
            using var stream = open();
            var buffer = new byte[81920];
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, n);
                if (total + n <= maxBytes)
                {
                    kept.Write(buffer, 0, n);
                }

                total += n;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            byte[] partial = kept.ToArray();
            return new SourceDocument(path, url, contentType, partial, ArticleExtractor.Sha256Hex(partial), new DocumentFault("unreadable", Sentence(e.Message)));
        }

        string sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (total > maxBytes)
        {
            return new SourceDocument(path, url, contentType, [], sha,
                new DocumentFault("tooLarge", $"The document has {total:N0} bytes, more than the limit of {maxBytes:N0}."));
        }

        return new SourceDocument(path, url, contentType, kept.ToArray(), sha);
    }

    /// <summary>A document that could not be read at all.</summary>
    public static SourceDocument Unreadable(string path, string message, string? url = null) =>
        new(path, url, null, [], ArticleExtractor.Sha256Hex(ReadOnlySpan<byte>.Empty), new DocumentFault("unreadable", Sentence(message)));

    private static string Sentence(string message) => message.ReplaceLineEndings(" ").Trim();
}
