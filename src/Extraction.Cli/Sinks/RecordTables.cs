using System.Text.Json;
using Extraction.Cli.Batch;
using Extraction.Records;

namespace Extraction.Cli.Sinks;

/// <summary>The type of a column, mapped to each database's own type.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Real,
}

/// <summary>A column of a record table.</summary>
internal sealed record Column(string Name, ColumnType Type);

/// <summary>A record table: its name, columns and key columns.</summary>
internal sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<string> Key);

/// <summary>
/// The flat form of the records, shared by the CSV files and the SQL databases: one table per record type, children
/// keyed by the article's <c>sha256</c> and their position in the article; errors keyed by the document's path.
/// Lists inside a record (award recipients, official mentions, warnings) are JSON text.
/// </summary>
internal static class RecordTables
{
    /// <summary>The version of this schema, stored in the databases' <c>schema_version</c> table.</summary>
    public const int SchemaVersion = 1;

    private static Column T(string name) => new(name, ColumnType.Text);

    private static Column I(string name) => new(name, ColumnType.Integer);

    private static Column R(string name) => new(name, ColumnType.Real);

    private static readonly Column[] Evidence = [T("evidence_sentence"), I("evidence_start"), I("evidence_end"), R("confidence")];

    public static Table Articles { get; } = new("articles",
        [T("sha256"), T("path"), T("url"), T("schema_version"), T("title"), T("published_at"), T("author"),
         T("subject_name"), T("subject_unit_level"), T("subject_unit_name"), T("subject_province"), I("period"), T("warnings")],
        ["sha256"]);

    public static Table Admissions { get; } = new("admissions",
        [T("article_sha256"), I("idx"), I("count"), T("status"), I("target"), R("percent_of_target"), T("organization"), I("year"), .. Evidence],
        ["article_sha256", "idx"]);

    public static Table Disciplines { get; } = new("disciplines",
        [T("article_sha256"), I("idx"), T("subject"), I("total"), I("reprimand"), I("warning"), I("dismissal"), I("expulsion"), I("dissolution"),
         I("consistent"), T("organization"), I("year"), .. Evidence],
        ["article_sha256", "idx"]);

    public static Table Awards { get; } = new("awards",
        [T("article_sha256"), I("idx"), T("award"), T("detail"), T("recipients"), T("recipient_name"), T("grantor"), T("status"), .. Evidence],
        ["article_sha256", "idx"]);

    public static Table Officials { get; } = new("officials",
        [T("article_sha256"), I("idx"), T("name"), I("former"), R("confidence"), T("mentions")],
        ["article_sha256", "idx"]);

    public static Table Titles { get; } = new("titles",
        [T("article_sha256"), I("official_idx"), I("idx"), T("position"), T("organization"), T("text")],
        ["article_sha256", "official_idx", "idx"]);

    public static Table Errors { get; } = new("errors",
        [T("path"), T("url"), T("sha256"), T("kind"), T("message")],
        ["path"]);

    /// <summary>The tables of an article's children, in the order they are written.</summary>
    public static IReadOnlyList<Table> Children { get; } = [Admissions, Disciplines, Awards, Officials, Titles];

    /// <summary>Every table.</summary>
    public static IReadOnlyList<Table> All { get; } = [Articles, Admissions, Disciplines, Awards, Officials, Titles, Errors];

    /// <summary>The rows of an article, per table (articles first, then <see cref="Children"/>).</summary>
    public static IEnumerable<(Table Table, object?[] Row)> RowsOf(Article article)
    {
        string sha = article.Source.Sha256 ?? "";
        var s = article.Subject;
        yield return (Articles, [sha, article.Source.Path, article.Source.Url, article.SchemaVersion, article.Title,
            article.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), article.Author,
            s?.Name, s?.UnitLevel, s?.UnitName, s?.Province, article.Period, Json(article.Warnings)]);
        for (int i = 0; i < article.Admissions.Count; i++)
        {
            var a = article.Admissions[i];
            yield return (Admissions, [sha, i, a.Count, Wire(a.Status), a.Target, (double?)a.PercentOfTarget, a.Organization, a.Year, .. EvidenceOf(a.Evidence, a.Confidence)]);
        }

        for (int i = 0; i < article.Disciplines.Count; i++)
        {
            var d = article.Disciplines[i];
            yield return (Disciplines, [sha, i, Wire(d.Subject), d.Total, d.Forms.Reprimand, d.Forms.Warning, d.Forms.Dismissal, d.Forms.Expulsion,
                d.Forms.Dissolution, d.Consistent is { } c ? (c ? 1 : 0) : null, d.Organization, d.Year, .. EvidenceOf(d.Evidence, d.Confidence)]);
        }

        for (int i = 0; i < article.Awards.Count; i++)
        {
            var a = article.Awards[i];
            string recipients = Json(a.Recipients.Select(r => new Dictionary<string, object?> { ["kind"] = Wire(r.Kind), ["count"] = r.Count }).ToList());
            yield return (Awards, [sha, i, Wire(a.Kind), a.Detail, recipients, a.RecipientName, a.Grantor, Wire(a.Status), .. EvidenceOf(a.Evidence, a.Confidence)]);
        }

        for (int i = 0; i < article.Officials.Count; i++)
        {
            var o = article.Officials[i];
            string mentions = Json(o.Mentions.Select(m => new Dictionary<string, object> { ["sentence"] = m.Sentence, ["start"] = m.Start, ["end"] = m.End }).ToList());
            yield return (Officials, [sha, i, o.Name, o.Former ? 1 : 0, o.Confidence, mentions]);
        }

        for (int i = 0; i < article.Officials.Count; i++)
        {
            var titles = article.Officials[i].Titles;
            for (int j = 0; j < titles.Count; j++)
            {
                yield return (Titles, [sha, i, j, titles[j].Position, titles[j].Organization, titles[j].Text]);
            }
        }
    }

    /// <summary>The row of an error.</summary>
    public static object?[] ErrorRow(Outcome outcome) =>
        [outcome.Source.Path, outcome.Source.Url, outcome.Source.Sha256, outcome.ErrorKind, outcome.ErrorMessage];

    private static object?[] EvidenceOf(Evidence evidence, double confidence) => [evidence.Sentence, evidence.Start, evidence.End, confidence];

    /// <summary>The wire name of an enum value: <c>PartyBadge</c> → <c>partyBadge</c>.</summary>
    public static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);
}
