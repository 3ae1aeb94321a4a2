using System.Collections.Frozen;
using Extraction.Documents;
using Extraction.Extractors;

namespace Extraction.Pipeline;

/// <summary>
/// Which extractors a document can feed. Most pages hold no word that could start a discipline, an honour or an admission;
/// an extractor that declares its <see cref="IExtractor.RequiredKeys"/> is run only over a document holding one of them.
/// A page without a Vietnamese letter feeds none. One dictionary look-up per token answers for every extractor at once.
/// Immutable and thread-safe.
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

    /// <summary>
    /// The extractors worth running over <paramref name="document"/>: bit <c>e</c> set for extractor <c>e</c>. None for a
    /// document without a single Vietnamese letter (a page in another language): every rule reads Vietnamese words.
    /// </summary>
    public ulong Open(ArticleDocument document)
    {
        bool vietnamese = false;
        ulong open = Scan(document.Tokens, ref vietnamese) | Scan(document.TitleTokens, ref vietnamese);
        return vietnamese ? open | _alwaysOpen : 0;
    }

    private ulong Scan(ReadOnlySpan<Token> tokens, ref bool vietnamese)
    {
        ulong found = 0;
        foreach (ref readonly var token in tokens)
        {
            if (_extractorsByKey.TryGetValue(token.Key, out ulong extractors))
            {
                found |= extractors;
            }

            vietnamese = vietnamese || (token.Kind is TokenKind.Word or TokenKind.Abbreviation && HasLatinLetterBeyondAscii(token.Key));
        }

        return found;
    }

    /// <summary>
    /// False when no token of <paramref name="cleaned"/> can hold a Vietnamese letter, so <see cref="Open"/> would close every
    /// extractor and the text need not be analysed at all (a page in another language). Decided on the raw characters, before
    /// tokens exist, by three vectorised range tests, so the ranges are wider than the letters: besides Latin-1 Supplement to
    /// Latin Extended-B and Latin Extended Additional, the combining marks (U+0300–U+036F), which normalisation composes with an
    /// ASCII letter, and the letterlike symbols (U+2100–U+214F: the Ångström sign normalises to <c>Å</c>).
    /// </summary>
    public static bool MayHoldVietnamese(CleanedArticle cleaned) =>
        MayHoldVietnamese(cleaned.Text) || cleaned.Title is string title && MayHoldVietnamese(title);

    private static bool MayHoldVietnamese(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u00C0', '\u036F') >= 0 || text.IndexOfAnyInRange('\u1E00', '\u1EFF') >= 0 ||
        text.IndexOfAnyInRange('\u2100', '\u214F') >= 0;

    /// <summary>
    /// True when the key holds a letter of Latin-1 Supplement to Latin Extended-B (<c>đ</c>, <c>ơ</c>, <c>ư</c>, <c>â</c> …) or of
    /// Latin Extended Additional (the toned vowels): Vietnamese writes nearly every sentence with some. A few other languages'
    /// letters (<c>é</c>) count too, which only keeps the extractors on.
    /// </summary>
    private static bool HasLatinLetterBeyondAscii(string key)
    {
        foreach (char c in key)
        {
            if (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF')
            {
                return true;
            }
        }

        return false;
    }
}
