using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Extraction.Tests.Cli;

/// <summary>Real input files for the batch job's tests, and the CLI run as a child process.</summary>
internal static class CliFixtures
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root is not above the test folder.");
    }

    /// <summary>The corpus's HTML pages and seed articles, as bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> CorpusPages() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "corpus", "html"), "*.html")
            .Concat(Directory.GetFiles(Path.Combine(RepoRoot, "corpus", "seeds"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

    /// <summary>Writes <paramref name="count"/> distinct pages (corpus pages with a numbered comment) under <paramref name="folder"/>.</summary>
    public static void WritePages(string folder, int count)
    {
        var pages = CorpusPages();
        for (int i = 0; i < count; i++)
        {
            var (name, bytes) = pages[i % pages.Count];
            string path = Path.Combine(folder, $"{i / 50:D3}", $"{i:D5}-{name}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, [.. bytes, .. Encoding.ASCII.GetBytes($"\n<!-- copy {i} -->\n")]);
        }
    }

    /// <summary>One WARC response record (HTTP response with the given body).</summary>
    public static byte[] WarcRecord(string id, byte[] body, string contentType = "text/html; charset=utf-8", int? lieAboutLength = null, string type = "response")
    {
        byte[] http = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];
        int length = lieAboutLength ?? http.Length;
        byte[] header = Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: http://example.org/{id}\r\nContent-Length: {length}\r\n\r\n");
        return [.. header, .. http, .. "\r\n\r\n"u8];
    }

    /// <summary>A .warc.gz: one gzip member per record.</summary>
    public static void WriteWarcGz(string path, IEnumerable<byte[]> records)
    {
        using var file = File.Create(path);
        foreach (byte[] record in records)
        {
            using var gz = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(record);
        }
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gz.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>A zip of the entries; the entry named <paramref name="corrupt"/> gets its compressed bytes overwritten.</summary>
    public static void WriteZip(string path, IEnumerable<(string Name, byte[] Bytes)> entries, string? corrupt = null)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        if (corrupt is null)
        {
            return;
        }

        byte[] all = File.ReadAllBytes(path);
        byte[] name8 = Encoding.UTF8.GetBytes(corrupt);
        int at = all.AsSpan().IndexOf(name8); // the local header's name comes first in the file
        int data = at + name8.Length + BitConverter.ToUInt16(all, at - 2);
        for (int i = data + 2; i < data + 40 && i < all.Length; i++)
        {
            all[i] = 0xFF;
        }

        File.WriteAllBytes(path, all);
    }

    /// <summary>The CLI (<c>dotnet vnextract.dll</c>) as a child process, started in <paramref name="workingDirectory"/>.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vnextract.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the CLI to the end; returns its exit code.</summary>
    public static int Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The CLI did not finish in 3 minutes.");
        }

        return process.ExitCode;
    }
}
