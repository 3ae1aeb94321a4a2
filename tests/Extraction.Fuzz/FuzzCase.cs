namespace Extraction.Fuzz;

/// <summary>One generated hostile input: a file name (its extension decides how the command line reads it) and its bytes.</summary>
/// <param name="Name">The file name, <c>NNNNN-generator.ext</c>, unique within one generated set.</param>
/// <param name="Generator">The generator that made it (<c>byteFlip</c>, <c>zipBomb</c> …).</param>
/// <param name="Bytes">The file's bytes.</param>
/// <param name="IsContainer">A zip, WARC, gzip or JSON Lines file (read by the command line's sources, not by the library).</param>
public sealed record FuzzCase(string Name, string Generator, byte[] Bytes, bool IsContainer)
{
    /// <summary>True when the bytes should be read as an HTML page (by extension).</summary>
    public bool IsHtml => Name.EndsWith(".html", StringComparison.Ordinal);
}

/// <summary>How big the generated inputs get.</summary>
/// <param name="Size">
/// 1 gives the sizes of the attack (nesting to 200,000, 1 MB attribute names, 100,000 entities, 3 MB fact
/// lines, a million punctuation marks); the in-process tests use a small fraction so hundreds of cases run in seconds.
/// </param>
/// <param name="MaxBytes">The document size limit the zip and gzip bombs must inflate past (<c>--max-bytes</c>).</param>
public sealed record FuzzScale(double Size, long MaxBytes)
{
    /// <summary>The sizes against the command line's default limit of 20,000,000 bytes.</summary>
    public static FuzzScale Full { get; } = new(1.0, 20_000_000);
}
