using Extraction.Text;

namespace Extraction.Documents;

/// <summary>
/// The keys that can start a match of one extractor's rules (<c>kết</c> for <c>kết nạp</c>, <c>khiển</c> for
/// <c>khiển trách</c> …): a document holding none of them cannot feed the extractor, so the pipeline skips it
/// (<see cref="Pipeline.ExtractorGate"/>). Keyed once (NFC, one tone-mark placement, lower case) when built; immutable
/// and thread-safe, so one instance per extractor.
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
