using System.CommandLine;
using Extraction.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace Extraction.Tests.Cli;

/// <summary>Kill -9 and resume gives the uninterrupted output; shards add up to the whole; CSV and SQLite sinks.</summary>
public sealed class ResumeAndSinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extract-resume-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Invoke(params string[] args) =>
        new RootCommand { ExtractCommand.Create() }.Parse(args).Invoke();

    private string Pages(int count)
    {
        string input = Path.Combine(_folder, "pages");
        CliFixtures.WritePages(input, count);
        return input;
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void Killed_runs_resumed_end_with_the_output_of_an_uninterrupted_run(string format)
    {
        string input = Pages(240);
        string Out(string name) => Path.Combine(_folder, format == "csv" ? name : name + ".jsonl");
        string[] Args(string output, string errors) => ["extract", "pages", "-o", output, "--format", format, "--errors", errors, "--parallel", "2", "--progress", "off"];

        CliFixtures.Run(_folder, Args(Out("whole"), "whole-errors.jsonl")).Should().Be(0);

        // Kill at several moments (from start-up to late in the run), resuming each time; then finish.
        foreach (int delay in new[] { 150, 600, 1100, 1600, 2100 })
        {
            using var process = CliFixtures.Start(_folder, [.. Args(Out("killed"), "killed-errors.jsonl"), "--resume"]);
            Thread.Sleep(delay);
            if (!process.HasExited)
            {
                process.Kill(); // SIGKILL: no flushing, no clean-up
            }

            process.WaitForExit();
        }

        CliFixtures.Run(_folder, [.. Args(Out("killed"), "killed-errors.jsonl"), "--resume"]).Should().Be(0);
        foreach (var (whole, killed) in Files(Out("whole"), Out("killed"), format))
        {
            File.ReadAllBytes(killed).Should().Equal(File.ReadAllBytes(whole), killed);
        }

        File.ReadAllBytes(Path.Combine(_folder, "killed-errors.jsonl")).Should().Equal(File.ReadAllBytes(Path.Combine(_folder, "whole-errors.jsonl")));
    }

    private static IEnumerable<(string, string)> Files(string whole, string killed, string format) =>
        format == "csv"
            ? Directory.GetFiles(whole).Select(f => (f, Path.Combine(killed, Path.GetFileName(f))))
            : [(whole, killed)];

    [Fact]
    public void Shards_are_disjoint_and_add_up_to_the_whole_run()
    {
        string input = Pages(40);
        string whole = Path.Combine(_folder, "whole.jsonl");
        Invoke("extract", input, "-o", whole, "--progress", "off").Should().Be(0);
        var shards = new List<string>();
        for (int k = 0; k < 3; k++)
        {
            string shard = Path.Combine(_folder, $"shard{k}.jsonl");
            Invoke("extract", input, "-o", shard, "--shard", $"{k}/3", "--progress", "off").Should().Be(0);
            File.ReadAllLines(shard).Should().NotBeEmpty();
            shards.AddRange(File.ReadAllLines(shard));
        }

        shards.Order(StringComparer.Ordinal).Should().Equal(File.ReadAllLines(whole).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Csv_writes_one_file_per_record_type()
    {
        string input = Pages(12);
        string output = Path.Combine(_folder, "csv");
        Invoke("extract", input, "--format", "csv", "-o", output, "--progress", "off").Should().Be(0);
        Directory.GetFiles(output).Select(Path.GetFileName).Order().Should().Equal(
            "admissions.csv", "articles.csv", "awards.csv", "disciplines.csv", "errors.csv", "officials.csv", "titles.csv");
        File.ReadLines(Path.Combine(output, "articles.csv")).First().Should().StartWith("doc,sha256,path,url,");
        (File.ReadAllLines(Path.Combine(output, "articles.csv")).Length + File.ReadAllLines(Path.Combine(output, "errors.csv")).Length).Should().Be(12 + 2);
        File.ReadAllLines(Path.Combine(output, "officials.csv")).Length.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Sqlite_replaces_an_article_written_again_never_duplicates_it()
    {
        string input = Pages(12);
        string db = Path.Combine(_folder, "out.db");
        Invoke("extract", input, "--format", "sqlite", "-o", db, "--progress", "off").Should().Be(0);
        var first = SqliteCounts(db);
        first["articles"].Should().BeGreaterThan(0);
        first["officials"].Should().BeGreaterThan(0);
        Invoke("extract", input, "--format", "sqlite", "-o", db, "--progress", "off").Should().Be(0);
        SqliteCounts(db).Should().Equal(first);
        Invoke("extract", input, "--format", "sqlite", "-o", db, "--progress", "off", "--resume").Should().Be(0);
        SqliteCounts(db).Should().Equal(first);
    }

    [Fact]
    public void A_killed_sqlite_run_resumed_holds_the_rows_of_an_uninterrupted_run()
    {
        Pages(240);
        string[] Args(string db) => ["extract", "pages", "-o", db, "--format", "sqlite", "--parallel", "2", "--progress", "off"];
        string whole = Path.Combine(_folder, "whole.db");
        string killed = Path.Combine(_folder, "killed.db");
        CliFixtures.Run(_folder, Args(whole)).Should().Be(0);

        int kills = 0;
        foreach (int delay in new[] { 300, 900, 1500 })
        {
            using var process = CliFixtures.Start(_folder, [.. Args(killed), "--resume"]);
            Thread.Sleep(delay);
            if (!process.HasExited)
            {
                process.Kill(); // SIGKILL mid-transaction: SQLite must roll the open transaction back
                kills++;
            }

            process.WaitForExit();
        }

        kills.Should().BeGreaterThan(0, "the test must interrupt at least one run");

        CliFixtures.Run(_folder, [.. Args(killed), "--resume"]).Should().Be(0);
        SqliteCounts(killed).Should().Equal(SqliteCounts(whole));
        Rows(killed, "SELECT sha256 FROM articles ORDER BY sha256").Should().Equal(Rows(whole, "SELECT sha256 FROM articles ORDER BY sha256"));
    }

    private static List<string> Rows(string db, string query)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    internal static Dictionary<string, long> SqliteCounts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        return SinkCounts.Of(connection);
    }
}

/// <summary>Row counts of every table a SQL sink writes.</summary>
internal static class SinkCounts
{
    public static Dictionary<string, long> Of(System.Data.Common.DbConnection connection)
    {
        var counts = new Dictionary<string, long>();
        foreach (string table in new[] { "articles", "admissions", "disciplines", "awards", "officials", "titles", "errors", "schema_version" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(command.ExecuteScalar());
        }

        return counts;
    }
}
