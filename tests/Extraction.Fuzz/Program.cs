using System.Diagnostics;
using System.Globalization;
using Extraction.Fuzz;
using Extraction.Pipeline;

// vnfuzz generate --out DIR [--count N] [--seed S] [--scale X] [--max-bytes N] [--corpus DIR]
//   writes N generated inputs and manifest.tsv (name, generator, bytes, container) into DIR.
// vnfuzz measure DIR [--timeout S]
//   reads every generated page of DIR in-process, one at a time, and prints name, bytes, milliseconds,
//   allocated bytes and outcome as TSV (the command line reports no per-document time).
return Run(args);

static int Run(string[] args)
{
    if (args.Length < 1 || args[0] is not ("generate" or "measure"))
    {
        Console.Error.WriteLine("usage: vnfuzz generate --out DIR [--count N] [--seed S] [--scale X] [--max-bytes N] [--corpus DIR] | vnfuzz measure DIR [--timeout S]");
        return 2;
    }

    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    var positional = new List<string>();
    for (int i = 1; i < args.Length; i++)
    {
        if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
        {
            options[args[i]] = args[++i];
        }
        else
        {
            positional.Add(args[i]);
        }
    }

    string Option(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
    return args[0] == "generate"
        ? Generate(Option("--out", ""), int.Parse(Option("--count", "1000"), CultureInfo.InvariantCulture),
            int.Parse(Option("--seed", "14"), CultureInfo.InvariantCulture), double.Parse(Option("--scale", "1"), CultureInfo.InvariantCulture),
            long.Parse(Option("--max-bytes", "20000000"), CultureInfo.InvariantCulture), Option("--corpus", SeedCorpus.FindRepositoryCorpus(AppContext.BaseDirectory)))
        : Measure(positional.FirstOrDefault() ?? "", double.Parse(Option("--timeout", "20"), CultureInfo.InvariantCulture));
}

static int Generate(string folder, int count, int seed, double scale, long maxBytes, string corpus)
{
    if (folder.Length == 0)
    {
        Console.Error.WriteLine("vnfuzz generate: --out DIR is required");
        return 2;
    }

    Directory.CreateDirectory(folder);
    var generator = new FuzzGenerator(SeedCorpus.Load(corpus), new FuzzScale(scale, maxBytes));
    using var manifest = new StreamWriter(Path.Combine(folder, "manifest.tsv")) { NewLine = "\n" };
    manifest.WriteLine("name\tgenerator\tbytes\tcontainer");
    long total = 0;
    foreach (var fuzz in generator.Generate(seed, count))
    {
        File.WriteAllBytes(Path.Combine(folder, fuzz.Name), fuzz.Bytes);
        manifest.WriteLine($"{fuzz.Name}\t{fuzz.Generator}\t{fuzz.Bytes.Length}\t{(fuzz.IsContainer ? 1 : 0)}");
        total += fuzz.Bytes.Length;
    }

    Console.Error.WriteLine($"vnfuzz: {count} inputs, {total:N0} bytes, seed {seed}, scale {scale}");
    return 0;
}

static int Measure(string folder, double timeoutSeconds)
{
    string manifest = Path.Combine(folder, "manifest.tsv");
    if (!File.Exists(manifest))
    {
        Console.Error.WriteLine($"vnfuzz measure: no manifest.tsv in '{folder}'");
        return 2;
    }

    var extractor = new ArticleExtractor(ExtractionOptions.Default);

    // Warm up (JIT, the models' first load) so the first input is not charged for them.
    foreach (string seed in Directory.GetFiles(SeedCorpus.FindRepositoryCorpus(AppContext.BaseDirectory), "*.html", SearchOption.AllDirectories).Take(3))
    {
        extractor.Extract(File.ReadAllBytes(seed));
    }

    Console.WriteLine("name\tbytes\tms\tallocated\toutcome");
    foreach (string line in File.ReadLines(manifest).Skip(1))
    {
        string[] fields = line.Split('\t');
        if (fields[3] == "1")
        {
            continue;
        }

        byte[] bytes = File.ReadAllBytes(Path.Combine(folder, fields[0]));
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        string outcome;
        try
        {
            extractor.Extract(bytes, null, null, limit.Token);
            outcome = "article";
        }
        catch (ExtractionException e)
        {
            outcome = e.KindName;
        }
        catch (OperationCanceledException)
        {
            outcome = "timeout";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            outcome = "failed:" + e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ").Replace('\t', ' ');
        }

        Console.WriteLine($"{fields[0]}\t{bytes.Length}\t{clock.Elapsed.TotalMilliseconds:0.0}\t{GC.GetAllocatedBytesForCurrentThread() - allocated}\t{outcome}");
    }

    return 0;
}
