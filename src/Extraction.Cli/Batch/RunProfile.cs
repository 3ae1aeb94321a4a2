using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime;

namespace Extraction.Cli.Batch;

/// <summary>
/// The hidden profile of one run, on standard error when the environment variable <c>VNEXTRACT_PROFILE</c> is set
/// (to anything but <c>0</c>): wall and CPU time, GC collections, pauses and allocation, and what each thread of
/// the batch spent its time on (reading, waiting, extracting, writing). For measuring, not a stable format.
/// </summary>
internal sealed class RunProfile
{
    private readonly object _gate = new();
    private readonly List<string> _lines = [];

    private readonly GcReasons _reasons = new();

    private RunProfile()
    {
    }

    /// <summary>The process's profile when <c>VNEXTRACT_PROFILE</c> asks for one, else null (then nothing is measured).</summary>
    public static RunProfile? Current { get; } = FromEnvironment();

    private static RunProfile? FromEnvironment() =>
        Environment.GetEnvironmentVariable("VNEXTRACT_PROFILE") is { Length: > 0 } value && value != "0" ? new RunProfile() : null;

    /// <summary>Adds a line about one thread or stage (called once per thread at its end).</summary>
    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }

    /// <summary>Milliseconds of <see cref="Stopwatch"/> ticks.</summary>
    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    /// <summary>Writes the profile, with the process-wide figures gathered now.</summary>
    public void Report(TextWriter error)
    {
        using var process = Process.GetCurrentProcess();
        double wall = (DateTime.Now - process.StartTime).TotalSeconds;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile: wall {wall:F2} s (since process start), cpu user {process.UserProcessorTime.TotalSeconds:F2} s, sys {process.PrivilegedProcessorTime.TotalSeconds:F2} s, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile: gc {(GCSettings.IsServerGC ? "server" : "workstation")}, latency {GCSettings.LatencyMode}, collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms ({GC.GetTotalPauseDuration().TotalSeconds / Math.Max(wall, 1e-9):P1} of wall), allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB, heap now {info.HeapSizeBytes / 1048576.0:F0} MB, committed {info.TotalCommittedBytes / 1048576.0:F0} MB"));
        error.WriteLine("profile: gc reasons " + _reasons.Summary());
        lock (_gate)
        {
            foreach (string line in _lines)
            {
                error.WriteLine("profile: " + line);
            }
        }
    }

    /// <summary>
    /// Counts the runtime's GC-start events by generation and reason (small-object budget, large-object budget …),
    /// so a profile says why the full collections happen.
    /// </summary>
    private sealed class GcReasons : EventListener
    {
        // Names of the runtime's GC reason codes (GCStart_V2's Reason field), in code order.
        private static readonly string[] ReasonNames =
            ["alloc-small", "induced", "low-memory", "empty", "alloc-large", "oos-soh", "oos-loh", "induced-not-forced", "internal", "induced-low-memory", "induced-compacting", "low-memory-host", "pm-full", "low-memory-host-blocking"];

        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1); // GC keyword
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCStart", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null)
            {
                return;
            }

            int depth = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Depth")], CultureInfo.InvariantCulture);
            int reason = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Reason")], CultureInfo.InvariantCulture);
            string key = $"gen{depth} {(reason < ReasonNames.Length ? ReasonNames[reason] : reason.ToString(CultureInfo.InvariantCulture))}";
            lock (_counts)
            {
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
            }
        }

        public string Summary()
        {
            lock (_counts)
            {
                return string.Join(", ", _counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
            }
        }
    }
}
