using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Extraction.Documents;
using Extraction.Evaluation;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Learning;

/// <summary>
/// Trains the officials labeller on the train split of the real news corpus (a folder laid out as
/// <c>vi-news-real</c>: <c>split.json</c>, <c>texts/&lt;id&gt;.txt</c>, <c>gold/&lt;id&gt;.json</c>). The gold names
/// and the <c>text</c> of each gold title are found again in the article's sentences to give BIO labels over
/// the segmenter's words: the name is PER, the post its title starts with is POS, the rest of the title ORG.
/// Deterministic: articles in id order, shuffling from a fixed seed. Optionally cross-validates with articles
/// as folds, comparing the rules alone with the rules and the model, and switches the model on only when it wins.
/// </summary>
public static class OfficialsLabellerTrainer
{
    /// <summary>Default passes over the training sentences.</summary>
    public const int DefaultEpochs = 8;

    /// <summary>Default shuffling seed.</summary>
    public const ulong DefaultSeed = 20261202UL;

    /// <summary>
    /// Trains on the corpus's train split, reports the cross-validation ablation to <paramref name="log"/> when
    /// <paramref name="folds"/> is at least 2, and writes the model file to <paramref name="destination"/>.
    /// </summary>
    /// <exception cref="IOException">The corpus cannot be read.</exception>
    /// <exception cref="InvalidDataException">The corpus is not laid out as expected.</exception>
    public static void Train(string corpusDirectory, Stream destination, int folds, TextWriter log, int epochs = DefaultEpochs, ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(log);
        var articles = LoadTrainSplit(corpusDirectory);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"train split: {articles.Count} articles, {articles.Sum(a => a.Sentences.Count)} labelled sentences; epochs {epochs}, seed {seed}"));
        bool enabled = true;
        if (folds >= 2)
        {
            enabled = CrossValidate(articles, folds, epochs, seed, log);
        }

        var labeller = Fit(articles, epochs, seed, Hash(articles)).WithEnabled(enabled);
        labeller.Save(destination);
        log.WriteLine($"model: {(enabled ? "switched on" : "switched off (it did not beat the rules in cross-validation)")}; training data sha256 {labeller.Header.TrainingDataHash}");
    }

    private static bool CrossValidate(List<TrainingArticle> articles, int folds, int epochs, ulong seed, TextWriter log)
    {
        var rules = new Tally();
        var learned = new Tally();
        var byConfidence = new SortedDictionary<double, (int Right, int All)>();
        for (int fold = 0; fold < folds; fold++)
        {
            var train = articles.Where((_, i) => i % folds != fold).ToList();
            var test = articles.Where((_, i) => i % folds == fold).ToList();
            var model = Fit(train, epochs, seed, "cv").WithEnabled(true);
            var withRules = ArticlePipeline.Create(ExtractionOptions.Default, officialsLabeller: null);
            var withModel = ArticlePipeline.Create(ExtractionOptions.Default, model);
            foreach (var article in test)
            {
                rules.Add(article.Gold, withRules.Run(article.Text, isHtml: false, Source.None, CancellationToken.None).Officials, null);
                learned.Add(article.Gold, withModel.Run(article.Text, isHtml: false, Source.None, CancellationToken.None).Officials, byConfidence);
            }
        }

        log.WriteLine($"cross-validation, {folds} folds (articles as folds, fold = index mod {folds}):");
        log.WriteLine("                     officials P/R/F1        titles P/R/F1");
        log.WriteLine($"  rules alone        {rules.Officials.Format()}   {rules.Titles.Format()}");
        log.WriteLine($"  rules + labeller   {learned.Officials.Format()}   {learned.Titles.Format()}");
        log.WriteLine("  name precision by confidence (each read path has its own confidence):");
        foreach (var (confidence, (right, all)) in byConfidence)
        {
            // Add-one smoothing keeps a path seen a few times from claiming certainty.
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {confidence:F3}: {right}/{all} = {(all == 0 ? 0 : (double)right / all):F3}, smoothed (right+1)/(all+2) = {(right + 1.0) / (all + 2):F3}"));
        }

        foreach (string wrong in learned.Wrong.Except(rules.Wrong))
        {
            log.WriteLine($"  wrong with the labeller only: {wrong}");
        }

        return learned.Officials.F1 > rules.Officials.F1 && learned.Titles.F1 >= rules.Titles.F1;
    }

    /// <summary>
    /// Models trained with consecutive seeds and averaged: one model's greedy decoding of a rare case (a foreign
    /// name after a post and a country) hangs on the shuffling order; the mean of three depends on it less, though on
    /// 249 sentences it still reads few such names (model card).
    /// </summary>
    private const int Ensemble = 3;

    private static OfficialsLabeller Fit(List<TrainingArticle> articles, int epochs, ulong seed, string dataHash)
    {
        var header = new ModelHeader(OfficialsLabeller.FeatureSetId, OfficialsLabeller.FeatureSetVersion, dataHash, OfficialsLabeller.Labels);
        var model = PerceptronModel.AverageOverSeeds(Ensemble, seed, s => FitOne(articles, epochs, s), pruneBelow: 0.01f);
        return new OfficialsLabeller(model, enabled: false, header);
    }

    private static PerceptronModel FitOne(List<TrainingArticle> articles, int epochs, ulong seed)
    {
        var sentences = articles.SelectMany(a => a.Sentences).ToList();
        var trainer = new AveragedPerceptronTrainer(OfficialsLabeller.Labels.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new DeterministicRandom(seed);
        Span<ulong> features = stackalloc ulong[64];
        Span<float> scores = stackalloc float[OfficialsLabeller.Labels.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order.AsSpan());
            foreach (int s in order)
            {
                var sentence = sentences[s];
                var predicted = new int[sentence.Labels.Length];
                for (int w = 0; w < sentence.Labels.Length; w++)
                {
                    // Greedy, with the model's own earlier decisions as history, as it will be decoded.
                    int count = OfficialsLabeller.Features(sentence.Tokens, sentence.Text, sentence.WordStarts, w, predicted, features);
                    trainer.Score(features[..count], scores);
                    predicted[w] = PerceptronModel.ArgMax(scores);
                    trainer.Update(features[..count], sentence.Labels[w], predicted[w]);
                }
            }
        }

        return trainer.Build();
    }

    private static List<TrainingArticle> LoadTrainSplit(string corpusDirectory)
    {
        var split = JsonNode.Parse(File.ReadAllText(Path.Combine(corpusDirectory, "split.json")))?["train"]?.AsArray()
            ?? throw new InvalidDataException("split.json has no 'train' list.");
        var ids = split.Select(n => (string?)n ?? throw new InvalidDataException("split.json lists a null id.")).Order(StringComparer.Ordinal).ToList();
        var articles = new List<TrainingArticle>(ids.Count);
        foreach (string id in ids)
        {
            string text = File.ReadAllText(Path.Combine(corpusDirectory, "texts", id + ".txt"));
            string goldJson = File.ReadAllText(Path.Combine(corpusDirectory, "gold", id + ".json"));
            var gold = JsonNode.Parse(goldJson)?.AsObject() ?? throw new InvalidDataException($"gold/{id}.json is not an object.");
            articles.Add(new TrainingArticle(id, text, goldJson, gold, Label(text, gold)));
        }

        return articles;
    }

    /// <summary>The article's sentences that are worth labelling, with gold BIO labels per word.</summary>
    private static List<LabelledSentence> Label(string text, JsonObject gold)
    {
        var document = ArticleDocument.Analyze(PlainTextCleaner.Clean(text));
        var names = new List<string[]>();
        var titles = new List<string[]>();
        foreach (var official in gold["officials"]?.AsArray() ?? [])
        {
            if (official?["name"] is JsonValue name)
            {
                names.Add(Keys((string)name!));
            }

            foreach (var title in official?["titles"]?.AsArray() ?? [])
            {
                if (title?["text"] is JsonValue written)
                {
                    titles.Add(Keys((string)written!));
                }
            }
        }

        var sentences = new List<LabelledSentence>();
        var wordStartFlags = document.WordStarts;
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            if (!OfficialsLabeller.Worth(tokens))
            {
                continue;
            }

            // Token tags: entity kind (0 none, 1 PER, 2 POS, 3 ORG) and a span id, so that words get B or I.
            var kind = new int[tokens.Length];
            var span = new int[tokens.Length];
            int nextSpan = 1;
            foreach (var title in titles)
            {
                foreach (int at in Occurrences(tokens, title))
                {
                    int from = at;
                    if (Officials.FormerMarkers.TryMatch(tokens, from, out _, out int marker) && from + marker < at + title.Length)
                    {
                        from += marker;
                    }

                    int post = PostLength(tokens, from, at + title.Length);
                    Mark(kind, span, from, from + post, 2, nextSpan++);
                    Mark(kind, span, from + post, at + title.Length, 3, nextSpan++);
                }
            }

            foreach (var name in names)
            {
                foreach (int at in Occurrences(tokens, name))
                {
                    Mark(kind, span, at, at + name.Length, 1, nextSpan++);
                }
            }

            var wordStarts = new List<int>();
            for (int t = 0; t < tokens.Length; t++)
            {
                if (wordStartFlags[sentence.FirstToken + t] || t == 0)
                {
                    wordStarts.Add(t);
                }
            }

            var labels = new int[wordStarts.Count];
            for (int w = 0; w < wordStarts.Count; w++)
            {
                int t = wordStarts[w];
                int previous = w > 0 ? wordStarts[w - 1] : -1;
                bool begins = previous < 0 || span[previous] != span[t];
                labels[w] = kind[t] == 0 ? OfficialsLabeller.Outside : (2 * kind[t]) - (begins ? 1 : 0);
            }

            sentences.Add(new LabelledSentence(tokens.ToArray(), document.Text, [.. wordStarts], labels));
        }

        return sentences;
    }

    /// <summary>How many tokens of a title at <paramref name="from"/> are its post: the post table's match, else one.</summary>
    private static int PostLength(ReadOnlySpan<Token> tokens, int from, int end)
    {
        if (Officials.Positions.TryMatch(tokens, from, out _, out int length) && from + length <= end)
        {
            return length;
        }

        return Math.Min(1, end - from);
    }

    private static void Mark(int[] kind, int[] span, int from, int to, int what, int id)
    {
        for (int t = from; t < to; t++)
        {
            kind[t] = what;
            span[t] = id;
        }
    }

    private static IEnumerable<int> Occurrences(ReadOnlySpan<Token> tokens, string[] keys)
    {
        var found = new List<int>();
        if (keys.Length == 0)
        {
            return found;
        }

        for (int i = 0; i + keys.Length <= tokens.Length; i++)
        {
            int k = 0;
            while (k < keys.Length && tokens[i + k].Key == keys[k])
            {
                k++;
            }

            if (k == keys.Length)
            {
                found.Add(i);
            }
        }

        return found;
    }

    private static string[] Keys(string text) => Tokenizer.Tokenize(text).Select(t => t.Key).ToArray();

    private static string Hash(List<TrainingArticle> articles)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var article in articles)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(article.Id + "\n" + article.Text + "\n" + article.GoldJson + "\n"));

            // The labelled sentences come from the code (sentence splitting, segmentation, post table) as well as
            // from the data: when the code changes what is learned from, the hash says so.
            foreach (var sentence in article.Sentences)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(string.Join(' ', sentence.WordStarts) + "|" + string.Join(' ', sentence.Labels) + "\n"));
            }
        }

        sha.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"ensemble {Ensemble}")));

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private sealed record TrainingArticle(string Id, string Text, string GoldJson, JsonObject Gold, List<LabelledSentence> Sentences);

    private sealed record LabelledSentence(Token[] Tokens, string Text, int[] WordStarts, int[] Labels);

    /// <summary>Officials and titles scored as <c>score_records.py</c> scores them: names folded, titles as multisets of folded positions.</summary>
    private sealed class Tally
    {
        public Counts Officials { get; } = new();

        public Counts Titles { get; } = new();

        public List<string> Wrong { get; } = [];

        public void Add(JsonObject gold, IReadOnlyList<Official> predicted, SortedDictionary<double, (int Right, int All)>? byConfidence)
        {
            var goldPeople = (gold["officials"]?.AsArray() ?? []).Select(n => n!.AsObject()).ToList();
            var pool = predicted.ToList();
            foreach (var person in goldPeople)
            {
                string? key = RecordScorer.Fold((string?)person["name"]);
                int hit = pool.FindIndex(p => RecordScorer.Fold(p.Name) == key);
                if (hit < 0)
                {
                    if (person["optional"] is not JsonValue optional || !(bool)optional)
                    {
                        Officials.FalseNegatives++;
                    }

                    continue;
                }

                Officials.TruePositives++;
                var goldPositions = (person["titles"]?.AsArray() ?? []).Select(t => RecordScorer.Fold((string?)t!["position"])).ToList();
                var predictedPositions = pool[hit].Titles.Select(t => RecordScorer.Fold(t.Position)).ToList();
                int common = 0;
                foreach (string? position in goldPositions)
                {
                    int at = predictedPositions.IndexOf(position);
                    if (at >= 0)
                    {
                        predictedPositions.RemoveAt(at);
                        common++;
                    }
                }

                Titles.TruePositives += common;
                Titles.FalseNegatives += goldPositions.Count - common;
                Titles.FalsePositives += predictedPositions.Count;
                Count(byConfidence, pool[hit].Confidence, right: true);
                pool.RemoveAt(hit);
            }

            Officials.FalsePositives += pool.Count;
            foreach (var wrong in pool)
            {
                Count(byConfidence, wrong.Confidence, right: false);
                Wrong.Add($"{wrong.Confidence:F3} {wrong}");
            }
        }

        private static void Count(SortedDictionary<double, (int Right, int All)>? byConfidence, double confidence, bool right)
        {
            if (byConfidence is null)
            {
                return;
            }

            byConfidence.TryGetValue(confidence, out var seen);
            byConfidence[confidence] = (seen.Right + (right ? 1 : 0), seen.All + 1);
        }
    }

    private sealed class Counts
    {
        public int TruePositives { get; set; }

        public int FalsePositives { get; set; }

        public int FalseNegatives { get; set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Precision:F3} {Recall:F3} {F1:F3}");
    }
}
