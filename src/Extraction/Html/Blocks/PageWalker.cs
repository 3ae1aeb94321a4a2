using System.Text;
using AngleSharp.Dom;

namespace Extraction.Html.Blocks;

/// <summary>
/// Walks the parsed DOM once, in document order, without recursion (first-child /
/// next-sibling / parent pointers, so 100,000 nested <c>div</c>s need no stack at all), and
/// builds the <see cref="PageModel"/>: a flat element tree with text statistics, the text
/// blocks, and the metadata candidates (meta tags, JSON-LD, <c>title</c>, <c>time</c>).
/// Scripts, styles, forms' controls and hidden elements contribute no text.
/// </summary>
internal sealed class PageWalker
{
    private readonly int _maxElements;
    private readonly StringBuilder _text = new();
    private readonly List<int> _open = [];      // element indices of open elements
    private readonly List<int> _blockOwners = []; // element indices of open block-level elements
    private PageModel _model = new();
    private int _linkChars;
    private int _emphasisChars;
    private int _linkDepth;
    private int _emphasisDepth;
    private int _boldChars;
    private int _boldDepth;
    private ElementFlags _inlineFlags;
    private bool _imageJustSeen;

    /// <summary>
    /// The attributes the walker reads (the parser drops all others): class, id, style, hidden,
    /// aria-hidden, itemprop, rel, type, action, datetime, content, property, name.
    /// </summary>
    internal static bool KeepAttribute(ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        _ = token;
        var n = name.Span;
        return n.Length switch
        {
            2 => n.SequenceEqual("id"),
            3 => n.SequenceEqual("rel"),
            4 => n.SequenceEqual("type") || n.SequenceEqual("name"),
            5 => n.SequenceEqual("class") || n.SequenceEqual("style"),
            6 => n.SequenceEqual("hidden") || n.SequenceEqual("action"),
            7 => n.SequenceEqual("content"),
            8 => n.SequenceEqual("itemprop") || n.SequenceEqual("datetime") || n.SequenceEqual("property"),
            11 => n.SequenceEqual("aria-hidden"),
            _ => false,
        };
    }

    /// <summary>Creates a walker (one per call or per worker: it holds scratch buffers).</summary>
    public PageWalker(int maxElements) => _maxElements = maxElements;

    /// <summary>Walks <paramref name="document"/> and returns its model.</summary>
    public PageModel Walk(IDocument document, CancellationToken cancellationToken = default)
    {
        _model = new PageModel();
        _text.Clear();
        _open.Clear();
        _blockOwners.Clear();
        _linkChars = _emphasisChars = _linkDepth = _emphasisDepth = _boldChars = _boldDepth = 0;
        _inlineFlags = ElementFlags.None;
        _imageJustSeen = false;

        var root = document.DocumentElement;
        if (root is null)
        {
            return _model;
        }

        // Explicit stack of (parent, next child index): AngleSharp's NextSibling searches the
        // parent's child list, which is quadratic for elements with many children.
        var stack = new Stack<(INode Parent, int Next)>();
        if (Enter(root))
        {
            stack.Push((root, 0));
        }

        int steps = 0;
        while (stack.Count > 0 && !_model.Truncated)
        {
            // A caller's time limit is honoured inside a long walk, not only between stages.
            if ((++steps & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (parent, next) = stack.Pop();
            var children = parent.ChildNodes;
            if (next >= children.Length)
            {
                Exit(parent);
                continue;
            }

            stack.Push((parent, next + 1));
            var child = children[next];
            if (Enter(child))
            {
                if (child.HasChildNodes)
                {
                    stack.Push((child, 0));
                }
                else
                {
                    Exit(child);
                }
            }
        }

        Flush();
        // Close anything left open (a truncated walk).
        for (int i = _open.Count - 1; i >= 0; i--)
        {
            CloseElement(_open[i]);
        }

        ClearOversizedFurniture(_model);
        return _model;
    }

    /// <summary>
    /// A "header", "menu" or "comments" class on a wrapper that holds a large share of the
    /// page's text is a template quirk, not furniture: such flags are dropped and the
    /// inherited flags recomputed (one pre-order pass).
    /// </summary>
    internal static void ClearOversizedFurniture(PageModel model)
    {
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(model.Elements);
        if (elements.Length == 0)
        {
            return;
        }

        const ElementFlags removable = ElementFlags.Furniture | ElementFlags.Header | ElementFlags.Comments | ElementFlags.Byline | ElementFlags.Controls | ElementFlags.DateHint;
        int total = elements[0].TextLength;
        bool changed = false;
        for (int i = 0; i < elements.Length; i++)
        {
            ref var e = ref elements[i];
            if ((e.OwnFlags & removable) != 0 && e.TextLength > 0 && e.TextLength * 10 >= total * 3 && e.ParagraphCount >= 3)
            {
                e.OwnFlags &= ~removable;
                changed = true;
            }
        }

        if (!changed)
        {
            return;
        }

        for (int i = 0; i < elements.Length; i++)
        {
            ref var e = ref elements[i];
            e.Flags = e.OwnFlags | (e.Parent >= 0 ? elements[e.Parent].Flags & ~NotInherited : ElementFlags.None);
        }

        foreach (var b in model.Blocks)
        {
            b.Flags = elements[b.Element].Flags | b.InlineFlags;
        }
    }

    private bool Enter(INode node)
    {
        if (node is IText text)
        {
            AppendText(text.Data);
            return false;
        }

        if (node is not IElement element)
        {
            return false;
        }

        string tag = element.LocalName;
        switch (tag)
        {
            case "script":
                if (string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    _model.Metadata.JsonLd.Add(element.TextContent);
                }

                return false;
            case "title":
                _model.Metadata.DocumentTitle ??= element.TextContent;
                return false;
            case "meta":
                ReadMeta(element);
                return false;
            case "style" or "noscript" or "template" or "iframe" or "svg" or "math" or "canvas" or "object" or "embed"
                or "select" or "option" or "button" or "input" or "textarea" or "link" or "video" or "audio" or "map":
                return false;
            case "br":
                AppendBreak();
                return false;
            case "img":
                _imageJustSeen = true;
                return false;
            case "hr":
                Flush();
                return false;
        }

        if (IsHidden(element))
        {
            return false;
        }

        if (_model.Elements.Count >= _maxElements)
        {
            _model.Truncated = true;
            return false;
        }

        bool block = IsBlockLevel(tag);
        if (block)
        {
            Flush();
        }

        int parent = _open.Count > 0 ? _open[^1] : -1;
        var parentFlags = parent >= 0 ? _model.Elements[parent].Flags : ElementFlags.None;
        string? classAndId = ClassAndId(element);
        var (weight, own) = classAndId is null ? (0, ElementFlags.None) : ClassHints.Classify(classAndId, tag);
        own |= TagFlags(tag, element);
        if (tag == "time" && element.GetAttribute("datetime") is { Length: > 0 } dt)
        {
            _model.Metadata.TimeValues.Add(dt);
        }

        string? itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null)
        {
            if (itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase)
                && (element.GetAttribute("datetime") ?? element.GetAttribute("content")) is { Length: > 0 } v)
            {
                _model.Metadata.TimeValues.Insert(0, v);
            }
            else if (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                own |= ElementFlags.ArticleMarkup;
            }
        }

        int index = _model.Elements.Count;
        _model.Elements.Add(new ElementNode
        {
            Tag = tag,
            Parent = parent,
            End = index + 1,
            Depth = _open.Count,
            Flags = parentFlags | own,
            OwnFlags = own,
            ClassWeight = weight,
            ClassAndId = classAndId,
            Centred = block && IsCentred(element),
            // AngleSharp's positions are 1-based; the offset is the 0-based index of the start tag's "<".
            SourceOffset = element.SourceReference is { } reference ? reference.Position.Position - 1 : -1,
        });
        _open.Add(index);
        if (block)
        {
            _blockOwners.Add(index);
        }
        else
        {
            _inlineFlags |= own & (ElementFlags.Byline | ElementFlags.DateHint | ElementFlags.Caption | ElementFlags.Controls);
        }

        if (tag == "a")
        {
            _linkDepth++;
        }
        else if (tag is "em" or "i")
        {
            _emphasisDepth++;
        }
        else if (tag is "strong" or "b")
        {
            _boldDepth++;
        }

        if ((own & ElementFlags.Byline) != 0 && element.ChildElementCount < 8)
        {
            string author = element.TextContent;
            if (author.Length is > 0 and < 120)
            {
                _model.Metadata.AuthorValues.Add(author);
            }
        }

        return true;
    }

    private void Exit(INode node)
    {
        if (node is not IElement element || _open.Count == 0)
        {
            return;
        }

        int index = _open[^1];
        string tag = element.LocalName;
        if (IsBlockLevel(tag))
        {
            Flush();
            _blockOwners.RemoveAt(_blockOwners.Count - 1);
        }
        else if (tag == "a")
        {
            _linkDepth--;
        }
        else if (tag is "em" or "i")
        {
            _emphasisDepth--;
        }
        else if (tag is "strong" or "b")
        {
            _boldDepth--;
        }

        _open.RemoveAt(_open.Count - 1);
        CloseElement(index);
    }

    private void CloseElement(int index)
    {
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_model.Elements);
        ref var e = ref elements[index];
        e.End = elements.Length;
        if (e.Parent >= 0)
        {
            ref var p = ref elements[e.Parent];
            p.TextLength += e.TextLength;
            p.LinkLength += e.LinkLength;
            p.ParagraphCount += e.ParagraphCount;
        }
    }

    private void AppendText(string data)
    {
        foreach (char raw in data)
        {
            char c = raw;
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (_text.Length == 0 || _text[^1] is ' ' or '\n')
                {
                    continue;
                }

                c = ' ';
            }

            _text.Append(c);
            if (_linkDepth > 0)
            {
                _linkChars++;
            }

            if (_emphasisDepth > 0)
            {
                _emphasisChars++;
            }

            if (_boldDepth > 0)
            {
                _boldChars++;
            }
        }
    }

    private void AppendBreak()
    {
        if (_text.Length == 0)
        {
            return;
        }

        if (_text[^1] == ' ')
        {
            _text.Length--;
        }

        // At most a blank line: "\n\n" marks a paragraph break inside one element.
        if (_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n')
        {
            return;
        }

        _text.Append('\n');
    }

    private void Flush()
    {
        int end = _text.Length;
        while (end > 0 && _text[end - 1] is ' ' or '\n')
        {
            end--;
        }

        if (end == 0 || _blockOwners.Count == 0)
        {
            ResetText();
            return;
        }

        _text.Length = end;
        string text = _text.ToString();
        int owner = _blockOwners[^1];
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_model.Elements);
        ref var e = ref elements[owner];
        var flags = e.Flags | _inlineFlags;
        int letters = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                letters++;
            }
        }

        // Under a photo: a caption holder, italics, or (CKEditor's way) a centred paragraph in bold.
        if (_imageJustSeen && text.Length <= 300 && (IsCaptionHolder(owner) || _emphasisChars * 10 >= text.Length * 9
            || e.Centred && _boldChars * 10 >= text.Length * 9))
        {
            flags |= ElementFlags.Caption;
        }

        _imageJustSeen = false;
        var (kind, level) = KindOf(owner, flags);
        _model.Blocks.Add(new Block
        {
            Text = text,
            Element = owner,
            LinkLength = Math.Min(_linkChars, text.Length),
            Kind = kind,
            HeadingLevel = level,
            Flags = flags,
            InlineFlags = _inlineFlags | (flags & ElementFlags.Caption & ~e.Flags),
            Index = _model.Blocks.Count,
            SourceOffset = e.SourceOffset,
        });
        e.TextLength += letters;
        e.LinkLength += Math.Min(_linkChars, letters);
        if (kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.Preformatted or BlockKind.TableCell && letters >= 25)
        {
            e.ParagraphCount++;
        }

        ResetText();
    }

    private void ResetText()
    {
        _text.Clear();
        _linkChars = 0;
        _emphasisChars = 0;
        _boldChars = 0;
        _inlineFlags = ElementFlags.None;
    }

    // A table cell or paragraph whose neighbourhood holds the image: a caption under a photo.
    private bool IsCaptionHolder(int owner)
    {
        var e = _model.Elements[owner];
        return e.Tag is "td" or "figcaption" or "figure" or "center" || (e.Flags & ElementFlags.Caption) != 0;
    }

    private (BlockKind Kind, int Level) KindOf(int owner, ElementFlags flags)
    {
        string tag = _model.Elements[owner].Tag;
        if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
        {
            return (BlockKind.Heading, tag[1] - '0');
        }

        if ((flags & ElementFlags.ListItem) != 0 && tag is "li" or "dd" or "dt")
        {
            return (BlockKind.ListItem, 0);
        }

        if ((flags & ElementFlags.Preformatted) != 0)
        {
            return (BlockKind.Preformatted, 0);
        }

        if (tag is "blockquote")
        {
            return (BlockKind.Quote, 0);
        }

        if (tag is "td" or "th")
        {
            return (BlockKind.TableCell, 0);
        }

        return (BlockKind.Paragraph, 0);
    }

    private void ReadMeta(IElement element)
    {
        string? key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
        string? content = element.GetAttribute("content");
        if (key is null || content is null)
        {
            return;
        }

        key = key.Trim().ToLowerInvariant();
        _model.Metadata.Meta.TryAdd(key, content);
        if (key == "datepublished")
        {
            _model.Metadata.TimeValues.Insert(0, content);
        }
    }

    private static string? ClassAndId(IElement element)
    {
        string? cls = element.GetAttribute("class");
        string? id = element.GetAttribute("id");
        if (cls is null && id is null)
        {
            return null;
        }

        return id is null ? cls!.ToLowerInvariant() : cls is null ? id.ToLowerInvariant() : string.Concat(cls, " ", id).ToLowerInvariant();
    }

    private static ElementFlags TagFlags(string tag, IElement element) => tag switch
    {
        "nav" or "aside" or "footer" or "menu" or "dialog" => ElementFlags.Furniture,
        "header" => ElementFlags.Header,
        "figure" or "figcaption" => ElementFlags.Caption,
        "time" => ElementFlags.DateHint,
        "a" => ElementFlags.Link | (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase) ? ElementFlags.Byline : 0),
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ElementFlags.Heading,
        "li" or "dd" or "dt" => ElementFlags.ListItem,
        "td" or "th" => ElementFlags.TableCell,
        "blockquote" or "q" => ElementFlags.Quote,
        "pre" or "code" => ElementFlags.Preformatted,
        "article" or "main" => ElementFlags.ArticleMarkup,
        "address" => ElementFlags.Byline,
        "form" => IsCommentForm(element) ? ElementFlags.Comments : ElementFlags.None,
        _ => element.GetAttribute("itemprop") is { } ip && ip.Contains("author", StringComparison.OrdinalIgnoreCase) ? ElementFlags.Byline : ElementFlags.None,
    };

    private static bool IsCommentForm(IElement form)
    {
        string? action = form.GetAttribute("action");
        return action is not null && (action.Contains("comment", StringComparison.OrdinalIgnoreCase) || action.Contains("binhluan", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        string? style = element.GetAttribute("style");
        if (style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            && !(element.GetAttribute("class")?.Contains("fallback-image", StringComparison.Ordinal) ?? false);
    }

    private static bool IsCentred(IElement element) =>
        element.GetAttribute("style") is { } style && (style.Contains("text-align:center", StringComparison.OrdinalIgnoreCase)
            || style.Contains("text-align: center", StringComparison.OrdinalIgnoreCase))
        || element.LocalName == "center";

        private const ElementFlags NotInherited = ElementFlags.None;

    /// <summary>True for tags that start a new block of text.</summary>
    internal static bool IsBlockLevel(string tag) => tag switch
    {
        "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "nav" or "aside"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "li" or "dl" or "dt" or "dd"
            or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption" or "blockquote"
            or "pre" or "figure" or "figcaption" or "form" or "fieldset" or "legend" or "address" or "center"
            or "details" or "summary" or "body" or "html" or "dialog" or "menu" or "hgroup" => true,
        _ => false,
    };
}
