using Extraction.Learning;
using Extraction.Text.Segmentation;

namespace Extraction.Tests.Learning;

/// <summary>
/// Lookups that read slot fingerprints before keys must answer exactly as a plain probe does: for keys present, keys
/// absent, key 0 (stored as 1), tables small enough that probes wrap around the end, and crowded runs of slots.
/// </summary>
public class FingerprintLookupTests
{
    private static ulong[] Keys(int count, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var keys = new HashSet<ulong>();
        while (keys.Count < count)
        {
            // Low bytes drawn from a few values, so that many keys share a fingerprint.
            keys.Add((random.NextUInt64() & ~0xFFUL) | (random.NextUInt64() % 3));
        }

        return [.. keys];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(20_000)]
    public void Lexicon_lookups_find_every_entry_and_nothing_else(int count)
    {
        ulong[] keys = Keys(count, (ulong)count);
        var entries = new SortedDictionary<ulong, byte>();
        for (int i = 0; i < keys.Length; i++)
        {
            entries[keys[i]] = (byte)((i % 200) + 1);
        }

        entries[0] = 55;
        HashLexicon lexicon = HashLexicon.Build(entries);
        ulong[] absent = Keys(5_000, 99).Where(k => !entries.ContainsKey(k) && k != 1).ToArray();
        ulong[] all = [.. entries.Keys, .. absent];
        var flags = new byte[all.Length];
        lexicon.Lookup(all, flags);
        for (int i = 0; i < all.Length; i++)
        {
            byte expected = entries.TryGetValue(all[i], out byte f) ? f : (byte)0;
            flags[i].Should().Be(expected);
            lexicon.Lookup(all[i]).Should().Be(expected);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(300)]
    [InlineData(30_000)]
    public void Packed_weights_equal_the_weights_of_each_feature(int count)
    {
        ulong[] keys = [0, .. Keys(count, (ulong)count + 7)];
        float[] weights = keys.SelectMany((k, i) => new[] { i + 0.5f, -i - 0.25f }).ToArray();
        PerceptronModel model = PerceptronModel.Create(2, keys, weights);
        model.HasPackedWeights.Should().BeTrue();
        ulong[] features = [.. keys, .. Keys(5_000, 3).Where(k => Array.IndexOf(keys, k) < 0 && k != 1)];
        var packed = new ulong[features.Length];
        model.PackedWeights(features, packed);
        for (int i = 0; i < features.Length; i++)
        {
            ReadOnlySpan<float> expected = model.WeightsOf(features[i]);
            float label0 = BitConverter.Int32BitsToSingle((int)(uint)packed[i]);
            float label1 = BitConverter.Int32BitsToSingle((int)(uint)(packed[i] >> 32));
            (label0, label1).Should().Be(expected.IsEmpty ? (0f, 0f) : (expected[0], expected[1]));
        }
    }
}
