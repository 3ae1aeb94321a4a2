using System.Collections;
using System.Globalization;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Records;

/// <summary>
/// One fact of one article as a flat row, for CSV files, spreadsheets and data frames. Columns that do
/// not apply to a fact type are null. An official gives one row per title (and one row with no position
/// when no title is stated).
/// </summary>
public sealed record FactRow
{
    /// <summary>The article's id: its file name without extension (the id the gold scorer uses), else its URL, else <c>#</c> and its position in the batch.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The article's <see cref="Source.Path"/> or, failing that, its <see cref="Source.Url"/>.</summary>
    public string? Path { get; init; }

    /// <summary><c>admission</c>, <c>discipline</c>, <c>award</c> or <c>official</c>.</summary>
    public required string FactType { get; init; }

    /// <summary>The fact's kind, in the JSON wire names: the discipline's subject (<c>member</c>, <c>organization</c>) or the award (<c>partyBadge</c> …); null for admissions and officials.</summary>
    public string? Kind { get; init; }

    /// <summary>How many: admitted, disciplined (the total, else the sum of the forms), or awarded (all counted recipients).</summary>
    public int? Count { get; init; }

    /// <summary>The wire status: <c>achieved</c>, <c>target</c>, <c>proposed</c> (admissions), <c>awarded</c>, <c>proposed</c> (awards), <c>former</c> (officials no longer in post).</summary>
    public string? Status { get; init; }

    /// <summary>The year the fact belongs to (admissions and disciplines), else the article's period.</summary>
    public int? Year { get; init; }

    /// <summary>The organisation: admitting or disciplining body, an award's grantor, or the body of an official's title.</summary>
    public string? Organization { get; init; }

    /// <summary>A name: the official's, or an award's named recipient.</summary>
    public string? Name { get; init; }

    /// <summary>An official's position (<c>Bí thư</c>).</summary>
    public string? Position { get; init; }

    /// <summary>More about the fact, as text: discipline forms (<c>reprimand 26, warning 3</c>), an award's detail and recipients, an admission's target.</summary>
    public string? Detail { get; init; }

    /// <summary>The evidence sentence (for an official, the first mention).</summary>
    public string? Evidence { get; init; }

    /// <summary>Offset of the evidence sentence in the article's cleaned text.</summary>
    public int? EvidenceStart { get; init; }

    /// <summary>Offset one past the evidence sentence's end.</summary>
    public int? EvidenceEnd { get; init; }

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{ArticleId} {FactType}{(Kind is null ? "" : $" {Kind}")}{(Count is int c ? $" {c}" : "")}{(Status is null ? "" : $" ({Status})")}" +
        $"{(Name is null ? "" : $" {Name}")}{(Position is null ? "" : $", {Position}")}{(Organization is null ? "" : $" — {Organization}")}{(Year is int y ? $" {y}" : "")}";
}

/// <summary>
/// The facts of a batch of articles as one flat table, one <see cref="FactRow"/> per fact, in article
/// order and, within an article, admissions, disciplines, awards, officials. Immutable.
/// <code>
/// var table = FactTable.From(articles);
/// File.WriteAllText("facts.csv", table.ToCsv());
/// foreach (var row in table.Where(r => r.FactType == "admission")) Console.WriteLine(row);
/// </code>
/// </summary>
public sealed class FactTable : IReadOnlyList<FactRow>
{
    /// <summary>The columns, in order, as the CSV header names them (the <see cref="FactRow"/> properties in camelCase).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "articleId", "path", "factType", "kind", "count", "status", "year", "organization", "name", "position",
        "detail", "evidence", "evidenceStart", "evidenceEnd", "confidence",
    ];

    private readonly FactRow[] _rows;

    private FactTable(FactRow[] rows) => _rows = rows;

    /// <summary>The number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>The row at <paramref name="index"/>.</summary>
    /// <param name="index">From 0.</param>
    public FactRow this[int index] => _rows[index];

    /// <summary>The facts of many articles.</summary>
    /// <param name="articles">The articles, in the order their rows should come.</param>
    public static FactTable From(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var rows = new List<FactRow>();
        int position = 0;
        foreach (var article in articles)
        {
            AddRows(article, position++, rows);
        }

        return new FactTable([.. rows]);
    }

    /// <summary>The facts of the articles of a batch; documents that could not be read give no rows.</summary>
    /// <param name="results">The results of <see cref="ArticleExtractor.ExtractAllAsync(IEnumerable{DocumentInput}, int, CancellationToken)"/>.</param>
    public static FactTable From(IEnumerable<ExtractionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<FactRow>();
        foreach (var result in results)
        {
            if (result.Article is not null)
            {
                AddRows(result.Article, result.Index, rows);
            }
        }

        return new FactTable([.. rows]);
    }

    /// <summary>The facts of one article.</summary>
    /// <param name="article">The article.</param>
    public static FactTable From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return From([article]);
    }

    /// <summary>The article id that <see cref="FactRow.ArticleId"/> uses for <paramref name="source"/>.</summary>
    /// <param name="source">The article's source.</param>
    /// <param name="position">The article's position in its batch, used when the source names nothing.</param>
    public static string ArticleIdOf(Source source, int position)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Path is { Length: > 0 } path)
        {
            // "pages.zip!2021/a.html" and "dir\a.txt" both give "a".
            string name = path.Replace('\\', '/').Split('/', '!')[^1];
            return System.IO.Path.GetFileNameWithoutExtension(name);
        }

        return source.Url ?? $"#{position}";
    }

    /// <summary>The table as CSV (RFC 4180: comma-separated, fields quoted when needed, a header line, numbers in invariant culture, <c>\n</c> line ends).</summary>
    public string ToCsv()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteCsv(text);
        return text.ToString();
    }

    /// <summary>Writes the table as CSV to <paramref name="writer"/>; see <see cref="ToCsv"/>.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        var line = new StringBuilder();
        foreach (var r in _rows)
        {
            line.Clear();
            Field(line, r.ArticleId).Append(',');
            Field(line, r.Path).Append(',');
            Field(line, r.FactType).Append(',');
            Field(line, r.Kind).Append(',');
            Field(line, Number(r.Count)).Append(',');
            Field(line, r.Status).Append(',');
            Field(line, Number(r.Year)).Append(',');
            Field(line, r.Organization).Append(',');
            Field(line, r.Name).Append(',');
            Field(line, r.Position).Append(',');
            Field(line, r.Detail).Append(',');
            Field(line, r.Evidence).Append(',');
            Field(line, Number(r.EvidenceStart)).Append(',');
            Field(line, Number(r.EvidenceEnd)).Append(',');
            Field(line, r.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <inheritdoc />
    public IEnumerator<FactRow> GetEnumerator() => ((IEnumerable<FactRow>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Count} facts from {_rows.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count()} articles (" +
        string.Join(", ", new[] { "admission", "discipline", "award", "official" }.Select(t => $"{t} {_rows.Count(r => r.FactType == t)}")) + ")";

    private static void AddRows(Article article, int position, List<FactRow> rows)
    {
        ArgumentNullException.ThrowIfNull(article);
        string id = ArticleIdOf(article.Source, position);
        string? path = article.Source.Path ?? article.Source.Url;
        foreach (var a in article.Admissions)
        {
            rows.Add(new FactRow
            {
                ArticleId = id, Path = path, FactType = "admission", Count = a.Count, Status = Wire(a.Status), Year = a.Year ?? article.Period,
                Organization = a.Organization,
                Detail = a.Target is int t ? $"target {t}{(a.PercentOfTarget is decimal p ? $", {p.ToString(CultureInfo.InvariantCulture)}%" : "")}"
                    : a.PercentOfTarget is decimal q ? $"{q.ToString(CultureInfo.InvariantCulture)}% of target" : null,
                Evidence = a.Evidence.Sentence, EvidenceStart = a.Evidence.Start, EvidenceEnd = a.Evidence.End, Confidence = a.Confidence,
            });
        }

        foreach (var d in article.Disciplines)
        {
            string forms = d.Forms.ToString();
            rows.Add(new FactRow
            {
                ArticleId = id, Path = path, FactType = "discipline", Kind = Wire(d.Subject), Count = d.Total ?? d.Forms.Sum, Year = d.Year ?? article.Period,
                Organization = d.Organization,
                Detail = forms.Length == 0 ? null : forms + (d.Consistent == false ? " (does not add up)" : ""),
                Evidence = d.Evidence.Sentence, EvidenceStart = d.Evidence.Start, EvidenceEnd = d.Evidence.End, Confidence = d.Confidence,
            });
        }

        foreach (var a in article.Awards)
        {
            string recipients = string.Join(", ", a.Recipients.Select(r => $"{r.Count} {Wire(r.Kind)}"));
            string? detail = string.Join("; ", new[] { a.Detail, recipients.Length == 0 ? null : recipients }.Where(s => s is not null));
            rows.Add(new FactRow
            {
                ArticleId = id, Path = path, FactType = "award", Kind = Wire(a.Kind), Count = a.Recipients.Count == 0 ? null : a.Recipients.Sum(r => r.Count),
                Status = Wire(a.Status), Year = article.Period, Organization = a.Grantor, Name = a.RecipientName, Detail = detail.Length == 0 ? null : detail,
                Evidence = a.Evidence.Sentence, EvidenceStart = a.Evidence.Start, EvidenceEnd = a.Evidence.End, Confidence = a.Confidence,
            });
        }

        foreach (var o in article.Officials)
        {
            var first = o.Mentions.Count > 0 ? o.Mentions[0] : null;
            var row = new FactRow
            {
                ArticleId = id, Path = path, FactType = "official", Status = o.Former ? "former" : null, Year = article.Period, Name = o.Name,
                Evidence = first?.Sentence, EvidenceStart = first?.Start, EvidenceEnd = first?.End, Confidence = o.Confidence,
            };
            if (o.Titles.Count == 0)
            {
                rows.Add(row);
            }

            foreach (var title in o.Titles)
            {
                rows.Add(row with { Position = title.Position, Organization = title.Organization, Detail = title.Text });
            }
        }
    }

    /// <summary>The JSON wire name of an enum value (<c>partyBadge</c>), as <see cref="RecordJson"/> writes it.</summary>
    private static string Wire<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonSerializer.Serialize(value, RecordJson.Options.GetTypeInfo(typeof(T))).Trim('"');

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static StringBuilder Field(StringBuilder line, string? value)
    {
        if (value is null)
        {
            return line;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return line.Append(value);
        }

        return line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
