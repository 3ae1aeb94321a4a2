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
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders; '-' or nothing for standard input." };
        var words = new Option<bool>("--words") { Description = "Join the syllables of a word with '_' (needs the word segmenter)." };
        var command = new Command("tokenize", "Split text into sentences and syllable tokens.") { inputs, words };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(words)));
        return command;
    }

    private static int Run(string[] inputs, bool words)
    {
        if (words)
        {
            Console.Error.WriteLine("--words needs the word segmenter, which is not part of this build yet.");
            return 2;
        }

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
                foreach (var token in document.TokensOf(sentence))
                {
                    if (line.Length > 0)
                    {
                        line.Append(' ');
                    }

                    line.Append(document.Slice(token.Span));
                }

                output.WriteLine(line.ToString());
            }
        }

        return 0;
    }
}
