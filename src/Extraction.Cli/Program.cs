using System.CommandLine;
using Extraction.Cli.Commands;

// The batch job's command line: see ../shared/spec/cli.md (extract, tokenize, eval …).
var root = new RootCommand("Reads Vietnamese news articles into typed records.")
{
    ExtractCommand.Create(),
    CleanCommand.Create(),
    TokenizeCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    SegmentCommand.Create(),
};

return root.Parse(args).Invoke();
