using System.Collections.Frozen;
using Extraction.Documents;
using Extraction.Extractors;

namespace Extraction.Pipeline;

/// <summary>
/// Which extractors a document can feed. Most pages hold no word that could start a discipline, an honour or an admission;
/// an extractor that declares its <see cref="IExtractor.RequiredKeys"/> is run only over a document holding one of them.
/// One dictionary look-up per token answers for every extractor at once. Immutable and thread-safe.
/// </summary>
internal sealed class ExtractorGate
{
    private readonly FrozenDictionary<string, ulong> _extractorsByKey;
    private readonly ulong _alwaysOpen;

    /// <param name="extractors">The pipeline's stages, in order (at most 64).</param>
    public ExtractorGate(IReadOnlyList<IExtractor> extractors)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extractors.Count, 64, nameof(extractors));
        var byKey = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int e = 0; e < extractors.Count; e++)
        {
            if (extractors[e].RequiredKeys is not { } required)
            {
                _alwaysOpen |= 1UL << e;
                continue;
            }

            foreach (string key in required.Keys)
            {
                byKey[key] = byKey.GetValueOrDefault(key) | (1UL << e);
            }
        }

        _extractorsByKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The extractors worth running over <paramref name="document"/>: bit <c>e</c> set for extractor <c>e</c>.</summary>
    public ulong Open(ArticleDocument document)
    {
        ulong open = _alwaysOpen;
        open |= Scan(document.Tokens);
        open |= Scan(document.TitleTokens);
        return open;
    }

    private ulong Scan(ReadOnlySpan<Token> tokens)
    {
        ulong found = 0;
        foreach (ref readonly var token in tokens)
        {
            if (_extractorsByKey.TryGetValue(token.Key, out ulong extractors))
            {
                found |= extractors;
            }
        }

        return found;
    }
}
