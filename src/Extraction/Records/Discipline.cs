using System.Text.Json.Serialization;

namespace Extraction.Records;

/// <summary>Who was disciplined.</summary>
public enum DisciplineSubject
{
    /// <summary>Party members (đảng viên).</summary>
    [JsonStringEnumMemberName("member")] Member,

    /// <summary>Party organisations (tổ chức đảng).</summary>
    [JsonStringEnumMemberName("organization")] Organization,
}

/// <summary>Counts by form of party discipline (hình thức kỷ luật); a form not stated is null.</summary>
public sealed record DisciplineForms
{
    /// <summary>Reprimand (khiển trách).</summary>
    public int? Reprimand { get; init; }

    /// <summary>Warning (cảnh cáo).</summary>
    public int? Warning { get; init; }

    /// <summary>Dismissal from post (cách chức).</summary>
    public int? Dismissal { get; init; }

    /// <summary>Expulsion from the party (khai trừ).</summary>
    public int? Expulsion { get; init; }

    /// <summary>Dissolution of an organisation (giải tán).</summary>
    public int? Dissolution { get; init; }

    /// <summary>The sum of the stated forms, or null when none is stated.</summary>
    [JsonIgnore]
    public int? Sum => Reprimand is null && Warning is null && Dismissal is null && Expulsion is null && Dissolution is null
        ? null
        : (Reprimand ?? 0) + (Warning ?? 0) + (Dismissal ?? 0) + (Expulsion ?? 0) + (Dissolution ?? 0);

    /// <summary>How many forms are stated.</summary>
    internal int StatedCount => (Reprimand is null ? 0 : 1) + (Warning is null ? 0 : 1) + (Dismissal is null ? 0 : 1) + (Expulsion is null ? 0 : 1) +
                                (Dissolution is null ? 0 : 1);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ",
        new[] { ("reprimand", Reprimand), ("warning", Warning), ("dismissal", Dismissal), ("expulsion", Expulsion), ("dissolution", Dissolution) }
            .Where(f => f.Item2 is not null).Select(f => $"{f.Item1} {f.Item2}"));
}

/// <summary>
/// Party members or organisations disciplined (thi hành kỷ luật), by form:
/// <c>kỷ luật 36 đảng viên bằng các hình thức khiển trách 26, cảnh cáo 3, cách chức 2, khai trừ 5</c>.
/// </summary>
public sealed record Discipline
{
    /// <summary>Members or organisations.</summary>
    public required DisciplineSubject Subject { get; init; }

    /// <summary>The stated total, or null when none is stated.</summary>
    public int? Total { get; init; }

    /// <summary>Counts by form.</summary>
    public required DisciplineForms Forms { get; init; }

    /// <summary>Whether the forms add up to the total; null when either is missing.</summary>
    public bool? Consistent { get; init; }

    /// <summary>The disciplining organisation named in the sentence, else the article's subject.</summary>
    public string? Organization { get; init; }

    /// <summary>The year the disciplines belong to.</summary>
    public int? Year { get; init; }

    /// <summary>The sentence this was read from.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Discipline of {(Total?.ToString() ?? "?")} {Subject}(s): {Forms}{(Consistent == false ? " (does not add up)" : "")}{(Year is int y ? $" in {y}" : "")}";
}
