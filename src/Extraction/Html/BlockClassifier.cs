using Extraction.Html.Blocks;
using Extraction.Learning;

namespace Extraction.Html;

/// <summary>
/// A learned keep/drop decision for the text blocks of a page: an averaged perceptron
/// (<see cref="PerceptronModel"/>) over indicator features of each block — its
/// <c>BlockFeatures</c> in buckets, the rules' verdict, its element's and parent's tags, and
/// the verdicts of its neighbours. It revises the rules' choice: a block is article text when
/// the model scores <c>body</c> above <c>other</c>; captions stay as the rules found them.
/// Immutable and thread-safe. Train with <see cref="BlockClassifierTrainer"/>; the library ships
/// one as <see cref="Default"/>.
/// </summary>
public sealed class BlockClassifier
{
    /// <summary>The feature set the model files must name.</summary>
    public const string FeatureSetId = "html-blocks";

    /// <summary>Bumped whenever the features change meaning.</summary>
    public const int FeatureSetVersion = 1;

    /// <summary>The labels, in the model's order.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["other", "body"];

    private const string DefaultModelResource = "Extraction.Models.blocks.bin";
    private static readonly Lazy<BlockClassifier?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;

    internal BlockClassifier(ModelHeader header, PerceptronModel model, float margin)
    {
        Header = header;
        _model = model;
        Margin = margin;
    }

    /// <summary>
    /// How far the model's score must go against the rules' verdict to overturn it (chosen in
    /// training by cross-validation on the training pages): the rules stay the prior.
    /// </summary>
    public float Margin { get; }

    /// <summary>The model shipped in the library (<c>models/blocks.bin</c>), or null in a build without it.</summary>
    public static BlockClassifier? Default => Embedded.Value;

    /// <summary>What the model file says about itself (feature set, training-data hash, labels).</summary>
    public ModelHeader Header { get; }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a block model, another feature-set version, or a damaged file.</exception>
    public static BlockClassifier Load(Stream source)
    {
        var (header, payload) = ModelFile.Read(source, FeatureSetId, FeatureSetVersion, Labels, static r => (Margin: r.ReadSingle(), Model: PerceptronModel.ReadFrom(r)));
        return new BlockClassifier(header, payload.Model, payload.Margin);
    }

    /// <summary>Writes the model (header and weights).</summary>
    public void Save(Stream destination) => ModelFile.Write(destination, Header, w =>
    {
        w.Write(Margin);
        _model.WriteTo(w);
    });

    /// <summary>The same model with another margin.</summary>
    internal BlockClassifier WithMargin(float margin) => new(Header, _model, margin);

    /// <summary>The body the model chooses, in document order (captions as the rules chose them).</summary>
    internal ContentSelector.Selection Reselect(PageModel model, ContentSelector.Selection rules)
    {
        var body = new List<Block>();
        var features = new List<ulong>(64);
        Span<float> scores = stackalloc float[2];
        foreach (var b in model.Blocks)
        {
            if (rules.Verdicts[b.Index] is ContentSelector.Verdict.Caption or ContentSelector.Verdict.Outside)
            {
                continue;
            }

            features.Clear();
            Features(model, rules, b, features);
            _model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
            float margin = rules.Verdicts[b.Index] == ContentSelector.Verdict.Body ? -Margin : Margin;
            if (scores[1] - scores[0] > margin)
            {
                body.Add(b);
            }
        }

        return rules with { Body = body };
    }

    private static readonly ulong[] Templates = CreateTemplates();

    private static ulong[] CreateTemplates()
    {
        string[] names =
        [
            "bias", "verdict", "kind", "len", "link", "ends", "comma", "heading", "flag", "class", "pos", "tag", "parent",
            "verdict*len", "verdict*link", "verdict*ends", "kind*len", "prev", "next", "prev*next*verdict", "len*link",
            "container-share",
        ];
        var result = new ulong[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            result[i] = FeatureHash.Of(names[i]);
        }

        return result;
    }

    /// <summary>The indicator features of one block, hashed (the same for training and use).</summary>
    internal static void Features(PageModel model, ContentSelector.Selection rules, Block b, List<ulong> output)
    {
        var f = BlockFeatures.Compute(b, model, rules.Inherited);
        var verdict = rules.Verdicts[b.Index];
        ulong v = (ulong)verdict;
        ulong kind = (ulong)b.Kind;
        ulong len = (ulong)Math.Min(12, (int)Math.Log2(1 + f.Length));
        ulong link = (ulong)Math.Min(4, (int)(f.LinkDensity * 5));
        ulong ends = f.EndsSentence ? 1UL : 0UL;
        var prev = b.Index > 0 ? rules.Verdicts[b.Index - 1] : ContentSelector.Verdict.Outside;
        var next = b.Index + 1 < rules.Verdicts.Length ? rules.Verdicts[b.Index + 1] : ContentSelector.Verdict.Outside;
        var element = model.Elements[b.Element];
        string parentTag = element.Parent >= 0 ? model.Elements[element.Parent].Tag : "";

        int t = 0;
        output.Add(Templates[t++]);
        output.Add(FeatureHash.Combine(Templates[t++], v));
        output.Add(FeatureHash.Combine(Templates[t++], kind));
        output.Add(FeatureHash.Combine(Templates[t++], len));
        output.Add(FeatureHash.Combine(Templates[t++], link));
        output.Add(FeatureHash.Combine(Templates[t++], ends));
        output.Add(FeatureHash.Combine(Templates[t++], (ulong)Math.Min(5, (int)f.CommaRate)));
        output.Add(FeatureHash.Combine(Templates[t++], (ulong)f.HeadingLevel));
        ulong flagTemplate = Templates[t++];
        ReadOnlySpan<bool> flags =
        [
            f.InFurniture, f.InComments, f.InControls, f.InCaption, f.InByline, f.InDate, f.InHeader, f.InArticleMarkup,
            f.IsControlLine, f.IsSiteDateHeader, f.IsDateLine, f.IsEndHeading,
        ];
        for (int i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                output.Add(FeatureHash.Combine(flagTemplate, (ulong)i));
            }
        }

        output.Add(FeatureHash.Combine(Templates[t++], (ulong)Math.Sign(f.ClassWeight) + 1));
        output.Add(FeatureHash.Combine(Templates[t++], (ulong)(int)(f.RelativePosition * 5)));
        output.Add(FeatureHash.Combine(Templates[t++], FeatureHash.Of(element.Tag)));
        output.Add(FeatureHash.Combine(Templates[t++], FeatureHash.Of(parentTag)));
        output.Add(FeatureHash.Combine(Templates[t++], v, len));
        output.Add(FeatureHash.Combine(Templates[t++], v, link));
        output.Add(FeatureHash.Combine(Templates[t++], v, ends));
        output.Add(FeatureHash.Combine(Templates[t++], kind, len));
        output.Add(FeatureHash.Combine(Templates[t++], (ulong)prev));
        output.Add(FeatureHash.Combine(Templates[t++], (ulong)next));
        output.Add(FeatureHash.Combine(Templates[t++], (ulong)prev, (ulong)next, v));
        output.Add(FeatureHash.Combine(Templates[t++], len, link));
        int containerText = rules.ContainerIndex >= 0 ? model.Elements[rules.ContainerIndex].TextLength : 0;
        int share = containerText == 0 ? 0 : Math.Min(4, element.TextLength * 5 / containerText);
        output.Add(FeatureHash.Combine(Templates[t], verdict == ContentSelector.Verdict.Outside ? (ulong)share : 9UL));
    }

    private static BlockClassifier? LoadEmbedded()
    {
        using Stream? stream = typeof(BlockClassifier).Assembly.GetManifestResourceStream(DefaultModelResource);
        return stream is null ? null : Load(stream);
    }
}
