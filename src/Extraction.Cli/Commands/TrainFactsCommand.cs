using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Extraction.Learning.Facts;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>train facts --data DIR [--variants DIR] --out FILE [--epochs N] [--seed N]</c>: trains the learned
/// fact classifier on the rules' candidates in the train split of a corpus laid out as
/// ../shared/data/vi-news-real (split.json, texts/, gold/; dev is never read) and in the written variant
/// sets, prints the cross-validated ablation (rules alone against rules + classifier) and the
/// reliability table, and writes the model. The same data and rules give the same bytes.
/// </summary>
public static class TrainFactsCommand
{
    /// <summary>Creates the <c>facts</c> subcommand of <c>train</c>.</summary>
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Real corpus folder with split.json, texts/ and gold/, e.g. ../shared/data/vi-news-real", Required = true };
        var variants = new Option<DirectoryInfo?>("--variants") { Description = "Variant specification folder (KIND*.json, articles*.json, facts*.json), e.g. tests/Extraction.Tests/Variants" };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write, e.g. models/facts.bin", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training candidates", DefaultValueFactory = _ => FactClassifierTrainer.DefaultEpochs };
        var seed = new Option<ulong>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => FactClassifierTrainer.DefaultSeed };
        var command = new Command("facts", "Train the fact classifier (keep/drop, status, calibrated confidence) on the rules' candidates.");
        command.Options.Add(data);
        command.Options.Add(variants);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(data)!, parseResult.GetValue(variants), parseResult.GetValue(output)!,
            parseResult.GetValue(epochs), parseResult.GetValue(seed), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(DirectoryInfo data, DirectoryInfo? variants, FileInfo output, int epochs, ulong seed, TextWriter log, TextWriter errors)
    {
        if (epochs < 1)
        {
            errors.WriteLine("train facts: --epochs must be at least 1");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var buffer = new MemoryStream();
        FactTrainingReport report;
        try
        {
            report = FactClassifierTrainer.Train(data.FullName, variants?.FullName, buffer, epochs, seed);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            errors.WriteLine($"train facts: cannot read the training data: {e.Message}");
            return 1;
        }

        log.Write(report.Text);
        output.Directory?.Create();
        File.WriteAllBytes(output.FullName, buffer.ToArray());
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model: {output.FullName} ({buffer.Length} bytes, {report.Candidates} labelled candidates, training data sha256 {report.TrainingDataHash}); {clock.Elapsed.TotalSeconds:F1}s"));
        return 0;
    }
}
