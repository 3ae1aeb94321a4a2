using Extraction.Documents;

namespace Extraction.Text.Segmentation;

/// <summary>
/// The syllables of a line whose syllables are already set apart by whitespace (UD-VTB's raw text, the <c>segment</c>
/// verb's input): one span per run of non-whitespace characters.
/// </summary>
internal static class WhitespaceSyllables
{
    /// <summary>Writes the runs of <paramref name="line"/> into <paramref name="spans"/>, doubling it when full; returns how many.</summary>
    public static int Split(ReadOnlySpan<char> line, ref TextSpan[] spans)
    {
        int count = 0;
        for (int i = 0; i < line.Length;)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (count == spans.Length)
            {
                Array.Resize(ref spans, Math.Max(16, count * 2));
            }

            spans[count++] = TextSpan.FromBounds(start, i);
        }

        return count;
    }

    /// <summary>The runs of <paramref name="line"/> as a new array.</summary>
    public static TextSpan[] Split(ReadOnlySpan<char> line)
    {
        var spans = new TextSpan[16];
        int count = Split(line, ref spans);
        return spans[..count];
    }
}
