using System.Text;
using Extraction.Records;

namespace Extraction.Pipeline;

/// <summary>
/// The one-line entry point: <c>ArticleExtractor.Default.Extract(text)</c> turns a Vietnamese
/// news article (plain text or an HTML page) into an <see cref="Article"/>. An instance is
/// immutable and safe to use from many threads at once; it never writes to the console.
/// </summary>
public sealed class ArticleExtractor
{
    private static readonly Lazy<ArticleExtractor> DefaultInstance = new(() => new ArticleExtractor(ExtractionOptions.Default));

    /// <summary>Creates an extractor with the given options.</summary>
    public ArticleExtractor(ExtractionOptions options)
    {
        Options = options;
        Pipeline = ArticlePipeline.Create(options);
    }

    /// <summary>An extractor with <see cref="ExtractionOptions.Default"/>.</summary>
    public static ArticleExtractor Default => DefaultInstance.Value;

    /// <summary>The options this extractor was built with.</summary>
    public ExtractionOptions Options { get; }

    internal ArticlePipeline Pipeline { get; }

    /// <summary>
    /// Reads one article from a string: an HTML page when it looks like one, plain text otherwise.
    /// </summary>
    /// <exception cref="ExtractionException">The document is too large or holds no text.</exception>
    public Article Extract(string document, Source? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length > Options.MaxDocumentBytes)
        {
            throw new ExtractionException(ExtractionErrorKind.TooLarge,
                $"The document has {document.Length:N0} characters, more than the limit of {Options.MaxDocumentBytes:N0}.");
        }

        return Pipeline.Run(document, isHtml: null, source ?? Source.None, cancellationToken);
    }

    /// <summary>
    /// Reads one article from the bytes of a file or HTTP response; the encoding is taken from a
    /// byte-order mark, <paramref name="contentType"/>, the page's own declaration, or detected.
    /// </summary>
    /// <exception cref="ExtractionException">The document is too large, not text, or holds no text.</exception>
    public Article Extract(ReadOnlySpan<byte> document, Source? source = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        if (document.Length > Options.MaxDocumentBytes)
        {
            throw new ExtractionException(ExtractionErrorKind.TooLarge,
                $"The document has {document.Length:N0} bytes, more than the limit of {Options.MaxDocumentBytes:N0}.");
        }

        return Pipeline.Run(document, contentType, source ?? Source.None, cancellationToken);
    }

    /// <summary>Reads many documents, yielding each article as soon as it is read, in input order.</summary>
    public async IAsyncEnumerable<Article> ExtractAllAsync(
        IAsyncEnumerable<string> documents,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await foreach (string document in documents.WithCancellation(cancellationToken))
        {
            yield return Extract(document, null, cancellationToken);
        }
    }

    /// <summary>Hex SHA-256 of a document's bytes, as <see cref="Source.Sha256"/> records it.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>Hex SHA-256 of a string's UTF-8 bytes.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));
}
