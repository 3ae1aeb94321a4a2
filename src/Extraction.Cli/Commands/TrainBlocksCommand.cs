using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Extraction.Html;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>train blocks --data DIR --out FILE [--epochs N] [--seed N]</c>: trains the HTML cleaner's
/// block classifier on a main-content benchmark laid out as ../shared/bench/article-extraction
/// (<c>ground-truth.json</c> with <c>articleBody</c> per page id, <c>html/&lt;id&gt;.html.gz</c>).
/// The pages, sorted by id (ordinal), are split in a fixed way: even positions train, odd positions
/// are held out. Reports F1 of the rules alone and of the rules with the model, on the held-out
/// half and on all pages, and writes the model.
/// </summary>
public static class TrainBlocksCommand
{
    /// <summary>Creates the <c>blocks</c> subcommand of <c>train</c>.</summary>
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Benchmark folder, e.g. ../shared/bench/article-extraction", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write, e.g. models/blocks.bin", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training blocks", DefaultValueFactory = _ => 10 };
        var seed = new Option<ulong>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => 20240601UL };
        var command = new Command("blocks", "Train the HTML cleaner's block classifier (averaged perceptron) on half of a main-content benchmark.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(data)!, parseResult.GetValue(output)!, parseResult.GetValue(epochs), parseResult.GetValue(seed), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(DirectoryInfo data, FileInfo output, int epochs, ulong seed, TextWriter log, TextWriter errors)
    {
        List<BenchmarkPage> pages;
        try
        {
            pages = Load(data.FullName);
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or UnauthorizedAccessException)
        {
            errors.WriteLine($"train blocks: cannot read {data.FullName}: {e.Message}");
            return 1;
        }

        var train = new List<BenchmarkPage>();
        var heldOut = new List<BenchmarkPage>();
        for (int i = 0; i < pages.Count; i++)
        {
            (i % 2 == 0 ? train : heldOut).Add(pages[i]);
        }

        var classifier = BlockClassifierTrainer.Train(train, epochs, seed);
        var rules = new HtmlCleaner(HtmlCleanerOptions.Default with { BlockClassifier = null });
        var learned = new HtmlCleaner(HtmlCleanerOptions.Default with { BlockClassifier = classifier });
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages: {pages.Count} ({train.Count} train, {heldOut.Count} held out); epochs {epochs}, seed {seed}"));
        Report(log, "held-out half", rules, learned, heldOut);
        Report(log, "training half", rules, learned, train);
        Report(log, "all pages", rules, learned, pages);

        output.Directory?.Create();
        using (var stream = File.Create(output.FullName))
        {
            classifier.Save(stream);
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model: {output.FullName} (margin {classifier.Margin}, training data sha256 {classifier.Header.TrainingDataHash})"));
        return 0;
    }

    private static void Report(TextWriter log, string name, HtmlCleaner rules, HtmlCleaner learned, List<BenchmarkPage> pages)
    {
        var a = BlockClassifierTrainer.Score(rules, pages);
        var b = BlockClassifierTrainer.Score(learned, pages);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-14} rules F1 {a.F1:F3} (P {a.Precision:F3} R {a.Recall:F3})   rules+model F1 {b.F1:F3} (P {b.Precision:F3} R {b.Recall:F3})"));
    }

    private static List<BenchmarkPage> Load(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<BenchmarkPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            string file = Path.Combine(folder, "html", entry.Name + ".html.gz");
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            pages.Add(new BenchmarkPage(entry.Name, buffer.ToArray(), entry.Value.GetProperty("articleBody").GetString() ?? ""));
        }

        pages.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return pages;
    }
}
