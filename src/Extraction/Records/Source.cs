using System.Text.Json.Serialization;

namespace Extraction.Records;

/// <summary>Where a document came from (nguồn). <c>url</c> is always written, null when unknown, as the command line's contract shows it.</summary>
/// <param name="Path">The file it was read from, with the entry inside an archive after a <c>!</c> (<c>pages.zip!2021/a.html</c>), or null.</param>
/// <param name="Url">The page's address when known.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the document's bytes.</param>
public sealed record Source(
    string? Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Url,
    string? Sha256)
{
    /// <summary>A source with no path, address or hash (text handed straight to the API).</summary>
    public static Source None { get; } = new(null, null, null);
}
