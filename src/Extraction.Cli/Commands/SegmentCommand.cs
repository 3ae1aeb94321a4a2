using System.CommandLine;
using System.Text;
using Extraction.Documents;
using Extraction.Text;
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
            try
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
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // A missing input, an unwritable output or a model file that is not one: a message, not a stack trace.
                Console.Error.WriteLine("segment: " + e.Message.ReplaceLineEndings(" "));
                return 1;
            }
        });
        return command;
    }

    /// <summary>Segments every line of <paramref name="inputPath"/> into <paramref name="outputPath"/>.</summary>
    /// <remarks>
    /// Lines are split as <see cref="File.ReadLines(string)"/> splits them (LF, CR or CRLF; no empty last line) and
    /// normalised to NFC, but read in 64 KB blocks straight from a char buffer: no string per line unless a line is
    /// not NFC already, syllable spans and word flags in reused buffers, each output line built in a reused buffer
    /// and written once through a 64 KB writer.
    /// </remarks>
    public static void SegmentFile(WordSegmenter segmenter, string inputPath, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        using var reader = new StreamReader(new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var writer = new StreamWriter(new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        var lines = new LineSegmenter(segmenter, writer);
        char[] buffer = new char[1 << 16];
        int start = 0, end = 0;
        bool skipLf = false; // the previous block ended in CR: an LF opening this one belongs to it
        while (true)
        {
            if (start > 0 && start == end)
            {
                start = end = 0;
            }
            else if (end == buffer.Length)
            {
                if (start > 0)
                {
                    Array.Copy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                else
                {
                    Array.Resize(ref buffer, buffer.Length * 2); // a line longer than the buffer
                }
            }

            int read = reader.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start)
                {
                    lines.Segment(buffer.AsSpan(start, end - start)); // the last line, without a line break
                }

                return;
            }

            if (skipLf && buffer[end] == '\n')
            {
                start = end + 1;
            }

            skipLf = false;
            end += read;
            while (true)
            {
                int at = buffer.AsSpan(start, end - start).IndexOfAny('\r', '\n');
                if (at < 0)
                {
                    break;
                }

                at += start;
                lines.Segment(buffer.AsSpan(start, at - start));
                if (buffer[at] == '\r')
                {
                    if (at + 1 < end)
                    {
                        start = buffer[at + 1] == '\n' ? at + 2 : at + 1;
                        continue;
                    }

                    skipLf = true;
                }

                start = at + 1;
            }
        }
    }

    /// <summary>One line at a time, into the writer; the buffers are reused from line to line.</summary>
    private sealed class LineSegmenter(WordSegmenter segmenter, StreamWriter writer)
    {
        private TextSpan[] _spans = new TextSpan[256];
        private bool[] _begins = new bool[256];
        private char[] _output = new char[1024];

        public void Segment(ReadOnlySpan<char> line)
        {
            // UD-VTB is NFC already; only a line that is not pays for a normalised copy. Units normalisation refuses
            // (U+FFFE, a lone surrogate) become U+FFFD instead of stopping the file.
            ReadOnlySpan<char> text = UnicodeNormalization.IsNormalized(line) ? line : UnicodeNormalization.Normalize(line.ToString());
            int count = WhitespaceSyllables.Split(text, ref _spans);

            if (_begins.Length < count)
            {
                _begins = new bool[_spans.Length];
            }

            var spans = _spans.AsSpan(0, count);
            var begins = _begins.AsSpan(0, count);
            segmenter.Segment(text, spans, begins);
            if (_output.Length < text.Length + 1)
            {
                _output = new char[Math.Max(text.Length + 1, _output.Length * 2)];
            }

            // Syllables with ' ' between words and '_' inside one: never longer than the line itself.
            int length = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    _output[length++] = begins[i] ? ' ' : '_';
                }

                text.Slice(spans[i].Start, spans[i].Length).CopyTo(_output.AsSpan(length));
                length += spans[i].Length;
            }

            _output[length++] = '\n';
            writer.Write(_output, 0, length);
        }
    }
}
