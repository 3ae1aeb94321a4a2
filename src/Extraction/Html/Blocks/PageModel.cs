namespace Extraction.Html.Blocks;

/// <summary>What an element tells about the text inside it; inherited by descendants.</summary>
[Flags]
internal enum ElementFlags : ushort
{
    None = 0,

    /// <summary>Navigation, sidebars, footers and menus: <c>nav</c>, <c>aside</c>, <c>footer</c>, or a class/id saying so.</summary>
    Furniture = 1 << 0,

    /// <summary>A page or article <c>header</c>.</summary>
    Header = 1 << 1,

    /// <summary>An image caption: <c>figcaption</c>, <c>figure</c>, or a caption class.</summary>
    Caption = 1 << 2,

    /// <summary>A byline: class/id <c>author</c>, <c>byline</c>, <c>tacgia</c>; <c>rel=author</c>; <c>itemprop=author</c>.</summary>
    Byline = 1 << 3,

    /// <summary>A date element: class/id <c>date</c>, <c>time</c>, <c>ngay</c>; <c>time</c>.</summary>
    DateHint = 1 << 4,

    /// <summary>A comment form or comment list.</summary>
    Comments = 1 << 5,

    /// <summary>Inside a link.</summary>
    Link = 1 << 6,

    /// <summary>Inside a heading <c>h1</c>–<c>h6</c>.</summary>
    Heading = 1 << 7,

    /// <summary>Inside a list item.</summary>
    ListItem = 1 << 8,

    /// <summary>Inside a table cell.</summary>
    TableCell = 1 << 9,

    /// <summary>Inside a block quotation.</summary>
    Quote = 1 << 10,

    /// <summary>Inside preformatted text or code.</summary>
    Preformatted = 1 << 11,

    /// <summary>Inside an element the markup marks as the article (<c>article</c>, <c>itemprop=articleBody</c>, <c>main</c>).</summary>
    ArticleMarkup = 1 << 12,

    /// <summary>Share, print and counter controls.</summary>
    Controls = 1 << 13,
}

/// <summary>One element of the page in the walker's flat tree (pre-order, parent by index).</summary>
internal struct ElementNode
{
    /// <summary>Where the element's start tag begins in the decoded page, or -1 when positions are not tracked.</summary>
    public int SourceOffset;

    /// <summary>Lower-case tag name.</summary>
    public string Tag;

    /// <summary>Index of the parent element, -1 for the root.</summary>
    public int Parent;

    /// <summary>One past the index of the last descendant (the subtree is [index, End)).</summary>
    public int End;

    /// <summary>Nesting depth.</summary>
    public int Depth;

    /// <summary>Own and inherited flags.</summary>
    public ElementFlags Flags;

    /// <summary>The flags the element's own tag and names give.</summary>
    public ElementFlags OwnFlags;

    /// <summary>Class/id weight: +25 for content-like names, -25 for furniture-like names.</summary>
    public int ClassWeight;

    /// <summary>The class and id attributes, lower case, for sibling comparison.</summary>
    public string? ClassAndId;

    /// <summary>A block element whose text is centred (<c>style="text-align:center"</c>, <c>center</c>): where CKEditor puts captions.</summary>
    public bool Centred;

    /// <summary>Characters of text in the subtree.</summary>
    public int TextLength;

    /// <summary>Characters of link text in the subtree.</summary>
    public int LinkLength;

    /// <summary>Paragraph-like blocks in the subtree.</summary>
    public int ParagraphCount;

    /// <summary>Content score accumulated from the paragraphs below (Readability-style).</summary>
    public double Score;

    /// <summary>True once <see cref="Score"/> has been initialised.</summary>
    public bool Scored;
}

/// <summary>Kind of a text block, from the element that holds it.</summary>
internal enum BlockKind : byte
{
    /// <summary>A paragraph or a div acting as one.</summary>
    Paragraph,

    /// <summary>A heading h1–h6.</summary>
    Heading,

    /// <summary>A list item.</summary>
    ListItem,

    /// <summary>A table cell.</summary>
    TableCell,

    /// <summary>A block quotation.</summary>
    Quote,

    /// <summary>Preformatted text.</summary>
    Preformatted,
}

/// <summary>
/// A run of text between block boundaries (a paragraph, a heading, a list item, the lines
/// of a <c>div</c> between <c>&lt;br&gt;</c>s): the unit that is scored and kept or dropped.
/// </summary>
internal sealed class Block
{
    /// <summary>The text, whitespace collapsed; <c>\n</c> where a line break was.</summary>
    public required string Text { get; init; }

    /// <summary>Index of the element that holds the text.</summary>
    public required int Element { get; init; }

    /// <summary>Characters inside links.</summary>
    public required int LinkLength { get; init; }

    /// <summary>Kind from the holding element.</summary>
    public required BlockKind Kind { get; init; }

    /// <summary>Heading level 1–6, or 0.</summary>
    public required int HeadingLevel { get; init; }

    /// <summary>Flags of the holding element and of the inline elements around the text.</summary>
    public required ElementFlags Flags { get; set; }

    /// <summary>Flags of the inline elements around the text (byline, date, caption, controls spans).</summary>
    public ElementFlags InlineFlags { get; init; }

    /// <summary>Position among the page's blocks.</summary>
    public required int Index { get; init; }

    /// <summary>Offset of the holding element's start tag in the decoded page, or -1.</summary>
    public int SourceOffset { get; init; } = -1;

    /// <summary>Fraction of the text inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
}

/// <summary>Metadata seen while walking: meta tags, JSON-LD, <c>title</c>, <c>time</c> elements.</summary>
internal sealed class MetadataCandidates
{
    /// <summary><c>meta</c> name/property (lower case) → content, first wins.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    /// <summary>Bodies of <c>script type=application/ld+json</c>.</summary>
    public List<string> JsonLd { get; } = [];

    /// <summary>Text of the <c>title</c> element.</summary>
    public string? DocumentTitle { get; set; }

    /// <summary><c>datetime</c> attributes of <c>time</c> elements (and itemprop datePublished), in order.</summary>
    public List<string> TimeValues { get; } = [];

    /// <summary>Text of elements marked itemprop=author or rel=author.</summary>
    public List<string> AuthorValues { get; } = [];
}

/// <summary>The page as the walker saw it: elements, blocks and metadata candidates.</summary>
internal sealed class PageModel
{
    /// <summary>Elements in document order.</summary>
    public List<ElementNode> Elements { get; } = [];

    /// <summary>Text blocks in document order.</summary>
    public List<Block> Blocks { get; } = [];

    /// <summary>Metadata seen on the way.</summary>
    public MetadataCandidates Metadata { get; } = new();

    /// <summary>True when the walk stopped at the element limit.</summary>
    public bool Truncated { get; set; }
}
