using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Extraction.Cli.Sinks;
using Extraction.Cli.Sources;

namespace Extraction.Cli.Batch;

/// <summary>Counts of a run, updated by the runner's threads and read by the progress display.</summary>
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
/// Runs the documents through the extractor on <c>parallel</c> worker threads and hands the outcomes to the sink in
/// input order. The calling thread walks the inputs: a document of its own file is handed over unread (the worker
/// reads, unzips and hashes it), a document inside an archive is read there, since an archive is one stream. At most
/// <c>2 × parallel + 2</c> documents are in flight between reading and writing, so memory does not grow with the
/// input, and the output is the same whatever <c>parallel</c> is. Whichever worker finishes the next document in
/// order writes it (and any finished ones after it): no thread sits waiting on the slowest document of the window.
/// </summary>
internal sealed class BatchRunner(InputWalker walker, DocumentProcessor processor, IRecordSink sink, ErrorLinesFile? errors, Shard shard, int parallel)
{
    private readonly object _gate = new();
    private readonly Queue<Work> _queue = new();
    private readonly int _capacity = (2 * parallel) + 2;
    private readonly bool _json = sink is JsonLinesSink;
    private (long Position, Outcome? Outcome)[] _window = [];
    private long _read;
    private long _written;
    private bool _writing;
    private bool _noMoreWork;
    private ExceptionDispatchInfo? _failure;

    public BatchCounters Counters { get; } = new();

    /// <summary>Where the profile goes (<c>VNEXTRACT_PROFILE</c>), or null.</summary>
    public RunProfile? Profile { get; init; } = RunProfile.Current;

    /// <summary>The workers' thread names are this and a number (the profile names them): the verb.</summary>
    public string ThreadName { get; init; } = "extract";

    /// <summary>One document handed to a worker: read already, or to be read by the worker.</summary>
    /// <param name="Position">Its place in the order of writing (documents skipped by <c>--resume</c> have none).</param>
    /// <param name="Number">Its ordinal among the run's documents (<see cref="Outcome.Sequence"/>).</param>
    private readonly record struct Work(long Position, long Number, SourceDocument? Document, DocumentRef? Unread);

    public void Run(ResumeState state)
    {
        _window = new (long, Outcome?)[_capacity];
        var workers = new Thread[parallel];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = new Thread(RunWorker) { IsBackground = true, Name = $"{ThreadName}-{w}" };
            workers[w].Start();
        }

        long readTicks = 0, waitTicks = 0, documents = 0;
        try
        {
            long sequence = 0;
            long t0 = Stopwatch.GetTimestamp();
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

                Work work;
                if (document.Independent)
                {
                    work = new Work(documents, sequence++, null, document);
                }
                else
                {
                    var read = document.Read();
                    if (read is null)
                    {
                        continue;
                    }

                    work = new Work(documents, sequence++, read, null);
                }

                long t1 = Stopwatch.GetTimestamp();
                readTicks += t1 - t0;
                documents++;
                if (!Enqueue(work))
                {
                    break;
                }

                t0 = Stopwatch.GetTimestamp();
                waitTicks += t0 - t1;
            }
        }
        finally
        {
            lock (_gate)
            {
                _noMoreWork = true;
                Monitor.PulseAll(_gate);
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }
        }

        _failure?.Throw();
        Profile?.Add(string.Create(CultureInfo.InvariantCulture,
            $"reader: {documents} documents, reading {RunProfile.Milliseconds(readTicks):F0} ms, waiting for room in the window {RunProfile.Milliseconds(waitTicks):F0} ms"));
        sink.Commit();
        errors?.Commit();
    }

    /// <summary>Waits for room in the window and queues the document; false when the run failed.</summary>
    private bool Enqueue(Work work)
    {
        lock (_gate)
        {
            while (_read - _written >= _capacity && _failure is null)
            {
                Monitor.Wait(_gate);
            }

            if (_failure is not null)
            {
                return false;
            }

            _read++;
            _queue.Enqueue(work);
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    private void RunWorker()
    {
        long readTicks = 0, processTicks = 0, idleTicks = 0, writeTicks = 0, count = 0;
        while (true)
        {
            long t0 = Stopwatch.GetTimestamp();
            Work work;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_noMoreWork && _failure is null)
                {
                    Monitor.Wait(_gate);
                }

                if (_queue.Count == 0 || _failure is not null)
                {
                    break;
                }

                work = _queue.Dequeue();
            }

            long t1 = Stopwatch.GetTimestamp();
            idleTicks += t1 - t0;
            Outcome outcome;
            try
            {
                var document = work.Document ?? work.Unread!.Read()
                    ?? BoundedReader.Unreadable(work.Unread!.Path, "The document could not be read.");
                long t2 = Stopwatch.GetTimestamp();
                readTicks += t2 - t1;
                outcome = processor.Process(work.Number, document, _json);
                processTicks += Stopwatch.GetTimestamp() - t2;
            }
            catch (Exception e)
            {
                Fail(ExceptionDispatchInfo.Capture(e));
                break;
            }

            count++;
            long t3 = Stopwatch.GetTimestamp();
            Complete(work.Position, outcome);
            writeTicks += Stopwatch.GetTimestamp() - t3;
        }

        Profile?.Add(string.Create(CultureInfo.InvariantCulture,
            $"{Thread.CurrentThread.Name}: {count} documents, reading {RunProfile.Milliseconds(readTicks):F0} ms, extracting {RunProfile.Milliseconds(processTicks):F0} ms, writing in order {RunProfile.Milliseconds(writeTicks):F0} ms, idle {RunProfile.Milliseconds(idleTicks):F0} ms"));
    }

    /// <summary>Puts an outcome in its slot; if no thread is writing, writes every outcome that is next in order.</summary>
    private void Complete(long position, Outcome outcome)
    {
        lock (_gate)
        {
            _window[position % _capacity] = (position, outcome);
            if (_writing || _failure is not null)
            {
                return;
            }

            _writing = true;
        }

        while (true)
        {
            Outcome next;
            lock (_gate)
            {
                int slot = (int)(_written % _capacity);
                if (_window[slot] is not (long at, { } ready) || at != _written || _failure is not null)
                {
                    _writing = false;
                    return;
                }

                next = ready;
                _window[slot] = default;
            }

            try
            {
                Emit(next);
            }
            catch (Exception e)
            {
                Fail(ExceptionDispatchInfo.Capture(e));
                return;
            }

            lock (_gate)
            {
                _written++;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Fail(ExceptionDispatchInfo failure)
    {
        lock (_gate)
        {
            _failure ??= failure;
            Monitor.PulseAll(_gate);
        }
    }

    private void Emit(Outcome outcome)
    {
        sink.Write(outcome);
        errors?.Write(outcome);
        Counters.Done(outcome.IsError);
    }
}
