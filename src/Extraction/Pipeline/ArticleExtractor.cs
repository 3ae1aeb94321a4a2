using System.Runtime.CompilerServices;
using System.Text;
using Extraction.Documents;
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

    /// <summary>An extractor over a given pipeline (tests switch a shipped model on or off this way).</summary>
    internal ArticleExtractor(ExtractionOptions options, ArticlePipeline pipeline)
    {
        Options = options;
        Pipeline = pipeline;
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
        CheckSize(document);
        return Pipeline.Run(document, isHtml: null, source ?? Source.None, cancellationToken);
    }

    /// <summary>
    /// Reads one article from the bytes of a file or HTTP response; the encoding is taken from a
    /// byte-order mark, <paramref name="contentType"/>, the page's own declaration, or detected.
    /// </summary>
    /// <exception cref="ExtractionException">The document is too large, not text, or holds no text.</exception>
    public Article Extract(ReadOnlySpan<byte> document, Source? source = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        CheckSize(document);
        return Pipeline.Run(document, contentType, source ?? Source.None, cancellationToken);
    }

    /// <summary>
    /// Runs the first stage alone on a string: the article's paragraphs (with their sections), title, date and byline,
    /// exactly as <see cref="Extract(string, Source?, CancellationToken)"/> reads them before any extractor runs.
    /// </summary>
    /// <exception cref="ExtractionException">The document is too large or holds no text.</exception>
    public CleanedArticle Clean(string document, Source? source = null, CancellationToken cancellationToken = default)
    {
        CheckSize(document);
        return Pipeline.Clean(document, isHtml: null, source ?? Source.None, cancellationToken);
    }

    /// <summary>
    /// Runs the first stage alone on the bytes of a file or HTTP response (decoded as
    /// <see cref="Extract(ReadOnlySpan{byte}, Source?, string?, CancellationToken)"/> decodes them); what decoding had to
    /// repair is in the result's <see cref="CleanedArticle.Warnings"/>, before the cleaner's own.
    /// </summary>
    /// <exception cref="ExtractionException">The document is too large, not text, or holds no text.</exception>
    public CleanedArticle Clean(ReadOnlySpan<byte> document, Source? source = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        CheckSize(document);
        var warnings = new List<string>();
        var cleaned = Pipeline.Clean(document, contentType, source ?? Source.None, cancellationToken, warnings);
        return warnings.Count == 0 ? cleaned : cleaned with { Warnings = [.. warnings, .. cleaned.Warnings] };
    }

    private void CheckSize(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length > Options.MaxDocumentBytes)
        {
            throw new ExtractionException(ExtractionErrorKind.TooLarge,
                $"The document has {document.Length:N0} characters, more than the limit of {Options.MaxDocumentBytes:N0}.");
        }
    }

    private void CheckSize(ReadOnlySpan<byte> document)
    {
        if (document.Length > Options.MaxDocumentBytes)
        {
            throw new ExtractionException(ExtractionErrorKind.TooLarge,
                $"The document has {document.Length:N0} bytes, more than the limit of {Options.MaxDocumentBytes:N0}.");
        }
    }

    /// <summary>
    /// Reads many documents, yielding one <see cref="ExtractionResult"/> per document in input order: the
    /// article, or the reason the document could not be read (a bad document never stops the batch).
    /// Up to <paramref name="maxParallelism"/> documents are read at once on the thread pool, and no more
    /// than that are held in memory ahead of the consumer; the order of the results never depends on it.
    /// </summary>
    /// <param name="documents">The documents, with their sources; read lazily, one at a time.</param>
    /// <param name="maxParallelism">How many documents to read at once; 1 (the default) reads them one after another.</param>
    /// <param name="cancellationToken">Stops the batch; documents in progress are abandoned.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxParallelism"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public IAsyncEnumerable<ExtractionResult> ExtractAllAsync(
        IAsyncEnumerable<DocumentInput> documents, int maxParallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelism, 1);
        return ExtractAllCore(documents, maxParallelism, cancellationToken);
    }

    /// <summary>
    /// Reads many documents given as a sequence (a list, or files enumerated lazily with
    /// <see cref="DocumentInput.FromFile"/>); see <see cref="ExtractAllAsync(IAsyncEnumerable{DocumentInput}, int, CancellationToken)"/>.
    /// </summary>
    /// <param name="documents">The documents, with their sources; enumerated lazily, one at a time.</param>
    /// <param name="maxParallelism">How many documents to read at once; 1 (the default) reads them one after another.</param>
    /// <param name="cancellationToken">Stops the batch; documents in progress are abandoned.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxParallelism"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public IAsyncEnumerable<ExtractionResult> ExtractAllAsync(
        IEnumerable<DocumentInput> documents, int maxParallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return ExtractAllAsync(ToAsync(documents), maxParallelism, cancellationToken);
    }

    /// <summary>Reads one document into a result, never throwing for a document that cannot be read.</summary>
    /// <param name="document">The document and its source.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ExtractionResult TryExtract(DocumentInput document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Run(document, 0, cancellationToken);
    }

    private async IAsyncEnumerable<ExtractionResult> ExtractAllCore(
        IAsyncEnumerable<DocumentInput> documents, int maxParallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (maxParallelism == 1)
        {
            int index = 0;
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return Run(document, index++, cancellationToken);
            }

            yield break;
        }

        // A window of at most maxParallelism documents in progress; results leave it in input order.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var window = new Queue<Task<ExtractionResult>>(maxParallelism);
        try
        {
            int index = 0;
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (window.Count == maxParallelism)
                {
                    yield return await window.Dequeue().ConfigureAwait(false);
                }

                int position = index++;
                var token = stop.Token;
                window.Enqueue(Task.Run(() => Run(document, position, token), token));
            }

            while (window.Count > 0)
            {
                yield return await window.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            // The consumer stopped early, failed or cancelled: abandon the documents still in progress.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var pending in window)
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // abandoned on purpose
                }
            }
        }
    }

    private ExtractionResult Run(DocumentInput document, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Source source = document.Source;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.Text is string text)
            {
                return new ExtractionResult(index, source, Extract(text, source, cancellationToken), null);
            }

            var bytes = document.ReadBytes(Options.MaxDocumentBytes).Span;
            if (source.Sha256 is null)
            {
                source = source with { Sha256 = Sha256Hex(bytes) };
            }

            return new ExtractionResult(index, source, Extract(bytes, source, document.ContentType, cancellationToken), null);
        }
        catch (ExtractionException e)
        {
            return new ExtractionResult(index, source, null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ExtractionResult(index, source, null, new ExtractionException(ExtractionErrorKind.Unreadable, e.Message, e));
        }
    }

    private static async IAsyncEnumerable<DocumentInput> ToAsync(IEnumerable<DocumentInput> documents)
    {
        foreach (var document in documents)
        {
            yield return document;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Hex SHA-256 of a document's bytes, as <see cref="Source.Sha256"/> records it.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>Hex SHA-256 of a string's UTF-8 bytes.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));
}
