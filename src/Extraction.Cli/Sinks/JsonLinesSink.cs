using System.Text;
using System.Text.Json;
using Extraction.Cli.Batch;

namespace Extraction.Cli.Sinks;

/// <summary>
/// JSON Lines, one line per document in input order, to a file or standard output. Lines are written whole; a kill
/// can only leave a torn last line, which <see cref="Open"/> cuts off when resuming.
/// </summary>
internal sealed class JsonLinesSink(string? path, Func<Stream>? standardOutput = null) : IRecordSink
{
    private Stream? _stream;

    public ResumeState Open(bool resume)
    {
        var state = new ResumeState(ordered: true);
        if (path is null)
        {
            _stream = new BufferedStream((standardOutput ?? Console.OpenStandardOutput)(), 1 << 16);
            return state;
        }

        if (resume && File.Exists(path))
        {
            LineFiles.TruncateTornTail(path, csvQuotes: false);
            using var reader = new StreamReader(path, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                state.Add(root.GetProperty("source").GetProperty("path").GetString() ?? "");
                if (root.TryGetProperty("error", out _))
                {
                    state.ErrorLines.Add(line);
                }
            }

            _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        else
        {
            _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }

        return state;
    }

    public void Write(Outcome outcome)
    {
        var stream = _stream ?? throw new InvalidOperationException("Open the sink first.");
        // The worker made the UTF-8 line; the writer only copies it into the 64 KB buffer.
        stream.Write(outcome.JsonUtf8 ?? Encoding.UTF8.GetBytes(outcome.JsonLine));
        stream.WriteByte((byte)'\n');
    }

    public void Commit() => _stream?.Flush();

    public void Dispose()
    {
        _stream?.Flush();
        _stream?.Dispose();
    }
}

/// <summary>The <c>--errors</c> file: the error lines again, in order; rebuilt from the output when resuming.</summary>
internal sealed class ErrorLinesFile(string path) : IDisposable
{
    private StreamWriter? _writer;

    public void Open(ResumeState state)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        foreach (string line in state.ErrorLines)
        {
            _writer.WriteLine(line);
        }
    }

    public void Write(Outcome outcome)
    {
        if (outcome.IsError)
        {
            _writer?.WriteLine(outcome.JsonLine);
        }
    }

    public void Commit() => _writer?.Flush();

    public void Dispose() => _writer?.Dispose();
}
