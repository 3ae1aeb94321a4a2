using System.CommandLine;
using System.Text.Json.Nodes;
using Extraction.Cli.Commands;

namespace Extraction.Tests.Cli;

/// <summary>The batch job accounts for every input, in input order, whatever the parallelism.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extract-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Invoke(params string[] args)
    {
        var root = new RootCommand { ExtractCommand.Create(), EvalCommand.Create() };
        return root.Parse(args).Invoke();
    }

    private void WriteInputs()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Tiêu đề\n\nNăm 2023, Đảng bộ xã kết nạp 12 đảng viên mới.\n\nĐoạn hai.");
        File.WriteAllBytes(Path.Combine(_folder, "b.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00]);
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllText(Path.Combine(_folder, "sub", "c.txt"), "Tiêu đề\n\nĐồng chí Lê Văn Tâm, Bí thư Đảng ủy xã phát biểu.\n\nĐoạn hai.");
        File.WriteAllText(Path.Combine(_folder, "d.txt"), "  \n ");
    }

    [Fact]
    public void Every_document_gets_exactly_one_line_a_record_or_an_error_in_sorted_order()
    {
        WriteInputs();
        string output = Path.Combine(_folder, "out.jsonl");
        Invoke("extract", _folder, "-o", output, "--parallel", "2").Should().Be(0);

        var lines = File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        lines.Select(l => Path.GetFileName((string)l["source"]!["path"]!)).Should().Equal("a.txt", "b.txt", "d.txt", "c.txt");
        ((int)lines[0]["admissions"]![0]!["count"]!).Should().Be(12);
        ((string)lines[1]["error"]!["kind"]!).Should().Be("notText");
        ((string)lines[2]["error"]!["kind"]!).Should().Be("empty");
        ((string)lines[3]["officials"]![0]!["name"]!).Should().Be("Lê Văn Tâm");
        lines.Should().OnlyContain(l => ((string)l["source"]!["sha256"]!).Length == 64);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_parallelism()
    {
        WriteInputs();
        string one = Path.Combine(_folder, "one.jsonl");
        string two = Path.Combine(_folder, "two.jsonl");
        Invoke("extract", _folder, "-o", one, "--parallel", "1").Should().Be(0);
        Invoke("extract", _folder, "-o", two, "--parallel", "2").Should().Be(0);
        File.ReadAllBytes(two).Should().Equal(File.ReadAllBytes(one));
    }

    [Fact]
    public void A_missing_input_root_cannot_complete_and_a_bad_option_is_a_usage_error()
    {
        Invoke("extract", Path.Combine(_folder, "nope"), "-o", Path.Combine(_folder, "x.jsonl")).Should().Be(1);
        Invoke("extract", _folder, "--parallel", "0").Should().Be(2);
        Invoke("eval", "--gold", Path.Combine(_folder, "nope"), Path.Combine(_folder, "nope.jsonl")).Should().Be(1);
    }
}
