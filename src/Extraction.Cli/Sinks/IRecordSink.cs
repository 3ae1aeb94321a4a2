using Extraction.Cli.Batch;

namespace Extraction.Cli.Sinks;

/// <summary>Where outcomes go: JSON Lines, CSV files, SQLite, PostgreSQL.</summary>
internal interface IRecordSink : IDisposable
{
    /// <summary>
    /// Prepares the output. With <paramref name="resume"/>, keeps what a previous run of the same command wrote
    /// (cutting off anything a kill left half-written) and tells which documents it holds; otherwise starts afresh.
    /// </summary>
    ResumeState Open(bool resume);

    /// <summary>Writes one outcome (called in input order, from one thread).</summary>
    void Write(Outcome outcome);

    /// <summary>Makes everything written so far durable against a kill of the process (flush, commit).</summary>
    void Commit();
}

/// <summary>What an output already holds when a run is resumed.</summary>
internal sealed class ResumeState
{
    private readonly Dictionary<string, int> _done = new(StringComparer.Ordinal);
    private readonly bool _ordered;

    /// <param name="ordered">
    /// True for outputs written strictly in input order (JSON Lines, CSV): they hold a prefix of the documents, so each
    /// stored key skips one occurrence. False for databases, where a stored key skips every document with that key.
    /// </param>
    public ResumeState(bool ordered) => _ordered = ordered;

    /// <summary>The error lines the output holds, in order (the <c>--errors</c> file is rebuilt from them).</summary>
    public List<string> ErrorLines { get; } = [];

    /// <summary>How many documents the output holds.</summary>
    public long Count { get; private set; }

    public void Add(string path)
    {
        _done[path] = _done.GetValueOrDefault(path) + 1;
        Count++;
    }

    /// <summary>True when the document with this key is already in the output (and so is skipped).</summary>
    public bool TrySkip(string path)
    {
        if (!_done.TryGetValue(path, out int n))
        {
            return false;
        }

        if (_ordered)
        {
            if (n == 1)
            {
                _done.Remove(path);
            }
            else
            {
                _done[path] = n - 1;
            }
        }

        return true;
    }
}
