using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extraction.Documents;
using Extraction.Html.Blocks;
using Extraction.Html.Decoding;
using Extraction.Html.Metadata;

namespace Extraction.Html;

/// <summary>
/// Turns a scraped news page into a <see cref="CleanedArticle"/>: decodes the bytes
/// (charset, legacy Vietnamese encodings, mojibake), parses with AngleSharp (no scripts,
/// no fetches), finds the article's blocks by scoring, reads title, date and author, and
/// lays the body out as one line per paragraph with captions kept apart.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: every call gets its own parser and scratch buffers. A worker
/// that cleans many pages can hold a <see cref="Session"/> to reuse them.
/// </remarks>
public sealed class HtmlCleaner
{
    /// <summary>A cleaner with <see cref="HtmlCleanerOptions.Default"/>.</summary>
    public static HtmlCleaner Default { get; } = new(HtmlCleanerOptions.Default);

    /// <summary>Creates a cleaner with the given options.</summary>
    public HtmlCleaner(HtmlCleanerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options this cleaner applies.</summary>
    public HtmlCleanerOptions Options { get; }

    /// <summary>Cleans a page given as bytes (the charset is found from <paramref name="info"/>, the page, or the bytes).</summary>
    /// <exception cref="PageTooLargeException">The page exceeds <see cref="HtmlCleanerOptions.HardLimitBytes"/>.</exception>
    public CleanedArticle Clean(ReadOnlySpan<byte> page, PageInfo? info = null, CancellationToken cancellationToken = default) =>
        CreateSession().Clean(page, info, cancellationToken);

    /// <summary>Cleans a page that is already text.</summary>
    /// <exception cref="PageTooLargeException">The page exceeds <see cref="HtmlCleanerOptions.HardLimitBytes"/>.</exception>
    public CleanedArticle Clean(string html, PageInfo? info = null, CancellationToken cancellationToken = default) =>
        CreateSession().Clean(html, info, cancellationToken);

    /// <summary>Creates a session: a parser and scratch buffers for one worker (not thread-safe).</summary>
    public Session CreateSession() => new(this);

    /// <summary>
    /// One worker's parser and scratch buffers. Not thread-safe: use one per thread. Reusing
    /// a session avoids building a parser per page.
    /// </summary>
    public sealed class Session
    {
        private readonly HtmlCleaner _owner;
        private readonly HtmlParser _parser;
        private readonly PageWalker _walker;

        internal Session(HtmlCleaner owner)
        {
            _owner = owner;
            _parser = new HtmlParser(new HtmlParserOptions
            {
                IsScripting = false,
                SkipComments = true,
                IsNotSupportingFrames = true,
                MaximumDepth = owner.Options.MaxDepth,
                // Nothing reads element positions, style/xmp/noembed text, CDATA or processing
                // instructions, and the walker reads only a dozen attribute names: not building
                // them saves a third of the parser's allocations.
                DisableElementPositionTracking = !owner.Options.TrackSourcePositions,
                IsKeepingSourceReferences = owner.Options.TrackSourcePositions,
                SkipRawText = true,
                SkipPlaintext = true,
                SkipCDATA = true,
                SkipProcessingInstructions = true,
                ShouldEmitAttribute = PageWalker.KeepAttribute,
            });
            _walker = new PageWalker(owner.Options.MaxElements);
        }

        /// <summary>Cleans a page given as bytes.</summary>
        /// <exception cref="PageTooLargeException">The page exceeds <see cref="HtmlCleanerOptions.HardLimitBytes"/>.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between stages and during the walk).</exception>
        public CleanedArticle Clean(ReadOnlySpan<byte> page, PageInfo? info = null, CancellationToken cancellationToken = default)
        {
            var warnings = new List<string>();
            CheckHardLimit(page.Length);
            int max = _owner.Options.MaxPageBytes;
            if (max > 0 && page.Length > max)
            {
                warnings.Add($"input: page of {page.Length} bytes cut to {max} bytes");
                page = page[..max];
            }

            string html = PageDecoder.Decode(page, info?.ContentType, warnings);
            return CleanText(html, warnings, cancellationToken);
        }

        /// <summary>Cleans a page that is already text (mojibake and legacy fonts are still repaired).</summary>
        /// <exception cref="PageTooLargeException">The page exceeds <see cref="HtmlCleanerOptions.HardLimitBytes"/>.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public CleanedArticle Clean(string html, PageInfo? info = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(html);
            _ = info;
            var warnings = new List<string>();
            CheckHardLimit(html.Length);
            int max = _owner.Options.MaxPageBytes;
            if (max > 0 && html.Length > max)
            {
                warnings.Add($"input: page of {html.Length} characters cut to {max}");
                html = html[..max];
            }

            html = PageDecoder.Repair(html, warnings);
            return CleanText(html, warnings, cancellationToken);
        }

        /// <summary>Parses decoded text (exposed for the stage benchmarks).</summary>
        internal IDocument Parse(string html) => _parser.ParseDocument(html);

        /// <summary>Walks a parsed document (exposed for the stage benchmarks).</summary>
        internal PageModel Walk(IDocument document) => _walker.Walk(document);

        private void CheckHardLimit(long length)
        {
            if (length > _owner.Options.HardLimitBytes)
            {
                throw new PageTooLargeException($"page of {length} bytes exceeds the limit of {_owner.Options.HardLimitBytes} bytes");
            }
        }

        private CleanedArticle CleanText(string html, List<string> warnings, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!LooksLikeHtml(html))
            {
                warnings.Add("input: no HTML markup found; the text was read as one document");
            }

            int cut = NestingCut(html, _owner.Options.MaxNesting);
            if (cut >= 0)
            {
                warnings.Add($"input: tags nest deeper than {_owner.Options.MaxNesting} levels; the page was cut at character {cut}");
                html = html[..cut];
            }

            PageModel model;
            using (var document = _parser.ParseDocument(html))
            {
                cancellationToken.ThrowIfCancellationRequested();
                model = _walker.Walk(document, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Assemble(model, warnings, _owner.Options);
        }
    }

    /// <summary>Builds the article from a walked page (exposed for the stage benchmarks).</summary>
    internal static CleanedArticle Assemble(PageModel model, List<string> warnings, HtmlCleanerOptions options)
    {
        if (model.Truncated)
        {
            warnings.Add($"input: more than {options.MaxElements} elements; the rest of the page was ignored");
        }

        var selection = ContentSelector.Select(model);
        if (options.BlockClassifier is { } classifier)
        {
            selection = classifier.Reselect(model, selection);
        }

        var meta = MetadataExtractor.Extract(model, selection);
        var body = selection.Body;
        string? author = meta.Author;

        var paragraphs = new List<string>(body.Count);
        var offsets = new List<int>(body.Count); // where each paragraph's element starts in the page, kept beside it
        var lines = new List<string>();
        foreach (var b in body)
        {
            lines.Clear();
            ParagraphLayout.Split(b.Text, lines);
            if (lines.Count == 1)
            {
                paragraphs.Add(lines[0]);
                offsets.Add(b.SourceOffset);
                continue;
            }

            // A block of several paragraphs (a div of <br>-separated lines): judge each line.
            bool ended = false;
            foreach (string line in lines)
            {
                var span = line.AsSpan();
                if (line.Length <= 120 && Rules.Boilerplate.IsEndOfArticleHeading(span) && paragraphs.Count > 0)
                {
                    ended = true;
                    break;
                }

                if (line.Length <= 120 && (Rules.Boilerplate.IsControlLine(span) || Rules.Boilerplate.IsDateLine(span) || Rules.Boilerplate.IsSiteDateHeader(span)))
                {
                    continue;
                }

                paragraphs.Add(line);
                offsets.Add(b.SourceOffset);
            }

            if (ended)
            {
                break;
            }
        }

        if (meta.Title is not null)
        {
            for (int i = paragraphs.Count - 1; i >= 0; i--)
            {
                if (string.Equals(paragraphs[i], meta.Title, StringComparison.Ordinal))
                {
                    paragraphs.RemoveAt(i);
                    offsets.RemoveAt(i);
                }
            }
        }

        if (options.ReadClosingByline && paragraphs.Count > 1 && VietnameseTextScore.LooksVietnamese(string.Concat(paragraphs)))
        {
            string last = paragraphs[^1];
            string? twoLines = paragraphs.Count > 2 && paragraphs[^1].Length <= 30 && paragraphs[^2].Length <= 40 ? paragraphs[^2] + " " + last : null;
            if (Bylines.TryParseClosing(last, out string name))
            {
                paragraphs.RemoveAt(paragraphs.Count - 1);
                offsets.RemoveAt(offsets.Count - 1);
                author = PreferByline(author, meta.AuthorSource, name);
            }
            else if (twoLines is not null && Bylines.TryParseClosing(twoLines, out name))
            {
                paragraphs.RemoveRange(paragraphs.Count - 2, 2);
                offsets.RemoveRange(offsets.Count - 2, 2);
                author = PreferByline(author, meta.AuthorSource, name);
            }
        }

        var captions = new List<string>();
        foreach (var c in selection.Captions)
        {
            ParagraphLayout.Split(c.Text, captions);
        }

        if (paragraphs.Count == 0)
        {
            warnings.Add("content: no article text found");
        }

        return new CleanedArticle(paragraphs)
        {
            Title = meta.Title,
            PublishedAt = meta.PublishedAt,
            Author = author,
            Captions = captions,
            Warnings = warnings,
            SourceOffsets = options.TrackSourcePositions ? offsets : [],
        };
    }

    /// <summary>
    /// A closing byline names the writer. Page metadata often names the site instead ("VnExpress" in
    /// <c>meta author</c> or JSON-LD), so the byline wins over a meta tag, and over any source whose value is
    /// not shaped like a person's name (a single word, digits, a domain).
    /// </summary>
    private static string PreferByline(string? author, string? authorSource, string byline) =>
        author is null || authorSource == "meta author" || !LooksLikePersonName(author) ? byline : author;

    private static bool LooksLikePersonName(string name) =>
        name.Trim().Contains(' ') && !name.Any(c => char.IsDigit(c) || c is '.' or '@' or '/');

    /// <summary>Where the tag nesting first exceeds <paramref name="limit"/> (a linear scan), or -1.</summary>
    internal static int NestingCut(string html, int limit)
    {
        int depth = 0;
        int i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            char next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                int end = i + 1;
                while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
                {
                    end++;
                }

                var name = html.AsSpan(i + 1, end - i - 1);
                if (!IsVoid(name))
                {
                    depth++;
                    if (depth > limit)
                    {
                        return i;
                    }
                }
            }

            i = html.IndexOf('<', i + 1);
        }

        return -1;
    }

    private static bool IsVoid(ReadOnlySpan<char> name) =>
        name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("img", StringComparison.OrdinalIgnoreCase)
        || name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("input", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("li", StringComparison.OrdinalIgnoreCase) || name.Equals("p", StringComparison.OrdinalIgnoreCase)
        || name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("tr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("option", StringComparison.OrdinalIgnoreCase) || name.Equals("source", StringComparison.OrdinalIgnoreCase)
        || name.Equals("area", StringComparison.OrdinalIgnoreCase) || name.Equals("wbr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("col", StringComparison.OrdinalIgnoreCase) || name.Equals("param", StringComparison.OrdinalIgnoreCase)
        || name.Equals("embed", StringComparison.OrdinalIgnoreCase) || name.Equals("base", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeHtml(string html)
    {
        int limit = Math.Min(html.Length, 4096);
        var head = html.AsSpan(0, limit);
        int lt = head.IndexOf('<');
        return lt >= 0 && lt + 1 < head.Length && (char.IsAsciiLetter(head[lt + 1]) || head[lt + 1] is '!' or '/');
    }
}
