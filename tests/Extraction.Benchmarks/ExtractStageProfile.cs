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
/// (clean, analyse, each extractor, JSON) over every page of a folder, one thread, after one warm-up pass.
/// Run: dotnet run -c Release --project tests/Extraction.Benchmarks -- extract-stages [FOLDER] [PASSES]
/// </summary>
internal static class ExtractStageProfile
{
    public static void Run(string folder, int passes)
    {
        var files = Directory.GetFiles(folder, "*.*").Where(f => f.EndsWith(".gz", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var pages = files.Select(Read).ToArray();
        var session = HtmlCleaner.Default.CreateSession();
        IExtractor[] extractors = [new SubjectExtractor(), new PeriodExtractor(), new AdmissionExtractor(), new DisciplineExtractor(), new AwardExtractor(), new OfficialExtractor()];
        var names = new List<string> { "clean (session)", "analyze" };
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
                var document = ArticleDocument.Analyze(cleaned);
                tokens += document.Tokens.Length;
                sentences += document.Sentences.Length;
                Lap();
                var context = new ExtractionContext(document, ExtractionOptions.Default, CancellationToken.None);
                foreach (var extractor in extractors)
                {
                    extractor.Extract(context);
                    Lap();
                }

                var article = new Article
                {
                    Source = Source.None,
                    Title = cleaned.Title,
                    Subject = context.Subject,
                    Period = context.Period,
                    Admissions = context.Admissions,
                    Disciplines = context.Disciplines,
                    Awards = context.Awards,
                    Officials = context.Officials,
                };
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

        Console.WriteLine($"{"sum of stages",-22} {ticks.Sum() * 1000.0 / Stopwatch.Frequency / n,9:F3} {bytes.Sum() / 1024.0 / n,14:F0}");
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
