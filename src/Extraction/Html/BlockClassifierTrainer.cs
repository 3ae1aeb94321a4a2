using System.Security.Cryptography;
using System.Text;
using Extraction.Documents;
using Extraction.Html.Blocks;
using Extraction.Html.Decoding;
using Extraction.Learning;

namespace Extraction.Html;

/// <summary>One page of a main-content benchmark: its bytes and the expected article text.</summary>
/// <param name="Id">The page's id (file name without extension).</param>
/// <param name="Html">The page as served.</param>
/// <param name="ArticleBody">The expected article text.</param>
public sealed record BenchmarkPage(string Id, byte[] Html, string ArticleBody);

/// <summary>Precision, recall and F1 of token 4-gram shingles, per page averaged over pages (the article-extraction benchmark's metric).</summary>
/// <param name="Precision">Mean per-page precision.</param>
/// <param name="Recall">Mean per-page recall.</param>
/// <param name="F1">Harmonic mean of the two means.</param>
/// <param name="Pages">Pages scored.</param>
public readonly record struct ExtractionScore(double Precision, double Recall, double F1, int Pages);

/// <summary>
/// Trains a <see cref="BlockClassifier"/> from benchmark pages: every block of every page is
/// labelled <c>body</c> when at least half of its token 4-grams (or, under four tokens, its
/// whole token sequence) occur in the expected article text, else <c>other</c>; an averaged
/// perceptron learns the labels from the block features. Deterministic: the same pages in the
/// same order, epochs and seed give the same model, byte for byte.
/// </summary>
public static class BlockClassifierTrainer
{
    /// <summary>The margins tried by cross-validation (see <see cref="BlockClassifier.Margin"/>).</summary>
    private static readonly float[] Margins = [0, 5, 10, 20, 40];

    /// <summary>
    /// Trains on <paramref name="pages"/>: the margin is chosen by two-fold cross-validation on
    /// these pages alone (even and odd positions), then the model is trained on all of them.
    /// </summary>
    public static BlockClassifier Train(IReadOnlyList<BenchmarkPage> pages, int epochs = 10, ulong seed = 20240601)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var folds = new[] { new List<BenchmarkPage>(), new List<BenchmarkPage>() };
        for (int i = 0; i < pages.Count; i++)
        {
            folds[i % 2].Add(pages[i]);
        }

        var totals = new double[Margins.Length];
        for (int fold = 0; fold < 2 && pages.Count >= 4; fold++)
        {
            var model = TrainModel(folds[fold], epochs, seed);
            for (int m = 0; m < Margins.Length; m++)
            {
                var cleaner = new HtmlCleaner(HtmlCleanerOptions.Default with { BlockClassifier = model.WithMargin(Margins[m]) });
                totals[m] += Score(cleaner, folds[1 - fold]).F1;
            }
        }

        int best = Margins.Length - 1;
        for (int m = Margins.Length - 1; m >= 0; m--)
        {
            if (totals[m] > totals[best] + 1e-9)
            {
                best = m;
            }
        }

        return TrainModel(pages, epochs, seed).WithMargin(Margins[best]);
    }

    private static BlockClassifier TrainModel(IReadOnlyList<BenchmarkPage> pages, int epochs, ulong seed)
    {
        var examples = new List<(ulong[] Features, int Label)>();
        var session = HtmlCleaner.Default.CreateSession();
        var features = new List<ulong>(64);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var page in pages)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(page.Id));
            hash.AppendData(page.Html);
            hash.AppendData(Encoding.UTF8.GetBytes(page.ArticleBody));
            var (model, rules) = Analyse(session, page.Html);
            var truth = Shingles.Of(page.ArticleBody);
            string truthSequence = " " + string.Join(' ', Shingles.Tokens(page.ArticleBody)) + " ";
            foreach (var b in model.Blocks)
            {
                if (rules.Verdicts[b.Index] is ContentSelector.Verdict.Caption or ContentSelector.Verdict.Outside)
                {
                    continue;
                }

                features.Clear();
                BlockClassifier.Features(model, rules, b, features);
                examples.Add((features.ToArray(), IsBody(b.Text, truth, truthSequence) ? 1 : 0));
            }
        }

        var perceptron = AveragedPerceptronTrainer.Train(examples, 2, epochs, seed);
        var header = new ModelHeader(BlockClassifier.FeatureSetId, BlockClassifier.FeatureSetVersion, Convert.ToHexStringLower(hash.GetHashAndReset()), BlockClassifier.Labels);
        return new BlockClassifier(header, perceptron, 0);
    }

    /// <summary>Cleans every page with <paramref name="cleaner"/> and scores the text against the expected article.</summary>
    public static ExtractionScore Score(HtmlCleaner cleaner, IReadOnlyList<BenchmarkPage> pages)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentNullException.ThrowIfNull(pages);
        var session = cleaner.CreateSession();
        double precision = 0, recall = 0;
        foreach (var page in pages)
        {
            var (p, r) = Shingles.Score(page.ArticleBody, session.Clean(page.Html).TextOf(ArticleSection.Headline, ArticleSection.Lead, ArticleSection.Body));
            precision += p;
            recall += r;
        }

        if (pages.Count == 0)
        {
            return new ExtractionScore(0, 0, 0, 0);
        }

        precision /= pages.Count;
        recall /= pages.Count;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1, pages.Count);
    }

    internal static (PageModel Model, ContentSelector.Selection Rules) Analyse(HtmlCleaner.Session session, byte[] html)
    {
        string text = PageDecoder.Decode(html, null, []);
        using var document = session.Parse(text);
        var model = session.Walk(document);
        return (model, ContentSelector.Select(model));
    }

    private static bool IsBody(string text, Dictionary<string, int> truth, string truthSequence)
    {
        var tokens = Shingles.Tokens(text);
        if (tokens.Count == 0)
        {
            return false;
        }

        if (tokens.Count < 4)
        {
            return truthSequence.Contains(" " + string.Join(' ', tokens) + " ", StringComparison.Ordinal);
        }

        int found = 0, total = 0;
        foreach (string key in Shingles.Keys(tokens))
        {
            total++;
            if (truth.ContainsKey(key))
            {
                found++;
            }
        }

        return found * 2 >= total;
    }

    /// <summary>Token 4-gram shingles over <c>\w+</c> tokens, as ../shared/bench/score_extraction.py counts them.</summary>
    private static class Shingles
    {
        public static List<string> Tokens(string text)
        {
            var tokens = new List<string>();
            int i = 0;
            while (i < text.Length)
            {
                if (!IsWord(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && IsWord(text[i]))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }

            return tokens;
        }

        public static IEnumerable<string> Keys(List<string> tokens)
        {
            if (tokens.Count is > 0 and <= 4)
            {
                yield return string.Join('\u0001', tokens);
                yield break;
            }

            for (int i = 0; i + 4 <= tokens.Count; i++)
            {
                yield return string.Join('\u0001', tokens.GetRange(i, 4));
            }
        }

        public static Dictionary<string, int> Of(string text)
        {
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string key in Keys(Tokens(text)))
            {
                result[key] = result.GetValueOrDefault(key) + 1;
            }

            return result;
        }

        public static (double Precision, double Recall) Score(string expected, string predicted)
        {
            var e = Of(expected);
            var p = Of(predicted);
            double tp = 0, fp = 0, fn = 0;
            foreach (var (key, count) in p)
            {
                int match = Math.Min(count, e.GetValueOrDefault(key));
                tp += match;
                fp += count - match;
            }

            foreach (var (key, count) in e)
            {
                fn += count - Math.Min(count, p.GetValueOrDefault(key));
            }

            double total = tp + fp + fn;
            if (total == 0)
            {
                return (1, 1);
            }

            double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
            return (precision, recall);
        }

        private static bool IsWord(char c) =>
            char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }
}
