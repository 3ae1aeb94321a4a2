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
                yield return new DocumentRef(key, () => BoundedReader.Read(key, null, null, maxBytes, current.Open, SizeOf(current)));
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
}
