namespace Extraction.Html;

/// <summary>What is known about a page besides its bytes: where it came from and how it was served.</summary>
/// <param name="Url">The page's address, if known.</param>
/// <param name="ContentType">The HTTP <c>Content-Type</c> header (<c>text/html; charset=windows-1258</c>), if known.</param>
public sealed record PageInfo(string? Url = null, string? ContentType = null);
