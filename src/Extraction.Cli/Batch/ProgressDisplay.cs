using System.Diagnostics;
using System.Globalization;
using Extraction.Cli.Sources;
using Spectre.Console;

namespace Extraction.Cli.Batch;

/// <summary>How progress is shown: <c>auto</c> (a bar on a terminal, a plain line every 30 s otherwise), <c>on</c> (a plain line every 2 s when not a terminal), <c>off</c>.</summary>
internal enum ProgressMode
{
    Auto,
    On,
    Off,
}

/// <summary>Progress on standard error while a job runs (documents, documents/s, errors, ETA), and a summary at the end.</summary>
/// <param name="work">What the run does: its verb starts each line.</param>
internal sealed class ProgressDisplay(ProgressMode mode, TextWriter error, bool errorIsTerminal, DocumentWork work = DocumentWork.Extract)
{
    private readonly string _verb = work.Verb();

    public void Run(Action job, BatchCounters counters, InputProgress input)
    {
        var clock = Stopwatch.StartNew();
        if (mode == ProgressMode.Off)
        {
            job();
            return;
        }

        if (errorIsTerminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            console.Progress()
                .AutoClear(true)
                .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
                .Start(context =>
                {
                    var task = context.AddTask(_verb, maxValue: 1.0);
                    var work = Task.Run(job);
                    while (!work.Wait(250))
                    {
                        task.Value = Fraction(input);
                        task.Description = Markup.Escape(Line(counters, input, clock.Elapsed));
                    }

                    work.GetAwaiter().GetResult();
                });
        }
        else
        {
            var interval = mode == ProgressMode.On ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(30);
            var work = Task.Run(job);
            while (!work.Wait(interval))
            {
                error.WriteLine($"{_verb}: {Line(counters, input, clock.Elapsed)}");
                error.Flush();
            }

            work.GetAwaiter().GetResult();
        }

        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{_verb}: done, {counters.Documents} documents ({counters.Documents - counters.Errors} {work.Done()}, {counters.Errors} errors; {counters.Resumed} already in the output) in {clock.Elapsed:h\\:mm\\:ss}, {counters.Documents / seconds:0.0} documents/s"));
    }

    private static double Fraction(InputProgress input) =>
        input.TotalBytes > 0 ? Math.Clamp((double)input.BytesRead / input.TotalBytes, 0, 1) : 0;

    private static string Line(BatchCounters counters, InputProgress input, TimeSpan elapsed)
    {
        double rate = counters.Documents / Math.Max(elapsed.TotalSeconds, 1e-9);
        double fraction = Fraction(input);
        string eta = fraction is > 0.001 and < 1
            ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction).ToString("h\\:mm\\:ss", CultureInfo.InvariantCulture)
            : "?";
        return string.Create(CultureInfo.InvariantCulture,
            $"{counters.Documents} documents, {rate:0.0}/s, {counters.Errors} errors, {fraction:P0} of input read, eta {eta}");
    }
}
