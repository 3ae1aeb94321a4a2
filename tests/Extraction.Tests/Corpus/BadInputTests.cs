using System.Diagnostics;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Tests.Corpus;

/// <summary>Bad input gets a result or a clear error, never a crash or a hang.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Empty_text_is_a_clear_error() =>
        FluentActions.Invoking(() => ArticleExtractor.Default.Extract("   \n\n "))
            .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.Empty);

    [Fact]
    public void Binary_bytes_are_not_text() =>
        FluentActions.Invoking(() => ArticleExtractor.Default.Extract(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10 }))
            .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.NotText);

    [Fact]
    public void A_document_over_the_limit_is_refused_before_any_work() =>
        FluentActions.Invoking(() => new ArticleExtractor(ExtractionOptions.Default with { MaxDocumentBytes = 1000 }).Extract(new string('a', 1001)))
            .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.TooLarge);

    [Fact]
    public void Text_with_no_facts_gives_an_article_with_none() =>
        ArticleExtractor.Default.Extract("Thời tiết hôm nay đẹp. Người dân đi chợ Tết đông vui.").Admissions.Should().BeEmpty();

    [Fact]
    public void Decomposed_unicode_reads_like_precomposed()
    {
        string text = "Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên mới.";
        var composed = ArticleExtractor.Default.Extract(text);
        var decomposed = ArticleExtractor.Default.Extract(text.Normalize(NormalizationForm.FormD));
        decomposed.Admissions.Select(a => (a.Count, a.Status, a.Year)).Should().Equal(composed.Admissions.Select(a => (a.Count, a.Status, a.Year)));
        composed.Admissions.Should().ContainSingle().Which.Count.Should().Be(120);
    }

    [Fact]
    public void Ten_megabytes_of_fact_dense_text_cost_about_ten_times_one_megabyte()
    {
        // Not a speed target: quadratic work shows as a ratio near 100, linear work near 10. The ratio of this thread's
        // CPU time does not depend on how loaded the machine is, as a wall-clock limit would.
        const string Sentence = "Năm 2023, Đảng bộ xã kết nạp 5 đảng viên mới, khen thưởng cho 3 tập thể; đồng chí Lê Văn A, Bí thư Đảng ủy xã phát biểu. ";
        string Text(int length) => new StringBuilder(length + Sentence.Length).Insert(0, Sentence, length / Sentence.Length + 1).ToString();
        var extractor = new ArticleExtractor(ExtractionOptions.Default);
        extractor.Extract(Text(100_000)); // warm: the first call pays for compiling the code

        var (small, smallCost) = ThreadCpu.Measure(() => extractor.Extract(Text(1_000_000)));
        var (large, largeCost) = ThreadCpu.Measure(() => extractor.Extract(Text(10_000_000)));

        small.Admissions.Should().NotBeEmpty();
        large.Admissions.Should().NotBeEmpty("the same fact restated is still read (once) in the tenfold text");
        (largeCost / smallCost).Should().BeLessThan(30, $"1 MB took {smallCost:0.00} s and 10 MB {largeCost:0.00} s of CPU");
    }

    [Fact]
    public void A_line_without_spaces_and_a_page_of_full_stops_finish_with_a_result_or_a_clear_error()
    {
        var (_, lineCost) = ThreadCpu.Measure(() => ArticleExtractor.Default.Extract(new string('x', 2_000_000) + ". Kết thúc."));
        var (_, stopsCost) = ThreadCpu.Measure(() =>
            FluentActions.Invoking(() => ArticleExtractor.Default.Extract(new string('.', 1_000_000)))
                .Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.Empty));

        // 2 MB of work that is linear takes well under a second of CPU; quadratic work over it takes minutes.
        lineCost.Should().BeLessThan(20);
        stopsCost.Should().BeLessThan(20);
    }

    [Fact]
    public void Lone_surrogates_and_control_characters_do_not_break_anything()
    {
        string text = "Năm 2023\u0001 kết nạp \uD800 12 đảng viên mới\u0007.\uDC00";
        // The stray characters become spaces or replacement marks; the fact around them is still read.
        ArticleExtractor.Default.Extract(text).Admissions.Should().ContainSingle().Which.Count.Should().Be(12);
    }
}

/// <summary>CPU time of the calling thread (Linux: /proc/thread-self/schedstat), else the wall clock.</summary>
internal static class ThreadCpu
{
    public static (T Result, double Seconds) Measure<T>(Func<T> work)
    {
        double start = Now();
        T result = work();
        return (result, Math.Max(Now() - start, 1e-3));
    }

    public static (bool Done, double Seconds) Measure(Action work) => Measure(() =>
    {
        work();
        return true;
    });

    private static double Now()
    {
        try
        {
            // The first field is the nanoseconds this thread has spent on a CPU.
            string stat = File.ReadAllText("/proc/thread-self/schedstat");
            return long.Parse(stat.AsSpan(0, stat.IndexOf(' ')), System.Globalization.CultureInfo.InvariantCulture) / 1e9;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
        }
    }
}
