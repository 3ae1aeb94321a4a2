using System.Text.Json;
using Extraction.Html.Blocks;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Html.Metadata;

/// <summary>The article's title, date and author, and where each came from.</summary>
internal sealed record ArticleMetadata(string? Title, DateOnly? PublishedAt, string? Author, string? TitleSource, string? DateSource, string? AuthorSource);

/// <summary>
/// Reads the title (og:title, JSON-LD <c>headline</c>, <c>h1</c>, <c>title</c> minus the site
/// name), the publication date (JSON-LD <c>datePublished</c>, <c>article:published_time</c>
/// and kin, <c>time datetime</c>, then Vietnamese date lines near the title, never the site's
/// current-date header) and the author (JSON-LD, byline elements, meta author).
/// </summary>
internal static class MetadataExtractor
{
    private const int MaxJsonLdChars = 2_000_000;

    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "date",
        "article.published", "published-date", "created",
    ];

    private static readonly string[] SeparatorsInTitle = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · "];

    /// <summary>Extracts metadata from the walked page and the selected body.</summary>
    public static ArticleMetadata Extract(PageModel model, ContentSelector.Selection selection)
    {
        var meta = model.Metadata.Meta;
        var ld = ReadJsonLd(model.Metadata.JsonLd);

        string? siteName = meta.GetValueOrDefault("og:site_name") ?? meta.GetValueOrDefault("application-name");
        string? h1 = FirstH1(model, selection);
        // Only one headline: the heading the page's title repeats, when the first h1 is not it (a lead set in <h1>).
        if (Clean(model.Metadata.DocumentTitle) is string documentTitle && (h1 is null || !documentTitle.Contains(h1, StringComparison.Ordinal))
            && HeadingInTitle(model, selection, documentTitle) is string repeated)
        {
            h1 = repeated;
        }

        string? title = null, titleSource = null;
        foreach (var (value, source) in (ReadOnlySpan<(string?, string)>)
            [(meta.GetValueOrDefault("og:title"), "og:title"), (ld.Headline, "json-ld"), (meta.GetValueOrDefault("twitter:title"), "twitter:title"), (h1, "h1"), (model.Metadata.DocumentTitle, "title")])
        {
            string? cleaned = Clean(value);
            if (cleaned is null)
            {
                continue;
            }

            title = StripSiteName(cleaned, siteName, h1);
            titleSource = source;
            break;
        }

        DateOnly? date = null;
        string? dateSource = null;
        if (TryDate(ld.DatePublished, out var d))
        {
            (date, dateSource) = (d, "json-ld");
        }
        else
        {
            foreach (string key in DateMetaKeys)
            {
                if (meta.TryGetValue(key, out string? value) && TryDate(value, out d))
                {
                    (date, dateSource) = (d, key);
                    break;
                }
            }
        }

        if (date is null)
        {
            foreach (string value in model.Metadata.TimeValues)
            {
                if (TryDate(value, out d))
                {
                    (date, dateSource) = (d, "time");
                    break;
                }
            }
        }

        if (date is null && FindDateInPage(model, selection) is DateOnly found)
        {
            (date, dateSource) = (found, "page text");
        }

        string? author = null, authorSource = null;
        foreach (var (value, source) in (ReadOnlySpan<(string?, string)>)[(ld.Author, "json-ld"), (FirstByline(model), "byline element")])
        {
            string? cleaned = Bylines.CleanByline(value);
            if (cleaned is not null && !string.Equals(cleaned, siteName, StringComparison.OrdinalIgnoreCase))
            {
                (author, authorSource) = (cleaned, source);
                break;
            }
        }

        if (author is null)
        {
            string? metaAuthor = Bylines.CleanByline(meta.GetValueOrDefault("author") ?? meta.GetValueOrDefault("article:author") ?? meta.GetValueOrDefault("dc.creator"));
            if (metaAuthor is not null && !string.Equals(metaAuthor, siteName, StringComparison.OrdinalIgnoreCase))
            {
                (author, authorSource) = (metaAuthor, "meta author");
            }
        }

        return new ArticleMetadata(title, date, author, titleSource, dateSource, authorSource);
    }

    private static string? FirstByline(PageModel model)
    {
        foreach (string value in model.Metadata.AuthorValues)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? FirstH1(PageModel model, ContentSelector.Selection selection)
    {
        string? first = null;
        foreach (var b in model.Blocks)
        {
            if (b.HeadingLevel == 1 && (b.Flags & ElementFlags.Furniture) == 0 && !BlockFeatures.ReadsLikeParagraph(b.Text))
            {
                first ??= b.Text;
                if (selection.Body.Count == 0 || b.Index <= selection.Body[0].Index)
                {
                    return b.Text;
                }
            }
        }

        return first;
    }

    /// <summary>
    /// The headline as a heading whose text the page's <c>title</c> holds: portals set it in an <c>h2</c>
    /// (<c>&lt;h2 class="title-news"&gt;</c>) and their CKEditor leads in an <c>h1</c>. The first such heading up to the
    /// body's first block (a headline that reads like a paragraph is kept as text).
    /// </summary>
    private static string? HeadingInTitle(PageModel model, ContentSelector.Selection selection, string title)
    {
        int bodyStart = selection.Body.Count > 0 ? selection.Body[0].Index : model.Blocks.Count;
        foreach (var b in model.Blocks)
        {
            if (b.Index > bodyStart)
            {
                break;
            }

            if (b.HeadingLevel is >= 1 and <= 3 && (b.Flags & ElementFlags.Furniture) == 0 && b.Text.Length >= 10 && title.Contains(b.Text, StringComparison.Ordinal))
            {
                return b.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// A date written near the title: the blocks between the headline (or the page start) and
    /// the body's first paragraph, date elements first; a place-and-date header before the
    /// headline is the site's clock, not the article's date.
    /// </summary>
    private static DateOnly? FindDateInPage(PageModel model, ContentSelector.Selection selection)
    {
        int bodyStart = selection.Body.Count > 0 ? selection.Body[0].Index : model.Blocks.Count;
        int titleIndex = -1;
        foreach (var b in model.Blocks)
        {
            if (b.Index >= bodyStart)
            {
                break;
            }

            if (b.HeadingLevel is 1 or 2)
            {
                titleIndex = b.Index;
            }
        }

        DateOnly? fallback = null;
        int from = Math.Max(0, titleIndex);
        for (int i = from; i < model.Blocks.Count && i < bodyStart + 2; i++)
        {
            var b = model.Blocks[i];
            if (b.Text.Length > 160 || (b.Flags & (ElementFlags.Furniture | ElementFlags.Comments)) != 0)
            {
                continue;
            }

            var span = b.Text.AsSpan();
            if (titleIndex < 0 && Boilerplate.IsSiteDateHeader(span) && !StartsWithWeekday(span))
            {
                continue;
            }

            if (i >= bodyStart && !Boilerplate.IsDateLine(span))
            {
                continue;
            }

            foreach (var mention in VietnameseDates.FindAll(span))
            {
                if (mention.Date is DateOnly date)
                {
                    if ((b.Flags & ElementFlags.DateHint) != 0 || Boilerplate.IsDateLine(span))
                    {
                        return date;
                    }

                    fallback ??= date;
                }
            }
        }

        return fallback;
    }

    private static bool StartsWithWeekday(ReadOnlySpan<char> line)
    {
        string key = VietnameseOrthography.Key(line[..Math.Min(line.Length, 9)]);
        return key.StartsWith("thứ", StringComparison.Ordinal) || key.StartsWith("chủ nhật", StringComparison.Ordinal);
    }

    private static bool TryDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (VietnameseDates.TryParse(value, out date))
        {
            return true;
        }

        var mentions = VietnameseDates.FindAll(value);
        foreach (var m in mentions)
        {
            if (m.Date is DateOnly d)
            {
                date = d;
                return true;
            }
        }

        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }

        return false;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string t = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00A0', ' ');
        return t.Length == 0 ? null : System.Net.WebUtility.HtmlDecode(t);
    }

    /// <summary>Removes the site's name from a title: <c>Huyện Yên Thành … | Cổng TTĐT huyện Yên Thành</c>.</summary>
    internal static string StripSiteName(string title, string? siteName, string? h1)
    {
        if (h1 is not null && h1.Length >= 10 && title.Length > h1.Length && title.Contains(h1, StringComparison.Ordinal))
        {
            return h1;
        }

        foreach (string sep in SeparatorsInTitle)
        {
            int at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            string head = title[..at].Trim();
            string tail = title[(at + sep.Length)..].Trim();
            bool tailIsSite = (siteName is not null && string.Equals(tail, siteName.Trim(), StringComparison.OrdinalIgnoreCase))
                || (tail.Length < head.Length / 2 && tail.Length <= 40);
            if (tailIsSite && head.Length >= 10)
            {
                return head;
            }

            int first = title.IndexOf(sep, StringComparison.Ordinal);
            string lead = title[..first].Trim();
            if (siteName is not null && string.Equals(lead, siteName.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return title[(first + sep.Length)..].Trim();
            }
        }

        return title;
    }

    private sealed record JsonLdFacts(string? Headline, string? DatePublished, string? Author);

    private static JsonLdFacts ReadJsonLd(List<string> scripts)
    {
        string? headline = null, date = null, author = null;
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };
        int budget = MaxJsonLdChars;
        foreach (string script in scripts)
        {
            budget -= script.Length;
            if (budget < 0)
            {
                break;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(script.Trim(), options);
            }
            catch (JsonException)
            {
                continue;
            }

            using (doc)
            {
                var stack = new Stack<JsonElement>();
                stack.Push(doc.RootElement);
                while (stack.Count > 0)
                {
                    var e = stack.Pop();
                    if (e.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in e.EnumerateArray().Reverse())
                        {
                            stack.Push(item);
                        }

                        continue;
                    }

                    if (e.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    if (e.TryGetProperty("@graph", out var graph))
                    {
                        stack.Push(graph);
                    }

                    bool isArticle = IsArticleType(e);
                    if (!isArticle && !e.TryGetProperty("headline", out _))
                    {
                        if (e.TryGetProperty("mainEntity", out var main))
                        {
                            stack.Push(main);
                        }

                        continue;
                    }

                    headline ??= StringOf(e, "headline");
                    date ??= StringOf(e, "datePublished");
                    if (author is null && e.TryGetProperty("author", out var a))
                    {
                        author = NameOf(a);
                    }
                }
            }
        }

        return new JsonLdFacts(headline, date, author);
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }

        static bool Is(string? t) => t is not null && (t.Contains("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "ReportageNewsArticle");
        if (type.ValueKind == JsonValueKind.String)
        {
            return Is(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && Is(t.GetString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? StringOf(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? NameOf(JsonElement a)
    {
        switch (a.ValueKind)
        {
            case JsonValueKind.String:
                return a.GetString();
            case JsonValueKind.Object:
                return StringOf(a, "name");
            case JsonValueKind.Array:
                var names = new List<string>();
                foreach (var item in a.EnumerateArray())
                {
                    if (NameOf(item) is { Length: > 0 } n)
                    {
                        names.Add(n);
                    }
                }

                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }
}
