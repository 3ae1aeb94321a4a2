using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Extraction.Documents;
using Extraction.Text.Segmentation;

namespace Extraction.Benchmarks;

/// <summary>
/// Word segmentation of pre-loaded, pre-tokenised text on one thread: the UD-VTB dev sentences
/// (31,927 syllables) when ../shared is present, else a built-in news paragraph repeated to a
/// similar size. Syllables per second = <see cref="SyllableCount"/> / mean time of <c>SegmentCorpus</c>.
/// Run: dotnet run -c Release --project tests/Extraction.Benchmarks -- --filter '*Segmenter*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class SegmenterBenchmarks
{
    private const string Fallback =
        "Đảng bộ huyện đã kết nạp 175 đảng viên mới , nâng tổng số đảng viên toàn huyện lên 4.312 người . " +
        "Ông Nguyễn Ngọc Việt , Bí thư Huyện ủy , cho biết công tác phát triển đảng viên năm nay có nhiều chuyển biến tích cực .";

    private (string Text, TextSpan[] Spans)[] _sentences = [];
    private bool[] _begins = [];
    private WordSegmenter _segmenter = null!;

    /// <summary>Syllables segmented per call of <see cref="SegmentCorpus"/>.</summary>
    public int SyllableCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _segmenter = WordSegmenter.Default;
        string? dev = FindDev();
        IEnumerable<string> lines = dev is null ? Enumerable.Repeat(Fallback, 1100) : File.ReadLines(dev);
        _sentences = lines.Select(Tokenise).Where(s => s.Spans.Length > 0).ToArray();
        SyllableCount = _sentences.Sum(s => s.Spans.Length);
        _begins = new bool[_sentences.Max(s => s.Spans.Length)];
        Console.WriteLine($"// {_sentences.Length} sentences, {SyllableCount} syllables ({(dev is null ? "built-in text" : "UD-VTB dev")})");
    }

    /// <summary>All sentences, one after another, into one reused output buffer.</summary>
    [Benchmark]
    public int SegmentCorpus()
    {
        int words = 0;
        foreach ((string text, TextSpan[] spans) in _sentences)
        {
            Span<bool> begins = _begins.AsSpan(0, spans.Length);
            _segmenter.Segment(text, spans, begins);
            words += begins.Count(true);
        }

        return words;
    }

    /// <summary>One typical sentence (the first), for the per-call allocation figure.</summary>
    [Benchmark]
    public bool SegmentOneSentence()
    {
        (string text, TextSpan[] spans) = _sentences[0];
        Span<bool> begins = _begins.AsSpan(0, spans.Length);
        _segmenter.Segment(text, spans, begins);
        return begins[^1];
    }

    private static (string Text, TextSpan[] Spans) Tokenise(string line) => (line, WhitespaceSyllables.Split(line));

    private static string? FindDev()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared", "data", "ud-vi-vtb", "seg", "vi_vtb-ud-dev.raw.txt");
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
