namespace Extraction.Cli.Sinks;

/// <summary>Helpers for append-only line files that a kill may leave with a torn last line.</summary>
internal static class LineFiles
{
    /// <summary>
    /// Cuts the file after its last complete record: the last line break outside double quotes when
    /// <paramref name="csvQuotes"/> (a CSV field may hold line breaks), the last line break otherwise.
    /// Returns the start offsets of the complete records.
    /// </summary>
    public static List<long> TruncateTornTail(string path, bool csvQuotes)
    {
        var starts = new List<long>();
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var buffer = new byte[1 << 16];
        long offset = 0, recordStart = 0, lastEnd = 0;
        bool inQuotes = false;
        int n;
        while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < n; i++)
            {
                byte b = buffer[i];
                if (csvQuotes && b == (byte)'"')
                {
                    inQuotes = !inQuotes;
                }
                else if (b == (byte)'\n' && !inQuotes)
                {
                    starts.Add(recordStart);
                    lastEnd = offset + i + 1;
                    recordStart = lastEnd;
                }
            }

            offset += n;
        }

        if (file.Length != lastEnd)
        {
            file.SetLength(lastEnd);
        }

        return starts;
    }

    /// <summary>Cuts the file at <paramref name="length"/> bytes.</summary>
    public static void Truncate(string path, long length)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.SetLength(length);
    }
}
