using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Cli.Commands;

/// <summary><c>extract [INPUT …] [-o PATH] [--parallel N]</c>: articles in, one JSON line per document out, in input order.</summary>
internal static class ExtractCommand
{
    private const int UsageError = 2;

    private const int CannotComplete = 1;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders; '-' or nothing for standard input." };
        var output = new Option<string?>("--out", "-o") { Description = "Write JSON Lines here instead of standard output." };
        var parallel = new Option<int>("--parallel") { Description = "Documents processed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("extract", "Extract records from articles.") { inputs, output, parallel };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(output), parse.GetValue(parallel)));
        return command;
    }

    private static int Run(string[] inputs, string? outputPath, int parallel)
    {
        if (parallel < 1)
        {
            Console.Error.WriteLine("--parallel must be at least 1.");
            return UsageError;
        }

        List<InputDocument> documents;
        try
        {
            documents = Inputs.Expand(inputs).ToList();
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return CannotComplete;
        }

        using var writer = outputPath is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
            : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
        var extractor = ArticleExtractor.Default;
        var lines = documents.AsParallel().AsOrdered().WithDegreeOfParallelism(parallel).Select(d => Process(extractor, d));
        foreach (string line in lines)
        {
            writer.WriteLine(line);
        }

        return 0;
    }

    internal static string Process(ArticleExtractor extractor, InputDocument document)
    {
        byte[] bytes = [];
        try
        {
            using (var stream = document.Open())
            using (var buffer = new MemoryStream())
            {
                stream.CopyTo(buffer);
                bytes = buffer.ToArray();
            }

            var source = new Source(document.Path, null, ArticleExtractor.Sha256Hex(bytes));
            return RecordJson.Serialize(extractor.Extract(bytes, source));
        }
        catch (ExtractionException e)
        {
            return ErrorLine(document.Path, bytes, e.KindName, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ErrorLine(document.Path, bytes, "unreadable", e.Message);
        }
    }

    private static readonly JsonSerializerOptions ErrorJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string ErrorLine(string path, byte[] bytes, string kind, string message)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = ErrorJson.Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartObject("source");
            json.WriteString("path", path);
            json.WriteNull("url");
            json.WriteString("sha256", ArticleExtractor.Sha256Hex(bytes));
            json.WriteEndObject();
            json.WriteStartObject("error");
            json.WriteString("kind", kind);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
