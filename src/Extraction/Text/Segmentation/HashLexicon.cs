using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Extraction.Text.Segmentation;

/// <summary>
/// An immutable set of 64-bit hashes, each with a byte of flags: the compiled form of word lists
/// (a word is the hash of its syllable keys, see <see cref="WordHash"/>). Open addressing,
/// lookups allocate nothing; safe to share across threads.
/// </summary>
internal sealed class HashLexicon
{
    private const ulong WordSeed = 0x5E6D_2B1A_77C3_0F41UL;

    private readonly ulong[] _keys;
    private readonly byte[] _flags;
    private readonly int _shift;

    public static readonly HashLexicon Empty = Build(new SortedDictionary<ulong, byte>());

    // Each slot's fingerprint (Learning.HashSlots.Fingerprints): most candidate words are not in the lexicon, and this
    // answers them from a table an eighth the size of the keys.
    private readonly byte[] _fingerprints;

    private HashLexicon(ulong[] keys, byte[] flags, int shift, int count)
    {
        _keys = keys;
        _flags = flags;
        _shift = shift;
        Count = count;
        _fingerprints = Learning.HashSlots.Fingerprints(keys, keys.Length, 1);
    }

    public int Count { get; }

    /// <summary>The hash of a word of one syllable; extend with <see cref="Extend"/>.</summary>
    public static ulong Start(ulong syllableKeyHash) => Learning.FeatureHash.Combine(WordSeed, syllableKeyHash);

    /// <summary>The hash of a word extended by one more syllable.</summary>
    public static ulong Extend(ulong wordHash, ulong syllableKeyHash) => Learning.FeatureHash.Combine(wordHash, syllableKeyHash);

    /// <summary>The hash of a whole word given its syllables' key hashes.</summary>
    public static ulong WordHash(ReadOnlySpan<ulong> syllableKeyHashes)
    {
        ulong h = Start(syllableKeyHashes[0]);
        for (int i = 1; i < syllableKeyHashes.Length; i++)
        {
            h = Extend(h, syllableKeyHashes[i]);
        }

        return h;
    }

    /// <summary>The flags of <paramref name="key"/>, 0 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte Lookup(ulong key)
    {
        key = Learning.HashSlots.Stored(key);
        int home = Learning.HashSlots.Home(key, _shift);
        int past = Learning.HashSlots.Candidate(_fingerprints, home, Learning.HashSlots.Fingerprint(key), out bool ambiguous);
        if (past < 32)
        {
            int slot = (home + past) & (_keys.Length - 1);
            if (_keys[slot] == key)
            {
                return _flags[slot];
            }
        }

        if (!ambiguous)
        {
            return 0;
        }

        int found = Learning.HashSlots.Find(_keys, _shift, key);
        return found < 0 ? (byte)0 : _flags[found];
    }

    /// <summary>The flags of each of <paramref name="keys"/> (0 when absent) into <paramref name="flags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Lookup(ReadOnlySpan<ulong> keys, Span<byte> flags)
    {
        for (int j = 0; j < keys.Length; j++)
        {
            flags[j] = Lookup(keys[j]);
        }
    }

    /// <summary>Entries in ascending key order (for writing model files deterministically).</summary>
    public SortedDictionary<ulong, byte> ToSorted()
    {
        var result = new SortedDictionary<ulong, byte>();
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                result[_keys[i]] = _flags[i];
            }
        }

        return result;
    }

    public static HashLexicon Build(IReadOnlyDictionary<ulong, byte> entries)
    {
        var keys = new ulong[entries.Count];
        var flags = new byte[entries.Count];
        int i = 0;
        foreach ((ulong key, byte f) in entries)
        {
            keys[i] = key;
            flags[i++] = f;
        }

        return Build(keys, flags);
    }

    /// <summary>Builds the table from distinct keys, inserted in the order given.</summary>
    private static HashLexicon Build(ReadOnlySpan<ulong> entryKeys, ReadOnlySpan<byte> entryFlags)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entryKeys.Length * 2));
        int shift = 64 - BitOperations.Log2((uint)capacity);
        var keys = new ulong[capacity];
        var flags = new byte[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < entryKeys.Length; i++)
        {
            ulong key = entryKeys[i] == 0 ? 1 : entryKeys[i];
            int slot = Learning.HashSlots.Home(key, shift);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            flags[slot] |= entryFlags[i];
        }

        return new HashLexicon(keys, flags, shift, entryKeys.Length);
    }

    public void WriteTo(BinaryWriter writer)
    {
        SortedDictionary<ulong, byte> sorted = ToSorted();
        writer.Write(sorted.Count);
        foreach ((ulong key, byte f) in sorted)
        {
            writer.Write(key);
            writer.Write(f);
        }
    }

    public static HashLexicon ReadFrom(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > 1 << 24)
        {
            throw new InvalidDataException($"Implausible lexicon size {count}.");
        }

        // One read of all the entries (key, then flags: 9 bytes each). WriteTo writes them in ascending key order, so
        // they go straight into the table in that order; any other order is sorted (and deduplicated, the last entry
        // winning) first, as before.
        byte[] bytes = reader.ReadBytes(count * 9);
        if (bytes.Length != count * 9)
        {
            throw new EndOfStreamException();
        }

        var keys = new ulong[count];
        var flags = new byte[count];
        bool ascending = true;
        for (int i = 0; i < count; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * 9, 8));
            flags[i] = bytes[(i * 9) + 8];
            ascending &= i == 0 || keys[i] > keys[i - 1];
        }

        if (ascending)
        {
            return Build(keys, flags);
        }

        var entries = new SortedDictionary<ulong, byte>();
        for (int i = 0; i < count; i++)
        {
            entries[keys[i]] = flags[i];
        }

        return Build(entries);
    }
}
