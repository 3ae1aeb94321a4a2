using System.Diagnostics;
using System.IO.Compression;
using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Html;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Benchmarks;

/// <summary>
/// Whole-extraction stage profile: time and bytes allocated per stage of <c>ArticleExtractor.Extract</c>
/// (clean, analyse without and with a worker's scratch, each extractor, JSON) over every page of a folder, one thread, after one warm-up pass.
/// Run: dotnet run -c Release --project tests/Extraction.Benchmarks -- extract-stages [FOLDER] [PASSES]
/// </summary>
internal static class ExtractStageProfile
{
    public static void Run(string folder, int passes)
    {
        var files = Directory.GetFiles(folder, "*.*").Where(f => f.EndsWith(".gz", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var pages = files.Select(Read).ToArray();
        var scratch = new WorkerScratch();
        var session = scratch.Cleaner;
        IExtractor[] extractors = [new SubjectExtractor(), new PeriodExtractor(), new AdmissionExtractor(), new DisciplineExtractor(), new AwardExtractor(), new OfficialExtractor()];
        var gate = new ExtractorGate(extractors);
        var names = new List<string> { "clean (session)", "analyze (no scratch)", "analyze (scratch)", "gate" };
        names.AddRange(extractors.Select(e => e.GetType().Name));
        names.Add("json");
        var ticks = new long[names.Count];
        var bytes = new long[names.Count];
        long wholeTicks = 0, wholeBytes = 0;
        int gc0 = 0, gc1 = 0, gc2 = 0;
        long tokens = 0, sentences = 0;
        for (int pass = 0; pass <= passes; pass++)
        {
            if (pass == 1)
            {
                Array.Clear(ticks);
                Array.Clear(bytes);
                tokens = sentences = 0;
                gc0 = GC.CollectionCount(0);
                gc1 = GC.CollectionCount(1);
                gc2 = GC.CollectionCount(2);
            }

            foreach (byte[] page in pages)
            {
                int s = 0;
                long t = Stopwatch.GetTimestamp(), a = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    long t2 = Stopwatch.GetTimestamp(), a2 = GC.GetAllocatedBytesForCurrentThread();
                    ticks[s] += t2 - t;
                    bytes[s] += a2 - a;
                    s++;
                    t = Stopwatch.GetTimestamp();
                    a = GC.GetAllocatedBytesForCurrentThread();
                }

                CleanedArticle cleaned;
                try
                {
                    cleaned = session.Clean(page);
                }
                catch (PageTooLargeException)
                {
                    continue;
                }

                Lap();
                GC.KeepAlive(ArticleDocument.Analyze(cleaned));
                Lap();
                var document = ArticleDocument.Analyze(cleaned, scratch.Analysis);
                tokens += document.Tokens.Length;
                sentences += document.Sentences.Length;
                Lap();
                var context = new ExtractionContext(document, ExtractionOptions.Default, CancellationToken.None);
                // As the pipeline does: an extractor whose required keys the document lacks is skipped.
                ulong open = gate.Open(document);
                Lap();
                for (int e = 0; e < extractors.Length; e++)
                {
                    if ((open & (1UL << e)) != 0)
                    {
                        extractors[e].Extract(context);
                    }

                    Lap();
                }

                var article = context.ToArticle(Source.None, []);
                GC.KeepAlive(RecordJson.Serialize(article));
                Lap();
            }

            // The facade as the CLI calls it (fresh cleaner session per call inside), for comparison.
            long w0 = Stopwatch.GetTimestamp(), wa = GC.GetAllocatedBytesForCurrentThread();
            foreach (byte[] page in pages)
            {
                try
                {
                    GC.KeepAlive(ArticleExtractor.Default.Extract(page));
                }
                catch (ExtractionException)
                {
                }
            }

            if (pass > 0)
            {
                wholeTicks += Stopwatch.GetTimestamp() - w0;
                wholeBytes += GC.GetAllocatedBytesForCurrentThread() - wa;
            }
        }

        int n = pages.Length * passes;
        Console.WriteLine($"{pages.Length} pages x {passes} passes, one thread; {tokens / (double)n:F0} tokens, {sentences / (double)n:F0} sentences per page");
        Console.WriteLine($"{"stage",-22} {"ms/page",9} {"KB alloc/page",14}");
        for (int i = 0; i < names.Count; i++)
        {
            Console.WriteLine($"{names[i],-22} {ticks[i] * 1000.0 / Stopwatch.Frequency / n,9:F3} {bytes[i] / 1024.0 / n,14:F0}");
        }

        // The sum counts the analysis once, with the scratch, as the pipeline runs it.
        Console.WriteLine($"{"sum of stages",-22} {(ticks.Sum() - ticks[1]) * 1000.0 / Stopwatch.Frequency / n,9:F3} {(bytes.Sum() - bytes[1]) / 1024.0 / n,14:F0}");
        Console.WriteLine($"{"ArticleExtractor",-22} {wholeTicks * 1000.0 / Stopwatch.Frequency / n,9:F3} {wholeBytes / 1024.0 / n,14:F0}");
        Console.WriteLine($"GC over the measured passes: gen0/1/2 {GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}, pause total {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
    }

    private static byte[] Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(path);
        }

        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>
/// A/B timing robust to a busy machine: each variant runs over every page in turn, rounds interleaved, and the
/// fastest round of each is reported. Run: dotnet run -c Release --project tests/Extraction.Benchmarks -- analyze-ab [FOLDER] [ROUNDS]
/// </summary>
internal static class AnalyzeAb
{
    public static void Run(string folder, int rounds)
    {
        var session = HtmlCleaner.Default.CreateSession();
        var cleaned = Directory.GetFiles(folder, "*.*").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => { try { return session.Clean(ExtractStageProfileRead(f)); } catch (PageTooLargeException) { return null; } })
            .OfType<CleanedArticle>().ToArray();
        var scratch = new AnalysisScratch();
        var variants = new (string Name, Action<CleanedArticle> Run)[]
        {
            ("analyze, no scratch", c => GC.KeepAlive(ArticleDocument.Analyze(c))),
            ("analyze, scratch", c => GC.KeepAlive(ArticleDocument.Analyze(c, scratch))),
            ("tokenize only, scratch", c =>
            {
                scratch.Tokens.Clear();
                foreach (var span in c.ParagraphSpans)
                {
                    Extraction.Text.Tokenizer.Tokenize(c.Text, span, scratch.Tokens, scratch.Keys);
                }
            }),
            ("scan text only", c =>
            {
                int letters = 0;
                foreach (char ch in c.Text)
                {
                    letters += char.IsLetter(ch) ? 1 : 0;
                }

                GC.KeepAlive(letters);
            }),
        };
        var best = variants.Select(_ => double.MaxValue).ToArray();
        for (int r = 0; r < rounds; r++)
        {
            for (int v = 0; v < variants.Length; v++)
            {
                long t0 = Stopwatch.GetTimestamp();
                foreach (var c in cleaned)
                {
                    variants[v].Run(c);
                }

                best[v] = Math.Min(best[v], Stopwatch.GetElapsedTime(t0).TotalMilliseconds / cleaned.Length);
            }
        }

        for (int v = 0; v < variants.Length; v++)
        {
            Console.WriteLine($"{variants[v].Name,-24} best of {rounds}: {best[v]:F3} ms/page");
        }
    }

    private static byte[] ExtractStageProfileRead(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }
}
