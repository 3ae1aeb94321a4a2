using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extraction.Text.Segmentation;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>train</c>: trains the library's models from data on disk.
/// <c>train segmenter --data DIR --out FILE [--lexicon DIR] [--epochs N] [--seed N]</c> trains the
/// Vietnamese word segmenter on <c>DIR/seg/*-train.seg.txt</c> (UD Vietnamese-VTB layout), reports
/// word F1 on <c>*-dev.seg.txt</c> when present, and writes a model file.
/// </summary>
public static class TrainCommand
{
    /// <summary>Builds the <c>train</c> command with its subcommands.</summary>
    public static Command Create()
    {
        var train = new Command("train", "Train a model from data on disk.");
        train.Subcommands.Add(CreateSegmenter());
        train.Subcommands.Add(TrainBlocksCommand.Create());
        train.Subcommands.Add(TrainGazetteerCommand.Create());
        train.Subcommands.Add(CreateOfficials());
        train.Subcommands.Add(TrainFactsCommand.Create());
        return train;
    }

    /// <summary><c>train officials --data DIR --out FILE [--cv N]</c>: the officials labeller, from the real corpus's train split.</summary>
    private static Command CreateOfficials()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "The real news corpus (split.json, texts/, gold/), e.g. ../shared/data/vi-news-real", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write, e.g. models/officials.bin", Required = true };
        var cv = new Option<int>("--cv") { Description = "Cross-validation folds (articles as folds) for the ablation; below 2 skips it and ships the model switched on", DefaultValueFactory = _ => 5 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences", DefaultValueFactory = _ => Extraction.Learning.OfficialsLabellerTrainer.DefaultEpochs };
        var seed = new Option<ulong>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => Extraction.Learning.OfficialsLabellerTrainer.DefaultSeed };
        var command = new Command("officials", "Train the officials labeller (averaged perceptron, BIO over words) and report the cross-validated ablation.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(cv);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.SetAction(parseResult =>
        {
            var log = parseResult.InvocationConfiguration.Output;
            var file = parseResult.GetValue(output)!;
            try
            {
                file.Directory?.Create();
                using var buffer = new MemoryStream();
                Extraction.Learning.OfficialsLabellerTrainer.Train(
                    parseResult.GetValue(data)!.FullName, buffer, parseResult.GetValue(cv), log, parseResult.GetValue(epochs), parseResult.GetValue(seed));
                File.WriteAllBytes(file.FullName, buffer.ToArray());
                log.WriteLine($"wrote {file.FullName} ({buffer.Length} bytes)");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"train officials: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command CreateSegmenter()
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Folder holding seg/*-train.seg.txt (and optionally seg/*-dev.seg.txt), e.g. ../shared/data/ud-vi-vtb",
            Required = true,
        };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write, e.g. models/segmenter.vi.bin", Required = true };
        var lexicon = new Option<DirectoryInfo?>("--lexicon") { Description = "RDRsegmenter lexicon folder (Apache-2.0 lists), e.g. ../shared/data/rdrsegmenter-lexicon" };
        var defaults = new SegmenterTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<ulong>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => defaults.Seed };
        var dropout = new Option<double>("--dropout") { Description = "Probability of hiding syllable-identity features during training", DefaultValueFactory = _ => defaults.FeatureDropout };
        var ensemble = new Option<int>("--ensemble") { Description = "Models trained with consecutive seeds and averaged into one", DefaultValueFactory = _ => defaults.Ensemble };
        var verbose = new Option<bool>("--verbose") { Description = "Report the dev score after every epoch" };

        var command = new Command("segmenter", "Train the Vietnamese word segmenter (averaged perceptron, B/I tags).");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(lexicon);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.Options.Add(dropout);
        command.Options.Add(ensemble);
        command.Options.Add(verbose);
        command.SetAction(parseResult => RunSegmenter(
            parseResult.GetValue(data)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(lexicon),
            new SegmenterTrainingOptions
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                FeatureDropout = parseResult.GetValue(dropout),
                Ensemble = parseResult.GetValue(ensemble),
            },
            parseResult.GetValue(verbose),
            parseResult.InvocationConfiguration.Output));
        return command;
    }

    internal static int RunSegmenter(
        DirectoryInfo data, FileInfo output, DirectoryInfo? lexiconDirectory, SegmenterTrainingOptions options, bool verbose, TextWriter log)
    {
        string? trainPath = FindSplit(data, "train");
        if (trainPath is null)
        {
            log.WriteLine($"error: no *-train.seg.txt in {data.FullName} or its seg/ folder");
            return 2;
        }

        string? devPath = FindSplit(data, "dev");
        IReadOnlyList<IReadOnlyList<string>> train = SegmenterTrainer.ReadSegmentedFile(trainPath);
        IReadOnlyList<IReadOnlyList<string>>? dev = devPath is null ? null : SegmenterTrainer.ReadSegmentedFile(devPath);
        SegmenterLexicon lexicon = lexiconDirectory is null ? new SegmenterLexicon() : SegmenterLexicon.LoadDirectory(lexiconDirectory.FullName);
        log.WriteLine($"train: {train.Count} sentences from {Path.GetFileName(trainPath)}; lexicon: {lexicon.Words.Count} words");

        var clock = Stopwatch.StartNew();
        WordSegmenter segmenter = SegmenterTrainer.Train(train, lexicon, options, (epoch, model) =>
        {
            if (verbose && dev is not null)
            {
                log.WriteLine($"epoch {epoch}: dev F1 {Format(SegmenterTrainer.Evaluate(model, dev).F1)}");
            }
        });
        log.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1}s");

        if (dev is not null)
        {
            SegmentationScore score = SegmenterTrainer.Evaluate(segmenter, dev);
            log.WriteLine($"dev: P {Format(score.Precision)} R {Format(score.Recall)} F1 {Format(score.F1)}");
        }

        output.Directory?.Create();
        using (FileStream stream = output.Create())
        {
            segmenter.Save(stream);
        }

        log.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length} bytes), training-data hash {segmenter.Header.TrainingDataHash}");
        return 0;
    }

    private static string? FindSplit(DirectoryInfo data, string split)
    {
        foreach (string folder in new[] { Path.Combine(data.FullName, "seg"), data.FullName })
        {
            if (Directory.Exists(folder))
            {
                string? match = Directory.GetFiles(folder, $"*-{split}.seg.txt").Order(StringComparer.Ordinal).FirstOrDefault();
                if (match is not null)
                {
                    return match;
                }
            }
        }

        return null;
    }

    private static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
