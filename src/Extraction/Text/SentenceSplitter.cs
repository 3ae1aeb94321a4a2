using Extraction.Documents;

namespace Extraction.Text;

/// <summary>
/// Splits one paragraph's tokens into sentences. A sentence ends at <c>.</c>, <c>!</c>,
/// <c>?</c> or an ellipsis when the next token opens a new sentence (a capital, a digit, a
/// quote) — but not after <c>đ/c.</c>, <c>TP.</c>, <c>PGS.TS.</c>, an initial, or a heading
/// number (<c>1.</c>, <c>II.</c>). Closing quotes and glued marks (<c>./.</c>) stay with the
/// sentence they close. Very long runs are cut so no sentence outgrows <see cref="MaxTokens"/>.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Longest sentence, in tokens, before a forced break: bounds the work of every rule.</summary>
    public const int MaxTokens = 1000;

    // Keys of abbreviations that a dot follows without ending the sentence.
    private static readonly HashSet<string> DottedAbbreviations = new(StringComparer.Ordinal)
    {
        "đ/c", "tp", "ths", "th.s", "ts", "pgs", "gs", "pgs.ts", "gs.ts", "bs", "ks", "cn", "tt", "q", "p", "tr",
        "st", "mr", "mrs", "dr", "no", "v.v", "vv", "tx", "h", "x", "kts", "ls", "nsnd", "nsưt", "đ.c",
    };

    /// <summary>Appends the sentences of tokens <paramref name="first"/>..<paramref name="end"/> to <paramref name="output"/>.</summary>
    public static void Split(string text, IReadOnlyList<Token> tokens, int first, int end, int paragraph, List<Sentence> output)
    {
        int start = first;
        int i = first;
        int gluedEnd = first; // where the last scan over glued marks stopped (see EndsSentence)
        while (i < end)
        {
            bool boundary = IsTerminator(tokens[i]) && EndsSentence(text, tokens, start, i, end, ref gluedEnd);
            if (boundary)
            {
                // Keep closing quotes, brackets and glued marks ("./.", ".”") with this sentence.
                while (i + 1 < end && tokens[i + 1].Kind == TokenKind.Punctuation && (!tokens[i + 1].HasSpaceBefore || IsCloser(tokens[i + 1])) && !IsOpener(tokens[i + 1]))
                {
                    i++;
                }
            }

            if (boundary || i + 1 - start >= MaxTokens || i + 1 == end)
            {
                Add(tokens, start, i + 1, paragraph, output);
                start = i + 1;
            }

            i++;
        }
    }

    private static void Add(IReadOnlyList<Token> tokens, int first, int end, int paragraph, List<Sentence> output)
    {
        if (end <= first)
        {
            return;
        }

        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End);
        output.Add(new Sentence(span, first, end - first, paragraph));
    }

    private static bool IsTerminator(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Key is "." or "!" or "?" or "...";

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int sentenceStart, int i, int end, ref int gluedEnd)
    {
        // Skip glued closers to see what follows them. Inside a run already scanned from an earlier token the scan
        // stops where it stopped then: without this a run of n glued marks ("!!!!…") costs n² (issue 14: 40,000 took 34 s).
        int next = Math.Max(i + 1, gluedEnd);
        while (next < end && tokens[next].Kind == TokenKind.Punctuation && (IsCloser(tokens[next]) || !tokens[next].HasSpaceBefore) && !IsOpener(tokens[next]))
        {
            next++;
        }

        gluedEnd = next;
        if (next >= end)
        {
            return true;
        }

        var following = tokens[next];
        bool opensSentence = following.IsCapitalized || following.Kind is TokenKind.Number or TokenKind.Date or TokenKind.Percent || IsOpener(following) || following.Key == "-";
        if (!opensSentence)
        {
            return false;
        }

        if (tokens[i].Key != "." || i == sentenceStart)
        {
            return true;
        }

        var before = tokens[i - 1];
        if (before.Span.End != tokens[i].Span.Start)
        {
            return true;
        }

        if (before.IsWordLike && DottedAbbreviations.Contains(before.Key))
        {
            return false;
        }

        // An initial: "Nguyễn V. An".
        if (before.IsWordLike && before.Span.Length == 1 && before.IsCapitalized && i - 1 > sentenceStart && tokens[i - 2].IsCapitalized)
        {
            return false;
        }

        // A heading number opening a sentence: "1. Công tác …", "II. Nhiệm vụ …".
        if (i - 1 == sentenceStart && (before.Kind == TokenKind.Number || IsRomanNumeral(before.Span.Slice(text))))
        {
            return false;
        }

        return true;
    }

    private static bool IsCloser(Token token) => token.Key is "\"" or "'" or ")" or "]" or "}" && token.Span.Length == 1;

    private static bool IsOpener(Token token) =>
        token.Key is "(" or "[" || (token.Key is "\"" && token.HasSpaceBefore);

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 5)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L'))
            {
                return false;
            }
        }

        return true;
    }
}
