using System.CommandLine;
using System.Text;
using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Cli.Commands;

/// <summary><c>tokenize [INPUT …]</c>: one sentence per line, tokens separated by spaces.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var inputs = InputsArgument.Create("Files or folders; '-' or nothing for standard input.");
        var words = new Option<bool>("--words") { Description = "Join the syllables of a word with '_'." };
        var command = new Command("tokenize", "Split text into sentences and syllable tokens.") { inputs, words };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(inputs) ?? [], parse.GetValue(words));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("tokenize: " + e.Message.ReplaceLineEndings(" "));
                return 1;
            }
        });
        return command;
    }

    private static int Run(string[] inputs, bool words)
    {
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        foreach (var input in Inputs.Expand(inputs))
        {
            string text;
            using (var reader = new StreamReader(input.Open(), Encoding.UTF8))
            {
                text = reader.ReadToEnd();
            }

            var cleaned = new CleanedArticle(PlainTextCleaner.Normalize(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var document = ArticleDocument.Analyze(cleaned);
            foreach (var sentence in document.Sentences)
            {
                var line = new StringBuilder();
                var units = words ? document.WordsOf(sentence) : document.TokensOf(sentence).ToArray().Select(t => t.Span).ToList();
                foreach (var unit in units)
                {
                    if (line.Length > 0)
                    {
                        line.Append(' ');
                    }

                    // Inside a word, the syllables are joined by '_' (the spaces between them become '_').
                    string written = document.TextOf(unit);
                    line.Append(words ? string.Join('_', written.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : written);
                }

                output.WriteLine(line.ToString());
            }
        }

        return 0;
    }
}
