using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Extraction.Learning;

/// <summary>
/// Lookup in an open-addressing table of 64-bit keys (linear probing, Fibonacci hashing, 0 marks an
/// empty slot, so key 0 is stored as 1). Shared by the perceptron's weights and the segmenter's lexicon.
/// </summary>
internal static class HashSlots
{
    /// <summary>The key as stored: 0 is reserved for empty slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Stored(ulong key) => key == 0 ? 1 : key;

    /// <summary>The slot where <paramref name="key"/> should go in a table of 2^(64−<paramref name="shift"/>) slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Home(ulong key, int shift) => (int)((Stored(key) * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>The slot holding <paramref name="key"/> in a table of keys alone, or -1.</summary>
    public static int Find(ulong[] table, int shift, ulong key) => Find(table, shift, key, stride: 1, slotMask: table.Length - 1);

    /// <summary>
    /// Where <paramref name="key"/> is stored in a table of slots of <paramref name="stride"/> ulongs each, the key first
    /// (the perceptron keeps a feature's weights after its key): the index of the key in <paramref name="table"/>, or -1.
    /// <paramref name="slotMask"/> is the slot count minus one, passed in so that no lookup divides.
    /// </summary>
    public static int Find(ulong[] table, int shift, ulong key, int stride, int slotMask)
    {
        key = Stored(key);
        int slot = Home(key, shift);
        while (true)
        {
            int at = slot * stride;
            ulong k = table[at];
            if (k == key)
            {
                return at;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & slotMask;
        }
    }

    /// <summary>
    /// One byte per slot of a table of <paramref name="slotCount"/> slots of <paramref name="stride"/> ulongs (key
    /// first): 0 for an empty slot, else the key's <see cref="Fingerprint"/>; the first 16 repeated after the last, so
    /// that the 16 slots from any home are one vector load (see <see cref="Candidate"/>).
    /// </summary>
    public static byte[] Fingerprints(ReadOnlySpan<ulong> table, int slotCount, int stride)
    {
        var fingerprints = new byte[slotCount + 16];
        for (int slot = 0; slot < slotCount; slot++)
        {
            ulong key = table[slot * stride];
            fingerprints[slot] = key == 0 ? (byte)0 : Fingerprint(key);
        }

        for (int i = 0; i < 16; i++)
        {
            fingerprints[slotCount + i] = fingerprints[i & (slotCount - 1)];
        }

        return fingerprints;
    }

    /// <summary>A stored key's fingerprint: its low byte, never 0 (which marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Fingerprint(ulong storedKey) => (byte)storedKey == 0 ? (byte)1 : (byte)storedKey;

    /// <summary>
    /// Where a lookup of a key with <paramref name="fingerprint"/> and home slot <paramref name="home"/> must look,
    /// reading only the fingerprints (a table 8 to 16 times smaller than the keys, so mostly in cache): the first of the
    /// 16 slots from home whose fingerprint matches before an empty one, as a count of slots past home; 32 when none
    /// does before an empty slot (the key is then absent). <paramref name="ambiguous"/> is set when that is not the whole
    /// answer: another fingerprint matches too, or the 16 slots hold no empty one; the caller then falls back to
    /// <see cref="Find(ulong[], int, ulong, int, int)"/> when the key at the returned slot differs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Candidate(byte[] fingerprints, int home, byte fingerprint, out bool ambiguous)
    {
        Vector128<byte> window = Vector128.Create(fingerprints.AsSpan(home, 16));
        uint empty = Vector128.Equals(window, Vector128<byte>.Zero).ExtractMostSignificantBits();
        uint match = Vector128.Equals(window, Vector128.Create(fingerprint)).ExtractMostSignificantBits();
        match &= (empty & (0 - empty)) - 1; // only the slots before the first empty one (all 16 when none is empty)
        ambiguous = (empty == 0) | ((match & (match - 1)) != 0);
        return BitOperations.TrailingZeroCount(match);
    }
}
