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
/// <c>{"source":{"path","url","sha256"},"title","publishedAt","author","paragraphs","sections","text"}</c>
/// (<c>paragraphs</c> in reading order, image captions in their place; <c>sections</c> names the section of each:
/// <c>headline</c>, <c>lead</c>, <c>body</c>, <c>caption</c>; <c>text</c> joins the paragraphs that are not captions),
/// or <c>{"source":…,"error":{"kind","message"}}</c> for a page that could not be cleaned.
/// </summary>
public static class CleanCommand
{
    /// <summary>Creates the <c>clean</c> command.</summary>
    public static Command Create()
    {
        var inputs = InputsArgument.Create("HTML pages (.html, .htm, .html.gz), folders, or - for standard input (the default)");
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
            var pipeline = new Pipeline(sources, Math.Max(1, workers), stdin);
            pipeline.Start();
            for (int i = 0; i < sources.Count; i++)
            {
                var result = pipeline.Take(i);
                result.Failure?.Throw();
                Write(writer, result);
                writer.Flush();
                sink.WriteByte((byte)'\n');
            }
        }

        return 0;
    }

    /// <summary>
    /// Pages are claimed in input order by a fixed set of worker threads, each with its own
    /// cleaner session and read buffer (no shared scratch, no pool behind a lock); results wait in
    /// a bounded window until the writer takes them in order, so at most a few pages are in
    /// memory at once whatever the number of inputs.
    /// </summary>
    private sealed class Pipeline(List<string> sources, int workers, Func<Stream> stdin)
    {
        private readonly object _gate = new();
        private readonly Result?[] _window = new Result?[Math.Max(4, 2 * workers)];
        private int _claimed;
        private int _taken;

        public void Start()
        {
            for (int w = 0; w < workers; w++)
            {
                var thread = new Thread(Work) { IsBackground = true, Name = $"clean-{w}" };
                thread.Start();
            }
        }

        public Result Take(int index)
        {
            lock (_gate)
            {
                int slot = index % _window.Length;
                while (_window[slot] is null)
                {
                    Monitor.Wait(_gate);
                }

                var result = _window[slot]!;
                _window[slot] = null;
                _taken = index + 1;
                Monitor.PulseAll(_gate);
                return result;
            }
        }

        private void Work()
        {
            var session = HtmlCleaner.Default.CreateSession();
            byte[] buffer = new byte[64 * 1024];
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (_claimed < sources.Count && _claimed >= _taken + _window.Length)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_claimed >= sources.Count)
                    {
                        return;
                    }

                    index = _claimed++;
                }

                Result result;
                try
                {
                    result = Process(sources[index], session, ref buffer, stdin);
                }
                catch (Exception e)
                {
                    result = new Result(sources[index], "", null, null, null) { Failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e) };
                }

                if (buffer.Length > 16 * 1024 * 1024)
                {
                    buffer = new byte[64 * 1024]; // do not keep an outsized page's buffer
                }

                lock (_gate)
                {
                    _window[index % _window.Length] = result;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private static Result Process(string path, HtmlCleaner.Session session, ref byte[] buffer, Func<Stream> stdin)
    {
        int length;
        try
        {
            length = Read(path, stdin, ref buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new Result(path, "", null, "read", e.Message);
        }

        var page = buffer.AsSpan(0, length);
        string sha = Convert.ToHexStringLower(SHA256.HashData(page));
        try
        {
            return new Result(path, sha, session.Clean(page, null), null, null);
        }
        catch (PageTooLargeException e)
        {
            return new Result(path, sha, null, "too-large", e.Message);
        }
    }

    private sealed record Result(string Path, string Sha256, CleanedArticle? Article, string? ErrorKind, string? ErrorMessage)
    {
        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure { get; init; }
    }

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
        // Parallel to "paragraphs" (a consumer that reads only the strings is unaffected): headline, lead, body or caption.
        w.WriteStartArray("sections");
        foreach (var section in a.Sections)
        {
            w.WriteStringValue(SectionName(section));
        }

        w.WriteEndArray();
        // The article's text without its captions: what main-content extraction is scored on.
        w.WriteString("text", a.TextOf(ArticleSection.Headline, ArticleSection.Lead, ArticleSection.Body));
        w.WriteEndObject();
    }

    /// <summary>The JSON name of a section: <c>headline</c>, <c>lead</c>, <c>body</c>, <c>caption</c>.</summary>
    internal static string SectionName(ArticleSection section) => section switch
    {
        ArticleSection.Headline => "headline",
        ArticleSection.Lead => "lead",
        ArticleSection.Caption => "caption",
        _ => "body",
    };

        /// <summary>Reads a page into the worker's buffer (grown as needed); returns its length.</summary>
    private static int Read(string path, Func<Stream> stdin, ref byte[] buffer)
    {
        if (path == "-")
        {
            using var input = stdin();
            return ReadAll(input, ref buffer);
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            return ReadAll(gzip, ref buffer);
        }

        return ReadAll(file, ref buffer);
    }

    private static int ReadAll(Stream input, ref byte[] buffer)
    {
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, checked(buffer.Length * 2));
            }

            int n = input.Read(buffer, length, buffer.Length - length);
            if (n == 0)
            {
                return length;
            }

            length += n;
        }
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
