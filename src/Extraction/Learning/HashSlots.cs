using System.Runtime.CompilerServices;

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
}
