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
