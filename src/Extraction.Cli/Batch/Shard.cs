using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Extraction.Cli.Batch;

/// <summary>
/// <c>--shard K/N</c>: a document belongs to shard <c>SHA-256(UTF-8 key)[0..8] mod N</c>, where the key is its
/// source path (with the archive entry) — the same on every machine, so N machines split one input without talking.
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static Shard All => new(0, 1);

    public static bool TryParse(string? text, out Shard shard)
    {
        shard = All;
        if (text is null)
        {
            return true;
        }

        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k < n)
        {
            shard = new Shard(k, n);
            return true;
        }

        return false;
    }

    public bool Contains(string key)
    {
        if (Count == 1)
        {
            return true;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        ulong value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
        return (int)(value % (ulong)Count) == Index;
    }
}
