using System.CommandLine;
using Extraction.Evaluation;

namespace Extraction.Cli.Commands;

/// <summary><c>eval --gold DIR PREDICTIONS.jsonl [--verbose]</c>: precision, recall and F1 as score_records.py prints them.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Required = true, Description = "Folder of gold articles (NAME.json)." };
        var predictions = new Argument<string>("predictions") { Description = "JSON Lines written by extract." };
        var verbose = new Option<bool>("--verbose") { Description = "List missed and wrong facts." };
        var command = new Command("eval", "Score predictions against gold records.") { gold, predictions, verbose };
        command.SetAction(parse =>
        {
            string goldDirectory = parse.GetValue(gold)!;
            string predictionsPath = parse.GetValue(predictions)!;
            if (!Directory.Exists(goldDirectory) || !File.Exists(predictionsPath))
            {
                Console.Error.WriteLine($"No gold folder '{goldDirectory}' or predictions file '{predictionsPath}'.");
                return 1;
            }

            Console.Out.Write(RecordScorer.Score(goldDirectory, predictionsPath, parse.GetValue(verbose)).Format());
            return 0;
        });
        return command;
    }
}
