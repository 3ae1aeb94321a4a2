using System.Globalization;
using System.Text;
using CsvHelper;
using Extraction.Cli.Batch;
using Extraction.Records;

namespace Extraction.Cli.Sinks;

/// <summary>
/// One CSV file per record table in a folder (<c>articles.csv</c>, <c>admissions.csv</c> … <c>errors.csv</c>), each row
/// led by <c>doc</c>, the document's ordinal in the run. Per document the child rows are written and flushed first, then
/// its <c>articles</c> or <c>errors</c> row: so after a kill the documents with such a row are a complete prefix, and
/// resuming cuts every file back to that prefix.
/// </summary>
internal sealed class CsvSink(string folder) : IRecordSink
{
    private readonly Dictionary<string, CsvWriter> _writers = new(StringComparer.Ordinal);

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { NewLine = "\n" };

    private string FileOf(Table table) => Path.Combine(folder, table.Name + ".csv");

    public ResumeState Open(bool resume)
    {
        Directory.CreateDirectory(folder);
        var state = new ResumeState(ordered: true);
        if (resume)
        {
            // Documents committed: their articles or errors row is complete.
            var committed = new SortedDictionary<long, (string Path, string? ErrorLine)>();
            foreach (var table in new[] { RecordTables.Articles, RecordTables.Errors })
            {
                string file = FileOf(table);
                if (!File.Exists(file))
                {
                    continue;
                }

                LineFiles.TruncateTornTail(file, csvQuotes: true);
                using var reader = CsvReader.FromFile(file, CsvReaderOptions.Default, FileOptions.SequentialScan);
                while (reader.Read())
                {
                    long doc = long.Parse(reader.GetString("doc"), CultureInfo.InvariantCulture);
                    string path = reader.GetString("path");
                    string? errorLine = table == RecordTables.Errors
                        ? Outcome.ErrorLine(new Source(path, NullIfEmpty(reader.GetString("url")), NullIfEmpty(reader.GetString("sha256"))),
                            reader.GetString("kind"), reader.GetString("message"))
                        : null;
                    committed[doc] = (path, errorLine);
                }
            }

            long count = 0;
            foreach (var (doc, (path, errorLine)) in committed)
            {
                if (doc != count)
                {
                    throw new InvalidDataException($"The CSV output in {folder} is not a prefix of a run (document {count} is missing).");
                }

                state.Add(path);
                if (errorLine is not null)
                {
                    state.ErrorLines.Add(errorLine);
                }

                count++;
            }

            foreach (var table in RecordTables.All)
            {
                string file = FileOf(table);
                if (File.Exists(file))
                {
                    CutAt(file, count);
                }
            }
        }

        foreach (var table in RecordTables.All)
        {
            string file = FileOf(table);
            bool fresh = !resume || !File.Exists(file) || new FileInfo(file).Length == 0;
            // Unbuffered: the writer buffers whole records and Flush hands them to the OS, which a kill cannot undo.
            var stream = new FileStream(file, fresh ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.Read, 0);
            var csv = CsvWriter.Create(stream, WriterOptions, leaveOpen: false);
            if (fresh)
            {
                csv.WriteField("doc");
                foreach (var column in table.Columns)
                {
                    csv.WriteField(column.Name);
                }

                csv.EndRecord();
            }

            _writers[table.Name] = csv;
        }

        return state;
    }

    /// <summary>Cuts a file before its first row whose <c>doc</c> is at least <paramref name="count"/>.</summary>
    private static void CutAt(string file, long count)
    {
        var starts = LineFiles.TruncateTornTail(file, csvQuotes: true);
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read);
        var digits = new byte[24];
        for (int i = 1; i < starts.Count; i++)
        {
            stream.Position = starts[i];
            int n = stream.Read(digits);
            int comma = Array.IndexOf(digits, (byte)',', 0, n);
            if (comma > 0 && long.Parse(Encoding.ASCII.GetString(digits, 0, comma), CultureInfo.InvariantCulture) >= count)
            {
                stream.Dispose();
                LineFiles.Truncate(file, starts[i]);
                return;
            }
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    public void Write(Outcome outcome)
    {
        if (outcome.Article is { } article)
        {
            object?[]? articleRow = null;
            foreach (var (table, row) in RecordTables.RowsOf(article))
            {
                if (table == RecordTables.Articles)
                {
                    articleRow = row;
                }
                else
                {
                    WriteRow(table, outcome.Sequence, row);
                }
            }

            foreach (var table in RecordTables.Children)
            {
                Flush(table);
            }

            WriteRow(RecordTables.Articles, outcome.Sequence, articleRow!);
            Flush(RecordTables.Articles);
        }
        else
        {
            WriteRow(RecordTables.Errors, outcome.Sequence, RecordTables.ErrorRow(outcome));
            Flush(RecordTables.Errors);
        }
    }

    private void WriteRow(Table table, long doc, object?[] row)
    {
        var csv = _writers[table.Name];
        csv.WriteField(doc.ToString(CultureInfo.InvariantCulture));
        foreach (object? value in row)
        {
            csv.WriteField(value switch
            {
                null => "",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
        }

        csv.EndRecord();
    }

    private void Flush(Table table)
    {
        _writers[table.Name].Flush();
    }

    public void Commit()
    {
        foreach (var table in RecordTables.All)
        {
            Flush(table);
        }
    }

    public void Dispose()
    {
        foreach (var csv in _writers.Values)
        {
            csv.Dispose();
        }
    }
}
