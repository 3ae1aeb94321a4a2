namespace Extraction.Documents;

/// <summary>
/// What a cleaner (HTML or plain text) hands to the analysis stages: the article's
/// metadata and its paragraphs in reading order (lead, body and image captions, each marked
/// with its <see cref="ArticleSection"/>), with page furniture removed. <see cref="Text"/>
/// is the one string every later offset refers to.
/// </summary>
public sealed record CleanedArticle
{
    /// <summary>Separator between paragraphs in <see cref="Text"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>
    /// Creates a cleaned article of plain paragraphs and lays them out as <see cref="Text"/>: the first paragraph
    /// is the lead, the others are body.
    /// </summary>
    public CleanedArticle(IReadOnlyList<string> paragraphs)
        : this(paragraphs, DefaultSections(paragraphs.Count))
    {
    }

    /// <summary>Creates a cleaned article whose paragraphs carry their sections, and lays them out as <see cref="Text"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="sections"/> does not hold one section per paragraph.</exception>
    public CleanedArticle(IReadOnlyList<string> paragraphs, IReadOnlyList<ArticleSection> sections)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Count != paragraphs.Count)
        {
            throw new ArgumentException($"{sections.Count} sections for {paragraphs.Count} paragraphs; one section per paragraph is needed.", nameof(sections));
        }

        Paragraphs = paragraphs;
        Sections = sections;
        Text = string.Join(ParagraphSeparator, paragraphs);
        var spans = new TextSpan[paragraphs.Count];
        int offset = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            spans[i] = new TextSpan(offset, paragraphs[i].Length);
            offset += paragraphs[i].Length + ParagraphSeparator.Length;
        }

        ParagraphSpans = spans;
        var captions = new List<string>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (sections[i] == ArticleSection.Caption)
            {
                captions.Add(paragraphs[i]);
            }
        }

        Captions = captions;
    }

    /// <summary>The headline (tiêu đề), if found.</summary>
    public string? Title { get; init; }

    /// <summary>The date the article was published (ngày đăng), if found.</summary>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>The byline (tác giả), if found: <c>Minh Anh</c>.</summary>
    public string? Author { get; init; }

    /// <summary>The paragraphs, in reading order (image captions in their place), each on one line.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Where each paragraph lies in <see cref="Text"/>.</summary>
    public IReadOnlyList<TextSpan> ParagraphSpans { get; }

    /// <summary>
    /// The section of each paragraph (parallel to <see cref="Paragraphs"/> and <see cref="ParagraphSpans"/>): the
    /// layer that tells a sentence of the lead from one of a caption.
    /// </summary>
    public IReadOnlyList<ArticleSection> Sections { get; }

    /// <summary>The image captions among <see cref="Paragraphs"/> (section <see cref="ArticleSection.Caption"/>), in order.</summary>
    public IReadOnlyList<string> Captions { get; }

    /// <summary>
    /// The paragraphs of the given sections, joined by blank lines: <c>TextOf(ArticleSection.Lead, ArticleSection.Body)</c>
    /// is the article's text without its headline paragraph and captions, what main-content benchmarks score.
    /// </summary>
    public string TextOf(params ReadOnlySpan<ArticleSection> sections)
    {
        var text = new System.Text.StringBuilder(Text.Length);
        for (int i = 0; i < Paragraphs.Count; i++)
        {
            if (sections.Contains(Sections[i]))
            {
                if (text.Length > 0)
                {
                    text.Append(ParagraphSeparator);
                }

                text.Append(Paragraphs[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// True when paragraph <paramref name="paragraph"/> is the headline told again, as the caption of the image under it often is
    /// (<c>HEADLINE - Ảnh 1</c>, <c>HEADLINE. (Ảnh minh họa: …)</c>, <c>HEADLINE - 1</c>): the headline's words, then at most an
    /// image's label. A headline glued into the text as its first paragraph is not a repeat.
    /// </summary>
    public bool RepeatsTitle(int paragraph)
    {
        if (Title is null || (uint)paragraph >= (uint)Paragraphs.Count || Sections[paragraph] == ArticleSection.Headline)
        {
            return false;
        }

        var headline = Title.AsSpan().Trim().TrimEnd(" .!?…:");
        var text = Paragraphs[paragraph].AsSpan().Trim();
        // A short headline ("Tin vắn") may open any paragraph.
        if (headline.Length < 20 || !text.StartsWith(headline, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[headline.Length..].Trim(" .:-–—|");
        return rest.IsEmpty || (rest.Length <= 2 && !rest.ContainsAnyExceptInRange('0', '9')) ||
               ((rest.StartsWith("ảnh", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("(ảnh", StringComparison.OrdinalIgnoreCase)) && rest.Length <= 80);
    }

    /// <summary>The section of the paragraph that holds <paramref name="offset"/> of <see cref="Text"/>, or null between paragraphs.</summary>
    public ArticleSection? SectionAt(int offset)
    {
        int i = ParagraphAt(offset);
        return i >= 0 ? Sections[i] : null;
    }

    /// <summary>The paragraphs joined by blank lines: the cleaned text.</summary>
    public string Text { get; }

    /// <summary>
    /// The map back to the source, per paragraph: where the element that held paragraph <c>i</c> starts in the
    /// decoded page (−1 where unknown). Empty unless the cleaner was asked to track positions
    /// (<see cref="Html.HtmlCleanerOptions.TrackSourcePositions"/>).
    /// </summary>
    public IReadOnlyList<int> SourceOffsets { get; init; } = [];

    /// <summary>
    /// Where in the source the text at <paramref name="cleanedOffset"/> came from: the start of its paragraph's
    /// element, or null when positions were not tracked or the offset lies between paragraphs.
    /// </summary>
    public int? SourceOffsetOf(int cleanedOffset)
    {
        int i = ParagraphAt(cleanedOffset);
        return i >= 0 && i < SourceOffsets.Count && SourceOffsets[i] >= 0 ? SourceOffsets[i] : null;
    }

    /// <summary>The index of the paragraph that holds <paramref name="offset"/> (a binary search), or -1.</summary>
    private int ParagraphAt(int offset)
    {
        int lo = 0, hi = ParagraphSpans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var span = ParagraphSpans[mid];
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static ArticleSection[] DefaultSections(int count)
    {
        var sections = new ArticleSection[count];
        Array.Fill(sections, ArticleSection.Body);
        if (count > 0)
        {
            sections[0] = ArticleSection.Lead;
        }

        return sections;
    }

    /// <summary>What the cleaner had to guess or repair (an encoding, a mojibake fix …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
