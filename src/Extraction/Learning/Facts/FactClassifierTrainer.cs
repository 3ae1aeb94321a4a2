using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Extraction.Evaluation;
using Extraction.Extractors;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Learning.Facts;

/// <summary>What training the fact classifier measured: the printed report and the model's provenance.</summary>
/// <param name="Text">The ablation, status and reliability tables, as printed by <c>train facts</c>.</param>
/// <param name="TrainingDataHash">SHA-256 (hex) of the training texts, their expected records and the settings.</param>
/// <param name="Candidates">How many labelled rule candidates the model learned from.</param>
public sealed record FactTrainingReport(string Text, string TrainingDataHash, int Candidates);

/// <summary>
/// Trains the learned fact classifier that judges the rules' candidates. The candidates are what the
/// current rules find (the pipeline run with learned models off) in the train split of the real
/// corpus and in the written variant sets. A candidate is labelled right when it is paired with a gold
/// record, with the scorer's matching (<see cref="RecordScorer"/>) for the corpus and field by field
/// for the variant sets, whose unexpected candidates are negatives. Five-fold cross-validation with
/// whole articles as folds gives every candidate a held-out score; those scores calibrate the
/// confidence, decide for which record types dropping and relabelling win, and fill the ablation and
/// reliability tables. Deterministic: the same data, epochs and seed give the same bytes.
/// </summary>
public static class FactClassifierTrainer
{
    /// <summary>Folds of the cross-validation (articles, not sentences, are split).</summary>
    public const int Folds = 5;

    /// <summary>Default passes over the training candidates.</summary>
    public const int DefaultEpochs = 10;

    /// <summary>Default shuffling seed.</summary>
    public const ulong DefaultSeed = 20251202;

    /// <summary>Pseudo-candidates at the type's rate added to each calibration block.</summary>
    private const double BlockPrior = 5;

    /// <summary>Pseudo-candidates at the rate over all types added to a type's rate.</summary>
    private const double TypePrior = 10;

    /// <summary>Features seen in fewer training candidates than this are left out.</summary>
    private const int MinCount = 3;

    /// <summary>Models trained with consecutive seeds and averaged, for a steadier model on little data.</summary>
    private const int Ensemble = 3;

    private static readonly string[] Kinds = ["admissions", "disciplines", "awards", "officials"];
    private static readonly float[] StatusMargins = [0.5f, 1, 2, 4, 8, 16, 32, 64];
    private static readonly double[] Buckets = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
    private static readonly ExtractionOptions RulesOnly = ExtractionOptions.Default with { UseLearnedModels = false };

    /// <summary>
    /// Trains on the train split of <paramref name="corpusDirectory"/> (vi-news-real layout:
    /// <c>split.json</c>, <c>texts/</c>, <c>gold/</c>; dev is never read) and the variant sets in
    /// <paramref name="variantsDirectory"/> (<c>KIND*.json</c>, <c>articles*.json</c>, <c>facts*.json</c>), writes the model to
    /// <paramref name="output"/> and returns the report.
    /// </summary>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The corpus or a variant file is malformed.</exception>
    public static FactTrainingReport Train(string corpusDirectory, string? variantsDirectory, Stream output, int epochs = DefaultEpochs, ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(output);
        var texts = LoadCorpus(corpusDirectory);
        if (variantsDirectory is not null)
        {
            texts.AddRange(LoadVariants(variantsDirectory));
        }

        var (model, report) = Train(texts, epochs, seed);
        model.Save(output);
        return report;
    }

    /// <summary>The train split of a corpus, in id order.</summary>
    internal static List<TrainingText> LoadCorpus(string directory)
    {
        JsonObject split;
        try
        {
            split = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "split.json")))?.AsObject()
                ?? throw new InvalidDataException("split.json is empty.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"split.json is not valid JSON: {e.Message}", e);
        }

        var ids = (split["train"] as JsonArray ?? throw new InvalidDataException("split.json has no 'train' list."))
            .Select(n => (string?)n ?? throw new InvalidDataException("split.json lists a null id."))
            .Order(StringComparer.Ordinal)
            .ToList();
        var texts = new List<TrainingText>(ids.Count);
        foreach (string id in ids)
        {
            string text = File.ReadAllText(Path.Combine(directory, "texts", id + ".txt"));
            var gold = ParseObject(File.ReadAllText(Path.Combine(directory, "gold", id + ".json")), $"gold/{id}.json");
            texts.Add(new TrainingText(id, text, gold, IsGold: true));
        }

        return texts;
    }

    /// <summary>
    /// Every case of the variant sets, files in ordinal order, cases in file order: <c>KIND*.json</c> (cases of
    /// one kind), <c>articles*.json</c> (expected records by kind) and <c>facts*.json</c> (each case names its kind).
    /// </summary>
    internal static List<TrainingText> LoadVariants(string directory)
    {
        var texts = new List<TrainingText>();
        foreach (string file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            string? fileKind = Kinds.FirstOrDefault(k => name.StartsWith(k, StringComparison.Ordinal));
            bool articles = name.StartsWith("articles", StringComparison.Ordinal);
            bool mixed = name.StartsWith("facts", StringComparison.Ordinal); // each case names its kind
            if (fileKind is null && !articles && !mixed)
            {
                continue;
            }

            JsonArray cases;
            try
            {
                cases = JsonNode.Parse(File.ReadAllText(file)) as JsonArray ?? throw new InvalidDataException($"{name} is not a list of cases.");
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new InvalidDataException($"{name} is not valid JSON: {e.Message}", e);
            }

            foreach (var node in cases.OfType<JsonObject>())
            {
                string id = (string?)node["id"] ?? throw new InvalidDataException($"A case of {name} has no id.");
                string text = (string?)node["text"] ?? throw new InvalidDataException($"Case {id} has no text.");
                var expected = new JsonObject();
                if (articles)
                {
                    foreach (string k in Kinds)
                    {
                        if (node["expected"]?[k] is JsonArray list)
                        {
                            expected[k] = list.DeepClone();
                        }
                    }
                }
                else
                {
                    string kind = fileKind ?? (string?)node["kind"] ?? throw new InvalidDataException($"Case {id} of {name} names no kind.");
                    if (!Kinds.Contains(kind))
                    {
                        throw new InvalidDataException($"Case {id} of {name} has an unknown kind '{kind}'.");
                    }

                    expected[kind] = (node["expected"] as JsonArray ?? []).DeepClone();
                }

                texts.Add(new TrainingText(id, text, expected, IsGold: false));
            }
        }

        return texts;
    }

    /// <summary>Trains on <paramref name="texts"/> (gold texts first in fold order, as loaded) and reports.</summary>
    internal static (FactModel Model, FactTrainingReport Report) Train(IReadOnlyList<TrainingText> texts, int epochs, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var pipeline = ArticlePipeline.Create(RulesOnly);
        var prepared = new List<Prepared>(texts.Count);
        var failed = new List<string>();
        int gold = 0, variants = 0;
        foreach (var text in texts)
        {
            int fold = text.IsGold ? gold++ % Folds : variants++ % Folds;
            try
            {
                prepared.Add(Prepare(pipeline, text, fold));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or ExtractionException)
            {
                // A rule that fails on a text is a defect of the rules, reported, not a reason to stop training.
                failed.Add($"{text.Id} ({e.GetType().Name}: {e.Message})");
            }
        }

        var (model, report) = Train(prepared, epochs, seed, HashOf(texts, epochs, seed));
        return failed.Count == 0 ? (model, report)
            : (model, report with { Text = report.Text + $"skipped {failed.Count} texts the rules failed on: {string.Join("; ", failed)}{Environment.NewLine}" });
    }

    /// <summary>Runs the rules over one text and labels their candidates.</summary>
    internal static Prepared Prepare(ArticlePipeline pipeline, TrainingText text, int fold)
    {
        var document = Documents.ArticleDocument.Analyze(PlainTextCleaner.Clean(text.Text));
        var context = new ExtractionContext(document, RulesOnly, CancellationToken.None);
        foreach (var extractor in pipeline.Extractors)
        {
            extractor.Extract(context);
        }

        return Prepared.Label(context, text, fold);
    }

    /// <summary>Trains on prepared candidate sets: cross-validation, calibration, the shipped decisions, the model.</summary>
    internal static (FactModel Model, FactTrainingReport Report) Train(IReadOnlyList<Prepared> prepared, int epochs, ulong seed, string dataHash)
    {
        // 1. Held-out keep scores and status scores for every candidate.
        var cv = new float[prepared.Count][];
        var cvStatus = new float[prepared.Count][][];
        for (int fold = 0; fold < Folds; fold++)
        {
            var keep = TrainKeep(prepared, p => p.Fold != fold, epochs, seed);
            var status = TrainStatus(prepared, p => p.Fold != fold, epochs, seed);
            for (int a = 0; a < prepared.Count; a++)
            {
                if (prepared[a].Fold == fold)
                {
                    (cv[a], cvStatus[a]) = ScoreAll(prepared[a], keep, status);
                }
            }
        }

        // 2. Calibration per fold from the other folds' held-out scores on real text, and for shipping from all.
        var foldCalibrations = new IsotonicCalibration[Folds][];
        for (int fold = 0; fold < Folds; fold++)
        {
            foldCalibrations[fold] = FitCalibrations(prepared, cv, p => p.Source.IsGold && p.Fold != fold);
        }

        var calibrations = FitCalibrations(prepared, cv, p => p.Source.IsGold);
        double Probability(int a, int i) => foldCalibrations[prepared[a].Fold][(int)prepared[a].Candidates[i].Type].Probability(cv[a][i]);
        double Confidence(int a, int i) => FactModel.Confidence(Probability(a, i), prepared[a].Candidates[i].RuleConfidenceIn(prepared[a].Context));

        // 3. Status: per type, the margin at which relabelling gains most held-out statuses, if any.
        var margins = new float[FactModel.TypeCount];
        var statusLines = new StringBuilder();
        for (int t = 0; t < FactModel.TypeCount; t++)
        {
            margins[t] = ChooseMargin(prepared, cvStatus, (FactType)t, statusLines);
        }

        // 4. Keep/drop, per type: a threshold chosen on the other folds' held-out probabilities is tried on each
        //    fold (nested, so the threshold never saw the articles it is judged on); dropping ships for a type
        //    only when that beats the rules' F1 there, with the threshold then chosen on every held-out probability.
        var goldIndices = Enumerable.Range(0, prepared.Count).Where(a => prepared[a].Source.IsGold).ToList();
        var foldThresholds = new double[Folds][];
        for (int fold = 0; fold < Folds; fold++)
        {
            var others = goldIndices.Where(a => prepared[a].Fold != fold).ToList();
            foldThresholds[fold] = Enumerable.Range(0, FactModel.TypeCount).Select(t => ChooseThreshold(prepared, others, (FactType)t, Probability)).ToArray();
        }

        FactDecision RulesDecision(int a, int i) => new(true, prepared[a].Candidates[i].StatusIn(prepared[a].Context), prepared[a].Candidates[i].RuleConfidenceIn(prepared[a].Context));
        bool HeldOutKeep(int a, int i) => Probability(a, i) >= foldThresholds[prepared[a].Fold][(int)prepared[a].Candidates[i].Type];
        var rules = Score(prepared, goldIndices, RulesDecision);
        var everyType = Score(prepared, goldIndices, (a, i) => new FactDecision(HeldOutKeep(a, i), prepared[a].Candidates[i].StatusIn(prepared[a].Context), Confidence(a, i)));
        var enabled = new bool[FactModel.TypeCount];
        var dropBelow = new double[FactModel.TypeCount];
        for (int t = 0; t < FactModel.TypeCount; t++)
        {
            enabled[t] = F1(everyType.CountsOf(Kinds[t])) > F1(rules.CountsOf(Kinds[t])) + 1e-9;
            dropBelow[t] = enabled[t] ? ChooseThreshold(prepared, goldIndices, (FactType)t, Probability) : 0;
        }

        FactDecision Shipped(int a, int i)
        {
            var candidate = prepared[a].Candidates[i];
            var status = Relabel(candidate.Type, candidate.StatusIn(prepared[a].Context), cvStatus[a][i], margins[(int)candidate.Type]);
            return new FactDecision(!enabled[(int)candidate.Type] || HeldOutKeep(a, i), status, Confidence(a, i));
        }

        var shipped = Score(prepared, goldIndices, Shipped);

        // 5. The model: trained on everything, calibrated on every held-out real-text score.
        var header = new ModelHeader(FactFeatures.FeatureSetId, FactFeatures.FeatureSetVersion, dataHash, FactModel.Labels);
        var model = new FactModel(header, TrainKeep(prepared, _ => true, epochs, seed), calibrations, dropBelow,
            TrainStatus(prepared, _ => true, epochs, seed), margins);

        // 6. The report.
        var text = new StringBuilder();
        int labelled = prepared.Sum(p => p.Keep.Count(k => k >= 0));
        int goldCandidates = goldIndices.Sum(a => prepared[a].Keep.Count(k => k >= 0));
        int goldRight = goldIndices.Sum(a => prepared[a].Keep.Count(k => k == 1));
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(string.Create(invariant,
            $"fact classifier: {goldIndices.Count} train articles ({goldCandidates} labelled candidates, {goldRight} right), {prepared.Count - goldIndices.Count} variant texts ({labelled - goldCandidates} labelled candidates, {prepared.Sum(p => p.Keep.Count(k => k == 1)) - goldRight} right); {Folds} folds by article, epochs {epochs}, seed {seed}, ensemble {Ensemble}"));
        text.AppendLine(string.Create(invariant,
            $"held-out ranking (AUC of the keep score): train split {Auc(Points(prepared, cv, p => p.Source.IsGold)):0.000}, variant sets {Auc(Points(prepared, cv, p => !p.Source.IsGold)):0.000}"));
        text.AppendLine();
        text.AppendLine("Cross-validated on the train split (each article scored by models, calibration and drop threshold that never saw it):");
        text.AppendLine($"{"type",-12} | {"rules alone",-26} | {"rules + classifier",-26} | {"shipped",-26} | drops?");
        text.AppendLine($"{"",-12} | {"P      R      F1",-26} | {"P      R      F1",-26} | {"P      R      F1",-26} |");
        for (int t = 0; t < FactModel.TypeCount; t++)
        {
            string drops = enabled[t] ? string.Create(invariant, $"yes, below {dropBelow[t]:0.000}") : "no (rules keep all)";
            text.AppendLine($"{Kinds[t],-12} | {Prf(rules.CountsOf(Kinds[t])),-26} | {Prf(everyType.CountsOf(Kinds[t])),-26} | {Prf(shipped.CountsOf(Kinds[t])),-26} | {drops}");
        }

        text.AppendLine($"{"facts micro",-12} | {Prf(Micro(rules)),-26} | {Prf(Micro(everyType)),-26} | {Prf(Micro(shipped)),-26} |");
        text.AppendLine();
        text.AppendLine("Status relabelling, held-out (train split and variant sets; statuses of right candidates):");
        text.Append(statusLines);
        text.AppendLine();
        text.AppendLine("Calibration (shipped), per type: score steps -> probability right");
        for (int t = 0; t < FactModel.TypeCount; t++)
        {
            text.AppendLine($"  {Kinds[t],-12} {calibrations[t]}");
        }

        text.AppendLine();
        text.AppendLine("Reliability, held-out on the train split (kept candidates; confidence = probability capped by the rules' confidence):");
        text.Append(Reliability(goldIndices.SelectMany(a => Enumerable.Range(0, prepared[a].Candidates.Length)
            .Where(i => prepared[a].Keep[i] >= 0 && Shipped(a, i).Keep)
            .Select(i => (Shipped(a, i).Confidence, prepared[a].Keep[i] == 1)))));
        for (int t = 0; t < FactModel.TypeCount; t++)
        {
            var ofType = goldIndices.SelectMany(a => Enumerable.Range(0, prepared[a].Candidates.Length)
                .Where(i => prepared[a].Keep[i] >= 0 && prepared[a].Candidates[i].Type == (FactType)t && Shipped(a, i).Keep)
                .Select(i => (Shipped(a, i).Confidence, Right: prepared[a].Keep[i] == 1))).ToList();
            var high = ofType.Where(x => x.Confidence >= 0.9).ToList();
            text.AppendLine(string.Create(invariant,
                $"  {Kinds[t],-12} {ofType.Count,4} kept, {ofType.Count(x => x.Right) / (double)Math.Max(1, ofType.Count):0.000} right; at confidence >= 0.9: {high.Count,4}, {(high.Count == 0 ? "-" : (high.Count(x => x.Right) / (double)high.Count).ToString("0.000", invariant))} right"));
        }

        text.AppendLine();
        text.AppendLine("The held-out probability alone (not capped by the rules' confidence), same candidates:");
        text.Append(Reliability(goldIndices.SelectMany(a => Enumerable.Range(0, prepared[a].Candidates.Length)
            .Where(i => prepared[a].Keep[i] >= 0 && Shipped(a, i).Keep)
            .Select(i => (Probability(a, i), prepared[a].Keep[i] == 1)))));
        text.AppendLine();
        text.AppendLine("The rules' fixed confidences on the same candidates, for comparison:");
        text.Append(Reliability(goldIndices.SelectMany(a => Enumerable.Range(0, prepared[a].Candidates.Length)
            .Where(i => prepared[a].Keep[i] >= 0)
            .Select(i => (prepared[a].Candidates[i].RuleConfidenceIn(prepared[a].Context), prepared[a].Keep[i] == 1)))));
        return (model, new FactTrainingReport(text.ToString(), dataHash, labelled));
    }

    /// <summary>
    /// One calibration per record type from the held-out scores of the included real-text candidates. A
    /// type's blocks are shrunk toward the type's rate (<see cref="BlockPrior"/> pseudo-candidates), and the
    /// type's rate toward the rate over all types (<see cref="TypePrior"/>), so a type or a block with few
    /// candidates says little more than the data around it.
    /// </summary>
    private static IsotonicCalibration[] FitCalibrations(IReadOnlyList<Prepared> prepared, float[][] cv, Func<Prepared, bool> include)
    {
        var byType = new List<(float Score, bool Right)>[FactModel.TypeCount];
        for (int t = 0; t < byType.Length; t++)
        {
            byType[t] = [];
        }

        for (int a = 0; a < prepared.Count; a++)
        {
            if (!include(prepared[a]))
            {
                continue;
            }

            for (int i = 0; i < prepared[a].Candidates.Length; i++)
            {
                if (prepared[a].Keep[i] >= 0)
                {
                    byType[(int)prepared[a].Candidates[i].Type].Add((cv[a][i], prepared[a].Keep[i] == 1));
                }
            }
        }

        int right = byType.Sum(l => l.Count(x => x.Right)), total = byType.Sum(l => l.Count);
        double overall = (right + 1.0) / (total + 2.0);
        var result = new IsotonicCalibration[FactModel.TypeCount];
        for (int t = 0; t < result.Length; t++)
        {
            double rate = (byType[t].Count(x => x.Right) + (TypePrior * overall)) / (byType[t].Count + TypePrior);
            result[t] = IsotonicCalibration.Fit(byType[t], rate, BlockPrior);
        }

        return result;
    }

    /// <summary>
    /// The probability below which dropping candidates of <paramref name="type"/> gives the best F1 for the
    /// type over <paramref name="articles"/>, among the probabilities seen there; 0 (never drop) unless one does
    /// strictly better than keeping all.
    /// </summary>
    private static double ChooseThreshold(IReadOnlyList<Prepared> prepared, List<int> articles, FactType type, Func<int, int, double> probability)
    {
        var thresholds = articles
            .SelectMany(a => Enumerable.Range(0, prepared[a].Candidates.Length)
                .Where(i => prepared[a].Candidates[i].Type == type && prepared[a].Keep[i] >= 0)
                .Select(i => probability(a, i)))
            .Distinct()
            .Order()
            .ToList();
        string kind = Kinds[(int)type];
        double F1Below(double threshold) => F1(Score(prepared, articles, (a, i) => new FactDecision(
            prepared[a].Candidates[i].Type != type || probability(a, i) >= threshold,
            prepared[a].Candidates[i].StatusIn(prepared[a].Context),
            0)).CountsOf(kind));
        double best = 0, bestF1 = F1Below(0);
        foreach (double threshold in thresholds.Skip(1)) // dropping below the lowest seen drops nothing
        {
            double f1 = F1Below(threshold);
            if (f1 > bestF1 + 1e-9)
            {
                (best, bestF1) = (threshold, f1);
            }
        }

        return best;
    }

    private static PerceptronModel TrainKeep(IReadOnlyList<Prepared> prepared, Func<Prepared, bool> include, int epochs, ulong seed)
    {
        var examples = new List<(ulong[] Features, int Label)>();
        foreach (var p in prepared.Where(include))
        {
            for (int i = 0; i < p.Candidates.Length; i++)
            {
                if (p.Keep[i] >= 0)
                {
                    examples.Add((!p.Source.IsGold ? [.. p.Features[i], FeatureHash.Combine(VariantSource, (ulong)p.Candidates[i].Type)] : p.Features[i], p.Keep[i]));
                }
            }
        }

        return TrainEnsemble(Prune(examples, MinCount), 2, epochs, seed);
    }

    /// <summary>
    /// Marks a variant-set candidate, per type: the written sets hold far more right candidates of the
    /// rarer types than real news does, and this feature absorbs that skew instead of the type's bias.
    /// Real text never has it.
    /// </summary>
    private static readonly ulong VariantSource = FeatureHash.Of("variant-source");

    /// <summary>Removes features seen in fewer than <paramref name="minCount"/> examples: with few wrong candidates, rare words only memorise.</summary>
    private static List<(ulong[] Features, int Label)> Prune(List<(ulong[] Features, int Label)> examples, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var (features, _) in examples)
        {
            foreach (ulong f in features)
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        return examples.Select(e => (e.Features.Where(f => counts[f] >= minCount).ToArray(), e.Label)).ToList();
    }

    private static PerceptronModel TrainStatus(IReadOnlyList<Prepared> prepared, Func<Prepared, bool> include, int epochs, ulong seed)
    {
        var examples = new List<(ulong[] Features, int Label)>();
        foreach (var p in prepared.Where(include))
        {
            for (int i = 0; i < p.Candidates.Length; i++)
            {
                if (p.Status[i] >= 0)
                {
                    examples.Add((p.Features[i], p.Status[i]));
                }
            }
        }

        return TrainEnsemble(Prune(examples, MinCount), 3, epochs, seed);
    }

    private static PerceptronModel TrainEnsemble(List<(ulong[] Features, int Label)> examples, int labels, int epochs, ulong seed) =>
        PerceptronModel.AverageOverSeeds(Ensemble, seed, s => AveragedPerceptronTrainer.Train(examples, labels, epochs, s));

    private static (float[] Keep, float[][] Status) ScoreAll(Prepared p, PerceptronModel keep, PerceptronModel status)
    {
        var scores = new float[p.Candidates.Length];
        var statuses = new float[p.Candidates.Length][];
        Span<float> two = stackalloc float[2];
        for (int i = 0; i < scores.Length; i++)
        {
            keep.Score(p.Features[i], two);
            scores[i] = two[1] - two[0];
            statuses[i] = new float[3];
            status.Score(p.Features[i], statuses[i]);
        }

        return (scores, statuses);
    }

    private static IEnumerable<(float Score, bool Right)> Points(IReadOnlyList<Prepared> prepared, float[][] cv, Func<Prepared, bool> include)
    {
        for (int a = 0; a < prepared.Count; a++)
        {
            if (!include(prepared[a]))
            {
                continue;
            }

            for (int i = 0; i < prepared[a].Candidates.Length; i++)
            {
                if (prepared[a].Keep[i] >= 0)
                {
                    yield return (cv[a][i], prepared[a].Keep[i] == 1);
                }
            }
        }
    }

    /// <summary>The probability that a random right candidate scores above a random wrong one (ties count half).</summary>
    private static double Auc(IEnumerable<(float Score, bool Right)> points)
    {
        var list = points.ToList();
        double pairs = 0, above = 0;
        foreach (var r in list.Where(x => x.Right))
        {
            foreach (var w in list.Where(x => !x.Right))
            {
                pairs++;
                above += r.Score > w.Score ? 1 : r.Score == w.Score ? 0.5 : 0;
            }
        }

        return pairs == 0 ? double.NaN : above / pairs;
    }

    private static FactStatus Relabel(FactType type, FactStatus rules, float[] scores, float margin)
    {
        if (rules == FactStatus.None || float.IsPositiveInfinity(margin))
        {
            return rules;
        }

        var best = FactModel.BestStatus(type, scores);
        return best != rules && scores[(int)best] - scores[(int)rules] >= margin ? best : rules;
    }

    private static float ChooseMargin(IReadOnlyList<Prepared> prepared, float[][][] cvStatus, FactType type, StringBuilder lines)
    {
        var cases = new List<(FactStatus Rules, int Gold, float[] Scores, bool IsGold)>();
        for (int a = 0; a < prepared.Count; a++)
        {
            for (int i = 0; i < prepared[a].Candidates.Length; i++)
            {
                var candidate = prepared[a].Candidates[i];
                if (candidate.Type == type && prepared[a].Status[i] >= 0)
                {
                    cases.Add((candidate.StatusIn(prepared[a].Context), prepared[a].Status[i], cvStatus[a][i], prepared[a].Source.IsGold));
                }
            }
        }

        if (cases.Count == 0 || cases[0].Rules == FactStatus.None)
        {
            return float.PositiveInfinity;
        }

        int rulesRight = cases.Count(c => (int)c.Rules == c.Gold);
        float chosen = float.PositiveInfinity;
        int best = rulesRight;
        for (int m = StatusMargins.Length - 1; m >= 0; m--)
        {
            int right = cases.Count(c => (int)Relabel(type, c.Rules, c.Scores, StatusMargins[m]) == c.Gold);
            if (right > best)
            {
                (best, chosen) = (right, StatusMargins[m]);
            }
        }

        var real = cases.Where(c => c.IsGold).ToList();
        int realRules = real.Count(c => (int)c.Rules == c.Gold);
        int realModel = real.Count(c => (int)Relabel(type, c.Rules, c.Scores, chosen) == c.Gold);
        lines.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{Kinds[(int)type],-12} rules {rulesRight}/{cases.Count}, relabelled {best}/{cases.Count} (train split alone: rules {realRules}/{real.Count}, relabelled {realModel}/{real.Count}); {(float.IsPositiveInfinity(chosen) ? "relabelling off" : $"relabels at margin {chosen}")}"));
        return chosen;
    }

    private static ScoreReport Score(IReadOnlyList<Prepared> prepared, List<int> indices, Func<int, int, FactDecision> decide)
    {
        var predictions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var gold = new List<(string, JsonObject)>();
        foreach (int a in indices)
        {
            var p = prepared[a];
            var decisions = new FactDecision[p.Candidates.Length];
            for (int i = 0; i < decisions.Length; i++)
            {
                decisions[i] = decide(a, i);
            }

            var copy = p.CopyContext();
            FactClassifier.Apply(copy, p.Candidates, decisions);
            predictions[p.Source.Id] = Prepared.Json(copy);
            gold.Add((p.Source.Id, p.Source.Expected));
        }

        return RecordScorer.Score(gold, predictions);
    }

    private static (int Tp, int Fp, int Fn) Micro(ScoreReport report)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (string kind in Kinds)
        {
            var c = report.CountsOf(kind);
            (tp, fp, fn) = (tp + c.Tp, fp + c.Fp, fn + c.Fn);
        }

        return (tp, fp, fn);
    }

    private static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? (c.Fp + c.Fn == 0 ? 1 : 0) : 2.0 * c.Tp / ((2.0 * c.Tp) + c.Fp + c.Fn);

    private static string Prf((int Tp, int Fp, int Fn) c)
    {
        double p = c.Tp + c.Fp > 0 ? (double)c.Tp / (c.Tp + c.Fp) : 1;
        double r = c.Tp + c.Fn > 0 ? (double)c.Tp / (c.Tp + c.Fn) : 1;
        return string.Create(CultureInfo.InvariantCulture, $"{p:0.000}  {r:0.000}  {F1(c):0.000}  ({c.Tp}/{c.Fp}/{c.Fn})");
    }

    private static string Reliability(IEnumerable<(double Confidence, bool Right)> items)
    {
        var list = items.ToList();
        var text = new StringBuilder();
        text.AppendLine($"{"confidence",-12} {"count",6} {"precision",10} {"mean conf.",11}");
        for (int b = Buckets.Length - 1; b >= 0; b--)
        {
            double low = Buckets[b], high = b + 1 < Buckets.Length ? Buckets[b + 1] : double.PositiveInfinity;
            var inBucket = list.Where(x => x.Confidence >= low && x.Confidence < high).ToList();
            string range = string.Create(CultureInfo.InvariantCulture, $"{(double.IsPositiveInfinity(high) ? $">= {low:0.00}" : $"{low:0.00}-{high:0.00}")}");
            string precision = inBucket.Count == 0 ? "-" : (inBucket.Count(x => x.Right) / (double)inBucket.Count).ToString("0.000", CultureInfo.InvariantCulture);
            string mean = inBucket.Count == 0 ? "-" : inBucket.Average(x => x.Confidence).ToString("0.000", CultureInfo.InvariantCulture);
            text.AppendLine($"{range,-12} {inBucket.Count,6} {precision,10} {mean,11}");
        }

        var high90 = list.Where(x => x.Confidence >= 0.9).ToList();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"precision at confidence >= 0.9: {(high90.Count == 0 ? "-" : (high90.Count(x => x.Right) / (double)high90.Count).ToString("0.000", CultureInfo.InvariantCulture))} ({high90.Count} of {list.Count})"));
        return text.ToString();
    }

    private static string HashOf(IReadOnlyList<TrainingText> texts, int epochs, ulong seed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var t in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(t.Id + "\n" + t.Text + "\n" + t.Expected.ToJsonString() + "\n" + (t.IsGold ? "gold" : "variant") + "\n"));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{epochs} {seed} {Ensemble} {BlockPrior} {TypePrior} calibration per type, capped by the rules, nested drop thresholds")));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static JsonObject ParseObject(string json, string name)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException($"{name} is not a JSON object.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"{name} is not valid JSON: {e.Message}", e);
        }
    }
}

/// <summary>One text to learn from and what it should yield.</summary>
/// <param name="Id">The article's or case's id.</param>
/// <param name="Text">The text, as given to the extractor.</param>
/// <param name="Expected">Records by type (<c>admissions</c> …): the gold article, or the types a variant case lists.</param>
/// <param name="IsGold">True for gold of the real corpus (scorer matching, counted in the tables); false for a written variant.</param>
internal sealed record TrainingText(string Id, string Text, JsonObject Expected, bool IsGold);

/// <summary>The rules' candidates of one text, with features and labels.</summary>
internal sealed class Prepared
{
    private Prepared(TrainingText source, int fold, ExtractionContext context, FactCandidate[] candidates, ulong[][] features, int[] keep, int[] status)
    {
        Source = source;
        Fold = fold;
        Context = context;
        Candidates = candidates;
        Features = features;
        Keep = keep;
        Status = status;
    }

    public TrainingText Source { get; }

    public int Fold { get; }

    /// <summary>The rules' output (never changed after labelling).</summary>
    public ExtractionContext Context { get; }

    public FactCandidate[] Candidates { get; }

    public ulong[][] Features { get; }

    /// <summary>1 right, 0 wrong, -1 not labelled (a type the case does not list, or a record the scorer ignores).</summary>
    public int[] Keep { get; }

    /// <summary>The expected <see cref="FactStatus"/> of a right candidate that has one, else -1.</summary>
    public int[] Status { get; }

    /// <summary>Labels the candidates of <paramref name="context"/> against <paramref name="text"/>'s expected records.</summary>
    public static Prepared Label(ExtractionContext context, TrainingText text, int fold)
    {
        var list = new List<FactCandidate>();
        FactCandidate.Collect(context, list);
        var candidates = list.ToArray();
        var features = new ulong[candidates.Length][];
        var buffer = new List<ulong>(160);
        for (int i = 0; i < candidates.Length; i++)
        {
            buffer.Clear();
            FactFeatures.Extract(context, candidates, i, buffer);
            features[i] = [.. buffer];
        }

        var keep = new int[candidates.Length];
        var status = new int[candidates.Length];
        Array.Fill(keep, -1);
        Array.Fill(status, -1);
        var json = Json(context);
        int offset = 0;
        for (int t = 0; t < FactModel.TypeCount; t++)
        {
            string kind = ((string[])["admissions", "disciplines", "awards", "officials"])[t];
            var predicted = (json[kind] as JsonArray ?? []).OfType<JsonObject>().ToList();
            var expected = text.Expected[kind] is JsonArray e ? e.OfType<JsonObject>().ToList() : null;
            if (expected is not null)
            {
                var matches = text.IsGold ? RecordScorer.PairedPredictions(expected, predicted, kind) : MatchFieldwise(expected, predicted, kind);
                for (int i = 0; i < predicted.Count; i++)
                {
                    var (right, gold) = matches[i];
                    keep[offset + i] = right is null ? -1 : right.Value ? 1 : 0;
                    status[offset + i] = StatusOf(gold?["status"]);
                }
            }

            offset += predicted.Count;
        }

        return new Prepared(text, fold, context, candidates, features, keep, status);
    }

    /// <summary>A fresh context holding the same records, for trying decisions without touching this one.</summary>
    /// <param name="options">The copy's options; the rules-only options of this one when null.</param>
    public ExtractionContext CopyContext(ExtractionOptions? options = null)
    {
        var copy = new ExtractionContext(Context.Document, options ?? Context.Options, CancellationToken.None)
        {
            Subject = Context.Subject,
            Period = Context.Period,
            Province = Context.Province,
            ClearProvince = Context.ClearProvince,
            InCentralCity = Context.InCentralCity,
        };
        copy.Admissions.AddRange(Context.Admissions);
        copy.Disciplines.AddRange(Context.Disciplines);
        copy.Awards.AddRange(Context.Awards);
        copy.Officials.AddRange(Context.Officials);
        return copy;
    }

    /// <summary>The context's records as the CLI writes them.</summary>
    public static JsonObject Json(ExtractionContext context) => JsonNode.Parse(RecordJson.Serialize(new Article
    {
        Subject = context.Subject,
        Period = context.Period,
        Admissions = context.Admissions,
        Disciplines = context.Disciplines,
        Awards = context.Awards,
        Officials = context.Officials,
    }))!.AsObject();

    /// <summary>Variant matching: each expected record takes the first unmatched candidate that states all its fields.</summary>
    private static (bool? Right, JsonObject? Gold)[] MatchFieldwise(List<JsonObject> expected, List<JsonObject> predicted, string kind)
    {
        var result = new (bool?, JsonObject?)[predicted.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (false, null);
        }

        foreach (var want in expected)
        {
            for (int i = 0; i < predicted.Count; i++)
            {
                if (result[i].Item1 == false && RecordScorer.MatchesExpected(kind, want, predicted[i]))
                {
                    result[i] = (true, want);
                    break;
                }
            }
        }

        return result;
    }

    private static int StatusOf(JsonNode? status) => (status as JsonValue)?.TryGetValue(out string? s) == true
        ? s switch
        {
            "achieved" or "awarded" => (int)FactStatus.Done,
            "target" => (int)FactStatus.Target,
            "proposed" => (int)FactStatus.Proposed,
            _ => -1,
        }
        : -1;
}
