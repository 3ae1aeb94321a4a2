using System.CommandLine;
using Extraction.Cli.Batch;
using Extraction.Cli.Sinks;
using Extraction.Cli.Sources;
using Extraction.Pipeline;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract [INPUT …] [-o PATH] [--format jsonl|csv|sqlite|postgres] [--connection S] [--parallel N] [--resume]
/// [--shard K/N] [--errors PATH] [--progress auto|on|off] [--max-bytes N] [--timeout S] [--rules-only]</c>: articles in,
/// one record or error per document out, in input order (see <c>docs/cli.md</c>). <see cref="CleanCommand"/> runs the
/// same batch with the cleaner alone.
/// </summary>
internal static class ExtractCommand
{
    private const int UsageError = 2;

    private const int CannotComplete = 1;

    public static Command Create()
    {
        var shared = new BatchOptions("The output: a JSON Lines file (default standard output), a folder for csv, a database file for sqlite.");
        var format = new Option<string>("--format") { Description = "jsonl, csv, sqlite or postgres.", DefaultValueFactory = _ => "jsonl" };
        var connection = new Option<string?>("--connection") { Description = "The PostgreSQL connection string (--format postgres)." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Switch the learned extraction models off: the rules alone decide (for comparison)." };
        var command = new Command("extract", "Extract records from articles.");
        shared.AddTo(command, format, connection);
        command.Options.Add(rulesOnly);
        command.SetAction(parse => Run(shared.Read(parse, DocumentWork.Extract) with
        {
            Format = parse.GetValue(format) ?? "jsonl",
            Connection = parse.GetValue(connection),
            RulesOnly = parse.GetValue(rulesOnly),
        }));
        return command;
    }

    /// <summary>The options of one run.</summary>
    internal sealed record Settings(
        string[] Inputs, string? Output, string Format, string? Connection, int Parallel, bool Resume, string? Shard,
        string? Errors, string Progress, long MaxBytes, double Timeout)
    {
        /// <summary>The learned extraction models are off (<see cref="ExtractionOptions.UseLearnedModels"/>).</summary>
        public bool RulesOnly { get; init; }

        /// <summary>What each document goes through: the whole pipeline (<c>extract</c>) or the cleaner alone (<c>clean</c>, JSON Lines only).</summary>
        public DocumentWork Work { get; init; } = DocumentWork.Extract;

        /// <summary>The command's name, which starts its messages.</summary>
        public string Verb => Work.Verb();
    }

    internal static int Run(Settings settings)
    {
        if (Validate(settings, out var shard, out var mode) is { } usage)
        {
            Console.Error.WriteLine($"{settings.Verb}: {usage}");
            return UsageError;
        }

        var walker = new InputWalker(settings.Inputs, settings.MaxBytes, excluded: [settings.Output, settings.Errors]);
        try
        {
            walker.ListFiles();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{settings.Verb}: {e.Message}");
            return CannotComplete;
        }

        IRecordSink? sink = null;
        ErrorLinesFile? errors = null;
        try
        {
            sink = CreateSink(settings);
            var state = sink.Open(settings.Resume);
            if (settings.Errors is not null)
            {
                errors = new ErrorLinesFile(settings.Errors);
                errors.Open(state);
            }

            var options = ExtractionOptions.Default with { MaxDocumentBytes = settings.MaxBytes, UseLearnedModels = !settings.RulesOnly };
            var extractor = options == ExtractionOptions.Default ? ArticleExtractor.Default : new ArticleExtractor(options);
            var processor = new DocumentProcessor(extractor, settings.Timeout > 0 ? TimeSpan.FromSeconds(settings.Timeout) : null, settings.Work);
            var runner = new BatchRunner(walker, processor, sink, errors, shard, settings.Parallel) { ThreadName = settings.Verb };
            new ProgressDisplay(mode, Console.Error, !Console.IsErrorRedirected, settings.Work).Run(() => runner.Run(state), runner.Counters, walker.Progress);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Data.Common.DbException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"{settings.Verb}: could not complete: {e.Message.ReplaceLineEndings(" ")}");
            return CannotComplete;
        }
        finally
        {
            try
            {
                errors?.Dispose();
                sink?.Dispose();
            }
            catch (Exception e) when (e is IOException or System.Data.Common.DbException)
            {
                Console.Error.WriteLine($"{settings.Verb}: could not close the output: {e.Message.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static string? Validate(Settings s, out Shard shard, out ProgressMode mode)
    {
        mode = ProgressMode.Auto;
        if (!Shard.TryParse(s.Shard, out shard))
        {
            return $"--shard takes K/N with 0 <= K < N, not '{s.Shard}'.";
        }

        if (!Enum.TryParse(s.Progress, ignoreCase: true, out mode) || !Enum.IsDefined(mode))
        {
            return $"--progress takes auto, on or off, not '{s.Progress}'.";
        }

        return s switch
        {
            { Parallel: < 1 } => "--parallel must be at least 1.",
            { MaxBytes: < 1 } => "--max-bytes must be at least 1.",
            { Timeout: < 0 } or { Timeout: double.NaN } => "--timeout must be 0 (no limit) or more seconds.",
            { Format: not ("jsonl" or "csv" or "sqlite" or "postgres") } => $"--format takes jsonl, csv, sqlite or postgres, not '{s.Format}'.",
            { Format: "csv" or "sqlite", Output: null } => $"--format {s.Format} needs --out.",
            { Format: "postgres", Connection: null } => "--format postgres needs --connection.",
            { Format: "jsonl", Output: null, Resume: true } => "--resume needs --out (standard output cannot be resumed).",
            _ => null,
        };
    }

    private static IRecordSink CreateSink(Settings settings) => settings.Format switch
    {
        "csv" => new CsvSink(settings.Output!),
        "sqlite" => new SqlSink(new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = settings.Output, Pooling = false }.ToString()), SqlDialect.Sqlite),
        "postgres" => new SqlSink(new NpgsqlConnection(settings.Connection), SqlDialect.Postgres),
        _ => new JsonLinesSink(settings.Output),
    };
}
