using System.Buffers;
using Extraction.Pipeline;

namespace Extraction.Cli.Sources;

/// <summary>A failure met while reading a document out of its container (kind as in the error line).</summary>
/// <param name="Kind">The error kind: <c>unreadable</c>, <c>tooLarge</c> ….</param>
/// <param name="Message">One plain sentence.</param>
internal sealed record DocumentFault(string Kind, string Message);

/// <summary>The bytes of one document, read from a file, an archive entry, a WARC record or a JSON line.</summary>
/// <param name="Path">Its key: the file, with the entry after <c>!</c> (zip), <c>#</c> (WARC record id, JSON line number).</param>
/// <param name="Url">The page's address when the container states it.</param>
/// <param name="ContentType">The HTTP Content-Type when known (carries the charset).</param>
/// <param name="Bytes">The document's bytes (what was read so far when <paramref name="Fault"/> is set).</param>
/// <param name="KnownSha256">
/// Hex SHA-256 of all the document's bytes when the reader had to compute it (bytes skipped over a size limit, a
/// damaged file); null when it is the hash of <paramref name="Bytes"/>, left to the worker (<see cref="Sha256"/>).
/// </param>
/// <param name="Fault">Why the document could not be read, or null.</param>
internal sealed record SourceDocument(string Path, string? Url, string? ContentType, ReadOnlyMemory<byte> Bytes, string? KnownSha256, DocumentFault? Fault = null)
{
    /// <summary>The HTTP or WARC date of the capture, when known (not part of the record shape yet).</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>
    /// The array from <see cref="ArrayPool{T}.Shared"/> that holds <see cref="Bytes"/>, given back by <see cref="Release"/>
    /// once the document is processed: a page's bytes are then never a fresh large-object-heap array, whose allocations
    /// would set off full (generation 2) collections.
    /// </summary>
    public byte[]? Pooled { get; init; }

    /// <summary>Hex SHA-256 of all the document's bytes.</summary>
    public string Sha256 => KnownSha256 ?? ArticleExtractor.Sha256Hex(Bytes.Span);

    /// <summary>Gives the pooled array back; <see cref="Bytes"/> must not be read afterwards.</summary>
    public void Release()
    {
        if (Pooled is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    /// <summary>A pooled buffer of at least <paramref name="length"/> bytes (see <see cref="Pooled"/>).</summary>
    public static byte[] Rent(int length) => ArrayPool<byte>.Shared.Rent(Math.Max(length, 4096));

    /// <summary>Gives back a buffer from <see cref="Rent"/> that did not become a document.</summary>
    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);
}

/// <summary>
/// A document found in the inputs, not read yet: the runner decides from <see cref="Path"/> whether it wants it
/// (shard, resume) and calls <see cref="Read"/> before asking the source for the next one.
/// </summary>
/// <param name="Path">The document's key (see <see cref="SourceDocument.Path"/>).</param>
/// <param name="Read">Reads it; null when it turns out not to be a document (a WARC record that is not an HTML response).</param>
internal sealed record DocumentRef(string Path, Func<SourceDocument?> Read)
{
    /// <summary>
    /// True when the document is a file of its own: <see cref="Read"/> may then run later, on any thread, in any order
    /// (a worker reads, unzips and hashes it), and never returns null. False inside an archive, which is one stream.
    /// </summary>
    public bool Independent { get; init; }
}
