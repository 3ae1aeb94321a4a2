using System.Text;

namespace Extraction.Learning;

/// <summary>
/// The binary container of every model the library ships or trains. Layout (little-endian):
/// magic <c>VNXM</c>; format version (int32); the <see cref="ModelHeader"/> (feature-set id,
/// feature-set version, training-data hash, labels); the payload length (int64) and its FNV-1a
/// checksum (uint64); the payload, written by the model's own code. Reading validates all of it
/// and throws <see cref="InvalidDataException"/> on any mismatch, so a model never runs with
/// features it was not trained on.
/// </summary>
internal static class ModelFile
{
    /// <summary>The container format version this code writes and reads.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "VNXM"u8;

    /// <summary>Writes a model file: header, then the payload produced by <paramref name="writePayload"/>.</summary>
    public static void Write(Stream destination, ModelHeader header, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(writePayload);
        var payload = new MemoryStream();
        using (var payloadWriter = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(payloadWriter);
        }

        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(header.FeatureSetId);
        writer.Write(header.FeatureSetVersion);
        writer.Write(header.TrainingDataHash);
        writer.Write(header.Labels.Count);
        foreach (string label in header.Labels)
        {
            writer.Write(label);
        }

        ReadOnlySpan<byte> bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        writer.Write((long)bytes.Length);
        writer.Write(Checksum(bytes));
        writer.Write(bytes);
    }

    /// <summary>Reads only the header of a model file (validating the magic and format version).</summary>
    /// <exception cref="InvalidDataException">Not a model file, or an unsupported format version.</exception>
    public static ModelHeader ReadHeader(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        return ReadHeader(reader);
    }

    /// <summary>
    /// Reads a model file, checks its header against what the caller's code expects, verifies the
    /// payload checksum, and hands the payload to <paramref name="readPayload"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// Not a model file, another format version, another feature set or version, other labels,
    /// or a damaged payload.
    /// </exception>
    public static (ModelHeader Header, T Payload) Read<T>(
        Stream source, string featureSetId, int featureSetVersion, IReadOnlyList<string> labels, Func<BinaryReader, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(readPayload);
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        ModelHeader header = ReadHeader(reader);
        if (header.FeatureSetId != featureSetId || header.FeatureSetVersion != featureSetVersion)
        {
            throw new InvalidDataException(
                $"The model was trained for features '{header.FeatureSetId}' v{header.FeatureSetVersion}; this code needs '{featureSetId}' v{featureSetVersion}.");
        }

        if (!header.Labels.SequenceEqual(labels, StringComparer.Ordinal))
        {
            throw new InvalidDataException(
                $"The model's labels [{string.Join(", ", header.Labels)}] differ from the expected [{string.Join(", ", labels)}].");
        }

        long length = reader.ReadInt64();
        ulong checksum = reader.ReadUInt64();
        if (length is < 0 or > int.MaxValue)
        {
            throw new InvalidDataException($"Implausible payload length {length}.");
        }

        byte[] payload = reader.ReadBytes((int)length);
        if (payload.Length != length || Checksum(payload) != checksum)
        {
            throw new InvalidDataException("The model payload is truncated or damaged (checksum mismatch).");
        }

        using var payloadReader = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
        try
        {
            return (header, readPayload(payloadReader));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The model payload ends early.", e);
        }
    }

    private static ModelHeader ReadHeader(BinaryReader reader)
    {
        try
        {
            Span<byte> magic = stackalloc byte[4];
            if (reader.Read(magic) != 4 || !magic.SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not a model file (bad magic number).");
            }

            int version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"Model file format version {version} is not supported (expected {FormatVersion}).");
            }

            string featureSetId = reader.ReadString();
            int featureSetVersion = reader.ReadInt32();
            string dataHash = reader.ReadString();
            int count = reader.ReadInt32();
            if (count is < 0 or > 4096)
            {
                throw new InvalidDataException($"Implausible label count {count}.");
            }

            var labels = new string[count];
            for (int i = 0; i < count; i++)
            {
                labels[i] = reader.ReadString();
            }

            return new ModelHeader(featureSetId, featureSetVersion, dataHash, labels);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The model file ends inside its header.", e);
        }
    }

    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        ulong hash = FeatureHash.Empty;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
