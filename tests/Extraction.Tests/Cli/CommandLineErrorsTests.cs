using System.Diagnostics;
using System.Text;

namespace Extraction.Tests.Cli;

/// <summary>
/// Every verb answers a mistake with a one-line message and an exit status (2: usage, 1: cannot complete), never a stack
/// trace; and a bad character in a line does not stop a file.
/// </summary>
public sealed class CommandLineErrorsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cli-errors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Status, string Error) Run(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vnextract.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The CLI did not finish in 2 minutes.");
        }

        _ = output.Result;
        return (process.ExitCode, error);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("clean")]
    [InlineData("tokenize")]
    public void A_mistyped_option_is_a_usage_error_not_an_input_that_does_not_exist(string verb)
    {
        var (status, error) = Run(verb, "--bogus", "-o", Path.Combine(_folder, "out.jsonl"));

        status.Should().Be(2);
        error.Should().Contain("Unknown option '--bogus'");
        File.Exists(Path.Combine(_folder, "out.jsonl")).Should().BeFalse("nothing is written on a usage error");
    }

    [Fact]
    public void An_existing_file_whose_name_starts_with_a_dash_is_still_an_input()
    {
        File.WriteAllText(Path.Combine(_folder, "-notes.txt"), "Năm 2024, chi bộ kết nạp 3 đảng viên.");

        Run("tokenize", "-notes.txt").Status.Should().Be(0);
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_1_for_tokenize_and_segment()
    {
        string missing = Path.Combine(_folder, "missing.txt");

        var tokenize = Run("tokenize", missing);
        var segment = Run("segment", "--input", missing, "--output", Path.Combine(_folder, "seg.txt"));

        foreach (var (status, error) in new[] { tokenize, segment })
        {
            status.Should().Be(1);
            error.Trim().Should().NotContain("\n").And.NotContain("   at ").And.Contain("missing.txt");
        }
    }

    [Fact]
    public void Segment_refuses_a_file_that_is_not_a_model_with_a_message()
    {
        File.WriteAllText(Path.Combine(_folder, "in.txt"), "xin chào\n");
        File.WriteAllText(Path.Combine(_folder, "model.bin"), "not a model");

        var (status, error) = Run("segment", "--input", "in.txt", "--output", "out.txt", "--model", "model.bin");

        status.Should().Be(1);
        error.Should().StartWith("segment: ").And.NotContain("   at ");
    }

    [Fact]
    public void Segment_reads_past_a_character_that_normalisation_refuses()
    {
        // U+FFFE and a lone surrogate make string.Normalize throw; the line is still segmented and the next one too.
        File.WriteAllText(Path.Combine(_folder, "in.txt"), "xin \uFFFE chào Việt Nam\nhọc \uD800 sinh giỏi\nViệt Nam\n", new UTF8Encoding(false));

        var (status, _) = Run("segment", "--input", "in.txt", "--output", "out.txt");

        status.Should().Be(0);
        string[] lines = File.ReadAllLines(Path.Combine(_folder, "out.txt"));
        lines.Should().HaveCount(3);
        lines[0].Should().Contain("Việt_Nam");
        lines[2].Should().Be("Việt_Nam");
    }
}
