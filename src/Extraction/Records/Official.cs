namespace Extraction.Records;

/// <summary>
/// One title an official holds (chức danh): <c>Bí thư Huyện ủy</c> → position <c>Bí thư</c>,
/// organisation <c>Huyện ủy Yên Thành</c>.
/// </summary>
/// <param name="Position">The post, abbreviations expanded: <c>Phó Bí thư Thường trực</c>.</param>
/// <param name="Organization">The body, abbreviations expanded and a bare <c>huyện</c> resolved to the article's unit; null for a bare position.</param>
/// <param name="Text">The title as written.</param>
public sealed record Title(string Position, string? Organization, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Organization is null ? Position : $"{Position} {Organization}";
}

/// <summary>A person named in the article with their titles (cán bộ, lãnh đạo).</summary>
public sealed record Official
{
    /// <summary>The full name, NFC with normalised tone-mark placement: <c>Lê Thị Thanh Hương</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The titles stated for the person, in order of first mention.</summary>
    public IReadOnlyList<Title> Titles { get; init; } = [];

    /// <summary>True for a former holder (nguyên …).</summary>
    public bool Former { get; init; }

    /// <summary>Evidence for each place the person is named.</summary>
    public IReadOnlyList<Evidence> Mentions { get; init; } = [];

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}{(Former ? " (former)" : "")}{(Titles.Count > 0 ? " — " + string.Join("; ", Titles) : "")}";
}
