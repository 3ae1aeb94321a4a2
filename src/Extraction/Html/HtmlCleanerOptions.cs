namespace Extraction.Html;

/// <summary>Limits and switches of an <see cref="HtmlCleaner"/>. Immutable.</summary>
public sealed record HtmlCleanerOptions
{
    /// <summary>The defaults: 8 MiB of page, 200,000 elements, nesting cut at 512 levels.</summary>
    public static HtmlCleanerOptions Default { get; } = new();

    /// <summary>
    /// Pages longer than this many bytes (or characters) are cut to it before parsing, with a
    /// warning; a negative or zero value makes an over-long page an error instead
    /// (<see cref="PageTooLargeException"/> is thrown for pages over <see cref="HardLimitBytes"/>).
    /// </summary>
    public int MaxPageBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Pages over this many bytes are refused with <see cref="PageTooLargeException"/>.</summary>
    public long HardLimitBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The walk stops after this many elements, with a warning.</summary>
    public int MaxElements { get; init; } = 200_000;

    /// <summary>Elements nested deeper than this are attached to the deepest allowed parent by the parser.</summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>
    /// A page whose tags nest deeper than this (by a linear pre-scan) is cut where it does, with
    /// a warning: the parser's cost grows with the square of the nesting depth.
    /// </summary>
    public int MaxNesting { get; init; } = 2048;

    /// <summary>
    /// A learned block classifier that revises the rules' choice of article blocks, or null for
    /// the rules alone. Defaults to the shipped model (<see cref="Html.BlockClassifier.Default"/>).
    /// </summary>
    public BlockClassifier? BlockClassifier { get; init; } = Html.BlockClassifier.Default;

    /// <summary>Remove the closing byline line of Vietnamese articles from the body (and read the author from it).</summary>
    public bool ReadClosingByline { get; init; } = true;

    /// <summary>
    /// Records where each paragraph's element starts in the decoded page (<see cref="Documents.CleanedArticle.SourceOffsets"/>).
    /// Off by default: tracking positions costs the parser about a third more allocation.
    /// </summary>
    public bool TrackSourcePositions { get; init; }
}
