using System.Security.Cryptography;
using System.Text;
using Extraction.Documents;
using Extraction.Learning;

namespace Extraction.Text.Segmentation;

/// <summary>Settings of <see cref="SegmenterTrainer.Train"/>.</summary>
public sealed record SegmenterTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the sentence shuffling; the same seed and data give the same model bytes.</summary>
    public ulong Seed { get; init; } = 20240601;

    /// <summary>Features whose averaged weights are all smaller than this are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>
    /// Probability of hiding each syllable-identity feature at each training decision, so the model
    /// learns to lean on lexicon and shape features too (they generalise to unseen words).
    /// </summary>
    public double FeatureDropout { get; init; } = 0.2;

    /// <summary>
    /// Models trained with different seeds (<see cref="Seed"/>, <see cref="Seed"/>+1, …) whose
    /// weights are averaged into the one shipped model; reduces the variance of a small training set.
    /// </summary>
    public int Ensemble { get; init; } = 5;
}

/// <summary>Word-level precision, recall and F1 of a segmentation against gold (VLSP WS metric).</summary>
/// <param name="GoldWords">Words in the gold segmentation.</param>
/// <param name="PredictedWords">Words predicted.</param>
/// <param name="CorrectWords">Predicted words whose syllable span equals a gold word's.</param>
public readonly record struct SegmentationScore(int GoldWords, int PredictedWords, int CorrectWords)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => PredictedWords == 0 ? 0 : (double)CorrectWords / PredictedWords;

    /// <summary>Correct / gold.</summary>
    public double Recall => GoldWords == 0 ? 0 : (double)CorrectWords / GoldWords;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Trains a <see cref="WordSegmenter"/> from word-segmented sentences (each word's syllables
/// joined by <c>_</c>, as in the UD Vietnamese-VTB <c>*.seg.txt</c> files) and a lexicon.
/// Deterministic: the same sentences, lexicon and options give a byte-identical model file.
/// </summary>
public static class SegmenterTrainer
{
    /// <summary>
    /// Reads a segmented file: one sentence per line, words separated by whitespace, the
    /// syllables of a word joined by <c>_</c>. Empty lines are skipped.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> ReadSegmentedFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sentences = new List<IReadOnlyList<string>>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            string[] words = UnicodeNormalization.Normalize(line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                sentences.Add(words);
            }
        }

        return sentences;
    }

    /// <summary>
    /// Trains a segmenter. <paramref name="afterEpoch"/>, when given, receives the averaged model
    /// after each epoch (for tuning the number of epochs on held-out data).
    /// </summary>
    public static WordSegmenter Train(
        IReadOnlyList<IReadOnlyList<string>> sentences,
        SegmenterLexicon lexicon,
        SegmenterTrainingOptions? options = null,
        Action<int, WordSegmenter>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        options ??= new SegmenterTrainingOptions();

        (HashLexicon words, HashLexicon syllables) = CompileLexicon(lexicon);
        var featureModel = new SegmenterModel(null, words, syllables);
        var header = new ModelHeader(
            SegmenterModel.FeatureSetId, SegmenterModel.FeatureSetVersion, DataHash(sentences, lexicon, options), SegmenterModel.Labels);

        var examples = sentences.Select(Example.From).Where(e => e.Spans.Length > 0).ToArray();
        var predicted = new bool[examples.Length == 0 ? 0 : examples.Max(e => e.Spans.Length)];
        var members = new List<PerceptronModel>();
        for (int member = 0; member < Math.Max(1, options.Ensemble); member++)
        {
            ulong seed = options.Seed + (ulong)member;
            var order = Enumerable.Range(0, examples.Length).ToArray();
            var random = new DeterministicRandom(seed);
            DeterministicRandom? dropout = options.FeatureDropout > 0 ? new DeterministicRandom(seed ^ 0xD6E8_FEB8_6659_FD93UL) : null;
            var trainer = new AveragedPerceptronTrainer(2);
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                random.Shuffle(order.AsSpan());
                foreach (int index in order)
                {
                    Example example = examples[index];
                    featureModel.Decode(example.Text, example.Spans, predicted, trainer, example.Gold, dropout, options.FeatureDropout);
                }

                if (afterEpoch is not null && member == 0 && epoch < options.Epochs)
                {
                    afterEpoch(epoch, Finish(trainer.Build(options.PruneBelow), words, syllables, header));
                }
            }

            members.Add(trainer.Build());
        }

        WordSegmenter result = Finish(PerceptronModel.Average(members, options.PruneBelow), words, syllables, header);
        afterEpoch?.Invoke(options.Epochs, result);
        return result;
    }

    /// <summary>Segments the gold sentences' syllables with <paramref name="segmenter"/> and scores the result.</summary>
    public static SegmentationScore Evaluate(WordSegmenter segmenter, IReadOnlyList<IReadOnlyList<string>> goldSentences)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(goldSentences);
        int gold = 0, predictedCount = 0, correct = 0;
        foreach (IReadOnlyList<string> sentence in goldSentences)
        {
            Example example = Example.From(sentence);
            var predicted = new bool[example.Spans.Length];
            segmenter.Segment(example.Text, example.Spans, predicted);
            int n = predicted.Length;
            for (int i = 0; i < n; i++)
            {
                gold += example.Gold[i] ? 1 : 0;
                predictedCount += predicted[i] ? 1 : 0;
                if (example.Gold[i] && predicted[i])
                {
                    int j = i + 1;
                    while (j < n && !example.Gold[j] && !predicted[j])
                    {
                        j++;
                    }

                    if (j == n || (example.Gold[j] && predicted[j]))
                    {
                        correct++;
                    }
                }
            }
        }

        return new SegmentationScore(gold, predictedCount, correct);
    }

    private static WordSegmenter Finish(PerceptronModel weights, HashLexicon words, HashLexicon syllables, ModelHeader header) =>
        new(new SegmenterModel(weights, words, syllables), header, HashLexicon.Empty);

    internal static (HashLexicon Words, HashLexicon Syllables) CompileLexicon(SegmenterLexicon lexicon)
    {
        var words = new SortedDictionary<ulong, byte>();
        var syllables = new SortedDictionary<ulong, byte>();

        void AddWords(IEnumerable<string> entries, WordKinds kind, SyllableClasses singleClass, bool markSyllables)
        {
            Span<ulong> keys = stackalloc ulong[SegmenterModel.MaxWordLength];
            foreach (string entry in entries)
            {
                string[] parts = entry.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 1 && singleClass != SyllableClasses.None)
                {
                    Or(syllables, SyllableKeys.Hash(parts[0]), (byte)singleClass);
                }

                if (parts.Length < 2 || parts.Length > SegmenterModel.MaxWordLength)
                {
                    continue;
                }

                for (int i = 0; i < parts.Length; i++)
                {
                    keys[i] = SyllableKeys.Hash(parts[i]);
                    if (markSyllables)
                    {
                        Or(syllables, keys[i], (byte)SyllableClasses.InVocabulary);
                    }
                }

                Or(words, HashLexicon.WordHash(keys[..parts.Length]), (byte)kind);
            }
        }

        AddWords(lexicon.Words, WordKinds.Vocabulary, SyllableClasses.None, markSyllables: true);
        AddWords(lexicon.Locations, WordKinds.Location, SyllableClasses.None, markSyllables: false);
        AddWords(lexicon.Countries, WordKinds.Country, SyllableClasses.Country, markSyllables: false);
        AddWords(lexicon.Companies, WordKinds.Company, SyllableClasses.Company, markSyllables: false);
        AddWords(lexicon.FamilyNames, WordKinds.None, SyllableClasses.FamilyName, markSyllables: false);
        AddWords(lexicon.MiddleNames, WordKinds.None, SyllableClasses.MiddleName, markSyllables: false);
        AddWords(lexicon.SentenceInitialWords, WordKinds.None, SyllableClasses.SentenceInitial, markSyllables: false);
        foreach (ulong key in words.Where(p => p.Value == 0).Select(p => p.Key).ToList())
        {
            words.Remove(key);
        }

        return (HashLexicon.Build(words), HashLexicon.Build(syllables));
    }

    private static void Or(SortedDictionary<ulong, byte> map, ulong key, byte flags) =>
        map[key] = (byte)(map.GetValueOrDefault(key) | flags);

    private static string DataHash(IReadOnlyList<IReadOnlyList<string>> sentences, SegmenterLexicon lexicon, SegmenterTrainingOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Add(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"epochs={options.Epochs};seed={options.Seed};prune={options.PruneBelow:R};dropout={options.FeatureDropout:R};ensemble={options.Ensemble}"));
        foreach (IReadOnlyList<string> sentence in sentences)
        {
            Add(string.Join(' ', sentence));
        }

        foreach (IReadOnlyList<string> list in new[]
        {
            lexicon.Words, lexicon.Locations, lexicon.Countries, lexicon.Companies,
            lexicon.FamilyNames, lexicon.MiddleNames, lexicon.SentenceInitialWords,
        })
        {
            Add($"list {list.Count}");
            foreach (string entry in list)
            {
                Add(entry);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed record Example(string Text, TextSpan[] Spans, bool[] Gold)
    {
        public static Example From(IReadOnlyList<string> words)
        {
            var text = new StringBuilder();
            var spans = new List<TextSpan>();
            var gold = new List<bool>();
            foreach (string word in words)
            {
                bool first = true;
                foreach (string syllable in word.Split('_', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    spans.Add(new TextSpan(text.Length, syllable.Length));
                    text.Append(syllable);
                    gold.Add(first);
                    first = false;
                }

                if (first && word.Length > 0)
                {
                    // A word that is only underscores: one token of its own.
                    if (text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    spans.Add(new TextSpan(text.Length, word.Length));
                    text.Append(word);
                    gold.Add(true);
                }
            }

            return new Example(text.ToString(), [.. spans], [.. gold]);
        }
    }
}
