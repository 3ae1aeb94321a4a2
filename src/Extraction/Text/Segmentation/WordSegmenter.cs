using System.Buffers;
using System.Text;
using Extraction.Documents;
using Extraction.Learning;

namespace Extraction.Text.Segmentation;

/// <summary>
/// Vietnamese word segmentation: decides, for each syllable of a sentence, whether it begins a
/// new word (<c>Đảng bộ huyện đã kết nạp</c> → <c>Đảng_bộ huyện đã kết_nạp</c>). An averaged
/// perceptron tags each syllable B (begins a word) or I (continues one), greedily left to right,
/// over features of the syllables' normalised keys, their shapes, and dictionary matches.
/// Immutable and thread-safe: share one instance. The text is never rewritten.
/// </summary>
public sealed class WordSegmenter
{
    /// <summary>Logical name of the embedded default model.</summary>
    internal const string DefaultModelResource = "Extraction.Models.segmenter.vi.bin";

    private const int MaxUserWordLength = 8;

    private static readonly Lazy<WordSegmenter> DefaultInstance =
        new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SegmenterModel _model;
    private readonly HashLexicon _userWords;

    internal WordSegmenter(SegmenterModel model, ModelHeader header, HashLexicon userWords)
    {
        _model = model;
        Header = header;
        _userWords = userWords;
    }

    /// <summary>The shipped model (trained on UD Vietnamese-VTB), loaded on first use.</summary>
    public static WordSegmenter Default => DefaultInstance.Value;

    /// <summary>The features, decoder and weights (for tests).</summary>
    internal SegmenterModel Model => _model;

    /// <summary>The model file's header: feature set, training-data hash, labels.</summary>
    public ModelHeader Header { get; }

    /// <summary>Number of words added with <see cref="WithLexicon"/>.</summary>
    public int UserWordCount => _userWords.Count;

    /// <summary>Loads a model file written by <see cref="Save"/> (or by <c>vnextract train segmenter</c>).</summary>
    /// <exception cref="InvalidDataException">The file is not a segmenter model this code can run.</exception>
    public static WordSegmenter Load(Stream modelStream)
    {
        ArgumentNullException.ThrowIfNull(modelStream);
        (ModelHeader header, SegmenterModel model) = ModelFile.Read(
            modelStream, SegmenterModel.FeatureSetId, SegmenterModel.FeatureSetVersion, SegmenterModel.Labels, SegmenterModel.ReadFrom);
        return new WordSegmenter(model, header, HashLexicon.Empty);
    }

    /// <summary>Writes the model (not the words added with <see cref="WithLexicon"/>) as a model file.</summary>
    public void Save(Stream destination) => ModelFile.Write(destination, Header, _model.WriteTo);

    /// <summary>
    /// A segmenter that also knows the given words, without retraining. Each entry is a word of
    /// two or more syllables separated by spaces or <c>_</c> (<c>Yên Thành</c>, <c>Huyện_ủy</c>);
    /// matching ignores case and tone-mark placement. Where an entry occurs in a sentence
    /// (longest entry first, left to right) it is kept as one word, overriding the model.
    /// Returns a new instance; this one is unchanged.
    /// </summary>
    public WordSegmenter WithLexicon(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var entries = new SortedDictionary<ulong, byte>(_userWords.ToSorted());
        Span<ulong> keys = stackalloc ulong[MaxUserWordLength];
        foreach (string word in words)
        {
            string[] parts = word.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > MaxUserWordLength)
            {
                continue;
            }

            for (int i = 0; i < parts.Length; i++)
            {
                keys[i] = SyllableKeys.Hash(parts[i]);
            }

            entries[HashLexicon.WordHash(keys[..parts.Length])] = 1;
        }

        return new WordSegmenter(_model, Header, HashLexicon.Build(entries));
    }

    /// <summary>
    /// Writes, for each syllable (a span of <paramref name="text"/>, in order; punctuation and
    /// numbers are tokens too), whether it begins a new word. The first syllable always does.
    /// Thread-safe; allocates nothing for sentences up to 256 syllables (longer ones rent
    /// buffers from the shared array pool). Tokens the allocation-free key path does not cover
    /// (decomposed combining marks, characters beyond U+20FF, tokens over 64 characters) are
    /// keyed by <see cref="VietnameseOrthography.Key"/>, which allocates a string.
    /// </summary>
    public void Segment(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> syllables, Span<bool> beginsWord)
    {
        _model.Decode(text, syllables, beginsWord);
        if (_userWords.Count > 0)
        {
            ApplyUserWords(text, syllables, beginsWord);
        }
    }

    /// <summary>
    /// Convenience form: syllables in, words out, the syllables of a word joined by <c>_</c>
    /// (<c>["Đảng", "bộ", "huyện"]</c> → <c>["Đảng_bộ", "huyện"]</c>).
    /// </summary>
    public IReadOnlyList<string> SegmentToWords(IReadOnlyList<string> syllables)
    {
        ArgumentNullException.ThrowIfNull(syllables);
        if (syllables.Count == 0)
        {
            return [];
        }

        var text = new StringBuilder();
        var spans = new TextSpan[syllables.Count];
        for (int i = 0; i < syllables.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            spans[i] = new TextSpan(text.Length, syllables[i].Length);
            text.Append(syllables[i]);
        }

        var begins = new bool[syllables.Count];
        Segment(text.ToString(), spans, begins);
        var words = new List<string>();
        var word = new StringBuilder();
        for (int i = 0; i < syllables.Count; i++)
        {
            if (begins[i] && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (word.Length > 0)
            {
                word.Append('_');
            }

            word.Append(syllables[i]);
        }

        words.Add(word.ToString());
        return words;
    }

    private void ApplyUserWords(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> syllables, Span<bool> beginsWord)
    {
        int n = syllables.Length;
        ulong[]? rented = null;
        Span<ulong> keys = n <= 256 ? stackalloc ulong[256] : (rented = ArrayPool<ulong>.Shared.Rent(n));
        try
        {
            for (int i = 0; i < n; i++)
            {
                keys[i] = SyllableKeys.Hash(text.Slice(syllables[i].Start, syllables[i].Length));
            }

            for (int i = 0; i < n;)
            {
                int best = 0;
                ulong h = HashLexicon.Start(keys[i]);
                for (int length = 2; length <= Math.Min(MaxUserWordLength, n - i); length++)
                {
                    h = HashLexicon.Extend(h, keys[i + length - 1]);
                    if (_userWords.Lookup(h) != 0)
                    {
                        best = length;
                    }
                }

                if (best == 0)
                {
                    i++;
                    continue;
                }

                beginsWord[i] = true;
                for (int k = 1; k < best; k++)
                {
                    beginsWord[i + k] = false;
                }

                if (i + best < n)
                {
                    beginsWord[i + best] = true;
                }

                i += best;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private static WordSegmenter LoadDefault()
    {
        using Stream stream = typeof(WordSegmenter).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException($"The embedded model '{DefaultModelResource}' is missing from the assembly.");
        return Load(stream);
    }
}
