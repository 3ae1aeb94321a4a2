using System.Text;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Tests.Html;

namespace Extraction.Tests.Package;

/// <summary>The batch API (results in input order, bad documents reported, cancellation) and the flat fact table.</summary>
public sealed class BatchAndTableTests : IDisposable
{
    private const string Admitting = "Tiêu đề\n\nNăm 2023, Đảng bộ xã Tân Phú kết nạp 12 đảng viên mới.\n\nĐoạn hai.";
    private const string Official = "Tiêu đề\n\nĐồng chí Lê Văn Tâm, Bí thư Đảng ủy xã phát biểu.\n\nĐoạn hai.";

    private readonly string _folder = Directory.CreateTempSubdirectory("batch-api-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Seeds => Path.Combine(TestPaths.RepositoryRoot, "corpus", "seeds");

    [Fact]
    public async Task Results_come_in_input_order_whatever_the_parallelism_and_bad_documents_do_not_stop_the_batch()
    {
        var inputs = new List<DocumentInput>();
        for (int i = 0; i < 12; i++)
        {
            inputs.Add(i % 4 == 3
                ? DocumentInput.FromBytes(new byte[] { 0, 1, 2, 0 }, new Source($"bad{i}.bin", null, null))
                : DocumentInput.FromText($"doc{i}.txt", i % 2 == 0 ? Admitting : Official));
        }

        var sequential = await ArticleExtractor.Default.ExtractAllAsync(inputs).ToListAsync();
        var parallel = await ArticleExtractor.Default.ExtractAllAsync(inputs, maxParallelism: 3).ToListAsync();

        sequential.Select(r => r.Index).Should().Equal(Enumerable.Range(0, 12));
        parallel.Select(r => r.Source.Path).Should().Equal(inputs.Select(i => i.Source.Path));
        parallel.Select(r => r.Article is null ? r.Error!.KindName : RecordJson.Serialize(r.Article))
            .Should().Equal(sequential.Select(r => r.Article is null ? r.Error!.KindName : RecordJson.Serialize(r.Article)));
        sequential.Where(r => !r.Succeeded).Should().HaveCount(3).And.OnlyContain(r => r.Error!.Kind == ExtractionErrorKind.NotText);
        sequential[0].Article!.Admissions.Should().ContainSingle().Which.Count.Should().Be(12);
        sequential[1].Article!.Officials.Should().ContainSingle().Which.Name.Should().Be("Lê Văn Tâm");
        sequential[3].Source.Sha256.Should().HaveLength(64, "a document read from bytes gets the hash of its bytes");
    }

    [Fact]
    public void Clean_alone_gives_the_text_and_metadata_that_extract_reads_and_refuses_what_extract_refuses()
    {
        int facts = 0;
        foreach (string seed in Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            byte[] bytes = File.ReadAllBytes(seed);
            var cleaned = ArticleExtractor.Default.Clean(bytes);
            var article = ArticleExtractor.Default.Extract(bytes);

            cleaned.Title.Should().Be(article.Title);
            cleaned.Author.Should().Be(article.Author);
            // Evidence offsets point into the cleaned text, so a reader of Clean's output can find every fact's sentence.
            foreach (var evidence in article.Admissions.Select(a => a.Evidence).Concat(article.Awards.Select(a => a.Evidence)))
            {
                cleaned.Text[evidence.Start..evidence.End].Should().Be(evidence.Sentence);
                facts++;
            }
        }

        facts.Should().BePositive();
        var small = new ArticleExtractor(ExtractionOptions.Default with { MaxDocumentBytes = 10 });
        small.Invoking(e => e.Clean(Encoding.UTF8.GetBytes(Admitting))).Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.TooLarge);
        ArticleExtractor.Default.Invoking(e => e.Clean(new byte[] { 0, 1, 2, 0 })).Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.NotText);
        ArticleExtractor.Default.Invoking(e => e.Clean("<html><body><nav>Trang chủ</nav></body></html>")).Should().Throw<ExtractionException>().Which.Kind.Should().Be(ExtractionErrorKind.Empty);
        byte[] latin = Encoding.Latin1.GetBytes("Tin ng\u00e0y\n\nChi b\u00f4 k\u00eat n\u1ea1p".Replace("\u1ea1", "a"));
        ArticleExtractor.Default.Clean(latin).Warnings.Should().ContainSingle(w => w.Contains("UTF-8"), "what decoding repaired is said on the cleaned article");
    }

    [Fact]
    public async Task Files_are_read_lazily_with_their_path_and_hash_and_an_unreadable_file_is_reported()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Admitting);
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllText(Path.Combine(_folder, "sub", "b.txt"), Official);
        var inputs = DocumentInput.FromDirectory(_folder, "*.txt").Append(DocumentInput.FromFile(Path.Combine(_folder, "missing.txt")));

        var results = await ArticleExtractor.Default.ExtractAllAsync(inputs, maxParallelism: 2).ToListAsync();

        results.Select(r => Path.GetFileName(r.Source.Path)).Should().Equal("a.txt", "b.txt", "missing.txt");
        results[0].Source.Sha256.Should().Be(ArticleExtractor.Sha256Hex(File.ReadAllBytes(Path.Combine(_folder, "a.txt"))));
        results[0].Article!.Source.Should().Be(results[0].Source);
        results[2].Error!.Kind.Should().Be(ExtractionErrorKind.Unreadable);
        results[2].ToString().Should().Contain("unreadable");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read()
    {
        string big = Path.Combine(_folder, "big.txt");
        File.WriteAllText(big, new string('a', 5000));
        var small = new ArticleExtractor(ExtractionOptions.Default with { MaxDocumentBytes = 1000 });
        var result = small.TryExtract(DocumentInput.FromFile(big));
        result.Error!.Kind.Should().Be(ExtractionErrorKind.TooLarge);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Cancellation_stops_the_batch_and_an_early_break_leaves_nothing_running()
    {
        var endless = Endless();
        using var cts = new CancellationTokenSource();
        int seen = 0;
        var act = async () =>
        {
            await foreach (var result in ArticleExtractor.Default.ExtractAllAsync(endless, maxParallelism: 2, cts.Token))
            {
                if (++seen == 5)
                {
                    await cts.CancelAsync();
                }
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeInRange(5, 7);

        int taken = 0;
        await foreach (var result in ArticleExtractor.Default.ExtractAllAsync(Endless(), maxParallelism: 2))
        {
            if (++taken == 3)
            {
                break;
            }
        }

        taken.Should().Be(3);

        static async IAsyncEnumerable<DocumentInput> Endless()
        {
            for (int i = 0; ; i++)
            {
                await Task.Yield();
                yield return DocumentInput.FromText($"doc{i}", Admitting);
            }
        }
    }

    [Fact]
    public void Bad_arguments_are_refused_at_the_call()
    {
        var act = () => ArticleExtractor.Default.ExtractAllAsync(Array.Empty<DocumentInput>(), maxParallelism: 0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task The_fact_table_has_one_row_per_fact_with_its_evidence_and_writes_csv()
    {
        var inputs = DocumentInput.FromDirectory(Seeds, "*.txt").ToList();
        var results = await ArticleExtractor.Default.ExtractAllAsync(inputs, maxParallelism: 2).ToListAsync();
        var articles = results.Select(r => r.Article!).ToList();
        var table = FactTable.From(results);

        int expected = articles.Sum(a => a.Admissions.Count + a.Disciplines.Count + a.Awards.Count + a.Officials.Sum(o => Math.Max(1, o.Titles.Count)));
        table.Should().HaveCount(expected);
        FactTable.From(articles).Should().Equal(table);
        table.Select(r => r.FactType).Distinct().Should().BeEquivalentTo(["admission", "discipline", "award", "official"]);
        table.Should().OnlyContain(r => r.Evidence != null && r.EvidenceEnd > r.EvidenceStart);

        var myLoc = table.Where(r => r.ArticleId == "004_b0ee8182aae32fab").ToList();
        myLoc.Should().ContainSingle(r => r.FactType == "admission").Which.Should().Match<FactRow>(r => r.Count == 51 && r.Status == "achieved" && r.Year == 2021);
        myLoc.Should().ContainSingle(r => r.FactType == "discipline").Which.Detail.Should().Be("reprimand 26, warning 3, dismissal 2, expulsion 5");
        myLoc.Should().Contain(r => r.FactType == "award" && r.Kind == "partyBadge" && r.Count == 243 && r.Status == "awarded");
        myLoc.Should().Contain(r => r.Name == "Trần Quốc Lập" && r.Position == "Phó Bí thư Thường trực" && r.Organization == "Huyện ủy Mỹ Lộc");

        string csv = table.ToCsv();
        var lines = csv.Split('\n');
        lines[0].Should().Be(string.Join(',', FactTable.Columns));
        lines.Should().HaveCount(table.Count + 2, "a header, one line per row (evidence has no line breaks), and the final line end");
        lines.Skip(1).SkipLast(1).Should().OnlyContain(l => ParseCsvLine(l).Count == FactTable.Columns.Count);
        ParseCsvLine(lines[1 + table.ToList().FindIndex(r => r.ArticleId == "004_b0ee8182aae32fab" && r.FactType == "discipline")])[10]
            .Should().Be("reprimand 26, warning 3, dismissal 2, expulsion 5");
        table.ToString().Should().StartWith($"{table.Count} facts from 5 articles");
    }

    [Fact]
    public void Article_ids_come_from_the_file_name_then_the_url_then_the_position()
    {
        FactTable.ArticleIdOf(new Source("pages.zip!2021/a.html", null, null), 3).Should().Be("a");
        FactTable.ArticleIdOf(new Source(@"dir\b.txt", null, null), 3).Should().Be("b");
        FactTable.ArticleIdOf(new Source(null, "https://example.invalid/x", null), 3).Should().Be("https://example.invalid/x");
        FactTable.ArticleIdOf(Source.None, 3).Should().Be("#3");
    }

    [Fact]
    public void Records_read_well_and_explain_shows_each_fact_with_its_sentence()
    {
        var article = ArticleExtractor.Default.Extract(File.ReadAllText(Path.Combine(Seeds, "004_b0ee8182aae32fab.txt")));
        article.Admissions[0].ToString().Should().Be("Admission 51 (Achieved) by Đảng bộ huyện Mỹ Lộc in 2021");
        article.Disciplines[0].ToString().Should().Be("Discipline of 36 Member(s): reprimand 26, warning 3, dismissal 2, expulsion 5 in 2021");
        article.Awards[0].ToString().Should().Be("Award PartyBadge (Awarded) to 243 PartyMember");
        article.Officials.Select(o => o.ToString()).Should().Contain("Trần Quốc Lập — Phó Bí thư Thường trực Huyện ủy Mỹ Lộc; Chủ tịch Hội đồng nhân dân huyện Mỹ Lộc");

        var lines = article.Explain().Split('\n');
        lines[0].Should().Be("(untitled) — Vũ Nam");
        lines[1].Should().Be("subject: Đảng bộ huyện Mỹ Lộc (huyện Mỹ Lộc); period: 2021");
        lines.Should().Contain(["admissions (1)", "  Admission 51 (Achieved) by Đảng bộ huyện Mỹ Lộc in 2021", "officials (3)"]);
        lines.Should().ContainSingle(l => l.Contains("Kết nạp 51 đảng viên mới") && l.StartsWith("    « "), "a sentence that gave several facts is written out once");
        lines.Should().Contain(l => l.StartsWith("    « the sentence at ") && l.EndsWith(" above »"));
    }

    [Fact]
    public void The_library_assembly_references_no_console()
    {
        // Cheap IL check: the metadata of a method that calls Console holds a member reference to System.Console.
        var assembly = typeof(ArticleExtractor).Assembly;
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var referenced = metadata.TypeReferences.Select(h => metadata.GetTypeReference(h))
            .Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}").ToList();
        referenced.Should().NotContain("System.Console");
    }

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
