using System.Runtime.CompilerServices;

namespace Extraction.Learning;

/// <summary>
/// Stable 64-bit hashes for feature names and values. Unlike <see cref="string.GetHashCode()"/>,
/// which .NET randomises per process, these values are the same on every machine and every run,
/// so they can be stored in model files.
/// </summary>
/// <remarks>
/// <see cref="Of(ReadOnlySpan{char})"/> is FNV-1a (64-bit) over the UTF-16LE bytes of the text.
/// <see cref="Combine(ulong, ulong)"/> mixes two hashes order-sensitively, for conjunctions of
/// features (template id, then values) without building strings.
/// </remarks>
internal static class FeatureHash
{
    /// <summary>The FNV-1a 64-bit offset basis: the hash of the empty string.</summary>
    public const ulong Empty = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a 64-bit hash of the UTF-16LE bytes of <paramref name="text"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text) => Append(Empty, text);

    /// <summary>Continues an FNV-1a hash with more characters: <c>Append(Of(a), b) == Of(a + b)</c>.</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }

    /// <summary>Continues an FNV-1a hash with one character.</summary>
    public static ulong Append(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    /// <summary>Mixes two hashes; the order matters (<c>Combine(a, b) != Combine(b, a)</c> in general).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong first, ulong second) =>
        Mix(first ^ (second + 0x9E3779B97F4A7C15UL + (first << 6) + (first >> 2)));

    /// <summary>Mixes three hashes, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong first, ulong second, ulong third) => Combine(Combine(first, second), third);

    /// <summary>Mixes four hashes, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong first, ulong second, ulong third, ulong fourth) =>
        Combine(Combine(Combine(first, second), third), fourth);

    /// <summary>Mixes five hashes, in order.</summary>
    public static ulong Combine(ulong first, ulong second, ulong third, ulong fourth, ulong fifth) =>
        Combine(Combine(first, second, third, fourth), fifth);

    /// <summary>MurmurHash3's 64-bit finaliser: spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
