using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Extraction.Cli.Commands;
using Npgsql;

namespace Extraction.Tests.Cli;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb and pg_ctl on a temp folder, listening on 127.0.0.1 at a free port, dropped
/// afterwards. As root (CI), the server runs as the <c>postgres</c> user, since initdb refuses root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public PostgresServer()
    {
        string? bin = FindBin();
        if (bin is null)
        {
            SkipReason = "PostgreSQL server binaries (initdb, pg_ctl) are not installed; .ci/run installs Debian's postgresql.";
            return;
        }

        _bin = bin;
        _data = Directory.CreateTempSubdirectory("extract-pg-").FullName;
        _asPostgres = Environment.UserName == "root";
        if (_asPostgres)
        {
            Exec("chown", "-R", "postgres", _data);
        }

        int port = FreePort();
        RunTool("initdb", "-D", Path.Combine(_data, "db"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        RunTool("pg_ctl", "-D", Path.Combine(_data, "db"), "-l", Path.Combine(_data, "log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_data} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        _started = true;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private readonly string? _bin;
    private readonly string? _data;
    private readonly bool _asPostgres;
    private readonly bool _started;

    public string? SkipReason { get; }

    public string ConnectionString { get; } = "";

    private static string? FindBin()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian).Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void RunTool(string tool, params string[] args) =>
        Exec(_asPostgres ? "runuser" : Path.Combine(_bin!, tool), _asPostgres ? ["-u", "postgres", "--", Path.Combine(_bin!, tool), .. args] : args);

    private static void Exec(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        string error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {error}");
        }
    }

    public void Dispose()
    {
        if (_started)
        {
            RunTool("pg_ctl", "-D", Path.Combine(_data!, "db"), "-m", "immediate", "-w", "stop");
        }

        if (_data is not null)
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

/// <summary>The PostgreSQL sink against a real server, and the Dask driver against a local cluster.</summary>
public sealed class PostgresAndDaskTests : IClassFixture<PostgresServer>, IDisposable
{
    private readonly PostgresServer _server;
    private readonly string _folder = Directory.CreateTempSubdirectory("extract-pg-dask-").FullName;

    public PostgresAndDaskTests(PostgresServer server) => _server = server;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Invoke(params string[] args) =>
        new RootCommand { ExtractCommand.Create() }.Parse(args).Invoke();

    [SkippableFact]
    public void Postgres_holds_the_same_rows_as_sqlite_and_replaces_an_article_written_again()
    {
        Skip.If(_server.SkipReason is not null, _server.SkipReason);
        string input = Path.Combine(_folder, "pages");
        CliFixtures.WritePages(input, 12);
        string db = Path.Combine(_folder, "out.db");
        Invoke("extract", input, "--format", "sqlite", "-o", db, "--progress", "off").Should().Be(0);
        var expected = ResumeAndSinkTests.SqliteCounts(db);

        for (int run = 0; run < 2; run++)
        {
            Invoke("extract", input, "--format", "postgres", "--connection", _server.ConnectionString, "--progress", "off").Should().Be(0);
            using var connection = new NpgsqlConnection(_server.ConnectionString);
            connection.Open();
            SinkCounts.Of(connection).Should().Equal(expected);
        }
    }

    [SkippableFact]
    public void Dask_shards_over_two_local_workers_add_up_to_the_single_machine_output()
    {
        string? python = new[] { Environment.GetEnvironmentVariable("DASK_PYTHON"), "python3", "/usr/bin/python3" }
            .OfType<string>().FirstOrDefault(p => Succeeds(p, "-c", "import distributed"));
        Skip.If(python is null, "No python3 with Dask distributed (Debian's python3-distributed, which .ci/run installs).");

        var pages = CliFixtures.CorpusPages();
        string archive = Path.Combine(_folder, "pages.zip");
        CliFixtures.WriteZip(archive, Enumerable.Range(0, 30).Select(i => ($"{i:D3}-{pages[i % pages.Count].Name}", pages[i % pages.Count].Bytes)));
        string single = Path.Combine(_folder, "single.jsonl");
        Invoke("extract", archive, "-o", single, "--progress", "off").Should().Be(0);

        string cli = $"dotnet {Path.Combine(AppContext.BaseDirectory, "vnextract.dll")}";
        string merged = Path.Combine(_folder, "merged.jsonl");
        Succeeds(python!, Path.Combine(CliFixtures.RepoRoot, "scripts", "dask_extract.py"), "--local-workers", "2", "--shards", "3",
            "--out", Path.Combine(_folder, "shards"), "--merged", merged, "--cli", cli, "--", archive).Should().BeTrue();
        Directory.GetFiles(Path.Combine(_folder, "shards")).Should().HaveCount(3);
        File.ReadAllLines(merged).Order(StringComparer.Ordinal).Should().Equal(File.ReadAllLines(single).Order(StringComparer.Ordinal));
    }

    private static bool Succeeds(string file, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            bool done = process.WaitForExit(TimeSpan.FromMinutes(3));
            if (!done)
            {
                process.Kill(entireProcessTree: true);
            }

            return done && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
