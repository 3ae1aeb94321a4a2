using System.IO.Compression;

namespace Extraction.Cli.Sources;

/// <summary>
/// The documents of a <c>.zip</c>, in the archive's own entry order, keyed <c>archive.zip!entry/name</c>. Entries are
/// decompressed one at a time; their names are only ever keys, never file-system paths.
/// </summary>
internal static class ZipReader
{
    public static IEnumerable<DocumentRef> Read(string path, Stream file, long maxBytes)
    {
        ZipArchive? archive = null;
        string? fault = null;
        try
        {
            archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            fault = e.Message;
            file.Dispose();
        }

        if (archive is null)
        {
            yield return new DocumentRef(path, () => BoundedReader.Unreadable(path, "The zip archive cannot be read: " + fault));
            yield break;
        }

        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/') || !InputWalker.IsPage(entry.FullName))
                {
                    continue;
                }

                string key = $"{path}!{entry.FullName.Replace('\\', '/')}";
                var current = entry;
                yield return new DocumentRef(key, () => BoundedReader.Read(key, null, null, maxBytes, () => new CheckedEntryStream(current), SizeOf(current)));
            }
        }
    }

    /// <summary>The entry's stated length as a buffer size hint (a damaged archive may lie; the reader checks as it reads).</summary>
    private static long SizeOf(ZipArchiveEntry entry)
    {
        try
        {
            return entry.Length;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    /// <summary>
    /// An entry's data, checked at its end against the CRC-32 its headers record. The runtime stops reading
    /// an entry at the size the headers state and checks nothing, so a zip whose headers understate a size (a bomb that
    /// claims 100 bytes) would silently give a truncated document; here it is <c>unreadable</c> instead.
    /// </summary>
    private sealed class CheckedEntryStream(ZipArchiveEntry entry) : Stream
    {
        private static readonly uint[] Table = CreateTable();
        private readonly Stream _inner = entry.Open();
        private uint _crc = 0xFFFFFFFF;
        private long _length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = _inner.Read(buffer);
            if (n == 0 && buffer.Length > 0)
            {
                // The checksum decides: a size that overstates still gives the whole data, which the checksum confirms.
                if (~_crc != entry.Crc32)
                {
                    throw new InvalidDataException($"The zip entry's data ({_length:N0} bytes) does not match the checksum its headers record (stated size {entry.Length:N0}).");
                }

                return 0;
            }

            uint crc = _crc;
            foreach (byte b in buffer[..n])
            {
                crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            _crc = crc;
            _length += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private static uint[] CreateTable()
        {
            var table = new uint[256];
            for (uint i = 0; i < 256; i++)
            {
                uint c = i;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[i] = c;
            }

            return table;
        }
    }
}
