using System.Text.Json.Nodes;
using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Tests.Facts;
using Extraction.Tests.Fuzz;
using Extraction.Tests.Html;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Pipeline;

/// <summary>
/// The pipeline skips an extractor over a document that holds none of the keys the extractor requires. That is only a
/// saving: over every text the team has (the variant sets, the seeds and, where present, the real corpus's train split), the records are
/// exactly those of running every extractor over every document.
/// </summary>
public sealed class ExtractorGateTests
{
    private static readonly ArticlePipeline Pipeline = ArticlePipeline.Create(ExtractionOptions.Default);

    [Fact]
    public void Skipping_an_extractor_never_changes_the_records()
    {
        var texts = VariantTexts().Concat(SeedTexts()).Concat(RealTexts()).ToList();
        texts.Count.Should().BeGreaterThan(500, "the comparison needs many texts of every kind");
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, text) in texts)
        {
            var cleaned = Pipeline.Clean(text, isHtml: null, Source.None, CancellationToken.None);
            string gated = RecordJson.Serialize(Pipeline.Extract(cleaned, Source.None, CancellationToken.None, []));
            string everyExtractor = RecordJson.Serialize(Ungated(cleaned));
            gated.Should().Be(everyExtractor, $"skipping extractors changed the records of {name}");

            var document = ArticleDocument.Analyze(cleaned);
            var record = JsonNode.Parse(everyExtractor)!.AsObject();
            foreach (var extractor in Pipeline.Extractors.Where(e => e.RequiredKeys is not null))
            {
                if (!Holds(document, extractor.RequiredKeys!))
                {
                    skipped[extractor.Name] = skipped.GetValueOrDefault(extractor.Name) + 1;
                }
                else if (record[extractor.Name] is JsonArray { Count: > 0 })
                {
                    found[extractor.Name] = found.GetValueOrDefault(extractor.Name) + 1;
                }
            }
        }

        // The comparison means something only if each gated extractor both finds records and is skipped somewhere.
        foreach (string name in new[] { "admissions", "disciplines", "awards" })
        {
            found.GetValueOrDefault(name).Should().BeGreaterThan(20, $"{name} must find records in the texts compared");
            skipped.GetValueOrDefault(name).Should().BeGreaterThan(20, $"{name} must be skipped over some texts compared");
        }
    }

    [Fact]
    public void An_extractor_runs_when_only_the_headline_holds_its_key()
    {
        var cleaned = new CleanedArticle(["Sáng nay, xã tổ chức hội nghị tổng kết công tác năm."]) { Title = "Kết nạp 12 đảng viên mới" };
        var gate = new ExtractorGate(Pipeline.Extractors);
        var document = ArticleDocument.Analyze(cleaned);
        ulong open = gate.Open(document);

        IsOpen(open, "admissions").Should().BeTrue();
        IsOpen(open, "disciplines").Should().BeFalse();
        IsOpen(open, "awards").Should().BeFalse();
        IsOpen(open, "officials").Should().BeTrue("an extractor that requires no key reads every document");
        Pipeline.Extract(cleaned, Source.None, CancellationToken.None, []).Admissions.Should().ContainSingle(a => a.Count == 12);
    }

    [Fact]
    public void The_required_keys_match_whatever_the_case_or_spelling()
    {
        var gate = new ExtractorGate(Pipeline.Extractors);
        // "Kỉ luật" (the other spelling of kỷ), capitals, a title-cased honour, an admission in capitals.
        foreach (var (text, extractor) in new[] { ("Kỉ luật ông A.", "disciplines"), ("BỊ KHIỂN TRÁCH.", "disciplines"), ("Trao Huy Hiệu Đảng.", "awards"), ("KẾT NẠP 5 đảng viên.", "admissions") })
        {
            ulong open = gate.Open(ArticleDocument.Analyze(new CleanedArticle([text])));
            IsOpen(open, extractor).Should().BeTrue($"'{text}' can start a record of {extractor}");
        }
    }

    [Fact]
    public void A_page_without_a_Vietnamese_letter_feeds_no_extractor()
    {
        var gate = new ExtractorGate(Pipeline.Extractors);
        var english = new CleanedArticle(["The Prime Minister met the Party Secretary of the province.", "Chu tich UBND tinh tiep doan."]);
        gate.Open(ArticleDocument.Analyze(english)).Should().Be(0UL);

        // One Vietnamese word is enough to read the page.
        var mixed = new CleanedArticle(["The Prime Minister met the Party Secretary of the province.", "Chủ tịch UBND tỉnh tiếp đoàn."]);
        ulong open = gate.Open(ArticleDocument.Analyze(mixed));
        IsOpen(open, "officials").Should().BeTrue();
        IsOpen(open, "subject").Should().BeTrue();
    }

    /// <summary>
    /// A text that the raw-character test judges foreign is not analysed at all. That is only safe if no token of it could
    /// hold a Vietnamese letter after normalisation and lower-casing, whatever its characters: ASCII, the combining marks
    /// that compose with it, letterlike symbols (the Ångström and Kelvin signs), Greek, Cyrillic, punctuation, full-width forms.
    /// </summary>
    [Fact]
    public void A_text_judged_foreign_before_analysis_holds_no_Vietnamese_letter_after_it()
    {
        var gate = new ExtractorGate(Pipeline.Extractors);
        // Mostly ASCII, so that a case often holds one unusual character alone, which then decides it.
        Gen<char> character = Gen.Frequency<int>(
                (40, Gen.Choose('a', 'z')), (8, Gen.Choose('A', 'Z')), (10, Gen.Elements<int>(' ', '.', ',', '-', '\n')),
                (1, Gen.Choose(0x0300, 0x036F)), (1, Gen.Choose(0x2100, 0x214F)), (1, Gen.Elements<int>(0x212A, 0x212B, 0x2126)),
                (2, Gen.Choose(0x0370, 0x04FF)), (2, Gen.Choose(0x2000, 0x20FF)), (2, Gen.Choose(0xFF01, 0xFF5E)),
                (1, Gen.Choose(0x00C0, 0x024F)), (1, Gen.Choose(0x1E00, 0x1EFF)))
            .Select(c => (char)c);
        Prop.ForAll(character.ArrayOf().Select(c => new string(c)).ToArbitrary(), text =>
        {
            // The text as a paragraph, and as the headline of a page.
            return new[] { new CleanedArticle([text]), new CleanedArticle(["Page."]) { Title = text } }
                .All(cleaned => ExtractorGate.MayHoldVietnamese(cleaned) || gate.Open(ArticleDocument.Analyze(cleaned)) == 0);
        }).CheckReproducibly(2000);
    }

    [Fact]
    public void A_page_in_another_language_is_returned_with_its_metadata_and_no_records()
    {
        var english = new CleanedArticle(["The committee met on Monday.", "It approved the budget."]) { Title = "Committee approves budget", Author = "J. Smith" };
        ExtractorGate.MayHoldVietnamese(english).Should().BeFalse();
        var article = Pipeline.Extract(english, Source.None, CancellationToken.None, []);
        article.Title.Should().Be("Committee approves budget");
        article.Author.Should().Be("J. Smith");
        (article.Admissions.Count + article.Disciplines.Count + article.Awards.Count + article.Officials.Count).Should().Be(0);

        // A Vietnamese headline alone is enough to read the page.
        ExtractorGate.MayHoldVietnamese(english with { Title = "Kết nạp 12 đảng viên mới" }).Should().BeTrue();
    }

    /// <summary>The benchmark's pages are English news: the gate closes every extractor over them, and the records are the same.</summary>
    [SharedBenchFact]
    public void Skipping_every_extractor_over_pages_in_another_language_changes_no_records()
    {
        string folder = Path.Combine(TestPaths.Shared!, "bench", "article-extraction", "html");
        var gate = new ExtractorGate(Pipeline.Extractors);
        int closed = 0, pages = 0;
        foreach (string file in Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var gz = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            CleanedArticle cleaned;
            try
            {
                cleaned = Pipeline.Clean(buffer.ToArray(), "text/html", Source.None, CancellationToken.None, []);
            }
            catch (ExtractionException)
            {
                continue;
            }

            pages++;
            closed += gate.Open(ArticleDocument.Analyze(cleaned)) == 0 ? 1 : 0;
            RecordJson.Serialize(Pipeline.Extract(cleaned, Source.None, CancellationToken.None, []))
                .Should().Be(RecordJson.Serialize(Ungated(cleaned)), $"skipping extractors changed the records of {Path.GetFileName(file)}");
        }

        pages.Should().BeGreaterThan(150);
        closed.Should().BeGreaterThan(pages / 2, "most English pages hold no Vietnamese letter");
    }

    [Fact]
    public void Required_keys_are_keyed_like_token_keys() =>
        new TriggerKeys(["Uỷ", "ủy", "KẾT"]).Keys.Should().Equal("ủy", "kết");

    private static bool IsOpen(ulong open, string name)
    {
        int index = Pipeline.Extractors.Select(e => e.Name).ToList().IndexOf(name);
        index.Should().BeGreaterThanOrEqualTo(0);
        return (open & (1UL << index)) != 0;
    }

    private static bool Holds(ArticleDocument document, TriggerKeys keys) =>
        document.Tokens.ToArray().Concat(document.TitleTokens.ToArray()).Any(t => keys.Keys.Contains(t.Key));

    /// <summary>Every extractor over the document, as the pipeline ran them before it skipped any.</summary>
    private static Article Ungated(CleanedArticle cleaned)
    {
        var context = new ExtractionContext(ArticleDocument.Analyze(cleaned), ExtractionOptions.Default, CancellationToken.None);
        foreach (var extractor in Pipeline.Extractors)
        {
            extractor.Extract(context);
        }

        return context.ToArticle(Source.None, [.. cleaned.Warnings, .. context.Warnings]);
    }

    private static IEnumerable<(string Name, string Text)> VariantTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Variants"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!.AsArray()
                .Select((node, i) => (Name: $"{Path.GetFileName(file)}#{i}", Text: (string?)node?["text"])))
            .Where(t => t.Text is not null)
            .Select(t => (t.Name, t.Text!));

    private static IEnumerable<(string Name, string Text)> SeedTexts() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "corpus", "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileName(file), File.ReadAllText(file)));

    /// <summary>The real corpus's train texts, where present (the dev split is not read).</summary>
    private static IEnumerable<(string Name, string Text)> RealTexts() => RealCorpus.Root is string root
        ? JsonNode.Parse(File.ReadAllText(Path.Combine(root, "split.json")))!["train"]!.AsArray()
            .Select(id => (string)id!).Select(id => (id, File.ReadAllText(Path.Combine(root, "texts", id + ".txt"))))
        : [];
}
