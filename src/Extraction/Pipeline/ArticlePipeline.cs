using System.Text;
using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Html;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>
/// The stages in order: clean (plain text or HTML), analyse (tokens, sentences), then the
/// extractors — article-level first (subject, period), then the four fact extractors. Built
/// once, immutable, shared by every thread; per-document state lives in an <see cref="ExtractionContext"/>.
/// </summary>
internal sealed class ArticlePipeline
{
    private readonly IExtractor[] _extractors;
    private readonly ExtractorGate _gate;
    private readonly ExtractionOptions _options;
    private readonly ScratchPool _scratch = new();

    private ArticlePipeline(ExtractionOptions options, IExtractor[] extractors)
    {
        _options = options;
        _extractors = extractors;
        _gate = new ExtractorGate(extractors);
    }

    public static ArticlePipeline Create(ExtractionOptions options) => Create(options, Learning.OfficialsLabeller.Default);

    /// <summary>The pipeline with a given officials labeller (training and cross-validation compare models this way).</summary>
    internal static ArticlePipeline Create(ExtractionOptions options, Learning.OfficialsLabeller? officialsLabeller) => new(options,
    [
        new SubjectExtractor(),
        new PeriodExtractor(),
        new AdmissionExtractor(),
        new DisciplineExtractor(),
        new AwardExtractor(),
        new OfficialExtractor(officialsLabeller),
        // Rules only never reads the fact model (training builds a new one with this pipeline).
        options.UseLearnedModels ? new FactClassifier() : new FactClassifier(null),
    ]);

    /// <summary>The stages in order (training runs them over its own documents).</summary>
    internal IReadOnlyList<IExtractor> Extractors => _extractors;

    public Article Run(ReadOnlySpan<byte> bytes, string? contentType, Source source, CancellationToken cancellationToken)
    {
        var scratch = _scratch.Rent();
        try
        {
            var warnings = new List<string>();
            var cleaned = Clean(bytes, contentType, source, cancellationToken, warnings, scratch);
            return Extract(cleaned, source, cancellationToken, warnings, scratch);
        }
        finally
        {
            // Every stage resets what it reuses at its start, so even a failed call leaves the scratch fit for the next.
            _scratch.Return(scratch);
        }
    }

    public Article Run(string document, bool? isHtml, Source source, CancellationToken cancellationToken, List<string>? warnings = null)
    {
        var scratch = _scratch.Rent();
        try
        {
            warnings ??= [];
            var cleaned = Clean(document, isHtml, source, cancellationToken, scratch);
            return Extract(cleaned, source, cancellationToken, warnings, scratch);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    /// <summary>
    /// The first stage alone: the article's text, title, date and byline, as <see cref="Run(ReadOnlySpan{byte}, string?, Source, CancellationToken)"/>
    /// reads them. What decoding the bytes had to repair goes to <paramref name="warnings"/>; the cleaner's own warnings
    /// stay on the article.
    /// </summary>
    public CleanedArticle Clean(ReadOnlySpan<byte> bytes, string? contentType, Source source, CancellationToken cancellationToken, List<string> warnings)
    {
        var scratch = _scratch.Rent();
        try
        {
            return Clean(bytes, contentType, source, cancellationToken, warnings, scratch);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    /// <summary>The first stage alone, for a document given as a string.</summary>
    public CleanedArticle Clean(string document, bool? isHtml, Source source, CancellationToken cancellationToken)
    {
        var scratch = _scratch.Rent();
        try
        {
            return Clean(document, isHtml, source, cancellationToken, scratch);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    private static CleanedArticle Clean(ReadOnlySpan<byte> bytes, string? contentType, Source source, CancellationToken cancellationToken, List<string> warnings, WorkerScratch scratch)
    {
        if (WideEncodings.TryDecode(bytes, out string wide, out string? note))
        {
            // UTF-16 or UTF-32: markup and text alike are read from the decoded string.
            if (note is not null)
            {
                warnings.Add(note);
            }

            return Clean(wide, isHtml: contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true ? true : null, source, cancellationToken, scratch);
        }

        if (LooksLikeHtml(bytes, contentType))
        {
            // The HTML cleaner decodes the page itself (BOM, HTTP charset, <meta>, legacy Vietnamese encodings).
            try
            {
                return RequireText(scratch.Cleaner.Clean(bytes, new PageInfo(source.Url, contentType), cancellationToken));
            }
            catch (PageTooLargeException e)
            {
                throw TooLarge(e);
            }
        }

        string text = Decode(bytes, warnings);
        return Clean(text, isHtml: null, source, cancellationToken, scratch);
    }

    private static CleanedArticle Clean(string document, bool? isHtml, Source source, CancellationToken cancellationToken, WorkerScratch scratch)
    {
        CleanedArticle cleaned;
        try
        {
            cleaned = isHtml ?? LooksLikeHtml(document)
                ? RequireText(scratch.Cleaner.Clean(document, new PageInfo(source.Url), cancellationToken))
                : PlainTextCleaner.Clean(document);
        }
        catch (PageTooLargeException e)
        {
            throw TooLarge(e);
        }

        if (cleaned.Paragraphs.Count == 0 && cleaned.Title is null)
        {
            throw new ExtractionException(ExtractionErrorKind.Empty, "The document holds no article text.");
        }

        return cleaned;
    }

    public Article Extract(CleanedArticle cleaned, Source source, CancellationToken cancellationToken, List<string> warnings, WorkerScratch? scratch = null)
    {
        // A page in another language feeds no extractor: its text (headline too) is not even tokenised.
        bool vietnamese = ExtractorGate.MayHoldVietnamese(cleaned);
        var document = vietnamese ? ArticleDocument.Analyze(cleaned, scratch?.Analysis, cancellationToken) : ArticleDocument.Unanalysed(cleaned);
        var context = new ExtractionContext(document, _options, cancellationToken);
        ulong open = vietnamese ? _gate.Open(document) : 0;
        for (int e = 0; e < _extractors.Length; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Most pages hold no word that could start a fact of a given kind: that extractor has nothing to read.
            if ((open & (1UL << e)) != 0)
            {
                _extractors[e].Extract(context);
            }
        }

        warnings.AddRange(cleaned.Warnings);
        warnings.AddRange(context.Warnings);
        return context.ToArticle(source, warnings);
    }

    private static ExtractionException TooLarge(PageTooLargeException e) => new(ExtractionErrorKind.TooLarge, e.Message, e);

    private static CleanedArticle RequireText(CleanedArticle cleaned) => cleaned.Paragraphs.Count > 0
        ? cleaned
        : throw new ExtractionException(ExtractionErrorKind.Empty, "The page holds no article text.");

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Markup is ASCII in every encoding the cleaner reads, so Latin-1 is enough to look for it.
        return LooksLikeHtml(System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]));
    }

    /// <summary>UTF-8 with or without a byte-order mark (UTF-16 and UTF-32 were decoded before); anything else is refused or repaired with a warning.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (LooksBinary(bytes))
        {
            throw new ExtractionException(ExtractionErrorKind.NotText, "The document is binary data, not text.");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warnings.Add("The document is not valid UTF-8; invalid bytes were replaced.");
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || b is > 0x0D and < 0x20)
            {
                control++;
            }
        }

        return head.Length > 0 && control * 10 > head.Length;
    }

    private static bool LooksLikeHtml(string document)
    {
        var head = document.AsSpan(0, Math.Min(document.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<p>", StringComparison.OrdinalIgnoreCase);
    }
}
