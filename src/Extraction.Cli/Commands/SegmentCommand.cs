using System.CommandLine;
using System.Text;
using Extraction.Documents;
using Extraction.Text.Segmentation;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>segment --input RAW --output FILE [--model FILE]</c>: word-segments a file with one
/// sentence per line, syllables separated by spaces (e.g. UD-VTB <c>*.raw.txt</c>), writing
/// words separated by spaces and syllables joined by <c>_</c> (the format of the scorer in
/// <c>../shared/bench/score_segmentation.py</c>).
/// </summary>
public static class SegmentCommand
{
    /// <summary>Builds the <c>segment</c> command.</summary>
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "One sentence per line, syllables separated by spaces", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Segmented output file", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "Model file (default: the embedded model)" };
        var command = new Command("segment", "Word-segment Vietnamese text, one sentence per line.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(model);
        command.SetAction(parseResult =>
        {
            FileInfo? modelFile = parseResult.GetValue(model);
            WordSegmenter segmenter;
            if (modelFile is null)
            {
                segmenter = WordSegmenter.Default;
            }
            else
            {
                using FileStream stream = modelFile.OpenRead();
                segmenter = WordSegmenter.Load(stream);
            }

            SegmentFile(segmenter, parseResult.GetValue(input)!.FullName, parseResult.GetValue(output)!.FullName);
            return 0;
        });
        return command;
    }

    /// <summary>Segments every line of <paramref name="inputPath"/> into <paramref name="outputPath"/>.</summary>
    public static void SegmentFile(WordSegmenter segmenter, string inputPath, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        var spans = new List<TextSpan>();
        var line = new StringBuilder();
        foreach (string raw in File.ReadLines(inputPath, Encoding.UTF8))
        {
            string text = raw.Normalize(NormalizationForm.FormC);
            spans.Clear();
            for (int i = 0; i < text.Length;)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                spans.Add(TextSpan.FromBounds(start, i));
            }

            var begins = new bool[spans.Count];
            segmenter.Segment(text, spans.ToArray(), begins);
            line.Clear();
            for (int i = 0; i < spans.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(begins[i] ? ' ' : '_');
                }

                line.Append(text.AsSpan(spans[i].Start, spans[i].Length));
            }

            writer.WriteLine(line.ToString());
        }
    }
}
