using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extraction.Html;
using Extraction.Html.Blocks;
using Extraction.Html.Decoding;
using Extraction.Html.Metadata;

namespace Extraction.Benchmarks;

/// <summary>
/// The HTML cleaner's stages on one benchmark page (the first of ../shared/bench/article-extraction,
/// else a corpus page): decode, parse, walk + score, metadata, and the whole call with a fresh
/// parser per call versus a reused session, and two threads cleaning at once, each with AngleSharp's
/// process-wide StringBuilder pool (a stack behind one lock, AngleSharp issue 1201) on and off.
/// Run: dotnet run -c Release --project tests/Extraction.Benchmarks -- --filter '*HtmlCleaner*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class HtmlCleanerBenchmarks
{
    /// <summary>AngleSharp's global switch; set in the benchmark process only (the library never touches it).</summary>
    [Params(false, true)]
    public bool PoolingDisabled { get; set; }

    private HtmlCleaner.Session _second = HtmlCleaner.Default.CreateSession();

    private byte[] _bytes = [];
    private string _html = "";
    private IDocument? _document;
    private PageModel? _model;
    private HtmlCleaner.Session _session = HtmlCleaner.Default.CreateSession();

    [GlobalSetup]
    public void Setup()
    {
        AngleSharp.Text.StringBuilderPool.IsPoolingDisabled = PoolingDisabled;
        _bytes = LoadPage();
        _second = HtmlCleaner.Default.CreateSession();
        _html = PageDecoder.Decode(_bytes, null, []);
        _session = HtmlCleaner.Default.CreateSession();
        _document = _session.Parse(_html);
        _model = _session.Walk(_document);
    }

    [Benchmark]
    public string Decode() => PageDecoder.Decode(_bytes, null, []);

    [Benchmark]
    public int Parse()
    {
        using var doc = _session.Parse(_html);
        return doc.All.Length;
    }

    [Benchmark]
    public int WalkAndScore()
    {
        var model = _session.Walk(_document!);
        return ContentSelector.Select(model).Body.Count;
    }

    [Benchmark]
    public string? Metadata() => MetadataExtractor.Extract(_model!, ContentSelector.Select(_model!)).Title;

    [Benchmark(Baseline = true)]
    public int CleanReusedSession() => _session.Clean(_bytes).Text.Length;

    [Benchmark]
    public int CleanFreshParserPerCall() => HtmlCleaner.Default.Clean(_bytes).Text.Length;

    /// <summary>Two threads, each with its own session, clean the page at once (one operation = two pages).</summary>
    [Benchmark]
    public int CleanTwoThreads()
    {
        int a = 0, b = 0;
        Parallel.Invoke(() => a = _session.Clean(_bytes).Text.Length, () => b = _second.Clean(_bytes).Text.Length);
        return a + b;
    }

    private static byte[] LoadPage()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }

        string root = dir?.FullName ?? ".";
        string bench = Path.Combine(root, "..", "shared", "bench", "article-extraction", "html");
        if (Directory.Exists(bench))
        {
            string first = Directory.GetFiles(bench, "*.html.gz").OrderBy(f => f, StringComparer.Ordinal).First();
            using var gz = new GZipStream(File.OpenRead(first), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            return buffer.ToArray();
        }

        return File.ReadAllBytes(Path.Combine(root, "corpus", "html", "myduc-portal.html"));
    }
}
