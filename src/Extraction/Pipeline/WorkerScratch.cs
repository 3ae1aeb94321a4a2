using Extraction.Documents;
using Extraction.Html;

namespace Extraction.Pipeline;

/// <summary>
/// What one document's run reuses from the previous one on the same worker: an HTML cleaner session (its parser and
/// walker buffers) and the analysis scratch (token key memo, token and sentence buffers). Owned by one call at a time.
/// </summary>
internal sealed class WorkerScratch
{
    public HtmlCleaner.Session Cleaner { get; } = HtmlCleaner.Default.CreateSession();

    public AnalysisScratch Analysis { get; } = new();
}

/// <summary>
/// A small lock-free pool of <see cref="WorkerScratch"/>: a call takes one (or makes one when all are out) and gives it
/// back at its end, so a batch on N threads builds about N of them instead of one cleaner session per document.
/// Thread-safe; holds at most <c>2 × processors</c> (at least 4); a surplus is left to the garbage collector.
/// </summary>
internal sealed class ScratchPool
{
    private readonly WorkerScratch?[] _slots = new WorkerScratch?[Math.Max(4, 2 * Environment.ProcessorCount)];

    public WorkerScratch Rent()
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is not null && Interlocked.Exchange(ref _slots[i], null) is { } scratch)
            {
                return scratch;
            }
        }

        return new WorkerScratch();
    }

    public void Return(WorkerScratch scratch)
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _slots[i], scratch, null) is null)
            {
                return;
            }
        }
    }
}
