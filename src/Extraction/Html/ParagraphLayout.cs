using System.Text;

namespace Extraction.Html;

/// <summary>
/// Turns a block's text into paragraphs: lines broken inside a sentence are joined, a
/// blank line (two <c>&lt;br&gt;</c>s) or a line ending a sentence before a capital starts
/// a new paragraph; each paragraph is one line.
/// </summary>
internal static class ParagraphLayout
{
    /// <summary>Appends the paragraphs of <paramref name="blockText"/> to <paramref name="output"/>.</summary>
    public static void Split(string blockText, List<string> output)
    {
        if (!blockText.Contains('\n'))
        {
            output.Add(blockText);
            return;
        }

        var current = new StringBuilder();
        foreach (var range in blockText.AsSpan().Split('\n'))
        {
            var line = blockText.AsSpan()[range].Trim();
            if (line.IsEmpty)
            {
                FlushTo(current, output);
                continue;
            }

            if (current.Length > 0 && StartsNewParagraph(current, line))
            {
                FlushTo(current, output);
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        FlushTo(current, output);
    }

    private static bool StartsNewParagraph(StringBuilder previous, ReadOnlySpan<char> next)
    {
        char last = previous[^1];
        char first = next[0];
        if (char.IsLower(first))
        {
            return false;
        }

        if (last is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or ')' or '»')
        {
            return true;
        }

        // A heading line in capitals (I. KẾT QUẢ) stands alone.
        return IsAllCaps(previous) && !IsAllCaps(next);
    }

    private static bool IsAllCaps(StringBuilder text)
    {
        int letters = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }

            if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static void FlushTo(StringBuilder current, List<string> output)
    {
        if (current.Length > 0)
        {
            output.Add(current.ToString());
            current.Clear();
        }
    }
}
