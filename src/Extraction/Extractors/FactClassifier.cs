using System.Runtime.InteropServices;
using Extraction.Learning.Facts;
using Extraction.Records;

namespace Extraction.Extractors;

/// <summary>
/// The learned stage after the rules: it judges every admission, discipline, award and official the
/// rule extractors found, from the record, its evidence sentence and the article
/// (<see cref="FactFeatures"/>). It drops candidates the model finds unlikely (only for the record
/// types where that won in cross-validation), corrects a status where the status model is sure, and
/// sets the confidence from a calibrated probability: the share of held-out training candidates of
/// the type at that score that were right, never above the rules' own confidence (see
/// <see cref="FactModel"/>). Off when <see cref="Pipeline.ExtractionOptions.UseLearnedModels"/>
/// is false or no model is shipped: then the rules' records pass unchanged. Stateless; thread-safe.
/// </summary>
internal sealed class FactClassifier : IExtractor
{
    /// <summary>Most candidates judged in one document.</summary>
    internal const int MaxCandidates = 2000;

    private readonly FactModel? _model;

    /// <summary>A stage with the shipped model (<see cref="FactModel.Default"/>).</summary>
    public FactClassifier()
        : this(FactModel.Default)
    {
    }

    /// <summary>A stage with <paramref name="model"/>; null passes the rules' records unchanged.</summary>
    internal FactClassifier(FactModel? model) => _model = model;

    /// <inheritdoc />
    public string Name => "fact-classifier";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        if (_model is null || !context.Options.UseLearnedModels)
        {
            return;
        }

        var candidates = new List<FactCandidate>();
        FactCandidate.Collect(context, candidates);
        // The features compare each candidate with the others (quadratic); a document with thousands of
        // records is no news article, and there the rules' records stand unjudged.
        if (candidates.Count is 0 or > MaxCandidates)
        {
            return;
        }

        var all = CollectionsMarshal.AsSpan(candidates);
        var decisions = new FactDecision[all.Length];
        var features = new List<ulong>(160);
        for (int i = 0; i < all.Length; i++)
        {
            features.Clear();
            FactFeatures.Extract(context, all, i, features);
            var f = CollectionsMarshal.AsSpan(features);
            var type = all[i].Type;
            double probability = _model.Probability(type, f);
            decisions[i] = new FactDecision(
                _model.Keeps(type, probability),
                _model.Status(type, all[i].StatusIn(context), f),
                FactModel.Confidence(probability, all[i].RuleConfidenceIn(context)));
        }

        Apply(context, all, decisions);
    }

    /// <summary>Rewrites the context's lists: dropped records leave, kept ones get their status and confidence.</summary>
    internal static void Apply(ExtractionContext context, ReadOnlySpan<FactCandidate> candidates, ReadOnlySpan<FactDecision> decisions)
    {
        var admissions = new List<Admission>(context.Admissions.Count);
        var disciplines = new List<Discipline>(context.Disciplines.Count);
        var awards = new List<Award>(context.Awards.Count);
        var officials = new List<Official>(context.Officials.Count);
        for (int i = 0; i < candidates.Length; i++)
        {
            var (keep, status, confidence) = decisions[i];
            if (!keep)
            {
                continue;
            }

            confidence = Math.Round(confidence, 3);
            int index = candidates[i].Index;
            switch (candidates[i].Type)
            {
                case FactType.Admission:
                    admissions.Add(context.Admissions[index] with
                    {
                        Confidence = confidence,
                        Status = status switch
                        {
                            FactStatus.Target => AdmissionStatus.Target,
                            FactStatus.Proposed => AdmissionStatus.Proposed,
                            _ => AdmissionStatus.Achieved,
                        },
                    });
                    break;
                case FactType.Discipline:
                    disciplines.Add(context.Disciplines[index] with { Confidence = confidence });
                    break;
                case FactType.Award:
                    awards.Add(context.Awards[index] with
                    {
                        Confidence = confidence,
                        Status = status == FactStatus.Proposed ? AwardStatus.Proposed : AwardStatus.Awarded,
                    });
                    break;
                default:
                    officials.Add(context.Officials[index] with { Confidence = confidence });
                    break;
            }
        }

        Replace(context.Admissions, admissions);
        Replace(context.Disciplines, disciplines);
        Replace(context.Awards, awards);
        Replace(context.Officials, officials);
    }

    private static void Replace<T>(List<T> list, List<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }
}

/// <summary>What the classifier decided for one candidate.</summary>
/// <param name="Keep">Whether the record stays.</param>
/// <param name="Status">Its status (the rules' unless the status model overturned it).</param>
/// <param name="Confidence">The calibrated probability that it is right.</param>
internal readonly record struct FactDecision(bool Keep, FactStatus Status, double Confidence);
