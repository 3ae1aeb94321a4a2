using Extraction.Tests.Html;
using Xunit.Abstractions;

namespace Extraction.Tests.Package;

/// <summary>The file-based apps of <c>samples/</c> run with <c>dotnet run FILE.cs</c> and print what they promise.</summary>
[Collection(DotnetProcessCollection.Name)]
public sealed class SampleTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private DotnetProcess.Result RunSample(string file, params string[] arguments)
    {
        var result = DotnetProcess.Run(TestPaths.RepositoryRoot, Limit, ["run", Path.Combine("samples", file), "--", .. arguments]);
        log.WriteLine($"{file}: {result.Elapsed.TotalSeconds:0.0} s");
        result.ExitCode.Should().Be(0, result.ToString());
        return result;
    }

    [Fact]
    public void Explain_prints_each_fact_with_its_evidence()
    {
        var result = RunSample("explain.cs", Path.Combine("corpus", "seeds", "004_b0ee8182aae32fab.txt"));
        var lines = result.Output.Split('\n');
        lines[0].Should().Be("(untitled) — Vũ Nam");
        lines.Should().Contain("  Admission 51 (Achieved) by Đảng bộ huyện Mỹ Lộc in 2021");
        lines.Should().Contain(l => l.StartsWith("    « ") && l.Contains("Kết nạp 51 đảng viên mới"));
    }

    [Fact]
    public void Extract_to_csv_prints_one_row_per_fact_of_every_article()
    {
        var result = RunSample("extract-to-csv.cs", Path.Combine("corpus", "seeds"));
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("articleId,path,factType,kind,count,status,year,");
        lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Should().HaveCount(5);
        lines.Should().Contain(l => l.StartsWith("004_b0ee8182aae32fab,") && l.Contains(",discipline,member,36,,2021,"));
        result.Error.Should().Contain("facts from 5 articles");
    }

    [Fact]
    public void Score_reports_the_figures_of_score_records()
    {
        var result = RunSample("score.cs", Path.Combine("corpus", "seeds"), Path.Combine("corpus", "gold"));
        result.Output.Should().Contain("facts             P      R     F1  tp fp fn");
        result.Output.Split('\n').Should().Contain(l => l.StartsWith("F1 ")).Which.Should().MatchRegex(@"^F1 [01]\.\d{3}$");
    }
}

/// <summary>Tests that start <c>dotnet</c> builds run one at a time: they share the library's obj folder and the machine's two cores.</summary>
[CollectionDefinition(Name)]
public sealed class DotnetProcessCollection
{
    public const string Name = "dotnet processes";
}
