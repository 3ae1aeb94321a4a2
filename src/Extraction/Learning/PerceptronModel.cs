using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Extraction.Learning;

/// <summary>
/// A trained linear multiclass model over hashed features: each feature hash has one weight per
/// label, and a label's score is the sum of its weights over the active features. Immutable and
/// safe to share across threads; scoring allocates nothing. Made by
/// <see cref="AveragedPerceptronTrainer.Build"/> or read from a model file with <see cref="ReadFrom"/>.
/// </summary>
internal sealed class PerceptronModel
{
    // Open addressing with linear probing over one interleaved table: each slot is its key (0 marks an empty slot;
    // feature hash 0 is stored as 1) followed by its weights packed two to a ulong, so that finding a feature and
    // reading its weights touch the same cache line (the segmenter scores ~40 features a syllable; separate key and
    // weight arrays cost two cache misses each).
    private readonly ulong[] _table;
    private readonly int _stride; // ulongs per slot: 1 + ceil(LabelCount / 2)
    private readonly int _shift;
    private readonly int _slotMask;

    // For PackedWeights: each slot's fingerprint (HashSlots.Fingerprints). A feature the model lacks (more than half of
    // the segmenter's) is then answered from this 64 KB array without touching the 1 MB table. The table has one more
    // slot after the last, always empty, that a lookup without a candidate reads instead of branching.
    private readonly byte[]? _fingerprints;

    private PerceptronModel(int labelCount, ulong[] table, int slotCount, int stride, int shift, int featureCount)
    {
        _slotMask = slotCount - 1;
        LabelCount = labelCount;
        _table = table;
        _stride = stride;
        _shift = shift;
        FeatureCount = featureCount;
        if (labelCount == 2 && stride == 2 && BitConverter.IsLittleEndian)
        {
            _fingerprints = HashSlots.Fingerprints(table, slotCount, stride);
        }
    }

    private int SlotCount => _slotMask + 1;

    private ulong KeyAt(int slot) => _table[slot * _stride];

    private ReadOnlySpan<float> WeightsAt(int slot) =>
        MemoryMarshal.Cast<ulong, float>(_table.AsSpan((slot * _stride) + 1, _stride - 1))[..LabelCount];

    /// <summary>Number of labels (classes) the model scores.</summary>
    public int LabelCount { get; }

    /// <summary>Number of features that carry weights.</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// Writes each label's score for the active <paramref name="features"/> into
    /// <paramref name="scores"/> (length at least <see cref="LabelCount"/>; overwritten, not added to).
    /// Unknown features contribute nothing; a feature listed twice counts twice.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int labels = LabelCount;
        Span<float> output = scores[..labels];
        output.Clear();
        if (labels == 2 && BitConverter.IsLittleEndian)
        {
            // The segmenter's and the block classifier's case, unrolled (the low half of the packed ulong is label 0).
            float s0 = 0, s1 = 0;
            foreach (ulong feature in features)
            {
                int at = Find(feature);
                if (at >= 0)
                {
                    ulong packed = _table[at + 1];
                    s0 += BitConverter.Int32BitsToSingle((int)(uint)packed);
                    s1 += BitConverter.Int32BitsToSingle((int)(uint)(packed >> 32));
                }
            }

            output[0] = s0;
            output[1] = s1;
            return;
        }

        foreach (ulong feature in features)
        {
            int at = Find(feature);
            if (at < 0)
            {
                continue;
            }

            ReadOnlySpan<float> row = MemoryMarshal.Cast<ulong, float>(_table.AsSpan(at + 1, _stride - 1));
            for (int l = 0; l < labels; l++)
            {
                output[l] += row[l];
            }
        }
    }

    /// <summary>
    /// For a model of two labels on a little-endian machine (see <see cref="HasPackedWeights"/>): writes each feature's
    /// two weights as the table keeps them, packed in one ulong (label 0 in the low half, label 1 in the high half),
    /// or 0 (two zero weights) for a feature the model does not know.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void PackedWeights(ReadOnlySpan<ulong> features, Span<ulong> packed)
    {
        ulong[] table = _table;
        byte[] fingerprints = _fingerprints!;
        int shift = _shift;
        int slotMask = _slotMask;
        int spare = (slotMask + 1) * 2; // the always-empty slot after the last

        // No branch on whether a feature is known (about an even chance): the slot to read is chosen arithmetically, the
        // spare empty slot when the fingerprints rule the feature out, so the loads of all features overlap.
        for (int j = 0; j < features.Length; j++)
        {
            ulong key = HashSlots.Stored(features[j]);
            int home = HashSlots.Home(key, shift);
            int past = HashSlots.Candidate(fingerprints, home, HashSlots.Fingerprint(key), out bool ambiguous);
            int none = (int)((uint)(31 - past) >> 31) * -1; // -1 when past is 32 (no candidate), else 0
            int at = ((((home + past) & slotMask) * 2) & ~none) | (spare & none);
            ulong difference = table[at] ^ key;
            ulong hit = ((difference | (0 - difference)) >> 63) - 1; // all ones when the keys are equal, else 0
            packed[j] = table[at + 1] & hit;
            if ((hit == 0) & ambiguous)
            {
                int found = HashSlots.Find(table, shift, key, 2, slotMask);
                packed[j] = found < 0 ? 0 : table[found + 1];
            }
        }
    }

    /// <summary>Whether <see cref="PackedWeights"/> applies: two labels, and floats packed little-endian.</summary>
    public bool HasPackedWeights => _fingerprints is not null;

    /// <summary>The label with the highest score (the lowest index on ties).</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = LabelCount <= 64 ? stackalloc float[LabelCount] : new float[LabelCount];
        Score(features, scores);
        return ArgMax(scores);
    }

    /// <summary>Index of the largest value (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// The mean (<see cref="Average"/>) of <paramref name="count"/> models that <paramref name="train"/> builds with the
    /// consecutive seeds <paramref name="firstSeed"/>, +1, …: an ensemble that no single shuffling order decides.
    /// </summary>
    public static PerceptronModel AverageOverSeeds(int count, ulong firstSeed, Func<ulong, PerceptronModel> train, float pruneBelow = 0f)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(train);
        var models = new PerceptronModel[count];
        for (int e = 0; e < count; e++)
        {
            models[e] = train(firstSeed + (ulong)e);
        }

        return Average(models, pruneBelow);
    }

    /// <summary>
    /// The mean of several models over the same labels (a feature missing from a model counts as
    /// zero there): an ensemble of models trained with different seeds in one model, as fast to
    /// apply as each of them. Features whose mean weights are all below <paramref name="pruneBelow"/>
    /// in magnitude are dropped.
    /// </summary>
    public static PerceptronModel Average(IReadOnlyList<PerceptronModel> models, float pruneBelow = 0f)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfZero(models.Count);
        int labels = models[0].LabelCount;
        var sums = new SortedDictionary<ulong, float[]>();
        foreach (PerceptronModel model in models)
        {
            if (model.LabelCount != labels)
            {
                throw new ArgumentException("All models must have the same labels.", nameof(models));
            }

            for (int slot = 0; slot < model.SlotCount; slot++)
            {
                ulong key = model.KeyAt(slot);
                if (key == 0)
                {
                    continue;
                }

                if (!sums.TryGetValue(key, out float[]? sum))
                {
                    sums[key] = sum = new float[labels];
                }

                ReadOnlySpan<float> row = model.WeightsAt(slot);
                for (int l = 0; l < labels; l++)
                {
                    sum[l] += row[l];
                }
            }
        }

        var keys = new List<ulong>(sums.Count);
        var weights = new List<float>(sums.Count * labels);
        foreach ((ulong key, float[] sum) in sums)
        {
            bool keep = false;
            for (int l = 0; l < labels; l++)
            {
                sum[l] /= models.Count;
                keep |= sum[l] != 0f && Math.Abs(sum[l]) >= pruneBelow;
            }

            if (keep)
            {
                keys.Add(key);
                weights.AddRange(sum);
            }
        }

        return Create(labels, keys.ToArray(), weights.ToArray());
    }

    /// <summary>The weights of one feature, or an empty span when the model does not know it.</summary>
    public ReadOnlySpan<float> WeightsOf(ulong feature)
    {
        int at = Find(feature);
        return at < 0 ? [] : WeightsAt(at / _stride);
    }

    /// <summary>
    /// Writes the model: label count, feature count, then each feature (ascending hash) with its
    /// weights. The bytes depend only on the weights, so equal models write equal files.
    /// </summary>
    public void WriteTo(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var order = new List<int>(FeatureCount);
        for (int slot = 0; slot < SlotCount; slot++)
        {
            if (KeyAt(slot) != 0)
            {
                order.Add(slot);
            }
        }

        order.Sort((a, b) => KeyAt(a).CompareTo(KeyAt(b)));
        writer.Write(LabelCount);
        writer.Write(order.Count);
        foreach (int slot in order)
        {
            writer.Write(KeyAt(slot));
            foreach (float weight in WeightsAt(slot))
            {
                writer.Write(weight);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="WriteTo"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a valid model.</exception>
    public static PerceptronModel ReadFrom(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int labels = reader.ReadInt32();
        int count = reader.ReadInt32();
        if (labels is < 1 or > 4096 || count < 0 || count > 1 << 26)
        {
            throw new InvalidDataException($"Perceptron section has an implausible shape ({labels} labels, {count} features).");
        }

        // One read of all the rows (key, then its weights), parsed from the buffer.
        int rowBytes = 8 + (4 * labels);
        if ((long)count * rowBytes > int.MaxValue)
        {
            throw new InvalidDataException($"Perceptron section has an implausible shape ({labels} labels, {count} features).");
        }

        byte[] bytes = reader.ReadBytes(count * rowBytes);
        if (bytes.Length != count * rowBytes)
        {
            throw new EndOfStreamException();
        }

        var keys = new ulong[count];
        var weights = new float[count * labels];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> row = bytes.AsSpan(i * rowBytes, rowBytes);
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(row);
            for (int l = 0; l < labels; l++)
            {
                weights[(i * labels) + l] = BinaryPrimitives.ReadSingleLittleEndian(row.Slice(8 + (4 * l), 4));
            }
        }

        return Create(labels, keys, weights);
    }

    /// <summary>Builds the lookup table from parallel arrays (weights row-major, one row per key).</summary>
    internal static PerceptronModel Create(int labelCount, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        int shift = 64 - BitOperations.Log2((uint)capacity);
        int stride = 1 + ((labelCount + 1) / 2);
        var table = new ulong[(capacity + 1) * stride]; // the last slot stays empty (see _fingerprints)
        int mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = HashSlots.Stored(keys[i]);
            int slot = HashSlots.Home(key, shift);
            while (table[slot * stride] != 0 && table[slot * stride] != key)
            {
                slot = (slot + 1) & mask;
            }

            if (table[slot * stride] == key)
            {
                throw new InvalidDataException($"Feature {key:x16} appears twice.");
            }

            table[slot * stride] = key;
            weights.Slice(i * labelCount, labelCount).CopyTo(MemoryMarshal.Cast<ulong, float>(table.AsSpan((slot * stride) + 1, stride - 1)));
        }

        return new PerceptronModel(labelCount, table, capacity, stride, shift, keys.Length);
    }

    /// <summary>Where the slot holding <paramref name="feature"/> starts in the table (its key), or -1.</summary>
    private int Find(ulong feature) => HashSlots.Find(_table, _shift, feature, _stride, _slotMask);
}
