namespace Extraction.Pipeline;

/// <summary>Why a document could not be processed.</summary>
public enum ExtractionErrorKind
{
    /// <summary>The document is larger than <see cref="ExtractionOptions.MaxDocumentBytes"/>.</summary>
    TooLarge,

    /// <summary>The bytes are not text in any encoding the library reads.</summary>
    NotText,

    /// <summary>The document was read but holds no article text.</summary>
    Empty,

    /// <summary>Processing took longer than the caller allowed.</summary>
    Timeout,

    /// <summary>A document container (archive, JSON line) could not be read.</summary>
    Unreadable,
}

/// <summary>A document that cannot be turned into an article; the message is one plain sentence.</summary>
public sealed class ExtractionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ExtractionException(ExtractionErrorKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    /// <summary>What went wrong, as a category.</summary>
    public ExtractionErrorKind Kind { get; }

    /// <summary>The wire name of <see cref="Kind"/>: <c>tooLarge</c>, <c>notText</c> ….</summary>
    public string KindName => char.ToLowerInvariant(Kind.ToString()[0]) + Kind.ToString()[1..];
}
