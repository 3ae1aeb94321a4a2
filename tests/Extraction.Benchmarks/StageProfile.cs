using System.Diagnostics;
using System.IO.Compression;
using Extraction.Html;
using Extraction.Html.Blocks;
using Extraction.Html.Decoding;
using Extraction.Html.Metadata;

namespace Extraction.Benchmarks;

/// <summary>
/// Whole-corpus stage profile: time and bytes allocated per stage (read, decode, parse, walk,
/// select + metadata + layout) over every page of a folder, one thread, after one warm-up pass.
/// Run: dotnet run -c Release --project tests/Extraction.Benchmarks -- stages [FOLDER] [PASSES]
/// </summary>
internal static class StageProfile
{
    public static void Run(string folder, int passes)
    {
        var files = Directory.GetFiles(folder, "*.html*").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var session = HtmlCleaner.Default.CreateSession();
        string[] names = ["read", "decode", "parse", "walk", "select+meta+layout"];
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        long maxDom = 0;
        string maxDomPage = "";
        for (int pass = 0; pass <= passes; pass++)
        {
            if (pass == 1)
            {
                Array.Clear(ticks);
                Array.Clear(bytes);
            }

            foreach (string f in files)
            {
                long t0 = Stopwatch.GetTimestamp(), a0 = GC.GetAllocatedBytesForCurrentThread();
                byte[] page = Read(f);
                long t1 = Stopwatch.GetTimestamp(), a1 = GC.GetAllocatedBytesForCurrentThread();
                string html = PageDecoder.Decode(page, null, []);
                long t2 = Stopwatch.GetTimestamp(), a2 = GC.GetAllocatedBytesForCurrentThread();
                var doc = session.Parse(html);
                long t3 = Stopwatch.GetTimestamp(), a3 = GC.GetAllocatedBytesForCurrentThread();
                var model = session.Walk(doc);
                doc.Dispose();
                long t4 = Stopwatch.GetTimestamp(), a4 = GC.GetAllocatedBytesForCurrentThread();
                var article = HtmlCleaner.Assemble(model, [], HtmlCleanerOptions.Default);
                long t5 = Stopwatch.GetTimestamp(), a5 = GC.GetAllocatedBytesForCurrentThread();
                GC.KeepAlive(article);
                long[] t = [t0, t1, t2, t3, t4, t5];
                long[] a = [a0, a1, a2, a3, a4, a5];
                for (int i = 0; i < names.Length; i++)
                {
                    ticks[i] += t[i + 1] - t[i];
                    bytes[i] += a[i + 1] - a[i];
                }

                if (a3 - a2 > maxDom)
                {
                    maxDom = a3 - a2;
                    maxDomPage = Path.GetFileName(f) + $" ({page.Length:N0} bytes)";
                }
            }
        }

        int n = files.Length * passes;
        Console.WriteLine($"{files.Length} pages x {passes} passes, one thread");
        Console.WriteLine($"{"stage",-20} {"ms/page",9} {"KB alloc/page",14}");
        for (int i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"{names[i],-20} {ticks[i] * 1000.0 / Stopwatch.Frequency / n,9:F3} {bytes[i] / 1024.0 / n,14:F0}");
        }

        Console.WriteLine($"{"total",-20} {ticks.Sum() * 1000.0 / Stopwatch.Frequency / n,9:F3} {bytes.Sum() / 1024.0 / n,14:F0}");
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"GC: gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, committed {info.TotalCommittedBytes / 1048576.0:F0} MB, heap {info.HeapSizeBytes / 1048576.0:F0} MB, peak working set {Environment.WorkingSet / 1048576.0:F0} MB");
        for (int g = 0; g < info.GenerationInfo.Length; g++)
        {
            Console.WriteLine($"  gen{g}: size after {info.GenerationInfo[g].SizeAfterBytes / 1048576.0:F1} MB, fragmentation {info.GenerationInfo[g].FragmentationAfterBytes / 1048576.0:F1} MB");
        }

        Console.WriteLine($"largest parse allocation: {maxDom / 1048576.0:F1} MB on {maxDomPage}");
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
