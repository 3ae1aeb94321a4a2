using Extraction.Rules;

namespace Extraction.Html.Blocks;

/// <summary>
/// The features of one text block that the keep/drop decision reads. Today a hand-written
/// rule set (<see cref="ContentSelector"/>) decides; the same features, as a fixed-order
/// vector (<see cref="CopyTo"/>, named by <see cref="Names"/>), are what a learned block
/// classifier will take once the library's learning code exists.
/// </summary>
internal readonly record struct BlockFeatures
{
    /// <summary>Feature names, in the order <see cref="CopyTo"/> writes them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "log_length", "link_density", "commas_per_100", "ends_sentence", "heading_level", "is_list_item", "is_table_cell",
        "in_furniture", "in_comments", "in_controls", "in_caption", "in_byline", "in_date", "in_header", "in_article_markup",
        "is_control_line", "is_site_date_header", "is_date_line", "is_end_heading", "class_weight", "relative_position",
    ];

    /// <summary>Characters of text.</summary>
    public int Length { get; init; }

    /// <summary>Fraction of the text inside links.</summary>
    public double LinkDensity { get; init; }

    /// <summary>Commas per 100 characters.</summary>
    public double CommaRate { get; init; }

    /// <summary>True when the text ends like a sentence.</summary>
    public bool EndsSentence { get; init; }

    /// <summary>1–6 for headings, else 0.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>In a list item.</summary>
    public bool IsListItem { get; init; }

    /// <summary>In a table cell.</summary>
    public bool IsTableCell { get; init; }

    /// <summary>In navigation, sidebar, footer, menu (not inherited from the container).</summary>
    public bool InFurniture { get; init; }

    /// <summary>In a comment list or form.</summary>
    public bool InComments { get; init; }

    /// <summary>In share/print/counter controls.</summary>
    public bool InControls { get; init; }

    /// <summary>In an image caption.</summary>
    public bool InCaption { get; init; }

    /// <summary>In a byline element.</summary>
    public bool InByline { get; init; }

    /// <summary>In a date element.</summary>
    public bool InDate { get; init; }

    /// <summary>In a header element.</summary>
    public bool InHeader { get; init; }

    /// <summary>In markup that names the article (<c>article</c>, <c>itemprop=articleBody</c>).</summary>
    public bool InArticleMarkup { get; init; }

    /// <summary>A control or counter line (<see cref="Boilerplate.IsControlLine"/>).</summary>
    public bool IsControlLine { get; init; }

    /// <summary>The site's current-date header (<see cref="Boilerplate.IsSiteDateHeader"/>).</summary>
    public bool IsSiteDateHeader { get; init; }

    /// <summary>A publication-date line (<see cref="Boilerplate.IsDateLine"/>).</summary>
    public bool IsDateLine { get; init; }

    /// <summary>An end-of-article heading (<see cref="Boilerplate.IsEndOfArticleHeading"/>).</summary>
    public bool IsEndHeading { get; init; }

    /// <summary>Class/id weight of the holding element.</summary>
    public int ClassWeight { get; init; }

    /// <summary>Position among the page's blocks, 0–1.</summary>
    public double RelativePosition { get; init; }

    /// <summary>Computes the features; flags in <paramref name="inherited"/> (the container's own) are ignored.</summary>
    public static BlockFeatures Compute(Block block, PageModel model, ElementFlags inherited)
    {
        var flags = block.Flags & ~inherited;
        string text = block.Text;
        var span = text.AsSpan();
        bool shortLine = text.Length <= 120;
        int commas = 0;
        foreach (char c in text)
        {
            if (c == ',')
            {
                commas++;
            }
        }

        char last = text.Length > 0 ? text[^1] : ' ';
        return new BlockFeatures
        {
            Length = text.Length,
            LinkDensity = block.LinkDensity,
            CommaRate = text.Length == 0 ? 0 : commas * 100.0 / text.Length,
            EndsSentence = last is '.' or '!' or '?' or '…' or '"' or '”' or ')' or ':',
            HeadingLevel = block.HeadingLevel,
            IsListItem = block.Kind == BlockKind.ListItem,
            IsTableCell = block.Kind == BlockKind.TableCell,
            InFurniture = (flags & ElementFlags.Furniture) != 0,
            InComments = (flags & ElementFlags.Comments) != 0,
            InControls = (flags & ElementFlags.Controls) != 0 && text.Length < 200,
            InCaption = (flags & ElementFlags.Caption) != 0,
            InByline = (flags & ElementFlags.Byline) != 0,
            InDate = (flags & ElementFlags.DateHint) != 0,
            InHeader = (flags & ElementFlags.Header) != 0,
            InArticleMarkup = (block.Flags & ElementFlags.ArticleMarkup) != 0,
            IsControlLine = shortLine && Boilerplate.IsControlLine(span),
            IsSiteDateHeader = shortLine && Boilerplate.IsSiteDateHeader(span),
            IsDateLine = shortLine && Boilerplate.IsDateLine(span),
            IsEndHeading = shortLine && Boilerplate.IsEndOfArticleHeading(span),
            ClassWeight = model.Elements[block.Element].ClassWeight,
            RelativePosition = model.Blocks.Count <= 1 ? 0 : (double)block.Index / (model.Blocks.Count - 1),
        };
    }

    /// <summary>
    /// True for text that reads like a paragraph, not a headline: far longer than a headline and made of
    /// sentences. CKEditor pages put leads in <c>&lt;h1 style="text-align:justify"&gt;</c>; such a heading is text.
    /// </summary>
    public static bool ReadsLikeParagraph(string text)
    {
        if (text.Length < 100)
        {
            return false;
        }

        if (text.Length > 250)
        {
            return true;
        }

        char last = text[^1];
        if (last is '.' or '!' or '?' or '…' or ';')
        {
            return true;
        }

        // A sentence ends inside and another begins ("… tổng kết. Dự hội nghị có …").
        for (int i = 2; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '!' or '?' && (char.IsLower(text[i - 2]) || char.IsDigit(text[i - 2])) && char.IsUpper(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the features as numbers, in the order of <see cref="Names"/>.</summary>
    public void CopyTo(Span<float> vector)
    {
        int i = 0;
        vector[i++] = MathF.Log(1 + Length);
        vector[i++] = (float)LinkDensity;
        vector[i++] = (float)CommaRate;
        vector[i++] = EndsSentence ? 1 : 0;
        vector[i++] = HeadingLevel;
        vector[i++] = IsListItem ? 1 : 0;
        vector[i++] = IsTableCell ? 1 : 0;
        vector[i++] = InFurniture ? 1 : 0;
        vector[i++] = InComments ? 1 : 0;
        vector[i++] = InControls ? 1 : 0;
        vector[i++] = InCaption ? 1 : 0;
        vector[i++] = InByline ? 1 : 0;
        vector[i++] = InDate ? 1 : 0;
        vector[i++] = InHeader ? 1 : 0;
        vector[i++] = InArticleMarkup ? 1 : 0;
        vector[i++] = IsControlLine ? 1 : 0;
        vector[i++] = IsSiteDateHeader ? 1 : 0;
        vector[i++] = IsDateLine ? 1 : 0;
        vector[i++] = IsEndHeading ? 1 : 0;
        vector[i++] = ClassWeight / 25f;
        vector[i] = (float)RelativePosition;
    }
}
