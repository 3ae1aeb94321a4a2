using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Learning;

/// <summary>
/// A sequence labeller over the words of a sentence (as the word segmenter groups its syllables) that marks
/// people's names, posts and bodies with BIO labels (PER, POS, ORG). An averaged perceptron decoded greedily
/// left to right, with the two previous labels among the features. The post and abbreviation tables, the
/// family names and the words that introduce a person are features, not decisions: the model learns how far
/// to trust them. Immutable and thread-safe; the shipped model is <see cref="Default"/>.
/// </summary>
internal sealed class OfficialsLabeller
{
    /// <summary>The feature extractor this code implements; bumped when features change meaning.</summary>
    public const string FeatureSetId = "vi-officials-bio";

    /// <summary>Version of <see cref="FeatureSetId"/>.</summary>
    public const int FeatureSetVersion = 1;

    /// <summary>The labels, in model order.</summary>
    public static readonly IReadOnlyList<string> Labels = ["O", "B-PER", "I-PER", "B-POS", "I-POS", "B-ORG", "I-ORG"];

    public const int Outside = 0;
    public const int BeginPerson = 1;
    public const int InsidePerson = 2;
    public const int BeginPost = 3;
    public const int InsidePost = 4;
    public const int BeginBody = 5;
    public const int InsideBody = 6;

    private const string Resource = "Extraction.Models.officials.bin";
    private const int MaxFeatures = 48;
    private static readonly Lazy<OfficialsLabeller?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;

    internal OfficialsLabeller(PerceptronModel model, bool enabled, ModelHeader header)
    {
        _model = model;
        Enabled = enabled;
        Header = header;
    }

    /// <summary>The model shipped in the library, or null when none is embedded.</summary>
    public static OfficialsLabeller? Default => Embedded.Value;

    /// <summary>
    /// Whether the extractor should use the model. <c>train officials</c> switches it on only when
    /// cross-validation on the training articles shows that rules with the model beat the rules alone.
    /// </summary>
    public bool Enabled { get; }

    /// <summary>The model file's header.</summary>
    public ModelHeader Header { get; }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a model of this feature set, or damaged.</exception>
    public static OfficialsLabeller Load(Stream source)
    {
        var (header, payload) = ModelFile.Read(source, FeatureSetId, FeatureSetVersion, Labels, static r => (Enabled: r.ReadBoolean(), Model: PerceptronModel.ReadFrom(r)));
        return new OfficialsLabeller(payload.Model, payload.Enabled, header);
    }

    /// <summary>Writes the model file (deterministic: the same model writes the same bytes).</summary>
    public void Save(Stream destination) => ModelFile.Write(destination, Header, w =>
    {
        w.Write(Enabled);
        _model.WriteTo(w);
    });

    /// <summary>The same model with <see cref="Enabled"/> set.</summary>
    public OfficialsLabeller WithEnabled(bool enabled) => new(_model, enabled, Header);

    /// <summary>
    /// Labels the words of a sentence: <paramref name="wordStarts"/> holds, for each word, the index of its first
    /// token in <paramref name="tokens"/> (ascending). Writes one label per word and returns, for each word, the
    /// margin of the chosen label over the runner-up (how sure the model is).
    /// </summary>
    public void Label(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<int> wordStarts, Span<int> labels, Span<float> margins)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels.Count];
        for (int w = 0; w < wordStarts.Length; w++)
        {
            int count = Features(tokens, text, wordStarts, w, labels, features);
            _model.Score(features[..count], scores);
            int best = PerceptronModel.ArgMax(scores);
            labels[w] = best;
            float second = float.NegativeInfinity;
            for (int l = 0; l < scores.Length; l++)
            {
                if (l != best && scores[l] > second)
                {
                    second = scores[l];
                }
            }

            margins[w] = scores[best] - second;
        }
    }

    /// <summary>True when a sentence is worth labelling: it holds a post and a capitalised, name-like run of two syllables.</summary>
    public static bool Worth(ReadOnlySpan<Token> tokens)
    {
        bool post = false, run = false;
        for (int i = 0; i < tokens.Length && !(post && run); i++)
        {
            post |= Officials.Positions.StartsAt(tokens, i);
            run |= i > 0 && i + 1 < tokens.Length && tokens[i].IsCapitalized && tokens[i + 1].IsCapitalized && tokens[i].IsWordLike && tokens[i + 1].IsWordLike;
        }

        return post && run;
    }

    /// <summary>
    /// The features of word <paramref name="w"/>, given the labels already chosen for the words before it.
    /// Returns how many were written to <paramref name="output"/>.
    /// </summary>
    internal static int Features(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<int> wordStarts, int w, ReadOnlySpan<int> previousLabels, Span<ulong> output)
    {
        int n = 0;
        int first = wordStarts[w];
        int end = w + 1 < wordStarts.Length ? wordStarts[w + 1] : tokens.Length;
        ulong word = WordKey(tokens, first, end);
        Add(output, ref n, 1, 0);
        Add(output, ref n, 2, word);
        Add(output, ref n, 3, FeatureHash.Of(tokens[first].Key));
        Add(output, ref n, 4, FeatureHash.Of(tokens[end - 1].Key));
        Add(output, ref n, 5, Shape(tokens, first, end));
        Add(output, ref n, 6, (ulong)Math.Min(end - first, 4));

        // The tables, as evidence.
        Add(output, ref n, 7, Officials.FamilyNames.Contains(tokens[first].Key) ? 1UL : 0UL);
        Add(output, ref n, 8, Officials.MiddleNames.Contains(tokens[first].Key) ? 1UL : 0UL);
        Add(output, ref n, 9, PostAt(tokens, first));
        Add(output, ref n, 10, Officials.Abbreviations.TryGetValue(tokens[first].Key, out var abbreviation) && PersonNames.IsAbbreviationLike(tokens[first])
            ? (abbreviation.IsPosition ? 1UL : 2UL) : 0UL);
        Add(output, ref n, 11, Officials.BodyWords.Contains(tokens[first].Key) ? 1UL : 0UL);
        Add(output, ref n, 12, Officials.UnitLevels.StartsAt(tokens, first) ? 1UL : Officials.LevelCommittees.StartsAt(tokens, first) ? 2UL : 0UL);
        Add(output, ref n, 13, IntroducerBefore(tokens, first));
        Add(output, ref n, 14, Officials.FormerMarkers.StartsAt(tokens, first) ? 1UL : 0UL);
        Add(output, ref n, 15, IsPlace(tokens, text, first, end) ? 1UL : 0UL);

        // Neighbours.
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0)
            {
                continue;
            }

            int v = w + d;
            ulong key = v < 0 ? 1UL : v >= wordStarts.Length ? 2UL : 0UL;
            ulong shape = key;
            if (key == 0)
            {
                int vFirst = wordStarts[v];
                int vEnd = v + 1 < wordStarts.Length ? wordStarts[v + 1] : tokens.Length;
                key = WordKey(tokens, vFirst, vEnd);
                shape = Shape(tokens, vFirst, vEnd);
            }

            if (d is -1 or 1)
            {
                Add(output, ref n, (ulong)(20 + d), key);
                Add(output, ref n, (ulong)(30 + d), FeatureHash.Combine(shape, Shape(tokens, first, end)));
                Add(output, ref n, (ulong)(40 + d), v >= 0 && v < wordStarts.Length ? PostAt(tokens, wordStarts[v]) : 9UL);
            }

            Add(output, ref n, (ulong)(50 + d), shape);
        }

        // Position in the sentence, and the previous decisions.
        Add(output, ref n, 60, w == 0 ? 0UL : w == wordStarts.Length - 1 ? 1UL : 2UL);
        ulong previous = w > 0 ? (ulong)previousLabels[w - 1] : 99UL;
        ulong beforePrevious = w > 1 ? (ulong)previousLabels[w - 2] : 99UL;
        Add(output, ref n, 61, previous);
        Add(output, ref n, 62, FeatureHash.Combine(previous, beforePrevious));
        Add(output, ref n, 63, FeatureHash.Combine(previous, Shape(tokens, first, end)));
        Add(output, ref n, 64, FeatureHash.Combine(previous, word));
        return n;
    }

    private static void Add(Span<ulong> output, ref int n, ulong template, ulong value)
    {
        if (n < output.Length)
        {
            output[n++] = FeatureHash.Combine(template, value);
        }
    }

    private static ulong WordKey(ReadOnlySpan<Token> tokens, int first, int end)
    {
        ulong hash = FeatureHash.Empty;
        for (int i = first; i < end; i++)
        {
            hash = FeatureHash.Append(FeatureHash.Append(hash, tokens[i].Key), ' ');
        }

        return hash;
    }

    /// <summary>Case and kind of each syllable: <c>Xx</c>, <c>XX</c>, <c>x</c>, <c>9</c>, <c>.</c>, in order.</summary>
    private static ulong Shape(ReadOnlySpan<Token> tokens, int first, int end)
    {
        ulong hash = FeatureHash.Empty;
        for (int i = first; i < end && i < first + 4; i++)
        {
            var token = tokens[i];
            char c = token.Kind switch
            {
                TokenKind.Word => token.IsAllCaps ? 'A' : token.IsCapitalized ? 'X' : 'x',
                TokenKind.Abbreviation => token.IsCapitalized ? 'B' : 'b',
                TokenKind.Number or TokenKind.Date or TokenKind.Percent => '9',
                TokenKind.Punctuation => token.Key.Length == 1 ? token.Key[0] : '.',
                _ => '?',
            };
            hash = FeatureHash.Append(hash, c);
        }

        return hash;
    }

    /// <summary>0 when no post starts here, else a code for how the post tables match (post, fixed title, abbreviation).</summary>
    private static ulong PostAt(ReadOnlySpan<Token> tokens, int index)
    {
        if (Officials.FixedTitles.StartsAt(tokens, index))
        {
            return 1;
        }

        if (Officials.Positions.TryMatch(tokens, index, out _, out int length))
        {
            return 10UL + (ulong)Math.Min(length, 4);
        }

        return 0;
    }

    private static ulong IntroducerBefore(ReadOnlySpan<Token> tokens, int index)
    {
        for (int back = 1; back <= 3 && index - back >= 0; back++)
        {
            if (PersonNames.IntroducerAt(tokens, index - back) == back)
            {
                return (ulong)back;
            }
        }

        return 0;
    }

    private static bool IsPlace(ReadOnlySpan<Token> tokens, string text, int first, int end) =>
        end - first >= 2 && Places.Provinces.Contains(VietnameseOrthography.Key(text.AsSpan(tokens[first].Span.Start, tokens[end - 1].Span.End - tokens[first].Span.Start)));

    private static OfficialsLabeller? LoadEmbedded()
    {
        using Stream? stream = typeof(OfficialsLabeller).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Load(stream);
    }
}
