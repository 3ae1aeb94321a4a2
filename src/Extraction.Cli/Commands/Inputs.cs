using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>One document to read: where it came from and how to open it.</summary>
/// <param name="Path">The path as the user gave it (or <c>-</c> for standard input).</param>
/// <param name="Open">Opens the document's bytes.</param>
internal sealed record InputDocument(string Path, Func<Stream> Open);

/// <summary>Expands the command line's inputs into documents: files, folders (recursive, sorted), standard input.</summary>
internal static class Inputs
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    public static IEnumerable<InputDocument> Expand(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0)
        {
            inputs = ["-"];
        }

        foreach (string input in inputs)
        {
            if (input == "-")
            {
                yield return new InputDocument("-", Console.OpenStandardInput);
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(f => f.Replace('\\', '/'))
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    yield return new InputDocument(file, () => File.OpenRead(file));
                }
            }
            else if (File.Exists(input))
            {
                yield return new InputDocument(input, () => File.OpenRead(input));
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {input}", input);
            }
        }
    }
}

/// <summary>The inputs argument that the reading verbs share.</summary>
internal static class InputsArgument
{
    /// <summary>
    /// Zero or more paths. A word that starts with <c>-</c> and names no file or folder is a mistyped option
    /// (<c>--bogus</c>), not an input that does not exist: a usage error (exit 2) before anything is read or written.
    /// A file whose name starts with <c>-</c> is still read when it exists, or as <c>./-name</c>.
    /// </summary>
    public static Argument<string[]> Create(string description)
    {
        var argument = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = description };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                string value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"Unknown option '{value}' (an input whose name starts with '-' can be given as ./{value}).");
                    return;
                }
            }
        });
        return argument;
    }
}
