namespace Extraction.Rules;

/// <summary>
/// Titles abbreviated as one run of capitals (viết tắt dính liền): <c>CTUBND</c> for <c>CT UBND</c>,
/// <c>UVBTVHU</c> for <c>UVBTV HU</c>, <c>PBTTTHU</c> for <c>PBTTT HU</c>. District portals write them so in lists of
/// guests. The tokenizer cuts such a run where this says, so every later stage reads the parts as if they were spaced.
/// The parts come from <see cref="Officials.Abbreviations"/>: a post first, then bodies only, so a company's or a
/// school's acronym that happens to begin like a post (<c>CTCP</c>, <c>BTC</c>) is left whole unless all of it reads.
/// </summary>
internal static class FusedAbbreviations
{
    /// <summary>The most parts a run is cut into (<c>PCT</c> + <c>UBMTTQ</c> + <c>VN</c> is three).</summary>
    public const int MaxParts = 4;

    /// <summary>Runs shorter than this are left whole: no post and body fit in three letters that are not listed.</summary>
    private const int MinLength = 4;

    /// <summary>Runs longer than this are not abbreviated titles.</summary>
    private const int MaxLength = 16;

    private static readonly HashSet<string> Posts = Keys(post: true);
    private static readonly HashSet<string> Bodies = Keys(post: false);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostLookup = Posts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyLookup = Bodies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where to cut the lower-case key of an all-capital run: writes each part's end into <paramref name="ends"/>
    /// and returns the number of parts, or 0 when the run is listed whole or does not read as a post and bodies.
    /// Of the readings, the one with the fewest parts wins, then the one with the longest post (<c>UVBTV</c> +
    /// <c>HU</c> over <c>UV</c> + <c>BTVHU</c>: the same title either way, and the post's own entry says it best).
    /// </summary>
    public static int Cut(ReadOnlySpan<char> key, Span<int> ends)
    {
        // Listed whole, it needs no cutting; and a run of other characters is no abbreviation of ours.
        if (key.Length < MinLength || key.Length > MaxLength || ends.Length < MaxParts ||
            PostLookup.Contains(key) || BodyLookup.Contains(key) || !AllLetters(key))
        {
            return 0;
        }

        return PartsFrom(key, 0, ends, 0);
    }

    /// <summary>
    /// Cuts <paramref name="key"/> from <paramref name="from"/> on into the fewest parts, longest first (the first a post, the
    /// rest bodies); returns the total number of parts with the <paramref name="before"/> already cut, or 0 when the rest does
    /// not read. The depth is at most <see cref="MaxParts"/>.
    /// </summary>
    private static int PartsFrom(ReadOnlySpan<char> key, int from, Span<int> ends, int before)
    {
        if (from == key.Length)
        {
            return before;
        }

        if (before == MaxParts)
        {
            return 0;
        }

        var lookup = before == 0 ? PostLookup : BodyLookup;
        Span<int> best = stackalloc int[MaxParts];
        int bestParts = 0;
        for (int end = key.Length; end >= from + 2; end--)
        {
            if (!lookup.Contains(key[from..end]))
            {
                continue;
            }

            ends[before] = end;
            int parts = PartsFrom(key, end, ends, before + 1);
            if (parts > 0 && (bestParts == 0 || parts < bestParts))
            {
                bestParts = parts;
                ends[..parts].CopyTo(best);
            }
        }

        best[..bestParts].CopyTo(ends);
        return bestParts;
    }

    private static bool AllLetters(ReadOnlySpan<char> key)
    {
        foreach (char c in key)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The keys of the posts or of the bodies in the abbreviation table that are letters alone.</summary>
    private static HashSet<string> Keys(bool post) =>
        Officials.Abbreviations
            .Where(a => a.Value.IsPosition == post && AllLetters(a.Key))
            .Select(a => a.Key)
            .ToHashSet(StringComparer.Ordinal);
}
