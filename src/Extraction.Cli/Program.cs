using System.CommandLine;
using Extraction.Cli.Batch;
using Extraction.Cli.Commands;

// The batch job's command line: every verb and option is described in docs/cli.md (a test checks it).
var root = new RootCommand("Reads Vietnamese news articles into typed records.")
{
    ExtractCommand.Create(),
    CleanCommand.Create(),
    TokenizeCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    SegmentCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // docs/cli.md: a usage error exits with 2 and a one-line message.
    Console.Error.WriteLine(parse.Errors[0].Message);
    return 2;
}

// VNEXTRACT_PROFILE=1: time, CPU, GC and per-thread figures on standard error at the end (see RunProfile).
// The profile is made before the run, so that it sees every collection's reason.
var profile = RunProfile.Current;
int status = parse.Invoke();
profile?.Report(Console.Error);
return status;
