using System.CommandLine;
using System.Text;
using Extraction.Documents;
using Extraction.Text;
using Extraction.Text.Segmentation;

namespace Extraction.Cli.Commands;

/// <summary><c>tokenize [INPUT …]</c>: one sentence per line, tokens separated by spaces.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders; '-' or nothing for standard input." };
        var words = new Option<bool>("--words") { Description = "Join the syllables of a word with '_'." };
        var command = new Command("tokenize", "Split text into sentences and syllable tokens.") { inputs, words };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(words)));
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
                var tokens = document.TokensOf(sentence);
                var spans = new TextSpan[tokens.Length];
                var beginsWord = new bool[tokens.Length];
                for (int i = 0; i < tokens.Length; i++)
                {
                    spans[i] = tokens[i].Span;
                    beginsWord[i] = true;
                }

                if (words)
                {
                    WordSegmenter.Default.Segment(document.Text, spans, beginsWord);
                }

                var line = new StringBuilder();
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (line.Length > 0)
                    {
                        line.Append(beginsWord[i] ? ' ' : '_');
                    }

                    line.Append(document.Slice(spans[i]));
                }

                output.WriteLine(line.ToString());
            }
        }

        return 0;
    }
}
