using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Extraction.Cli.Commands;

namespace Extraction.Tests.Cli;

/// <summary>Every kind of input, and real damaged files: each bad document gets its error line, the others their records.</summary>
public sealed class ExtractSourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extract-sources-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Invoke(params string[] args) =>
        new RootCommand { ExtractCommand.Create() }.Parse(args).Invoke();

    private List<JsonObject> Extract(string input, params string[] more)
    {
        string output = Path.Combine(_folder, "out.jsonl");
        Invoke(["extract", input, "-o", output, "--progress", "off", .. more]).Should().Be(0);
        return File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    private static string PathOf(JsonObject line) => (string)line["source"]!["path"]!;

    private static string? ErrorOf(JsonObject line) => (string?)line["error"]?["kind"];

    [Fact]
    public void Archives_and_scraped_json_give_one_line_per_document_named_by_archive_and_entry()
    {
        var pages = CliFixtures.CorpusPages();
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        CliFixtures.WriteZip(Path.Combine(input, "pages.zip"), [("2021/a.html", pages[0].Bytes), ("2021/b.txt", pages[^1].Bytes), ("notes.bin", [1, 2])]);
        CliFixtures.WriteWarcGz(Path.Combine(input, "crawl.warc.gz"),
        [
            CliFixtures.WarcRecord("r1", pages[1].Bytes),
            CliFixtures.WarcRecord("q1", "GET / HTTP/1.1\r\n\r\n"u8.ToArray(), type: "request"),
            CliFixtures.WarcRecord("img", [0x89, 0x50], contentType: "image/png"),
            CliFixtures.WarcRecord("r2", pages[2].Bytes),
        ]);
        File.WriteAllBytes(Path.Combine(input, "one.html.gz"), CliFixtures.Gzip(pages[3].Bytes));
        string text = Encoding.UTF8.GetString(pages[^1].Bytes);
        File.WriteAllText(Path.Combine(input, "scraped.jsonl"),
            new JsonObject { ["url"] = "http://example.org/x", ["text"] = text }.ToJsonString() + "\n\n"
            + new JsonObject { ["html"] = Encoding.UTF8.GetString(pages[0].Bytes) }.ToJsonString() + "\n");
        File.WriteAllText(Path.Combine(input, "scrapy.json"), new JsonArray(new JsonObject { ["text"] = text }).ToJsonString());

        var lines = Extract(input, "--parallel", "2");
        lines.Select(PathOf).Should().Equal(
            $"{input}/crawl.warc.gz#urn:uuid:r1", $"{input}/crawl.warc.gz#urn:uuid:r2", $"{input}/one.html.gz",
            $"{input}/pages.zip!2021/a.html", $"{input}/pages.zip!2021/b.txt",
            $"{input}/scraped.jsonl#1", $"{input}/scraped.jsonl#3", $"{input}/scrapy.json#1");
        lines.Should().OnlyContain(l => ErrorOf(l) == null);
        ((string)lines[0]["source"]!["url"]!).Should().Be("http://example.org/r1");
        ((string)lines[5]["source"]!["url"]!).Should().Be("http://example.org/x");
        ((string)lines[3]["source"]!["sha256"]!).Should().Be(Extraction.Pipeline.ArticleExtractor.Sha256Hex(pages[0].Bytes));
    }

    [Fact]
    public void Damaged_inputs_each_give_an_error_line_and_the_rest_is_processed()
    {
        var pages = CliFixtures.CorpusPages();
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "a-good.html"), pages[0].Bytes);
        byte[] gz = CliFixtures.Gzip(pages[1].Bytes);
        File.WriteAllBytes(Path.Combine(input, "b-truncated.html.gz"), gz[..(gz.Length / 2)]);
        CliFixtures.WriteWarcGz(Path.Combine(input, "c-crawl.warc.gz"),
        [
            CliFixtures.WarcRecord("ok1", pages[2].Bytes),
            CliFixtures.WarcRecord("liar", pages[3].Bytes, lieAboutLength: 100),
            CliFixtures.WarcRecord("ok2", pages[4].Bytes),
        ]);
        CliFixtures.WriteZip(Path.Combine(input, "d-pages.zip"), [("x.html", pages[5].Bytes), ("y.html", pages[6].Bytes), ("z.html", pages[7].Bytes)], corrupt: "y.html");
        File.WriteAllBytes(Path.Combine(input, "e-scraped.jsonl"), [.. "{\"text\":\"Ti"u8, 0xC3, 0x28, 0xFF, .. "\"}\n"u8, .. Encoding.UTF8.GetBytes(new JsonObject { ["text"] = Encoding.UTF8.GetString(pages[^1].Bytes) }.ToJsonString() + "\n")]);
        File.CreateSymbolicLink(Path.Combine(input, "f-gone.html"), Path.Combine(_folder, "nowhere.html"));
        File.WriteAllBytes(Path.Combine(input, "g-last.html"), pages[8].Bytes);

        var lines = Extract(input, "--parallel", "2", "--errors", Path.Combine(_folder, "errors.jsonl"));
        var byPath = lines.ToDictionary(l => PathOf(l)[(input.Length + 1)..], ErrorOf);
        byPath.Should().Equal(new Dictionary<string, string?>
        {
            ["a-good.html"] = null,
            ["b-truncated.html.gz"] = "unreadable",
            ["c-crawl.warc.gz#urn:uuid:ok1"] = null,
            ["c-crawl.warc.gz#urn:uuid:liar"] = "unreadable",
            ["c-crawl.warc.gz#urn:uuid:ok2"] = null,
            ["d-pages.zip!x.html"] = null,
            ["d-pages.zip!y.html"] = "unreadable",
            ["d-pages.zip!z.html"] = null,
            ["e-scraped.jsonl#1"] = "unreadable",
            ["e-scraped.jsonl#2"] = null,
            ["f-gone.html"] = "unreadable",
            ["g-last.html"] = null,
        });
        File.ReadAllLines(Path.Combine(_folder, "errors.jsonl")).Should().HaveCount(5);
    }

    [Fact]
    public void A_document_over_the_size_or_time_limit_is_an_error_line_and_the_run_goes_on()
    {
        var pages = CliFixtures.CorpusPages();
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "a.txt"), pages[^1].Bytes);
        // About 18 MB of real article text: several seconds of work, cut off after one.
        string seed = Encoding.UTF8.GetString(pages[^1].Bytes);
        File.WriteAllText(Path.Combine(input, "b-huge.txt"), string.Join("\n\n", Enumerable.Range(0, 3000).Select(i => seed.Replace("51", i.ToString()))));
        File.WriteAllBytes(Path.Combine(input, "c.txt"), pages[^2].Bytes);

        // Warm the pipeline first, so that start-up work (JIT, tables) cannot push a small page over one second on a busy machine.
        Extraction.Pipeline.ArticleExtractor.Default.Extract(pages[^1].Bytes);
        var timed = Extract(input, "--parallel", "1", "--timeout", "1");
        timed.Select(ErrorOf).Should().Equal(null, "timeout", null);

        var sized = Extract(input, "--parallel", "1", "--max-bytes", "1000000");
        sized.Select(ErrorOf).Should().Equal(null, "tooLarge", null);
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Invoke("extract", _folder, "--format", "xml").Should().Be(2);
        Invoke("extract", _folder, "--shard", "2/2").Should().Be(2);
        Invoke("extract", _folder, "--format", "csv").Should().Be(2);
        Invoke("extract", _folder, "--resume").Should().Be(2);
        Invoke("extract", _folder, "--progress", "loud").Should().Be(2);
    }
}
