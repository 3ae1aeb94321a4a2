using System.Security.Cryptography;
using Extraction.Pipeline;

namespace Extraction.Cli.Sources;

/// <summary>Reads a document's stream up to a size limit into a pooled buffer, and turns read failures into faults.</summary>
internal static class BoundedReader
{
    /// <summary>
    /// Reads <paramref name="open"/>'s stream whole if it holds at most <paramref name="maxBytes"/>; otherwise drains it
    /// (hashing) and reports <c>tooLarge</c>. The bytes land in a pooled buffer (<see cref="SourceDocument.Pooled"/>),
    /// sized from <paramref name="sizeHint"/> (a zip entry's length, a file's) when known; their hash is left to the worker.
    /// </summary>
    public static SourceDocument Read(string path, string? url, string? contentType, long maxBytes, Func<Stream> open, long sizeHint = -1)
    {
        long want = Math.Min(sizeHint >= 0 ? sizeHint + 1 : 64 * 1024, Math.Min(maxBytes + 1, 1 << 30));
        byte[] kept = SourceDocument.Rent((int)want);
        int length = 0;
        IncrementalHash? hash = null; // only once the document is over the limit and its bytes are no longer kept
        long total = 0;
        try
        {
            using var stream = open();
            if (sizeHint < 0 && stream.CanSeek)
            {
                long size = stream.Length - stream.Position;
                if (size + 1 > kept.Length && size < maxBytes)
                {
                    SourceDocument.Return(kept);
                    kept = SourceDocument.Rent((int)size + 1);
                }
            }

            byte[]? scratch = null; // over the limit: bytes are read here, hashed and dropped
            while (true)
            {
                if (hash is null && length == kept.Length)
                {
                    var larger = SourceDocument.Rent(checked(kept.Length * 2));
                    kept.AsSpan(0, length).CopyTo(larger);
                    SourceDocument.Return(kept);
                    kept = larger;
                }

                int n = scratch is null ? stream.Read(kept, length, kept.Length - length) : stream.Read(scratch, 0, scratch.Length);
                if (n == 0)
                {
                    break;
                }

                total += n;
                if (hash is not null)
                {
                    hash.AppendData(scratch!, 0, n);
                }
                else if (total <= maxBytes)
                {
                    length += n;
                }
                else
                {
                    // Over the limit: hash what was read, keep the bytes before this read, from now on only hash.
                    hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    hash.AppendData(kept, 0, length + n);
                    scratch = new byte[81920];
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            hash?.Dispose();
            byte[] partial = kept.AsSpan(0, length).ToArray();
            SourceDocument.Return(kept);
            return new SourceDocument(path, url, contentType, partial, ArticleExtractor.Sha256Hex(partial), new DocumentFault("unreadable", Sentence(e.Message)));
        }

        if (hash is not null)
        {
            string sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            hash.Dispose();
            SourceDocument.Return(kept);
            return new SourceDocument(path, url, contentType, ReadOnlyMemory<byte>.Empty, sha,
                new DocumentFault("tooLarge", $"The document has {total:N0} bytes, more than the limit of {maxBytes:N0}."));
        }

        return new SourceDocument(path, url, contentType, kept.AsMemory(0, length), null) { Pooled = kept };
    }

    /// <summary>A document that could not be read at all.</summary>
    public static SourceDocument Unreadable(string path, string message, string? url = null) =>
        new(path, url, null, ReadOnlyMemory<byte>.Empty, ArticleExtractor.Sha256Hex(ReadOnlySpan<byte>.Empty), new DocumentFault("unreadable", Sentence(message)));

    private static string Sentence(string message) => message.ReplaceLineEndings(" ").Trim();
}
