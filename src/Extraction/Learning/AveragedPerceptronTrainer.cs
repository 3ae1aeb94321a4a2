namespace Extraction.Learning;

/// <summary>
/// Trains a <see cref="PerceptronModel"/> with the averaged perceptron (Collins 2002): on each
/// mistake the gold label's weights of the active features go up by one and the predicted label's
/// go down by one; the model returned is the average of the weights over all steps, which
/// generalises much better than the final weights. Deterministic: the same calls in the same order
/// give the same model. Mutable and not thread-safe: one trainer per training run.
/// </summary>
/// <remarks>
/// Use <see cref="Train"/> for independent examples. For structured decoding (e.g. greedy
/// sequence tagging whose features include earlier predictions), call <see cref="Score"/> to
/// decode with the current weights and <see cref="Update"/> once per decision.
/// </remarks>
internal sealed class AveragedPerceptronTrainer
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1024];
    private double[] _totals = new double[1024]; // sum over updates of (step * delta)
    private long _step = 1;

    /// <summary>Creates a trainer for <paramref name="labelCount"/> labels (at least 2).</summary>
    public AveragedPerceptronTrainer(int labelCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 2);
        LabelCount = labelCount;
    }

    /// <summary>Number of labels.</summary>
    public int LabelCount { get; }

    /// <summary>Scores with the current (not averaged) weights, as <see cref="PerceptronModel.Score"/> does.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<float> output = scores[..LabelCount];
        output.Clear();
        foreach (ulong feature in features)
        {
            if (_rows.TryGetValue(feature, out int row))
            {
                ReadOnlySpan<float> w = _weights.AsSpan(row * LabelCount, LabelCount);
                for (int l = 0; l < LabelCount; l++)
                {
                    output[l] += w[l];
                }
            }
        }
    }

    /// <summary>
    /// Records one decision: when <paramref name="predicted"/> differs from <paramref name="gold"/>,
    /// moves the weights of <paramref name="features"/> towards the gold label. Every call, right
    /// or wrong, counts as one step of the average.
    /// </summary>
    /// <returns>True when the prediction was wrong (an update happened).</returns>
    public bool Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gold);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(gold, LabelCount);
        ArgumentOutOfRangeException.ThrowIfNegative(predicted);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(predicted, LabelCount);
        bool wrong = gold != predicted;
        if (wrong)
        {
            foreach (ulong feature in features)
            {
                int row = RowOf(feature);
                Add(row, gold, 1f);
                Add(row, predicted, -1f);
            }
        }

        _step++;
        return wrong;
    }

    /// <summary>
    /// Trains on independent examples for <paramref name="epochs"/> passes, each in an order
    /// shuffled from <paramref name="seed"/>, and returns the averaged model.
    /// </summary>
    public static PerceptronModel Train(
        IReadOnlyList<(ulong[] Features, int Label)> examples, int labelCount, int epochs, ulong seed, float pruneBelow = 0f)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var trainer = new AveragedPerceptronTrainer(labelCount);
        var order = new int[examples.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new DeterministicRandom(seed);
        Span<float> scores = stackalloc float[labelCount];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order.AsSpan());
            foreach (int index in order)
            {
                (ulong[] features, int label) = examples[index];
                trainer.Score(features, scores);
                trainer.Update(features, label, PerceptronModel.ArgMax(scores));
            }
        }

        return trainer.Build(pruneBelow);
    }

    /// <summary>
    /// The averaged model. Features whose averaged weights are all smaller in magnitude than
    /// <paramref name="pruneBelow"/> are dropped (0 keeps every non-zero feature).
    /// The trainer stays usable.
    /// </summary>
    public PerceptronModel Build(float pruneBelow = 0f)
    {
        var keys = new List<ulong>(_rows.Count);
        foreach (ulong key in _rows.Keys)
        {
            keys.Add(key);
        }

        keys.Sort(); // ordinal: the model does not depend on dictionary order
        var keptKeys = new List<ulong>(keys.Count);
        var keptWeights = new List<float>(keys.Count * LabelCount);
        Span<float> averaged = stackalloc float[LabelCount];
        foreach (ulong key in keys)
        {
            int row = _rows[key];
            bool keep = false;
            for (int l = 0; l < LabelCount; l++)
            {
                int i = (row * LabelCount) + l;
                averaged[l] = (float)(_weights[i] - (_totals[i] / _step));
                keep |= averaged[l] != 0f && Math.Abs(averaged[l]) >= pruneBelow;
            }

            if (keep)
            {
                keptKeys.Add(key);
                foreach (float w in averaged)
                {
                    keptWeights.Add(w);
                }
            }
        }

        return PerceptronModel.Create(LabelCount, keptKeys.ToArray(), keptWeights.ToArray());
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out int row))
        {
            return row;
        }

        row = _rows.Count;
        _rows.Add(feature, row);
        int needed = (row + 1) * LabelCount;
        if (needed > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _totals, _totals.Length * 2);
        }

        return row;
    }

    private void Add(int row, int label, float delta)
    {
        int i = (row * LabelCount) + label;
        _weights[i] += delta;
        _totals[i] += _step * (double)delta;
    }
}
