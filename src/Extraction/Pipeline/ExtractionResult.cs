using Extraction.Records;

namespace Extraction.Pipeline;

/// <summary>
/// What became of one document of a batch: its <see cref="Article"/>, or the <see cref="Error"/> that
/// stopped it. Exactly one of the two is set.
/// </summary>
/// <param name="Index">The document's position in the input, from 0.</param>
/// <param name="Source">Where the document came from (with its SHA-256 when it was read from bytes or a file).</param>
/// <param name="Article">The article, or null when the document could not be read.</param>
/// <param name="Error">Why the document could not be read, or null.</param>
public sealed record ExtractionResult(int Index, Source Source, Article? Article, ExtractionException? Error)
{
    /// <summary>True when the document gave an article.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Article))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Article is not null;

    /// <inheritdoc />
    public override string ToString() =>
        $"#{Index} {Source.Path ?? Source.Url ?? "(no source)"}: {(Article is not null ? Article.ToString() : $"{Error?.KindName}: {Error?.Message}")}";
}
