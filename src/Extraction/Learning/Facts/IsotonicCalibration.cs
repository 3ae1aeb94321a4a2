namespace Extraction.Learning.Facts;

/// <summary>
/// Turns a model score into the probability that a candidate with that score is right: isotonic
/// regression (pool adjacent violators) of held-out scores against their outcomes, so the map never
/// goes down as the score goes up. Each pooled block's rate is shrunk toward a prior rate by a number
/// of pseudo-candidates (by default one right and one wrong: a block of three right candidates says
/// 0.8, not 1; the trainer uses the record type's own rate, so a small block says little more than
/// its type), then made monotone again. A step function over score intervals, split halfway between
/// neighbouring blocks. Immutable and thread-safe.
/// </summary>
internal sealed class IsotonicCalibration
{
    private readonly float[] _bounds; // lower bound of each block but the first, ascending
    private readonly float[] _values; // one per block, non-decreasing, in (0, 1)

    private IsotonicCalibration(float[] bounds, float[] values)
    {
        _bounds = bounds;
        _values = values;
    }

    /// <summary>Number of steps of the map.</summary>
    public int Steps => _values.Length;

    /// <summary>
    /// Fits the map to held-out <paramref name="points"/>: each step is (right + strength × prior) / (count + strength)
    /// of its block; with no points, every score maps to <paramref name="prior"/>.
    /// </summary>
    /// <param name="points">Held-out scores and whether their candidate was right.</param>
    /// <param name="prior">The rate a block is shrunk toward, in [0, 1].</param>
    /// <param name="strength">How many pseudo-candidates the prior weighs, at least 0.</param>
    public static IsotonicCalibration Fit(IEnumerable<(float Score, bool Right)> points, double prior = 0.5, double strength = 2)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(prior, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prior, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(strength, 0);
        var sorted = points.ToList();
        sorted.Sort((a, b) => a.Score.CompareTo(b.Score) is int c && c != 0 ? c : a.Right.CompareTo(b.Right));
        // Blocks: (min score, max score, right, total); equal scores start in one block.
        var blocks = new List<(float Min, float Max, double Right, double Total)>();
        foreach (var (score, right) in sorted)
        {
            if (blocks.Count > 0 && blocks[^1].Max == score)
            {
                var last = blocks[^1];
                blocks[^1] = (last.Min, last.Max, last.Right + (right ? 1 : 0), last.Total + 1);
            }
            else
            {
                blocks.Add((score, score, right ? 1 : 0, 1));
            }

            // Pool adjacent violators: merge while the previous block's rate is above the last's.
            while (blocks.Count > 1 && blocks[^2].Right * blocks[^1].Total > blocks[^1].Right * blocks[^2].Total)
            {
                var (a, b) = (blocks[^2], blocks[^1]);
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (a.Min, b.Max, a.Right + b.Right, a.Total + b.Total);
            }
        }

        if (blocks.Count == 0)
        {
            return new IsotonicCalibration([], [(float)prior]);
        }

        // Neighbours with the same rate are one step: smoothing then weighs the whole run, not each piece.
        for (int i = blocks.Count - 1; i > 0; i--)
        {
            var (a, b) = (blocks[i - 1], blocks[i]);
            if (a.Right * b.Total == b.Right * a.Total)
            {
                blocks[i - 1] = (a.Min, b.Max, a.Right + b.Right, a.Total + b.Total);
                blocks.RemoveAt(i);
            }
        }

        var bounds = new float[blocks.Count - 1];
        var values = new float[blocks.Count];
        float floor = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            float value = (float)((blocks[i].Right + (strength * prior)) / (blocks[i].Total + strength));
            floor = Math.Max(floor, value); // smoothing can reorder small blocks; keep the map monotone
            values[i] = floor;
            if (i > 0)
            {
                bounds[i - 1] = (blocks[i - 1].Max + blocks[i].Min) / 2;
            }
        }

        return new IsotonicCalibration(bounds, values);
    }

    /// <summary>The probability of being right at <paramref name="score"/>, in (0, 1); never lower for a higher score.</summary>
    public double Probability(float score)
    {
        if (float.IsNaN(score))
        {
            return _values[0];
        }

        // The last bound at or below the score picks the block.
        int lo = 0, hi = _bounds.Length - 1, block = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_bounds[mid] <= score)
            {
                block = mid + 1;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return _values[block];
    }

    /// <summary>The map as text: each step's probability, with the score bound between steps.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < _values.Length; i++)
        {
            if (i > 0)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $" |{_bounds[i - 1]:0.##}| ");
            }

            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{_values[i]:0.000}");
        }

        return text.ToString();
    }

    /// <summary>Writes the map: step count, bounds, values.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(_values.Length);
        foreach (float b in _bounds)
        {
            writer.Write(b);
        }

        foreach (float v in _values)
        {
            writer.Write(v);
        }
    }

    /// <summary>Reads a map written by <see cref="WriteTo"/>, checking that it is a monotone map into [0, 1].</summary>
    /// <exception cref="InvalidDataException">The data is not such a map.</exception>
    public static IsotonicCalibration ReadFrom(BinaryReader reader)
    {
        int steps = reader.ReadInt32();
        if (steps is < 1 or > 1 << 20)
        {
            throw new InvalidDataException($"Calibration has an implausible number of steps ({steps}).");
        }

        var bounds = new float[steps - 1];
        var values = new float[steps];
        for (int i = 0; i < bounds.Length; i++)
        {
            bounds[i] = reader.ReadSingle();
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadSingle();
        }

        for (int i = 0; i < steps; i++)
        {
            if (!(values[i] is >= 0f and <= 1f) || (i > 0 && (values[i] < values[i - 1] || (i > 1 && bounds[i - 1] < bounds[i - 2]))))
            {
                throw new InvalidDataException("Calibration is not a monotone map into [0, 1].");
            }
        }

        return new IsotonicCalibration(bounds, values);
    }
}
