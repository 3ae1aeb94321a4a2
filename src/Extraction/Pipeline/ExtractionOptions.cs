namespace Extraction.Pipeline;

/// <summary>
/// Settings of an <see cref="ArticleExtractor"/>; immutable, so one instance may be shared.
/// Change a setting with a <c>with</c> expression: <c>ExtractionOptions.Default with { MaxDocumentBytes = 1_000_000 }</c>.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults: 20 MB per document.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// Largest document accepted, in bytes of input (or UTF-16 characters for text handed in as a string);
    /// a larger one is refused with <see cref="ExtractionErrorKind.TooLarge"/> rather than risking memory.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 20_000_000;

    /// <summary>
    /// Whether the learned extraction models (trained on real news) decide, label and score the rules'
    /// candidates. Off, the rules alone decide, which is useful to measure one against the other.
    /// </summary>
    public bool UseLearnedModels { get; init; } = true;
}
