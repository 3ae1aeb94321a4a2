using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// The whole <see cref="ArticleExtractor.Extract(ReadOnlySpan{byte}, Records.Source?, string?, CancellationToken)"/>
/// (decode, clean, analyse, the six extractors) on one thread over a set of documents held in memory: the 181 pages
/// of ../shared/bench/article-extraction/html (when present) and the seed articles of corpus/seeds. One operation is
/// one pass over the set; divide by <see cref="Pages"/> for the time and allocation per page.
/// Run: dotnet run -c Release --project tests/Extraction.Benchmarks -- --filter '*ArticleExtractor*' --job short
/// </summary>
[MemoryDiagnoser]
public class ArticleExtractorBenchmarks
{
    private byte[][] _documents = [];

    /// <summary>Which documents: <c>bench</c> (the benchmark's HTML pages) or <c>seeds</c> (the plain-text seed articles).</summary>
    [Params("bench", "seeds")]
    public string Set { get; set; } = "bench";

    /// <summary>Documents per operation.</summary>
    public int Pages => _documents.Length;

    [GlobalSetup]
    public void Setup()
    {
        string root = RepositoryRoot();
        string bench = Path.Combine(root, "..", "shared", "bench", "article-extraction", "html");
        _documents = Set == "bench" && Directory.Exists(bench)
            ? Directory.GetFiles(bench, "*.html.gz").OrderBy(f => f, StringComparer.Ordinal).Select(Gunzip).ToArray()
            : Set == "bench"
                ? Directory.GetFiles(Path.Combine(root, "corpus", "html"), "*.html").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray() // without ../shared
                : Directory.GetFiles(Path.Combine(root, "corpus", "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        Console.WriteLine($"// {Set}: {_documents.Length} documents, {_documents.Sum(d => (long)d.Length) / 1024} KB");
    }

    /// <summary>Every document of the set, one after another.</summary>
    [Benchmark]
    public int ExtractAll()
    {
        int facts = 0;
        foreach (byte[] document in _documents)
        {
            try
            {
                var article = ArticleExtractor.Default.Extract(document);
                facts += article.Admissions.Count + article.Disciplines.Count + article.Awards.Count + article.Officials.Count;
            }
            catch (ExtractionException)
            {
                // a page without article text counts as done
            }
        }

        return facts;
    }

    private static byte[] Gunzip(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
