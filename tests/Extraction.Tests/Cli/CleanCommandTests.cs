using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Extraction.Cli.Commands;

namespace Extraction.Tests.Cli;

/// <summary>
/// <c>clean</c> reads what <c>extract</c> reads, through the same batch runner: the same documents under the same names,
/// each bounded by the size and time limits, one line per document in input order whatever <c>--parallel</c> is.
/// </summary>
public sealed class CleanCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("clean-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<JsonObject> Run(string verb, string input, params string[] more)
    {
        string output = Path.Combine(_folder, $"{verb}-{Guid.NewGuid():N}.jsonl");
        new RootCommand { CleanCommand.Create(), ExtractCommand.Create() }
            .Parse([verb, input, "-o", output, "--progress", "off", .. more]).Invoke().Should().Be(0);
        return File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    private static string PathOf(JsonObject line) => (string)line["source"]!["path"]!;

    private static string? ErrorOf(JsonObject line) => (string?)line["error"]?["kind"];

    [Fact]
    public void Clean_reads_archives_and_scraped_json_as_extract_does_and_names_each_document_alike()
    {
        var pages = CliFixtures.CorpusPages();
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        CliFixtures.WriteZip(Path.Combine(input, "pages.zip"), [("2021/a.html", pages[0].Bytes), ("2021/b.txt", pages[^1].Bytes)]);
        CliFixtures.WriteWarcGz(Path.Combine(input, "crawl.warc.gz"), [CliFixtures.WarcRecord("r1", pages[1].Bytes), CliFixtures.WarcRecord("r2", pages[2].Bytes)]);
        File.WriteAllBytes(Path.Combine(input, "one.html.gz"), CliFixtures.Gzip(pages[3].Bytes));
        File.WriteAllText(Path.Combine(input, "scraped.jsonl"),
            new JsonObject { ["url"] = "http://example.org/x", ["text"] = Encoding.UTF8.GetString(pages[^2].Bytes) }.ToJsonString() + "\n");

        var cleaned = Run("clean", input, "--parallel", "2");
        var extracted = Run("extract", input, "--parallel", "2");

        cleaned.Select(PathOf).Should().HaveCount(6).And.Equal(extracted.Select(PathOf));
        cleaned.Select(l => (string?)l["source"]!["sha256"]).Should().Equal(extracted.Select(l => (string?)l["source"]!["sha256"]));
        ((string)cleaned[0]["source"]!["url"]!).Should().Be("http://example.org/r1", "a WARC record names its page");
        cleaned.Should().OnlyContain(l => ErrorOf(l) == null);
        foreach (var line in cleaned)
        {
            var paragraphs = line["paragraphs"]!.AsArray();
            paragraphs.Should().NotBeEmpty();
            line["sections"]!.AsArray().Should().HaveSameCount(paragraphs);
            ((string)line["text"]!).Should().NotBeNullOrWhiteSpace();
        }

        // The cleaner's title and byline are the ones the records are built on.
        cleaned.Select(l => (string?)l["title"]).Should().Equal(extracted.Select(l => (string?)l["title"]));
        cleaned.Select(l => (string?)l["author"]).Should().Equal(extracted.Select(l => (string?)l["author"]));
    }

    [Fact]
    public void A_compressed_page_that_inflates_past_the_size_limit_is_cut_off_with_an_error_line_and_the_run_goes_on()
    {
        var pages = CliFixtures.CorpusPages();
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "a.html"), pages[0].Bytes);
        // 200 MB of markup that gzip shrinks to a few hundred KB: the old verb inflated all of it before refusing it.
        byte[] row = Encoding.ASCII.GetBytes("<p>x</p>" + new string(' ', 1016));
        using (var file = File.Create(Path.Combine(input, "b-bomb.html.gz")))
        using (var gz = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            for (int i = 0; i < 200 * 1024; i++)
            {
                gz.Write(row);
            }
        }

        File.WriteAllBytes(Path.Combine(input, "c.html"), pages[1].Bytes);

        var lines = Run("clean", input, "--max-bytes", "1000000");

        lines.Select(ErrorOf).Should().Equal(null, "tooLarge", null);
        ((string)lines[1]["error"]!["message"]!).Should().Contain("1,000,000");
    }

    [Fact]
    public void A_document_that_holds_no_article_is_an_error_line_of_its_kind()
    {
        var pages = CliFixtures.CorpusPages();
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "a-binary.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i % 7))]);
        File.WriteAllText(Path.Combine(input, "b-empty.html"), "<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>");
        File.WriteAllBytes(Path.Combine(input, "c-good.html"), pages[0].Bytes);

        Run("clean", input).Select(ErrorOf).Should().Equal("notText", "empty", null);
    }

    [Fact]
    public void The_output_is_the_same_for_any_number_of_threads()
    {
        string input = Path.Combine(_folder, "in");
        CliFixtures.WritePages(input, 60);

        string one = Path.Combine(_folder, "one.jsonl"), four = Path.Combine(_folder, "four.jsonl");
        var root = new RootCommand { CleanCommand.Create() };
        root.Parse(["clean", input, "-o", one, "--parallel", "1", "--progress", "off"]).Invoke().Should().Be(0);
        root.Parse(["clean", input, "-o", four, "--parallel", "4", "--progress", "off"]).Invoke().Should().Be(0);

        File.ReadAllLines(one).Should().HaveCount(60);
        File.ReadAllBytes(four).Should().Equal(File.ReadAllBytes(one));
    }
}
