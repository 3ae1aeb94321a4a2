using System.Diagnostics;
using Extraction.Cli.Batch;
using Extraction.Cli.Sources;
using Extraction.Fuzz;
using Extraction.Html;
using Extraction.Pipeline;
using Extraction.Tests.Html;
using Xunit.Abstractions;

namespace Extraction.Tests.Fuzz;

/// <summary>
/// Hostile inputs (issue 14) from the generators of <c>tests/Extraction.Fuzz</c>, run in-process at a small
/// scale: every input gets one result, no exception but <see cref="ExtractionException"/> escapes the library,
/// nothing ends as <c>failed</c>, and the work per input stays bounded by its size. <c>scripts/fuzz.py</c> runs
/// the same generators at full size through the command line.
/// </summary>
public sealed class FuzzHarnessTests(ITestOutputHelper output)
{
    private const int Seed = 14;

    // Sizes at 2 % of the issue's: nesting to 4,000, attribute names to 20 KB, fact lines to 60 KB.
    private static readonly FuzzScale TestScale = new(0.02, 1_000_000);

    // Work bounds, as multiples of the document's size. Allocation is counted exactly (not timed), so this bound
    // does not flake: a linear factor (fact-dense lines, the costliest per byte, reach about 400 at full size), plus a fixed allowance for the one super-linear cost by design, the parser
    // on tags nested up to HtmlCleanerOptions.MaxNesting (2,048) deep, where the cleaner cuts the page.
    private const long AllocatedPerByte = 500;
    private const long AllocatedFixed = 128L * 1024 * 1024;

    // Time, as a ratio to the seed pages' own time per byte measured in the same run (so a slow or busy machine
    // moves both), with the same fixed allowance expressed in seed pages.
    private const double TimePerByteRatio = 20;
    private const double FixedSeedPages = 60;

    private static readonly ExtractionErrorKind[] Expected = [ExtractionErrorKind.Empty, ExtractionErrorKind.NotText, ExtractionErrorKind.TooLarge];

    private static FuzzGenerator Generator { get; } = new(SeedCorpus.Load(Path.Combine(TestPaths.RepositoryRoot, "corpus")), TestScale);

    [Fact]
    public void Every_generator_is_scheduled_within_the_first_forty_cases() =>
        Generator.Generate(Seed, 40).Select(c => c.Generator).Distinct().Should().HaveCount(19);

    [Fact]
    public void A_case_is_the_same_bytes_on_every_run_whatever_the_count()
    {
        var alone = Generator.Case(Seed, 37);
        var inRun = Generator.Generate(Seed, 38).Last();
        inRun.Name.Should().Be(alone.Name);
        inRun.Bytes.Should().Equal(alone.Bytes);
        Generator.Case(Seed + 1, 37).Bytes.Should().NotEqual(alone.Bytes);
    }

    [Fact]
    public void Pages_and_texts_never_fail_and_their_work_is_bounded_by_their_size()
    {
        var extractor = ArticleExtractor.Default;
        var (baselinePerByte, baselinePage) = Baseline(extractor);
        var problems = new List<string>();
        var outcomes = new Dictionary<string, int>();
        var worst = (Ratio: 0.0, Name: "");
        var stats = new List<(string Name, int Size, double Seconds, long Allocated)>();
        int results = 0;
        var cases = Generator.Generate(Seed, 320).Where(c => !c.IsContainer).ToList();
        foreach (var fuzz in cases)
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                extractor.Extract(fuzz.Bytes);
                outcome = "article";
            }
            catch (ExtractionException e) when (Expected.Contains(e.Kind))
            {
                outcome = e.KindName;
            }
            catch (Exception e)
            {
                outcome = "failed";
                problems.Add($"{fuzz.Name}: {e.GetType().Name}: {e.Message}");
            }

            clock.Stop();
            results++;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            stats.Add((fuzz.Name, fuzz.Bytes.Length, clock.Elapsed.TotalSeconds, allocated));
            if (allocated > (AllocatedPerByte * fuzz.Bytes.Length) + AllocatedFixed)
            {
                problems.Add($"{fuzz.Name}: allocated {allocated:N0} bytes for {fuzz.Bytes.Length:N0}");
            }

            double allowed = (TimePerByteRatio * baselinePerByte * fuzz.Bytes.Length) + (FixedSeedPages * baselinePage);
            double seconds = clock.Elapsed.TotalSeconds;
            if (seconds > allowed)
            {
                // A loaded machine can stall one run; superlinear work is slow every time, so the better of two runs decides.
                var again = Stopwatch.StartNew();
                try
                {
                    extractor.Extract(fuzz.Bytes);
                }
                catch (ExtractionException)
                {
                }

                seconds = Math.Min(seconds, again.Elapsed.TotalSeconds);
            }

            if (seconds > allowed)
            {
                // Still over: the load may have changed since the baseline was taken (CI beside other jobs), so the bound is
                // taken again from the seed pages now, and a third run is timed against it. Superlinear work stays over.
                var (perByteNow, pageNow) = Baseline(extractor);
                allowed = Math.Max(allowed, (TimePerByteRatio * perByteNow * fuzz.Bytes.Length) + (FixedSeedPages * pageNow));
                var third = Stopwatch.StartNew();
                try
                {
                    extractor.Extract(fuzz.Bytes);
                }
                catch (ExtractionException)
                {
                }

                seconds = Math.Min(seconds, third.Elapsed.TotalSeconds);
            }

            double ratio = seconds / allowed;
            worst = ratio > worst.Ratio ? (ratio, fuzz.Name) : worst;
            if (ratio > 1)
            {
                problems.Add($"{fuzz.Name}: {seconds:0.00} s for {fuzz.Bytes.Length:N0} bytes (best of the runs), allowed {allowed:0.00} s");
            }

            if (fuzz.IsHtml)
            {
                try
                {
                    HtmlCleaner.Default.Clean(fuzz.Bytes);
                }
                catch (Exception e) when (e is not PageTooLargeException)
                {
                    problems.Add($"{fuzz.Name} (cleaner): {e.GetType().Name}: {e.Message}");
                }
            }
        }

        output.WriteLine($"{results} inputs: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        output.WriteLine($"seed pages: {baselinePerByte * 1e6:0.000} s/MB, {baselinePage * 1000:0.0} ms a page; worst time ratio to the bound {worst.Ratio:0.00} ({worst.Name})");
        foreach (var s in stats.OrderByDescending(s => s.Seconds).Take(3))
        {
            output.WriteLine($"slowest: {s.Name} {s.Size:N0} B {s.Seconds:0.000} s = {s.Seconds / (baselinePerByte * s.Size):0} x seed time per byte, {s.Seconds / baselinePage:0} seed pages");
        }

        foreach (var s in stats.Where(s => s.Size >= 65536).OrderByDescending(s => s.Seconds / s.Size).Take(3))
        {
            output.WriteLine($"costliest per byte (>= 64 KB): {s.Name} {s.Size:N0} B {s.Seconds:0.000} s = {s.Seconds / (baselinePerByte * s.Size):0} x seed time per byte");
        }

        foreach (var s in stats.OrderByDescending(s => s.Allocated).Take(3))
        {
            output.WriteLine($"most allocated: {s.Name} {s.Size:N0} B {s.Allocated:N0} B = {s.Allocated / (double)s.Size:0} x");
        }

        results.Should().Be(cases.Count);
        problems.Should().BeEmpty();
        outcomes.Should().ContainKey("article").WhoseValue.Should().BeGreaterThan(cases.Count / 3, "most damaged pages still hold text");
    }

    [Fact]
    public void Archives_warc_gzip_and_json_lines_that_lie_give_lines_and_never_fail()
    {
        string folder = Directory.CreateTempSubdirectory("vnfuzz-").FullName;
        try
        {
            var containers = Generator.Generate(Seed, 400).Where(c => c.IsContainer).ToList();
            foreach (var fuzz in containers)
            {
                File.WriteAllBytes(Path.Combine(folder, fuzz.Name), fuzz.Bytes);
            }

            var walker = new InputWalker([folder], TestScale.MaxBytes);
            var processor = new DocumentProcessor(new ArticleExtractor(ExtractionOptions.Default with { MaxDocumentBytes = TestScale.MaxBytes }), TimeSpan.FromSeconds(20));
            var kinds = new Dictionary<string, int>();
            var failed = new List<string>();
            var files = new HashSet<string>();
            long sequence = 0;
            foreach (var reference in walker.Documents())
            {
                if (reference.Read() is not { } document)
                {
                    continue;
                }

                var outcome = processor.Process(sequence++, document);
                string kind = outcome.ErrorKind ?? "article";
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                files.Add(Path.GetFileName(document.Path).Split('!', '#')[0]);
                if (kind == "failed")
                {
                    failed.Add($"{document.Path}: {outcome.ErrorMessage}");
                }
            }

            output.WriteLine($"{containers.Count} containers, {sequence} documents: " + string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
            failed.Should().BeEmpty();
            kinds.Should().ContainKey("tooLarge", "every zip and gzip bomb inflates past the limit");
            kinds.Should().ContainKey("article", "an archive with a readable page in it gives its article");

            // Bombs are refused by size, never read whole: one line each for the bomb entry.
            containers.Where(c => c.Generator == "zipBomb").Select(c => c.Name).Should().OnlyContain(name => files.Contains(name));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_zip_whose_headers_understate_a_size_is_unreadable_not_silently_truncated()
    {
        byte[] page = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "seed000-layout-b.html"));
        string folder = Directory.CreateTempSubdirectory("vnfuzz-").FullName;
        try
        {
            foreach (int stated in new[] { 0, 100, 10_000_000 })
            {
                bool lie = stated == 100;
                using var zip = new MemoryStream();
                using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
                using (var entry = archive.CreateEntry("trang.html").Open())
                {
                    entry.Write(page);
                }

                byte[] bytes = zip.ToArray();
                if (stated > 0)
                {
                    FuzzGenerator.LieAboutSizes(bytes, stated);
                }

                string file = Path.Combine(folder, $"stated-{stated}.zip");
                File.WriteAllBytes(file, bytes);
                // Read while the walk holds the archive open, as the batch runner does.
                var document = new InputWalker([file], 1_000_000).Documents().Select(d => d.Read()).Single()!;
                var outcome = new DocumentProcessor(ArticleExtractor.Default, null).Process(0, document);
                if (lie)
                {
                    // The runtime stops at the 100 bytes the headers claim; before the check this was an 'empty' page.
                    outcome.ErrorKind.Should().Be("unreadable");
                    outcome.ErrorMessage.Should().Contain("checksum");
                }
                else
                {
                    // Honest headers, or a size that overstates: the whole data is there and its checksum holds.
                    outcome.Article.Should().NotBeNull();
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_page_dense_with_facts_past_the_time_limit_becomes_a_timeout_line()
    {
        // 4.4 MB, one sentence of 160,000 repeats of the phrase: about 17 s of work unloaded (issue 14
        // measured 40,000 repeats at 4.3 s), so finishing in 15 s means the limit stopped the work, not the end of it.
        byte[] line = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("kết nạp 5 đảng viên ", 160_000)));
        var processor = new DocumentProcessor(ArticleExtractor.Default, TimeSpan.FromMilliseconds(50));
        var clock = Stopwatch.StartNew();
        var outcome = processor.Process(0, new SourceDocument("line.txt", null, null, line, ArticleExtractor.Sha256Hex(line)));
        clock.Stop();
        outcome.ErrorKind.Should().Be("timeout");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
        output.WriteLine($"timed out after {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void A_run_of_glued_punctuation_costs_linear_time()
    {
        // Found by the punctuation flood: 40,000 glued '!' before a lower-case word took 34 s in the sentence
        // splitter (each mark rescanned the run after it) and the time limit, checked between paragraphs, could not
        // stop it. Linear, this is milliseconds; quadratic again, far more than the bound.
        string text = "Năm 2018, Đảng bộ xã kết nạp 260 đảng viên mới. " + new string('!', 40_000) + " kết nạp 6 đảng viên" + new string('?', 40_000) + " xong";
        var clock = Stopwatch.StartNew();
        var article = ArticleExtractor.Default.Extract(text);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        article.Admissions.Should().Contain(a => a.Count == 260);
    }

    private static (double PerByte, double PerPage) Baseline(ArticleExtractor extractor)
    {
        var pages = Directory.GetFiles(TestPaths.Corpus, "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        double best = double.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (byte[] page in pages)
            {
                extractor.Extract(page);
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return (best / pages.Sum(p => p.Length), best / pages.Count);
    }
}
