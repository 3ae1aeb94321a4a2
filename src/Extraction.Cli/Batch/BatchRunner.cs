using Extraction.Cli.Sinks;
using Extraction.Cli.Sources;

namespace Extraction.Cli.Batch;

/// <summary>Counts of a run, updated by the runner's thread and read by the progress display.</summary>
internal sealed class BatchCounters
{
    private long _documents;
    private long _errors;
    private long _resumed;

    public long Documents => Interlocked.Read(ref _documents);

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Documents skipped because the output already held them (<c>--resume</c>).</summary>
    public long Resumed => Interlocked.Read(ref _resumed);

    public void Done(bool error)
    {
        Interlocked.Increment(ref _documents);
        if (error)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    public void Skipped() => Interlocked.Increment(ref _resumed);
}

/// <summary>
/// Runs the documents through the extractor <c>parallel</c> at a time and hands the outcomes to the sink in input
/// order. The documents are read one after another on the calling thread; at most a small window of them
/// (<c>2 × parallel + 2</c>) is in flight, so memory does not grow with the input, and the output is the same
/// whatever <c>parallel</c> is.
/// </summary>
internal sealed class BatchRunner(InputWalker walker, DocumentProcessor processor, IRecordSink sink, ErrorLinesFile? errors, Shard shard, int parallel)
{
    public BatchCounters Counters { get; } = new();

    public void Run(ResumeState state)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallel).ConcurrentScheduler;
        var window = new Queue<Task<Outcome>>();
        int capacity = (2 * parallel) + 2;
        long sequence = 0;
        foreach (var document in walker.Documents())
        {
            if (!shard.Contains(document.Path))
            {
                continue;
            }

            if (state.TrySkip(document.Path))
            {
                sequence++;
                Counters.Skipped();
                continue;
            }

            var read = document.Read();
            if (read is null)
            {
                continue;
            }

            long number = sequence++;
            window.Enqueue(Task.Factory.StartNew(() => processor.Process(number, read), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler));
            while (window.Count >= capacity)
            {
                Emit(window.Dequeue().GetAwaiter().GetResult());
            }
        }

        while (window.Count > 0)
        {
            Emit(window.Dequeue().GetAwaiter().GetResult());
        }

        sink.Commit();
        errors?.Commit();
    }

    private void Emit(Outcome outcome)
    {
        sink.Write(outcome);
        errors?.Write(outcome);
        Counters.Done(outcome.IsError);
    }
}
