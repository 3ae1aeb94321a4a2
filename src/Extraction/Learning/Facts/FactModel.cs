namespace Extraction.Learning.Facts;

/// <summary>
/// The learned judge of the rules' fact candidates: an averaged perceptron that scores keep against
/// drop, one isotonic map per record type from that score to the probability the candidate is right,
/// and a second perceptron over the same features that reads the status (done, target, proposed).
/// The record's confidence is that probability, but never above the confidence the rules gave it:
/// the probabilities are learned on the split the rules were written on, where the rules are right
/// more often than on text they have not seen, so that evidence may lower a rule's confidence, not
/// raise it. Which record types it may drop (and below which probability), and how sure the status
/// model must be to overturn the rules, were decided by cross-validation when it was trained: where
/// the model did not win there, the rules stand. Immutable and thread-safe. Trained by
/// <see cref="FactClassifierTrainer"/>; the library ships one as <see cref="Default"/>.
/// </summary>
internal sealed class FactModel
{
    /// <summary>The keep/drop labels, in the model's order.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["drop", "keep"];

    /// <summary>The status labels of the status model, in order (<see cref="FactStatus"/> values).</summary>
    public static IReadOnlyList<string> StatusLabels { get; } = ["done", "target", "proposed"];

    /// <summary>Number of record types (<see cref="FactType"/>).</summary>
    public const int TypeCount = 4;

    /// <summary>Layout of the payload this code writes and reads (2: a calibration and a drop threshold per type).</summary>
    private const int PayloadVersion = 2;

    private const string DefaultModelResource = "Extraction.Models.facts.bin";
    private static readonly Lazy<FactModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _keep;
    private readonly PerceptronModel _status;
    private readonly IsotonicCalibration[] _calibrations;
    private readonly double[] _dropBelow;
    private readonly float[] _statusMargins;

    /// <param name="header">What the file says about itself.</param>
    /// <param name="keep">The keep/drop perceptron.</param>
    /// <param name="calibrations">Per type, the map from keep score to probability of being right.</param>
    /// <param name="dropBelow">Per type, the probability under which a candidate is dropped; 0 where the model never drops.</param>
    /// <param name="status">The status perceptron.</param>
    /// <param name="statusMargins">Per type, how far the status model must lead the rules; infinite where it never relabels.</param>
    internal FactModel(
        ModelHeader header, PerceptronModel keep, IsotonicCalibration[] calibrations, double[] dropBelow,
        PerceptronModel status, float[] statusMargins)
    {
        if (calibrations.Length != TypeCount || dropBelow.Length != TypeCount || statusMargins.Length != TypeCount)
        {
            throw new ArgumentException("One calibration, drop threshold and status margin per record type.");
        }

        Header = header;
        _keep = keep;
        _calibrations = calibrations;
        _dropBelow = dropBelow;
        _status = status;
        _statusMargins = statusMargins;
    }

    /// <summary>The model shipped in the library (<c>models/facts.bin</c>), or null in a build without it.</summary>
    public static FactModel? Default => Embedded.Value;

    /// <summary>What the model file says about itself.</summary>
    public ModelHeader Header { get; }

    /// <summary>The map from keep score to probability of being right, for candidates of <paramref name="type"/>.</summary>
    public IsotonicCalibration CalibrationFor(FactType type) => _calibrations[(int)type];

    /// <summary>A candidate of <paramref name="type"/> is dropped when its probability is below this; 0 where the model never drops.</summary>
    public double DropBelowFor(FactType type) => _dropBelow[(int)type];

    /// <summary>Whether the model may drop candidates of <paramref name="type"/> (it won there in cross-validation).</summary>
    public bool DropsFor(FactType type) => _dropBelow[(int)type] > 0;

    /// <summary>How far the status model's best label must lead the rules' label to replace it; infinite when it never does.</summary>
    public float StatusMarginFor(FactType type) => _statusMargins[(int)type];

    /// <summary>The keep score: the keep label's score minus the drop label's.</summary>
    public float Score(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[2];
        _keep.Score(features, scores);
        return scores[1] - scores[0];
    }

    /// <summary>The calibrated probability that a candidate of <paramref name="type"/> with these features is right.</summary>
    public double Probability(FactType type, ReadOnlySpan<ulong> features) => _calibrations[(int)type].Probability(Score(features));

    /// <summary>Whether a candidate with this <paramref name="probability"/> stays.</summary>
    public bool Keeps(FactType type, double probability) => probability >= _dropBelow[(int)type];

    /// <summary>
    /// The record's confidence: the calibrated probability, capped by the rules' own
    /// <paramref name="ruleConfidence"/> (the training evidence is optimistic about the rules, see the class).
    /// </summary>
    public static double Confidence(double probability, double ruleConfidence) => Math.Min(probability, ruleConfidence);

    /// <summary>
    /// The status to give a candidate whose rules' status is <paramref name="rules"/>: the status
    /// model's choice among the statuses the type has, when it leads the rules' by the type's margin.
    /// </summary>
    public FactStatus Status(FactType type, FactStatus rules, ReadOnlySpan<ulong> features)
    {
        float margin = _statusMargins[(int)type];
        if (rules == FactStatus.None || float.IsPositiveInfinity(margin))
        {
            return rules;
        }

        Span<float> scores = stackalloc float[3];
        _status.Score(features, scores);
        var best = BestStatus(type, scores);
        return best != rules && scores[(int)best] - scores[(int)rules] >= margin ? best : rules;
    }

    /// <summary>The highest-scoring status a record of <paramref name="type"/> can have (an award is never a target).</summary>
    internal static FactStatus BestStatus(FactType type, ReadOnlySpan<float> scores)
    {
        var best = FactStatus.Done;
        for (int s = 1; s < 3; s++)
        {
            if ((type != FactType.Award || s != (int)FactStatus.Target) && scores[s] > scores[(int)best])
            {
                best = (FactStatus)s;
            }
        }

        return best;
    }

    /// <summary>The status model's scores (done, target, proposed), for training.</summary>
    internal void StatusScores(ReadOnlySpan<ulong> features, Span<float> scores) => _status.Score(features, scores);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a fact model, another feature-set version or payload layout, or a damaged file.</exception>
    public static FactModel Load(Stream source)
    {
        var (header, payload) = ModelFile.Read(source, FactFeatures.FeatureSetId, FactFeatures.FeatureSetVersion, Labels, static r =>
        {
            int version = r.ReadInt32();
            if (version != PayloadVersion)
            {
                throw new InvalidDataException($"The fact model's payload has layout {version}; this code reads layout {PayloadVersion}.");
            }

            var calibrations = new IsotonicCalibration[TypeCount];
            var dropBelow = new double[TypeCount];
            var margins = new float[TypeCount];
            for (int t = 0; t < TypeCount; t++)
            {
                dropBelow[t] = r.ReadDouble();
                margins[t] = r.ReadSingle();
                calibrations[t] = IsotonicCalibration.ReadFrom(r);
                if (!(dropBelow[t] is >= 0 and <= 1))
                {
                    throw new InvalidDataException("The fact model's drop threshold is not a probability.");
                }
            }

            var keep = PerceptronModel.ReadFrom(r);
            var status = PerceptronModel.ReadFrom(r);
            if (keep.LabelCount != 2 || status.LabelCount != 3)
            {
                throw new InvalidDataException("The fact model's sections have the wrong shape.");
            }

            return (calibrations, dropBelow, margins, keep, status);
        });
        return new FactModel(header, payload.keep, payload.calibrations, payload.dropBelow, payload.status, payload.margins);
    }

    /// <summary>Writes the model (header, per-type settings and calibrations, weights); equal models write equal bytes.</summary>
    public void Save(Stream destination) => ModelFile.Write(destination, Header, w =>
    {
        w.Write(PayloadVersion);
        for (int t = 0; t < TypeCount; t++)
        {
            w.Write(_dropBelow[t]);
            w.Write(_statusMargins[t]);
            _calibrations[t].WriteTo(w);
        }

        _keep.WriteTo(w);
        _status.WriteTo(w);
    });

    private static FactModel? LoadEmbedded()
    {
        using Stream? stream = typeof(FactModel).Assembly.GetManifestResourceStream(DefaultModelResource);
        return stream is null ? null : Load(stream);
    }
}
