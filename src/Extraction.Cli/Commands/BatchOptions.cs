using System.CommandLine;
using Extraction.Cli.Batch;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// The options that <c>extract</c> and <c>clean</c> share: both read the same inputs (files, folders, archives, standard
/// input) through the same batch runner, so a page is accepted, bounded, timed and reported the same way by each.
/// </summary>
internal sealed class BatchOptions
{
    public Argument<string[]> Inputs { get; } = InputsArgument.Create(
        "Files, folders, archives (.zip, .warc, .warc.gz, .gz, .jsonl, .json); '-' or nothing for standard input.");

    public Option<string?> Output { get; }

    public Option<int> Parallel { get; } = new("--parallel") { Description = "Documents processed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public Option<bool> Resume { get; } = new("--resume") { Description = "Keep what an interrupted run of the same command wrote and do only the rest." };

    public Option<string?> Shard { get; } = new("--shard") { Description = "K/N: only the documents of shard K (0-based) of N." };

    public Option<string?> Errors { get; } = new("--errors") { Description = "Also write the error lines to this file." };

    public Option<string> Progress { get; } = new("--progress") { Description = "auto, on or off.", DefaultValueFactory = _ => "auto" };

    public Option<long> MaxBytes { get; } = new("--max-bytes") { Description = "Largest document accepted, in bytes.", DefaultValueFactory = _ => ExtractionOptions.Default.MaxDocumentBytes };

    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds allowed per document (0: no limit).", DefaultValueFactory = _ => 60 };

    public BatchOptions(string outputDescription) =>
        Output = new Option<string?>("--out", "-o") { Description = outputDescription };

    /// <summary>Adds the argument and the options, in the order help lists them, around <paramref name="more"/> (after --out).</summary>
    public void AddTo(Command command, params Option[] more)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Output);
        foreach (var option in more)
        {
            command.Options.Add(option);
        }

        foreach (Option option in new Option[] { Parallel, Resume, Shard, Errors, Progress, MaxBytes, Timeout })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings of one run, JSON Lines unless the caller says otherwise.</summary>
    public ExtractCommand.Settings Read(ParseResult parse, DocumentWork work) => new(
        parse.GetValue(Inputs) ?? [], parse.GetValue(Output), "jsonl", null, parse.GetValue(Parallel), parse.GetValue(Resume),
        parse.GetValue(Shard), parse.GetValue(Errors), parse.GetValue(Progress) ?? "auto", parse.GetValue(MaxBytes), parse.GetValue(Timeout))
    {
        Work = work,
    };
}
