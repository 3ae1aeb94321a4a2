using Extraction.Documents;

namespace Extraction.Text;

/// <summary>
/// One worker's memo of token keys: the text of a token as written (<c>Đảng</c>, <c>huyện</c>, <c>UBND</c>) to its
/// matching key, so a syllable met again is keyed by one hash look-up instead of normalising it (NFC, tone-mark
/// placement, lower case: several allocations each time) and every occurrence shares one key string. News text
/// repeats a few thousand syllables, so after a page or two nearly every token is a hit. Not thread-safe: one per
/// worker (the pipeline pools them with the other per-document scratch). Bounded: it starts afresh when full.
/// </summary>
internal sealed class TokenKeyCache
{
    /// <summary>Entries kept before starting afresh (a few MB at most).</summary>
    private const int MaxEntries = 1 << 15;

    /// <summary>Longer tokens (URLs, long abbreviations) are keyed each time: they rarely repeat.</summary>
    private const int MaxLength = 32;

    private readonly Dictionary<string, (string Key, bool Syllable)> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, bool Syllable)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenKeyCache() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The key of a word or abbreviation (<see cref="VietnameseOrthography.Key"/>), and whether the key has the shape
    /// of one Vietnamese syllable (<see cref="SyllableShape.IsSyllable"/>).
    /// </summary>
    public string WordKey(ReadOnlySpan<char> text, out bool syllable)
    {
        if (text.Length <= MaxLength && _lookup.TryGetValue(text, out var hit))
        {
            syllable = hit.Syllable;
            return hit.Key;
        }

        string key = VietnameseOrthography.Key(text);
        syllable = SyllableShape.IsSyllable(key);
        if (text.Length <= MaxLength)
        {
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            _lookup[text] = (key, syllable);
        }

        return key;
    }
}
