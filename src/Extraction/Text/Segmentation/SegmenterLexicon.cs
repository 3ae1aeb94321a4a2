namespace Extraction.Text.Segmentation;

/// <summary>
/// The word lists a segmenter is trained with, in the layout of RDRsegmenter's lexicon
/// (Apache-2.0; one entry per line, syllables separated by spaces): multi-syllable words,
/// Vietnamese family and middle names, places, countries, companies and sentence-initial words.
/// Every list may be empty. Only what training derives from them (hashes) goes into a model.
/// </summary>
public sealed class SegmenterLexicon
{
    /// <summary>Multi-syllable dictionary words (<c>vn_vocab.txt</c>).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Multi-syllable Vietnamese place names (<c>vn_locations.txt</c>).</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>Country names, single or multi-syllable.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Company names.</summary>
    public IReadOnlyList<string> Companies { get; init; } = [];

    /// <summary>Vietnamese family names (one syllable each).</summary>
    public IReadOnlyList<string> FamilyNames { get; init; } = [];

    /// <summary>Vietnamese middle names (one syllable each).</summary>
    public IReadOnlyList<string> MiddleNames { get; init; } = [];

    /// <summary>Words that often start a sentence (so a capital there is not a name).</summary>
    public IReadOnlyList<string> SentenceInitialWords { get; init; } = [];

    /// <summary>
    /// Reads the RDRsegmenter lexicon files from <paramref name="directory"/>; a missing file
    /// gives an empty list.
    /// </summary>
    public static SegmenterLexicon LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new SegmenterLexicon
        {
            Words = ReadList(directory, "vn_vocab.txt"),
            Locations = ReadList(directory, "vn_locations.txt"),
            Countries = [.. ReadList(directory, "country_names_multi_syllable.txt"), .. ReadList(directory, "country_names_single_token.txt")],
            Companies = ReadList(directory, "world_companies.txt"),
            FamilyNames = ReadList(directory, "vn_family_names.txt"),
            MiddleNames = ReadList(directory, "vn_middle_names.txt"),
            SentenceInitialWords = ReadList(directory, "vn_sentence_initial_words.txt"),
        };
    }

    private static string[] ReadList(string directory, string name)
    {
        string path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToArray();
    }
}
