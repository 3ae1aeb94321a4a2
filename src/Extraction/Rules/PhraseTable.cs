using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Rules;

/// <summary>
/// A named table of multi-syllable phrases matched on token keys, longest first:
/// <c>phó bí thư thường trực</c> beats <c>phó bí thư</c>. Phrases are written as text and
/// keyed once (NFC, one tone-mark placement, lower case), so <c>Uỷ ban</c> in an article
/// matches <c>Ủy ban</c> in the table. Immutable and thread-safe.
/// </summary>
/// <typeparam name="T">What a phrase maps to.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, (string[] Keys, T Value)[]> _byFirstKey;
    private readonly HashSet<(string Before, string First)>? _enclosing;

    /// <summary>The keys its phrases start with: a token sequence without any of them cannot match.</summary>
    public IEnumerable<string> FirstKeys => _byFirstKey.Keys;

    /// <summary>Builds the table.</summary>
    /// <param name="name">The table's name, for diagnostics and provenance.</param>
    /// <param name="entries">Phrases (syllables separated by spaces) and their values.</param>
    /// <param name="enclosingWords">
    /// Two-syllable words whose second syllable must not start a match (<c>tư cách</c>: <c>xóa tư cách chức vụ</c> holds no
    /// <c>cách chức</c>): a phrase is matched from a word's start, not from inside one.
    /// </param>
    public PhraseTable(string name, IEnumerable<(string Phrase, T Value)> entries, IEnumerable<string>? enclosingWords = null)
    {
        Name = name;
        _enclosing = enclosingWords?
            .Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => VietnameseOrthography.Key(x)).ToArray())
            .Select(k => k.Length == 2 ? (k[0], k[1]) : throw new ArgumentException($"'{string.Join(' ', k)}' is not a two-syllable word", nameof(enclosingWords)))
            .ToHashSet();
        _byFirstKey = entries
            .Select(e => (Keys: Words(e.Phrase).Select(w => VietnameseOrthography.Key(w)).ToArray(), e.Value))
            .GroupBy(e => e.Keys[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Keys.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The syllables of a phrase as the tokenizer splits them: a comma written against a word is a token of its own
    /// (<c>tập thể, cá nhân</c> → <c>tập</c> <c>thể</c> <c>,</c> <c>cá</c> <c>nhân</c>).
    /// </summary>
    private static IEnumerable<string> Words(string phrase)
    {
        foreach (string word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && word.EndsWith(','))
            {
                yield return word[..^1];
                yield return ",";
            }
            else
            {
                yield return word;
            }
        }
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The longest phrase that starts at <paramref name="index"/>, if any.</summary>
    public bool TryMatch(ReadOnlySpan<Token> tokens, int index, out T value, out int length)
    {
        value = default!;
        length = 0;
        if ((uint)index >= (uint)tokens.Length || !_byFirstKey.TryGetValue(tokens[index].Key, out var candidates) ||
            (_enclosing is not null && index > 0 && _enclosing.Contains((tokens[index - 1].Key, tokens[index].Key))))
        {
            return false;
        }

        foreach (var (keys, candidate) in candidates)
        {
            if (index + keys.Length > tokens.Length)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < keys.Length && all; k++)
            {
                all = tokens[index + k].Key == keys[k];
            }

            if (all)
            {
                value = candidate;
                length = keys.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a phrase of the table starts at <paramref name="index"/>.</summary>
    public bool StartsAt(ReadOnlySpan<Token> tokens, int index) => TryMatch(tokens, index, out _, out _);

    /// <summary>
    /// True when a phrase of the table starting at most <paramref name="maxWords"/> tokens back ends right before
    /// <paramref name="index"/> (<c>huyện</c> before <c>Anh Sơn</c>, <c>Chủ nhiệm</c> before <c>Ủy ban Kiểm tra</c>).
    /// </summary>
    public bool EndsBefore(ReadOnlySpan<Token> tokens, int index, int maxWords)
    {
        for (int k = 1; k <= maxWords && index - k >= 0; k++)
        {
            if (TryMatch(tokens, index - k, out _, out int length) && length == k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Index of the first phrase match at or after <paramref name="from"/> and before <paramref name="to"/>, or -1.</summary>
    public int Find(ReadOnlySpan<Token> tokens, int from, int to, out T value, out int length)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, tokens.Length); i++)
        {
            if (TryMatch(tokens, i, out value, out length))
            {
                return i;
            }
        }

        value = default!;
        length = 0;
        return -1;
    }
}
