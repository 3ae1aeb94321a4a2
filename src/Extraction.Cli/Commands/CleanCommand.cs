using System.CommandLine;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Documents;
using Extraction.Html;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>clean [INPUT …] [-o PATH]</c>: runs the HTML cleaner alone. Inputs are <c>.html</c>/<c>.htm</c>
/// pages, <c>.html.gz</c>/<c>.gz</c> pages, folders (walked recursively in ordinal order) or
/// <c>-</c> (no input: standard input). One JSON line per page, in input order:
/// <c>{"source":{"path","url","sha256"},"title","publishedAt","author","paragraphs","text"}</c>,
/// or <c>{"source":…,"error":{"kind","message"}}</c> for a page that could not be cleaned.
/// </summary>
public static class CleanCommand
{
    private const int BatchSize = 64;

    /// <summary>Creates the <c>clean</c> command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "HTML pages (.html, .htm, .html.gz), folders, or - for standard input (the default)",
        };
        var output = new Option<string>("--out", "-o") { Description = "Write JSON Lines here instead of standard output" };
        var parallel = new Option<int>("--parallel") { Description = "Pages cleaned at once (default: processor count)" };
        var command = new Command("clean", "Clean HTML pages into article text and metadata (JSON Lines)");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(parallel);
        command.SetAction(parseResult =>
        {
            string[] paths = parseResult.GetValue(inputs) ?? [];
            int workers = parseResult.GetValue(parallel);
            return Run(paths, parseResult.GetValue(output), workers > 0 ? workers : Environment.ProcessorCount, Console.OpenStandardInput, Console.Error);
        });
        return command;
    }

    /// <summary>Runs the command; returns the exit status (0 done, 1 could not complete).</summary>
    internal static int Run(IReadOnlyList<string> inputs, string? outPath, int workers, Func<Stream> stdin, TextWriter errors)
    {
        List<string> sources;
        try
        {
            sources = Expand(inputs);
        }
        catch (IOException e)
        {
            errors.WriteLine($"clean: {e.Message}");
            return 1;
        }

        Stream sink;
        try
        {
            sink = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"clean: cannot write {outPath}: {e.Message}");
            return 1;
        }

        using (sink)
        using (var writer = new Utf8JsonWriter(sink, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            var cleaner = HtmlCleaner.Default;
            using var sessions = new ThreadLocal<HtmlCleaner.Session>(cleaner.CreateSession);
            var batch = new (string Path, byte[]? Bytes, string? ReadError)[BatchSize];
            var results = new Result[BatchSize];
            for (int start = 0; start < sources.Count; start += BatchSize)
            {
                int n = Math.Min(BatchSize, sources.Count - start);
                for (int i = 0; i < n; i++)
                {
                    string path = sources[start + i];
                    try
                    {
                        batch[i] = (path, Read(path, stdin), null);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                    {
                        batch[i] = (path, null, e.Message);
                    }
                }

                Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
                {
                    var (path, bytes, readError) = batch[i];
                    string sha = bytes is null ? "" : Convert.ToHexStringLower(SHA256.HashData(bytes));
                    if (bytes is null)
                    {
                        results[i] = new Result(path, sha, null, "read", readError);
                        return;
                    }

                    try
                    {
                        results[i] = new Result(path, sha, sessions.Value!.Clean(bytes, null), null, null);
                    }
                    catch (PageTooLargeException e)
                    {
                        results[i] = new Result(path, sha, null, "too-large", e.Message);
                    }
                });

                for (int i = 0; i < n; i++)
                {
                    Write(writer, results[i]);
                    writer.Flush();
                    sink.WriteByte((byte)'\n');
                    batch[i] = default;
                    results[i] = default!;
                }
            }
        }

        return 0;
    }

    private sealed record Result(string Path, string Sha256, CleanedArticle? Article, string? ErrorKind, string? ErrorMessage);

    private static void Write(Utf8JsonWriter w, Result r)
    {
        w.Reset();
        w.WriteStartObject();
        w.WriteStartObject("source");
        w.WriteString("path", r.Path);
        w.WriteNull("url");
        w.WriteString("sha256", r.Sha256);
        w.WriteEndObject();
        if (r.Article is not { } a)
        {
            w.WriteStartObject("error");
            w.WriteString("kind", r.ErrorKind);
            w.WriteString("message", r.ErrorMessage);
            w.WriteEndObject();
            w.WriteEndObject();
            return;
        }

        w.WriteString("title", a.Title);
        if (a.PublishedAt is DateOnly d)
        {
            w.WriteString("publishedAt", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("publishedAt");
        }

        w.WriteString("author", a.Author);
        w.WriteStartArray("paragraphs");
        foreach (string p in a.Paragraphs)
        {
            w.WriteStringValue(p);
        }

        w.WriteEndArray();
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }

    private static byte[] Read(string path, Func<Stream> stdin)
    {
        if (path == "-")
        {
            using var input = stdin();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            return buffer.ToArray();
        }

        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            return buffer.ToArray();
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>Expands folders (recursively, ordinal order) into pages; no inputs means standard input.</summary>
    internal static List<string> Expand(IReadOnlyList<string> inputs)
    {
        var result = new List<string>();
        if (inputs.Count == 0)
        {
            result.Add("-");
            return result;
        }

        foreach (string input in inputs)
        {
            if (input == "-")
            {
                result.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(IsPage).ToList();
                files.Sort(StringComparer.Ordinal);
                result.AddRange(files);
            }
            else if (File.Exists(input))
            {
                result.Add(input);
            }
            else
            {
                throw new IOException($"no such file or folder: {input}");
            }
        }

        return result;
    }

    private static bool IsPage(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm.gz", StringComparison.OrdinalIgnoreCase);
}
