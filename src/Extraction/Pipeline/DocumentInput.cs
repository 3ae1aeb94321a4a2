using Extraction.Records;

namespace Extraction.Pipeline;

/// <summary>
/// One document for <see cref="ArticleExtractor.ExtractAllAsync(IEnumerable{DocumentInput}, int, CancellationToken)"/>:
/// text, bytes, or a file read only when its turn comes, together with the <see cref="Records.Source"/>
/// that its article will carry. Immutable.
/// </summary>
public sealed class DocumentInput
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string? _file;

    private DocumentInput(Source source, string? text, ReadOnlyMemory<byte> bytes, string? file, string? contentType)
    {
        Source = source;
        Text = text;
        _bytes = bytes;
        _file = file;
        ContentType = contentType;
    }

    /// <summary>Where the document came from; its article carries this source (with the SHA-256 of the bytes filled in for bytes and files).</summary>
    public Source Source { get; }

    /// <summary>The document's text, when it was given as text; null for bytes and files.</summary>
    public string? Text { get; }

    /// <summary>The HTTP content type given with bytes (it may name the charset), or null.</summary>
    public string? ContentType { get; }

    /// <summary>A document given as text (plain text or an HTML page).</summary>
    /// <param name="text">The document.</param>
    /// <param name="source">Where it came from; <see cref="Source.None"/> when omitted.</param>
    public static DocumentInput FromText(string text, Source? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DocumentInput(source ?? Source.None, text, default, null, null);
    }

    /// <summary>
    /// A document given as text with a name that identifies it, such as a file name or an id; the name
    /// becomes the article's <see cref="Source.Path"/>.
    /// </summary>
    /// <param name="name">The document's name or path.</param>
    /// <param name="text">The document.</param>
    public static DocumentInput FromText(string name, string text) => FromText(text, new Source(name, null, null));

    /// <summary>A document given as the bytes of a file or HTTP response; the encoding is detected as for <see cref="ArticleExtractor.Extract(ReadOnlySpan{byte}, Source?, string?, CancellationToken)"/>.</summary>
    /// <param name="bytes">The document's bytes; not copied, so do not change them while the batch runs.</param>
    /// <param name="source">Where it came from; <see cref="Source.None"/> when omitted.</param>
    /// <param name="contentType">The HTTP content type, if any.</param>
    public static DocumentInput FromBytes(ReadOnlyMemory<byte> bytes, Source? source = null, string? contentType = null) =>
        new(source ?? Source.None, null, bytes, null, contentType);

    /// <summary>
    /// A file, read when the extractor comes to it (so a lazily enumerated folder is never all in memory).
    /// Its article's source has the path as given and the SHA-256 of the bytes. A file that cannot be read
    /// gives a result with <see cref="ExtractionErrorKind.Unreadable"/>.
    /// </summary>
    /// <param name="path">The file's path; kept as given in <see cref="Source.Path"/>.</param>
    public static DocumentInput FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DocumentInput(new Source(path, null, null), null, default, path, null);
    }

    /// <summary>Every file of a folder and its subfolders whose name matches <paramref name="searchPattern"/>, in ordinal order of path, read lazily.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="searchPattern">A file name pattern such as <c>*.txt</c>; every file when omitted.</param>
    public static IEnumerable<DocumentInput> FromDirectory(string directory, string searchPattern = "*")
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return Directory.EnumerateFiles(directory, searchPattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(FromFile);
    }

    /// <inheritdoc />
    public override string ToString() => Source.Path ?? Source.Url ?? (Text is not null ? $"text ({Text.Length:N0} characters)" : $"bytes ({_bytes.Length:N0})");

    /// <summary>The bytes of a bytes or file document, refusing a file larger than <paramref name="limit"/> before reading it.</summary>
    internal ReadOnlyMemory<byte> ReadBytes(long limit)
    {
        if (_file is null)
        {
            return _bytes;
        }

        long length = new FileInfo(_file).Length;
        if (length > limit)
        {
            throw new ExtractionException(ExtractionErrorKind.TooLarge,
                $"The document has {length:N0} bytes, more than the limit of {limit:N0}.");
        }

        return File.ReadAllBytes(_file);
    }
}
