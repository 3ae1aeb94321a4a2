using System.Text;

namespace Extraction.Records;

/// <summary>
/// Everything read from one article (bài báo): its metadata and the four kinds of facts,
/// each with evidence. This is the article object of <c>docs/records.md</c>.
/// </summary>
public sealed record Article
{
    /// <summary>The version of the record shape; <c>"1"</c>.</summary>
    public string SchemaVersion { get; init; } = "1";

    /// <summary>Where the document came from.</summary>
    public Source Source { get; init; } = Source.None;

    /// <summary>The headline (tiêu đề).</summary>
    public string? Title { get; init; }

    /// <summary>The publication date (ngày đăng).</summary>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>The byline (tác giả).</summary>
    public string? Author { get; init; }

    /// <summary>The party organisation whose work the article reports.</summary>
    public PartyOrganization? Subject { get; init; }

    /// <summary>The year the reported results belong to (a 2021 article summing up 2020 has 2020).</summary>
    public int? Period { get; init; }

    /// <summary>New party members admitted (kết nạp).</summary>
    public IReadOnlyList<Admission> Admissions { get; init; } = [];

    /// <summary>Members or organisations disciplined (kỷ luật).</summary>
    public IReadOnlyList<Discipline> Disciplines { get; init; } = [];

    /// <summary>Honours given or proposed (khen thưởng).</summary>
    public IReadOnlyList<Award> Awards { get; init; } = [];

    /// <summary>Officials named with their titles.</summary>
    public IReadOnlyList<Official> Officials { get; init; } = [];

    /// <summary>Plain sentences about what looked wrong.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The article for a reader: a heading line (title, date, byline, subject, period), then every fact,
    /// each followed by the sentence it was read from (written out the first time only), then the warnings.
    /// </summary>
    /// <example>
    /// <code>
    /// Huyện Mỹ Lộc tổng kết công tác xây dựng Đảng — 2022-01-10, Vũ Nam
    /// subject: Đảng bộ huyện Mỹ Lộc (huyện Mỹ Lộc); period: 2021
    /// admissions (1)
    ///   Admission 51 (Achieved) by Đảng bộ huyện Mỹ Lộc in 2021
    ///     « Kết nạp 51 đảng viên mới. »
    /// </code>
    /// </example>
    public string Explain()
    {
        var text = new StringBuilder();
        string published = PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        string byline = string.Join(", ", new[] { published, Author ?? "" }.Where(s => s.Length > 0));
        text.AppendLine($"{Title ?? "(untitled)"}{(byline.Length > 0 ? " — " + byline : "")}");
        string subject = Subject is null ? "(not found)"
            : Subject.UnitName is null ? Subject.Name : $"{Subject.Name} ({Subject.UnitLevel} {Subject.UnitName}{(Subject.Province is null ? "" : ", " + Subject.Province)})";
        text.AppendLine($"subject: {subject}; period: {(Period is int p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(not found)")}");
        var shown = new HashSet<(int, int)>();
        Section(text, shown, "admissions", Admissions, a => [a.Evidence]);
        Section(text, shown, "disciplines", Disciplines, d => [d.Evidence]);
        Section(text, shown, "awards", Awards, a => [a.Evidence]);
        Section(text, shown, "officials", Officials, o => o.Mentions);
        foreach (var w in Warnings)
        {
            text.AppendLine($"! {w}");
        }

        return text.ToString();
    }

    private static void Section<T>(StringBuilder text, HashSet<(int, int)> shown, string name, IReadOnlyList<T> facts, Func<T, IEnumerable<Evidence>> evidence)
        where T : notnull
    {
        if (facts.Count == 0)
        {
            return;
        }

        text.AppendLine($"{name} ({facts.Count})");
        foreach (var fact in facts)
        {
            text.AppendLine($"  {fact}");
            foreach (var e in evidence(fact))
            {
                // A sentence that gave several facts is written out once.
                text.AppendLine(shown.Add((e.Start, e.End)) ? $"    « {e.Sentence} »" : $"    « the sentence at {e.Start}..{e.End} above »");
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Title ?? "(untitled)"}: {Admissions.Count} admissions, {Disciplines.Count} disciplines, {Awards.Count} awards, {Officials.Count} officials";
}
