using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>clean [INPUT …] [-o PATH] [--parallel N] [--resume] [--shard K/N] [--errors PATH] [--progress auto|on|off]
/// [--max-bytes N] [--timeout S]</c>: the HTML cleaner alone, over the same inputs as <c>extract</c> and through the
/// same batch runner (bounded reads, one line per document in input order, an error line for a document that cannot be
/// cleaned). Each line is <see cref="Batch.CleanedJson"/>'s; see <c>docs/cli.md</c>.
/// </summary>
public static class CleanCommand
{
    /// <summary>Creates the <c>clean</c> command.</summary>
    public static Command Create()
    {
        var shared = new BatchOptions("Write JSON Lines here instead of standard output.");
        var command = new Command("clean", "Clean pages into article text and metadata (JSON Lines).");
        shared.AddTo(command);
        command.SetAction(parse => ExtractCommand.Run(shared.Read(parse, Batch.DocumentWork.Clean)));
        return command;
    }
}
