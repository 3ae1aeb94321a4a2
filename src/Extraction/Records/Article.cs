using System.Text;

namespace Extraction.Records;

/// <summary>
/// Everything read from one article (bài báo): its metadata and the four kinds of facts,
/// each with evidence. This is the article object of <c>records.md</c>.
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

    /// <summary>Every fact of the article with the sentence it was read from, one per line.</summary>
    public string Explain()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Title} ({PublishedAt:yyyy-MM-dd}, {Author}); subject: {Subject?.Name}; period: {Period}");
        foreach (var a in Admissions)
        {
            text.AppendLine($"- {a}\n    « {a.Evidence.Sentence} »");
        }

        foreach (var d in Disciplines)
        {
            text.AppendLine($"- {d}\n    « {d.Evidence.Sentence} »");
        }

        foreach (var a in Awards)
        {
            text.AppendLine($"- {a}\n    « {a.Evidence.Sentence} »");
        }

        foreach (var o in Officials)
        {
            text.AppendLine($"- {o}");
            foreach (var m in o.Mentions)
            {
                text.AppendLine($"    « {m.Sentence} »");
            }
        }

        foreach (var w in Warnings)
        {
            text.AppendLine($"! {w}");
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Title ?? "(untitled)"}: {Admissions.Count} admissions, {Disciplines.Count} disciplines, {Awards.Count} awards, {Officials.Count} officials";
}
