using Extraction.Rules;

namespace Extraction.Html.Blocks;

/// <summary>
/// Chooses the article's blocks. First the container: every paragraph-like block scores
/// its ancestors (Readability's scheme: one point, commas, length; parent full, grandparent
/// half, further ancestors a third per level), each element's score starts from its tag
/// and class/id names and is scaled by its link density; the best element, widened to the
/// ancestor that several strong candidates share and to its sibling blocks of similar
/// worth, is the container. Then every block inside is kept or dropped on its own
/// features (<see cref="BlockFeatures"/>): furniture, link-heavy, controls and counters,
/// dates, bylines, captions (kept apart), and everything after an end-of-article heading.
/// </summary>
internal static class ContentSelector
{
    private const int MinParagraphLength = 25;

    /// <summary>The result: body blocks and caption blocks, in document order.</summary>
    internal sealed record Selection(List<Block> Body, List<Block> Captions, int ContainerIndex)
    {
        /// <summary>What the rules said of each block of the page (by <see cref="Block.Index"/>).</summary>
        public Verdict[] Verdicts { get; init; } = [];

        /// <summary>The flags the container passes down (not held against its blocks).</summary>
        public ElementFlags Inherited { get; init; }
    }

    /// <summary>Selects the article body of <paramref name="model"/>.</summary>
    public static Selection Select(PageModel model)
    {
        var strict = Select(model, strict: true);
        if (TextLength(strict.Body) >= 250)
        {
            return strict;
        }

        // Like Readability: when stripping furniture leaves almost nothing, try again without it.
        foreach (ref var e in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(model.Elements))
        {
            e.Scored = false;
            e.Score = 0;
        }

        var relaxed = Select(model, strict: false);
        return TextLength(relaxed.Body) > TextLength(strict.Body) ? relaxed : strict;
    }

    private static int TextLength(List<Block> blocks)
    {
        int n = 0;
        foreach (var b in blocks)
        {
            n += b.Text.Length;
        }

        return n;
    }

    private static Selection Select(PageModel model, bool strict)
    {
        var ignore = strict ? ElementFlags.None : ElementFlags.Furniture;
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(model.Elements);
        var blocks = model.Blocks;
        if (blocks.Count == 0 || elements.Length == 0)
        {
            return new Selection([], [], -1) { Verdicts = new Verdict[blocks.Count] };
        }

        var ownBlocks = new int[elements.Length];
        foreach (var b in blocks)
        {
            if (IsParagraphLike(b))
            {
                ownBlocks[b.Element]++;
            }
        }

        var candidates = new List<int>();
        foreach (var b in blocks)
        {
            if (!IsParagraphLike(b) || (b.Flags & ~ignore & (ElementFlags.Furniture | ElementFlags.Comments | ElementFlags.Controls)) != 0)
            {
                continue;
            }

            int length = b.Text.Length;
            if (length < MinParagraphLength)
            {
                continue;
            }

            double score = 1 + CountCommas(b.Text) + Math.Min(length / 100, 3);
            bool container = ownBlocks[b.Element] >= 2 || (elements[b.Element].Tag != "p" && (length >= 400 || b.Text.Contains('\n')));
            int e = container ? b.Element : elements[b.Element].Parent;
            for (int level = 0; e >= 0 && level < 5; level++, e = elements[e].Parent)
            {
                ref var node = ref elements[e];
                if (!node.Scored)
                {
                    node.Scored = true;
                    node.Score = TagWeight(node.Tag) + node.ClassWeight;
                    candidates.Add(e);
                }

                node.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        if (candidates.Count == 0)
        {
            return Filter(model, 0, [0], ignore);
        }

        int top = -1;
        double topScore = double.NegativeInfinity;
        foreach (int c in candidates)
        {
            ref var node = ref elements[c];
            node.Score *= 1 - LinkDensity(node);
            if (node.Score > topScore)
            {
                topScore = node.Score;
                top = c;
            }
        }

        top = WidenToSharedAncestor(elements, candidates, top, topScore);
        top = WalkUp(elements, top);
        while (elements[top].Parent >= 0 && ChildCount(elements, elements[top].Parent) == 1 && elements[top].Parent > 0)
        {
            top = elements[top].Parent;
        }

        var roots = Siblings(model, elements, top, ignore);
        return Filter(model, top, roots, ignore);
    }

    private static int WidenToSharedAncestor(Span<ElementNode> elements, List<int> candidates, int top, double topScore)
    {
        var alternatives = new List<int>();
        foreach (int c in candidates)
        {
            if (c != top && elements[c].Score >= topScore * 0.75)
            {
                alternatives.Add(c);
            }
        }

        var scores = new double[alternatives.Count];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = -elements[alternatives[i]].Score;
        }

        var ordered = alternatives.ToArray();
        Array.Sort(scores, ordered);
        alternatives = [.. ordered];
        if (alternatives.Count > 5)
        {
            alternatives.RemoveRange(5, alternatives.Count - 5);
        }

        if (alternatives.Count < 3)
        {
            return top;
        }

        for (int a = elements[top].Parent; a > 0; a = elements[a].Parent)
        {
            int contained = 0;
            foreach (int alt in alternatives)
            {
                if (alt >= a && alt < elements[a].End)
                {
                    contained++;
                }
            }

            if (contained >= 3)
            {
                return a;
            }
        }

        return top;
    }

    private static int WalkUp(Span<ElementNode> elements, int top)
    {
        double lastScore = elements[top].Score;
        double threshold = lastScore / 3;
        int parent = elements[top].Parent;
        while (parent > 0 && elements[parent].Tag != "body")
        {
            if (!elements[parent].Scored)
            {
                parent = elements[parent].Parent;
                continue;
            }

            double parentScore = elements[parent].Score;
            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                return parent;
            }

            lastScore = parentScore;
            parent = elements[parent].Parent;
        }

        return top;
    }

    private static int ChildCount(Span<ElementNode> elements, int parent)
    {
        int count = 0;
        for (int i = parent + 1; i < elements[parent].End; i = elements[i].End)
        {
            count++;
        }

        return count;
    }

    private static List<int> Siblings(PageModel model, Span<ElementNode> elements, int top, ElementFlags ignore)
    {
        int parent = elements[top].Parent;
        if (parent < 0)
        {
            return [top];
        }

        double topScore = elements[top].Score;
        double threshold = Math.Max(10, topScore * 0.2);
        string? topClass = elements[top].ClassAndId;
        var roots = new List<int>();
        for (int s = parent + 1; s < elements[parent].End; s = elements[s].End)
        {
            if (s == top)
            {
                roots.Add(s);
                continue;
            }

            ref var sib = ref elements[s];
            if ((sib.Flags & ~ignore & (ElementFlags.Furniture | ElementFlags.Comments)) != 0)
            {
                continue;
            }

            double bonus = topClass is not null && sib.ClassAndId == topClass ? topScore * 0.2 : 0;
            if (sib.Scored && sib.Score + bonus >= threshold)
            {
                roots.Add(s);
                continue;
            }

            if (sib.Tag == "p" || (sib.ParagraphCount == 1 && sib.End - s <= 3))
            {
                double ld = LinkDensity(sib);
                int length = sib.TextLength;
                if (length > 80 && ld < 0.25)
                {
                    roots.Add(s);
                }
                else if (length is > 0 and <= 80 && ld == 0 && EndsWithPeriod(model, s))
                {
                    roots.Add(s);
                }
            }
        }

        return roots;
    }

    private static bool EndsWithPeriod(PageModel model, int element)
    {
        foreach (var b in model.Blocks)
        {
            if (b.Element == element)
            {
                return b.Text.EndsWith('.');
            }
        }

        return false;
    }

    private static Selection Filter(PageModel model, int container, List<int> roots, ElementFlags ignore)
    {
        var elements = model.Elements;
        var body = new List<Block>();
        var captions = new List<Block>();
        var verdicts = new Verdict[model.Blocks.Count];
        var inherited = ignore | (container >= 0 && container < elements.Count ? elements[container].Flags : ElementFlags.None);
        var selection = new Selection(body, captions, container) { Verdicts = verdicts, Inherited = inherited };
        int rootIndex = 0;
        bool ended = false;
        foreach (var b in model.Blocks)
        {
            while (rootIndex < roots.Count && b.Element >= elements[roots[rootIndex]].End)
            {
                rootIndex++;
            }

            if (rootIndex >= roots.Count || b.Element < roots[rootIndex])
            {
                verdicts[b.Index] = Verdict.Outside;
                continue;
            }

            if (ended)
            {
                verdicts[b.Index] = Verdict.AfterEnd;
                continue;
            }

            var features = BlockFeatures.Compute(b, model, inherited);
            var verdict = Decide(features, b, body.Count);
            verdicts[b.Index] = verdict;
            switch (verdict)
            {
                case Verdict.Body:
                    body.Add(b);
                    break;
                case Verdict.Caption:
                    captions.Add(b);
                    break;
                case Verdict.EndOfArticle:
                    ended = true;
                    break;
            }
        }

        return selection;
    }

    /// <summary>What the rules decide for a block.</summary>
    internal enum Verdict : byte
    {
        /// <summary>Outside the chosen container.</summary>
        Outside,

        /// <summary>Article text.</summary>
        Body,

        /// <summary>Dropped (furniture, controls, dates, link lists …).</summary>
        Drop,

        /// <summary>An image caption, kept apart.</summary>
        Caption,

        /// <summary>An end-of-article heading ("related news" …).</summary>
        EndOfArticle,

        /// <summary>Inside the container, after an end-of-article heading.</summary>
        AfterEnd,
    }

    private static Verdict Decide(in BlockFeatures f, Block b, int bodySoFar)
    {
        if (f.IsEndHeading && bodySoFar > 0)
        {
            return Verdict.EndOfArticle;
        }

        if (f.InFurniture || f.InComments || f.InControls)
        {
            return Verdict.Drop;
        }

        if (f.InCaption)
        {
            return Verdict.Caption;
        }

        // A top heading is the headline, unless it reads like a paragraph (a lead set in <h1>).
        if (f.HeadingLevel == 1 && !BlockFeatures.ReadsLikeParagraph(b.Text) || f.IsControlLine || f.IsSiteDateHeader || f.IsDateLine)
        {
            return Verdict.Drop;
        }

        if ((f.InByline || f.InDate || f.InHeader) && f.Length < 150)
        {
            return Verdict.Drop;
        }

        if (f.IsListItem ? f.LinkDensity > 0.7 || (f.Length < 80 && f.LinkDensity > 0.4) : f.LinkDensity > 0.5)
        {
            return Verdict.Drop;
        }

        return Verdict.Body;
    }

    private static bool IsParagraphLike(Block b) => b.Kind is BlockKind.Paragraph or BlockKind.TableCell or BlockKind.Quote or BlockKind.Preformatted;

    private static int CountCommas(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c is ',' or '，')
            {
                n++;
            }
        }

        return n;
    }

    private static double LinkDensity(in ElementNode node) => node.TextLength == 0 ? 0 : Math.Min(1, (double)node.LinkLength / node.TextLength);

    private static int TagWeight(string tag) => tag switch
    {
        "div" or "article" or "section" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };
}
