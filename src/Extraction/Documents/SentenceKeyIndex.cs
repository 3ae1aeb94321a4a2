using Extraction.Text;

namespace Extraction.Documents;

/// <summary>
/// The keys that can start a match of one extractor's rules (<c>kết</c> for <c>kết nạp</c>, <c>khiển</c> for
/// <c>khiển trách</c> …): a sentence holding none of them cannot match, so the extractor skips its scan. Keyed once
/// (NFC, one tone-mark placement, lower case) when built; immutable and thread-safe, so one static instance per extractor.
/// </summary>
internal sealed class TriggerKeys
{
    /// <param name="words">Trigger syllables as written (each is keyed, duplicates dropped).</param>
    public TriggerKeys(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Keys = words.Select(w => VietnameseOrthography.Key(w)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The trigger keys.</summary>
    public IReadOnlyList<string> Keys { get; }
}

/// <summary>A set of sentence indices of one document (a bit set).</summary>
internal readonly struct SentenceSet
{
    private readonly ulong[] _bits;

    internal SentenceSet(ulong[] bits) => _bits = bits;

    /// <summary>True when sentence <paramref name="index"/> is in the set.</summary>
    public bool Contains(int index) =>
        _bits is not null && (uint)(index >> 6) < (uint)_bits.Length && (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>True when no sentence is in the set.</summary>
    public bool IsEmpty => _bits is null || Array.TrueForAll(_bits, b => b == 0);

    /// <summary>The sentence indices, in order.</summary>
    public IEnumerable<int> Indices()
    {
        if (_bits is null)
        {
            yield break;
        }

        for (int w = 0; w < _bits.Length; w++)
        {
            ulong word = _bits[w];
            while (word != 0)
            {
                int bit = System.Numerics.BitOperations.TrailingZeroCount(word);
                yield return (w << 6) + bit;
                word &= word - 1;
            }
        }
    }
}

/// <summary>
/// For every distinct token key of a document, the sentences that hold it: built once per document on first use (one
/// pass over the tokens), then any extractor asks which sentences hold any of its <see cref="TriggerKeys"/> for the
/// cost of a few dictionary look-ups, instead of running its phrase tables over every token of every sentence.
/// Immutable once built.
/// </summary>
internal sealed class SentenceKeyIndex
{
    private readonly Dictionary<string, ulong[]> _sentencesByKey;
    private readonly int _words;

    private SentenceKeyIndex(Dictionary<string, ulong[]> sentencesByKey, int words)
    {
        _sentencesByKey = sentencesByKey;
        _words = words;
    }

    /// <summary>Indexes the sentences of <paramref name="document"/> by the keys of their tokens.</summary>
    public static SentenceKeyIndex Build(ArticleDocument document)
    {
        var sentences = document.Sentences;
        int words = (sentences.Length + 63) >> 6;
        var byKey = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Length; s++)
        {
            ulong bit = 1UL << (s & 63);
            foreach (ref readonly var token in document.TokensOf(sentences[s]))
            {
                if (!byKey.TryGetValue(token.Key, out var bits))
                {
                    bits = new ulong[words];
                    byKey.Add(token.Key, bits);
                }

                bits[s >> 6] |= bit;
            }
        }

        return new SentenceKeyIndex(byKey, words);
    }

    /// <summary>The sentences holding at least one token whose key is one of <paramref name="triggers"/>.</summary>
    public SentenceSet SentencesWithAny(TriggerKeys triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        var result = new ulong[_words];
        foreach (string key in triggers.Keys)
        {
            if (_sentencesByKey.TryGetValue(key, out var bits))
            {
                for (int w = 0; w < result.Length; w++)
                {
                    result[w] |= bits[w];
                }
            }
        }

        return new SentenceSet(result);
    }
}
