using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Rules;

/// <summary>
/// The administrative units an article names, by level (<c>huyện Hòa Lâm</c>, <c>Huyện ủy Hòa Lâm</c>,
/// <c>Đảng bộ huyện Hòa Lâm</c> all name the huyện Hòa Lâm), so that a body written bare (<c>Ban Thường vụ Huyện ủy</c>,
/// <c>Ban Chấp hành Đảng bộ huyện</c>) can be completed with the article's own unit of that level when it names
/// exactly one.
/// </summary>
internal sealed class UnitPlaces
{
    /// <summary>Unit levels whose bodies are completed; hamlets and residential groups have no party committee of their level.</summary>
    private static readonly IReadOnlySet<string> CommitteeLevels = new HashSet<string>(StringComparer.Ordinal)
    {
        "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
    };

    /// <summary>At most this many syllables name a unit (<c>Krông A Na</c>).</summary>
    private const int MaxSyllables = 3;

    /// <summary>Per level, the names (by key) and the first spelling of each.</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _names = new(StringComparer.Ordinal);

    private readonly string? _province;

    private UnitPlaces(string? province) => _province = province;

    /// <summary>The units named in the article's headline and text; <paramref name="province"/> is the province it is set in, if known.</summary>
    public static UnitPlaces Of(ArticleDocument document, string? province)
    {
        var places = new UnitPlaces(province);
        if (document.Cleaned.Title is string title)
        {
            places.Collect(document.TitleTokens, title);
        }

        places.Collect(document.Tokens, document.Text);
        return places;
    }

    /// <summary>The one unit of <paramref name="level"/> the article names, or null when it names none or several.</summary>
    public string? Only(string level)
    {
        if (_names.TryGetValue(level, out var names) && names.Count == 1)
        {
            return names.Values.First();
        }

        // "Tỉnh ủy" in an article set in one province ("Huyện ủy A (Gia Lai)"): that province's committee.
        return level == "tỉnh" && names is null && _province is string p && !Officials.CentralCities.Contains(VietnameseOrthography.Key(p)) ? p : null;
    }

    /// <summary>
    /// <paramref name="name"/> with the article's unit added when it ends in a committee or a level without a name
    /// (<c>Thường vụ Huyện ủy</c> → <c>Thường vụ Huyện ủy Hòa Lâm</c>, <c>Ban Chấp hành Đảng bộ huyện</c> → <c>… huyện Hòa Lâm</c>);
    /// otherwise <paramref name="name"/> itself.
    /// </summary>
    public string Complete(string name) => BareLevel(name) is string level && Only(level) is string place ? $"{name} {place}" : name;

    /// <summary>The unit level a name ends in without naming its unit (<c>Huyện ủy</c>, <c>Đảng bộ huyện</c> → <c>huyện</c>), or null.</summary>
    public static string? BareLevel(string name)
    {
        var tokens = Tokenizer.Tokenize(name).ToArray();
        string? level = null;
        for (int k = Math.Max(0, tokens.Length - 2); k < tokens.Length && level is null; k++)
        {
            if (Officials.LevelCommittees.TryMatch(tokens, k, out string? committee, out int length) && k + length == tokens.Length)
            {
                level = committee;
            }
            else if (k > 0 && Officials.UnitLevels.TryMatch(tokens, k, out string? unit, out length) && k + length == tokens.Length &&
                     !tokens[k].IsCapitalized && tokens[k].Kind == TokenKind.Word)
            {
                level = unit;
            }
        }

        return level;
    }

    /// <summary>
    /// True when [<paramref name="from"/>, <paramref name="to"/>) names a unit (<c>tỉnh Bình Dương</c>, <c>Tỉnh ủy Tây Ninh</c>) that
    /// [<paramref name="otherFrom"/>, <paramref name="otherTo"/>) of the same tokens does not, nor <paramref name="alsoKnown"/> (a
    /// range whose units count as named already, such as the deciding body's own name).
    /// </summary>
    public static bool NamesOtherUnit(ReadOnlySpan<Token> tokens, string text, int from, int to, int otherFrom, int otherTo, Range alsoKnown = default)
    {
        var here = new UnitPlaces(null);
        here.Collect(tokens[from..to], text);
        var there = new UnitPlaces(null);
        there.Collect(tokens[otherFrom..otherTo], text);
        there.Collect(tokens[alsoKnown], text);
        foreach (var (level, names) in here._names)
        {
            if (!there._names.TryGetValue(level, out var known) || names.Keys.Any(name => !known.ContainsKey(name)))
            {
                return true;
            }
        }

        return false;
    }

    private void Collect(ReadOnlySpan<Token> tokens, string text)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!Officials.LevelCommittees.TryMatch(tokens, i, out string? level, out int length) &&
                !Officials.UnitLevels.TryMatch(tokens, i, out level, out length))
            {
                continue;
            }

            int run = NameRun(tokens, i + length);
            if (run > 0 && CommitteeLevels.Contains(level))
            {
                string written = text[tokens[i + length].Span.Start..tokens[i + length + run - 1].Span.End];
                var names = _names.TryGetValue(level, out var had) ? had : _names[level] = new(StringComparer.Ordinal);
                names.TryAdd(VietnameseOrthography.Key(written), written);
            }

            i += length + run - 1;
        }
    }

    /// <summary>
    /// The capitalised syllables of a unit's name at <paramref name="index"/>, stopping before a person's name that follows
    /// it (<c>huyện Hòa Lâm Trần Văn B</c>: a family name then a middle name) and before a committee word.
    /// </summary>
    private static int NameRun(ReadOnlySpan<Token> tokens, int index)
    {
        int i = index;
        while (i < tokens.Length && i - index < MaxSyllables && tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized &&
               !Officials.LevelCommittees.StartsAt(tokens, i) && !Officials.UnitLevels.StartsAt(tokens, i))
        {
            if (i > index && Officials.FamilyNames.Contains(tokens[i].Key) && i + 1 < tokens.Length && tokens[i + 1].IsCapitalized &&
                Officials.MiddleNames.Contains(tokens[i + 1].Key))
            {
                break;
            }

            i++;
        }

        // "tỉnh Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu": a province whose name is written in two parts joined by a dash.
        if (i > index && i + 1 < tokens.Length && tokens[i].Key is "-" or "–" && Places.ProvinceAfterDash(tokens, i) is int after and > 0)
        {
            return i + 1 + after - index;
        }

        return i - index;
    }
}
