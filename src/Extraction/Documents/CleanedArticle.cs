namespace Extraction.Documents;

/// <summary>
/// What a cleaner (HTML or plain text) hands to the analysis stages: the article's
/// metadata and its body paragraphs, with page furniture removed. <see cref="Text"/>
/// is the one string every later offset refers to.
/// </summary>
public sealed record CleanedArticle
{
    /// <summary>Separator between paragraphs in <see cref="Text"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Creates a cleaned article and lays its paragraphs out as <see cref="Text"/>.</summary>
    public CleanedArticle(IReadOnlyList<string> paragraphs)
    {
        Paragraphs = paragraphs;
        Text = string.Join(ParagraphSeparator, paragraphs);
        var spans = new TextSpan[paragraphs.Count];
        int offset = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            spans[i] = new TextSpan(offset, paragraphs[i].Length);
            offset += paragraphs[i].Length + ParagraphSeparator.Length;
        }

        ParagraphSpans = spans;
    }

    /// <summary>The headline (tiêu đề), if found.</summary>
    public string? Title { get; init; }

    /// <summary>The date the article was published (ngày đăng), if found.</summary>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>The byline (tác giả), if found: <c>Minh Anh</c>.</summary>
    public string? Author { get; init; }

    /// <summary>The body paragraphs, in reading order, each on one line.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Where each paragraph lies in <see cref="Text"/>.</summary>
    public IReadOnlyList<TextSpan> ParagraphSpans { get; }

    /// <summary>Image captions, kept apart from the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

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
        for (int i = 0; i < ParagraphSpans.Count && i < SourceOffsets.Count; i++)
        {
            var span = ParagraphSpans[i];
            if (cleanedOffset >= span.Start && cleanedOffset < span.End)
            {
                return SourceOffsets[i] >= 0 ? SourceOffsets[i] : null;
            }
        }

        return null;
    }

    /// <summary>What the cleaner had to guess or repair (an encoding, a mojibake fix …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
