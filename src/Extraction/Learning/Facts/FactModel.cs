namespace Extraction.Learning.Facts;

/// <summary>
/// The learned judge of the rules' fact candidates: an averaged perceptron that scores keep against
/// drop, an isotonic map from that score to the probability the candidate is right (the record's
/// confidence), and a second perceptron over the same features that reads the status (done,
/// target, proposed). Which record types it may drop, and how sure the status model must be to
/// overturn the rules, were decided by cross-validation when it was trained: where the model did
/// not win there, the rules stand. Immutable and thread-safe. Trained by
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

    private const string DefaultModelResource = "Extraction.Models.facts.bin";
    private static readonly Lazy<FactModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _keep;
    private readonly PerceptronModel _status;
    private readonly bool[] _dropEnabled;
    private readonly float[] _statusMargins;

    internal FactModel(
        ModelHeader header, PerceptronModel keep, IsotonicCalibration calibration, double dropBelow, bool[] dropEnabled,
        PerceptronModel status, float[] statusMargins)
    {
        Header = header;
        _keep = keep;
        Calibration = calibration;
        DropBelow = dropBelow;
        _dropEnabled = dropEnabled;
        _status = status;
        _statusMargins = statusMargins;
    }

    /// <summary>The model shipped in the library (<c>models/facts.bin</c>), or null in a build without it.</summary>
    public static FactModel? Default => Embedded.Value;

    /// <summary>What the model file says about itself.</summary>
    public ModelHeader Header { get; }

    /// <summary>The map from keep score to probability of being right.</summary>
    public IsotonicCalibration Calibration { get; }

    /// <summary>A candidate of a type the model may drop is dropped when its confidence is below this.</summary>
    public double DropBelow { get; }

    /// <summary>Whether the model may drop candidates of <paramref name="type"/> (it won there in cross-validation).</summary>
    public bool DropsFor(FactType type) => _dropEnabled[(int)type];

    /// <summary>How far the status model's best label must lead the rules' label to replace it; infinite when it never does.</summary>
    public float StatusMarginFor(FactType type) => _statusMargins[(int)type];

    /// <summary>The keep score: the keep label's score minus the drop label's.</summary>
    public float Score(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[2];
        _keep.Score(features, scores);
        return scores[1] - scores[0];
    }

    /// <summary>The calibrated probability that a candidate with these features is right.</summary>
    public double Confidence(ReadOnlySpan<ulong> features) => Calibration.Probability(Score(features));

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
    /// <exception cref="InvalidDataException">Not a fact model, another feature-set version, or a damaged file.</exception>
    public static FactModel Load(Stream source)
    {
        var (header, payload) = ModelFile.Read(source, FactFeatures.FeatureSetId, FactFeatures.FeatureSetVersion, Labels, static r =>
        {
            double dropBelow = r.ReadDouble();
            var dropEnabled = new bool[TypeCount];
            var margins = new float[TypeCount];
            for (int t = 0; t < TypeCount; t++)
            {
                dropEnabled[t] = r.ReadBoolean();
                margins[t] = r.ReadSingle();
            }

            var calibration = IsotonicCalibration.ReadFrom(r);
            var keep = PerceptronModel.ReadFrom(r);
            var status = PerceptronModel.ReadFrom(r);
            if (keep.LabelCount != 2 || status.LabelCount != 3 || !(dropBelow is >= 0 and <= 1))
            {
                throw new InvalidDataException("The fact model's sections have the wrong shape.");
            }

            return (dropBelow, dropEnabled, margins, calibration, keep, status);
        });
        return new FactModel(header, payload.keep, payload.calibration, payload.dropBelow, payload.dropEnabled, payload.status, payload.margins);
    }

    /// <summary>Writes the model (header, settings, calibration and weights); equal models write equal bytes.</summary>
    public void Save(Stream destination) => ModelFile.Write(destination, Header, w =>
    {
        w.Write(DropBelow);
        for (int t = 0; t < TypeCount; t++)
        {
            w.Write(_dropEnabled[t]);
            w.Write(_statusMargins[t]);
        }

        Calibration.WriteTo(w);
        _keep.WriteTo(w);
        _status.WriteTo(w);
    });

    private static FactModel? LoadEmbedded()
    {
        using Stream? stream = typeof(FactModel).Assembly.GetManifestResourceStream(DefaultModelResource);
        return stream is null ? null : Load(stream);
    }
}
