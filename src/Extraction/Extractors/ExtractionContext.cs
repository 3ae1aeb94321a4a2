using Extraction.Documents;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Extractors;

/// <summary>
/// Per-document scratch shared by the extractors of one run: the analysed document, what
/// the article-level extractors decided (subject, period, province), and the facts found.
/// Belongs to one call; never shared between threads.
/// </summary>
internal sealed class ExtractionContext(ArticleDocument document, ExtractionOptions options, CancellationToken cancellationToken)
{
    public ArticleDocument Document { get; } = document;

    /// <summary>The caller's settings, e.g. whether learned models may decide (<see cref="ExtractionOptions.UseLearnedModels"/>).</summary>
    public ExtractionOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The reporting party organisation, once the subject extractor has run.</summary>
    public PartyOrganization? Subject { get; set; }

    /// <summary>The year the results belong to, once the period extractor has run.</summary>
    public int? Period { get; set; }

    /// <summary>The province or central city the article is set in, when it says so.</summary>
    public string? Province { get; set; }

    /// <summary>
    /// The only province or central city the article names, so that a bare <c>Tỉnh ủy</c> or <c>UBND tỉnh</c> can be
    /// taken to mean it (annotation.md: the unit the article makes clear); null when it names none or several. A
    /// province known only from the gazetteer (the article names its district) does not count: the text does not name it.
    /// </summary>
    public string? ClearProvince { get; set; }

    /// <summary>
    /// True when the article is set in a city directly under the centre: it names one, or it has urban
    /// districts (quận), which only such cities have. There <c>TUV</c> is a Thành ủy viên.
    /// </summary>
    public bool InCentralCity { get; set; }

    public List<Admission> Admissions { get; } = [];

    public List<Discipline> Disciplines { get; } = [];

    public List<Award> Awards { get; } = [];

    public List<Official> Officials { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>
    /// A fresh context over another reading of the same article (the discipline extractor's, with the headline as a paragraph),
    /// carrying what the article-level extractors decided and no facts.
    /// </summary>
    public ExtractionContext Over(ArticleDocument document) => new(document, Options, CancellationToken)
    {
        Subject = Subject, Period = Period, Province = Province, ClearProvince = ClearProvince, InCentralCity = InCentralCity,
    };

    /// <summary>The evidence record for a sentence.</summary>
    public Evidence EvidenceOf(Sentence sentence) =>
        new(Document.TextOf(sentence.Span), sentence.Span.Start, sentence.Span.End);

    /// <summary>The article record: the cleaner's metadata and what the extractors found.</summary>
    public Article ToArticle(Source source, IReadOnlyList<string> warnings) => new()
    {
        Source = source,
        Title = Document.Cleaned.Title,
        PublishedAt = Document.Cleaned.PublishedAt,
        Author = Document.Cleaned.Author,
        Subject = Subject,
        Period = Period,
        Admissions = Admissions,
        Disciplines = Disciplines,
        Awards = Awards,
        Officials = Officials,
        Warnings = warnings,
    };
}
