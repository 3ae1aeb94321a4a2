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
/// <param name="Sha256">Hex SHA-256 of all the document's bytes (also of bytes skipped over a size limit).</param>
/// <param name="Fault">Why the document could not be read, or null.</param>
internal sealed record SourceDocument(string Path, string? Url, string? ContentType, byte[] Bytes, string Sha256, DocumentFault? Fault = null)
{
    /// <summary>The HTTP or WARC date of the capture, when known (not part of the record shape yet).</summary>
    public DateTimeOffset? Date { get; init; }
}

/// <summary>
/// A document found in the inputs, not read yet: the runner decides from <see cref="Path"/> whether it wants it
/// (shard, resume) and calls <see cref="Read"/> before asking the source for the next one.
/// </summary>
/// <param name="Path">The document's key (see <see cref="SourceDocument.Path"/>).</param>
/// <param name="Read">Reads it; null when it turns out not to be a document (a WARC record that is not an HTML response).</param>
internal sealed record DocumentRef(string Path, Func<SourceDocument?> Read);
