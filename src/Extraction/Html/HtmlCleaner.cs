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

        // The decoded page's text, reused from page to page (null when the parser keeps references into its source).
        private readonly CharScratch? _chars;

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
            _chars = owner.Options.TrackSourcePositions ? null : new CharScratch();
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

            var html = PageDecoder.Decode(page, info?.ContentType, warnings, _chars);
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

            return CleanText(PageDecoder.Repair(html.AsMemory(), warnings), warnings, cancellationToken);
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

        private CleanedArticle CleanText(ReadOnlyMemory<char> html, List<string> warnings, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!LooksLikeHtml(html.Span))
            {
                warnings.Add("input: no HTML markup found; the text was read as one document");
            }

            html = WithoutEndOfInputMarks(html, warnings);
            int cut = NestingCut(html.Span, _owner.Options.MaxNesting);
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

    /// <summary>
    /// AngleSharp's tokenizer reads U+FFFF as its end-of-input mark, so one stray noncharacter would silently drop
    /// the rest of the page. Each becomes U+FFFD, as the normaliser replaces other refused units, and is counted.
    /// </summary>
    private static ReadOnlyMemory<char> WithoutEndOfInputMarks(ReadOnlyMemory<char> html, List<string> warnings)
    {
        int first = html.Span.IndexOf('\uFFFF');
        if (first < 0)
        {
            return html;
        }

        int count = html.Span[first..].Count('\uFFFF');
        warnings.Add($"input: {count} U+FFFF noncharacter{(count == 1 ? "" : "s")} replaced by U+FFFD; the HTML parser would have read the first as the end of the page");
        return html.ToString().Replace('\uFFFF', '\uFFFD').AsMemory();
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
        string? author = meta.Author;

        // Body and caption blocks in reading order: a caption stays where the photo is.
        var body = meta.Title is null ? selection.Body : WithTextInHeadings(model, selection, meta.Title);
        var captionBlocks = selection.Captions;
        var paragraphs = new List<string>(body.Count + captionBlocks.Count);
        var sections = new List<ArticleSection>(body.Count + captionBlocks.Count);
        var offsets = new List<int>(body.Count + captionBlocks.Count); // where each paragraph's element starts in the page, kept beside it
        var lines = new List<string>();
        int nextBody = 0, nextCaption = 0;
        bool ended = false;
        while (!ended && (nextBody < body.Count || nextCaption < captionBlocks.Count))
        {
            bool isCaption = nextBody >= body.Count || nextCaption < captionBlocks.Count && captionBlocks[nextCaption].Index < body[nextBody].Index;
            var b = isCaption ? captionBlocks[nextCaption++] : body[nextBody++];
            var section = isCaption ? ArticleSection.Caption : ArticleSection.Body;
            lines.Clear();
            ParagraphLayout.Split(b.Text, lines);
            if (lines.Count == 1 || isCaption)
            {
                foreach (string line in lines)
                {
                    Add(paragraphs, sections, offsets, line, section, b.SourceOffset);
                }

                continue;
            }

            // A block of several paragraphs (a div of <br>-separated lines): judge each line.
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

                Add(paragraphs, sections, offsets, line, section, b.SourceOffset);
            }
        }

        MarkHeadline(paragraphs, sections, offsets, meta.Title, paragraphs.Count > 0 && VietnameseTextScore.LooksVietnamese(paragraphs[0]));

        if (options.ReadClosingByline && paragraphs.Count > 1 && VietnameseTextScore.LooksVietnamese(string.Concat(paragraphs)))
        {
            string last = paragraphs[^1];
            string? twoLines = paragraphs.Count > 2 && paragraphs[^1].Length <= 30 && paragraphs[^2].Length <= 40 ? paragraphs[^2] + " " + last : null;
            if (Bylines.TryParseClosing(last, out string name))
            {
                RemoveLast(paragraphs, sections, offsets, 1);
                author = PreferByline(author, meta.AuthorSource, name);
            }
            else if (twoLines is not null && Bylines.TryParseClosing(twoLines, out name))
            {
                RemoveLast(paragraphs, sections, offsets, 2);
                author = PreferByline(author, meta.AuthorSource, name);
            }
            else if (sections[^1] != ArticleSection.Caption && Bylines.TrySplitTrailing(last, out string rest, out name))
            {
                paragraphs[^1] = rest;
                author = PreferByline(author, meta.AuthorSource, name);
            }
        }

        // The lead: the first paragraph of text that is neither the headline nor a caption.
        for (int i = 0; i < sections.Count; i++)
        {
            if (sections[i] == ArticleSection.Body)
            {
                sections[i] = ArticleSection.Lead;
                break;
            }

            if (sections[i] == ArticleSection.Lead)
            {
                break;
            }
        }

        if (paragraphs.Count == 0)
        {
            warnings.Add("content: no article text found");
        }

        return new CleanedArticle(paragraphs, sections)
        {
            Title = meta.Title,
            PublishedAt = meta.PublishedAt,
            Author = author,
            Warnings = warnings,
            SourceOffsets = options.TrackSourcePositions ? offsets : [],
        };
    }

    /// <summary>
    /// The body with the top headings of the article's container that are text, not its headline: once the headline
    /// is known to stand elsewhere, an <c>h1</c> of sentence-like text (a lead set as a heading) is read as a paragraph.
    /// </summary>
    private static List<Block> WithTextInHeadings(PageModel model, ContentSelector.Selection selection, string title)
    {
        List<Block>? body = null;
        foreach (var b in model.Blocks)
        {
            if (b.HeadingLevel != 1 || b.Index >= selection.Verdicts.Length || selection.Verdicts[b.Index] != ContentSelector.Verdict.Drop
                || (b.Flags & (ElementFlags.Furniture | ElementFlags.Comments | ElementFlags.Controls)) != 0
                || b.Text.Length < 120 || b.Text.Count(c => c == ',') < 2 || title.Contains(b.Text, StringComparison.Ordinal) || b.Text.Contains(title, StringComparison.Ordinal))
            {
                continue;
            }

            body ??= [.. selection.Body];
            int at = body.FindIndex(x => x.Index > b.Index);
            body.Insert(at < 0 ? body.Count : at, b);
        }

        return body ?? selection.Body;
    }

    /// <summary>
    /// Adds a paragraph, joining it to the one before when that one broke off inside a sentence and this one goes
    /// on in lower case (a caption broken over two lines: <c>Đồng chí Nguyễn Văn A,</c> / <c>phó bí thư … phát biểu</c>).
    /// </summary>
    private static void Add(List<string> paragraphs, List<ArticleSection> sections, List<int> offsets, string text, ArticleSection section, int offset)
    {
        if (paragraphs.Count > 0 && !EndsSentence(paragraphs[^1]) && StartsLowerCase(text))
        {
            paragraphs[^1] = paragraphs[^1] + " " + text;
            if (section == ArticleSection.Caption)
            {
                sections[^1] = ArticleSection.Caption;
            }

            return;
        }

        paragraphs.Add(text);
        sections.Add(section);
        offsets.Add(offset);
    }

    /// <summary>
    /// A paragraph that repeats the headline is dropped, unless the headline reads like a paragraph (a page whose
    /// headline is its lead): then it stays once, marked as the headline, and leads the text when it stood apart.
    /// </summary>
    private static void MarkHeadline(List<string> paragraphs, List<ArticleSection> sections, List<int> offsets, string? title, bool vietnamese)
    {
        if (title is null)
        {
            return;
        }

        bool text = BlockFeatures.ReadsLikeParagraph(title);
        bool kept = !text;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (!string.Equals(paragraphs[i], title, StringComparison.Ordinal))
            {
                continue;
            }

            if (!kept)
            {
                sections[i] = ArticleSection.Headline;
                kept = true;
                continue;
            }

            paragraphs.RemoveAt(i);
            sections.RemoveAt(i);
            offsets.RemoveAt(i);
            i--;
        }

        // A Vietnamese headline that carries article text (a scraped headline glued to its lead) is read as text, as in a
        // plain-text file.
        if (text && !kept && vietnamese)
        {
            paragraphs.Insert(0, title);
            sections.Insert(0, ArticleSection.Headline);
            offsets.Insert(0, -1);
        }
    }

    private static void RemoveLast(List<string> paragraphs, List<ArticleSection> sections, List<int> offsets, int count)
    {
        paragraphs.RemoveRange(paragraphs.Count - count, count);
        sections.RemoveRange(sections.Count - count, count);
        offsets.RemoveRange(offsets.Count - count, count);
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd("\"”’')] ");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    private static bool StartsLowerCase(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return false;
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
    internal static int NestingCut(ReadOnlySpan<char> html, int limit)
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

                var name = html.Slice(i + 1, end - i - 1);
                if (!IsVoid(name))
                {
                    depth++;
                    if (depth > limit)
                    {
                        return i;
                    }
                }
            }

            int after = html[(i + 1)..].IndexOf('<');
            i = after < 0 ? -1 : i + 1 + after;
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

    private static bool LooksLikeHtml(ReadOnlySpan<char> html)
    {
        int limit = Math.Min(html.Length, 4096);
        var head = html[..limit];
        int lt = head.IndexOf('<');
        return lt >= 0 && lt + 1 < head.Length && (char.IsAsciiLetter(head[lt + 1]) || head[lt + 1] is '!' or '/');
    }
}
