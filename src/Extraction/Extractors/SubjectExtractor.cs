using System.Collections.Frozen;
using Extraction.Documents;
using Extraction.Records;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>
/// Finds the party organisation the article reports on (<c>Đảng bộ huyện Yên Thành</c>, from
/// <c>Huyện ủy Yên Thành</c> or <c>Đảng bộ huyện Yên Thành</c>) and the province it is in. Mentions
/// in the headline weigh most, then the lead (by section, <see cref="ArticleSection"/>), then the rest.
/// </summary>
internal sealed class SubjectExtractor : IExtractor
{
    public string Name => "subject";

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var votes = new Dictionary<string, (PartyOrganization Organization, int Score, int First)>(StringComparer.Ordinal);
        var provinces = new Dictionary<string, int>(StringComparer.Ordinal);
        int order = 0;
        PartyOrganization? unitOpening = null;

        if (document.Cleaned.Title is string title)
        {
            Collect(document.TitleTokens, title, weight: 4, votes, provinces, ref order);
            // "Huyện Bát Xát: đảng viên … bị kỷ luật", "TP Hải Dương: 1.227 đảng viên …": a headline that opens with a unit below the
            // province names the party organisation of that unit, as "Huyện ủy Bát Xát" would.
            unitOpening = UnitOpening(document.TitleTokens, title);
            if (unitOpening is not null)
            {
                Vote(votes, unitOpening, weight: 4, ref order);
            }
        }

        var sections = document.Cleaned.Sections;
        int lead = -1;
        for (int p = 0; p < sections.Count && lead < 0; p++)
        {
            lead = sections[p] == ArticleSection.Lead ? p : -1;
        }

        foreach (var sentence in document.Sentences)
        {
            Collect(document.TokensOf(sentence), document.Text, Weight(sections[sentence.Paragraph], sentence.Paragraph, lead), votes, provinces, ref order);
        }

        // "Lào Cai: 175 đảng viên bị xử lý kỷ luật": the province the report is about. Its party organisation is the subject only when
        // the text names no other (the least weight, and after the text, whose "Thành ủy Tuyên Quang" keeps its level), but the
        // province completes bare bodies ("Tỉnh ủy") either way.
        if (document.Cleaned.Title is string headline && unitOpening is null && ProvinceOpening(document.TitleTokens, headline) is { } provincial)
        {
            provinces[provincial.UnitName!] = provinces.GetValueOrDefault(provincial.UnitName!) + 2;
            Vote(votes, provincial, weight: 1, ref order);
        }

        context.Province = provinces.Count == 0 ? null : provinces.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        // Only names the province list knows count here: "Tỉnh ủy Nguyễn Văn A" is a committee and a person, not a province.
        var known = provinces.Keys.Where(p => Places.Provinces.Contains(VietnameseOrthography.Key(p))).Take(2).ToList();
        context.ClearProvince = known.Count == 1 ? known[0] : null;
        if (votes.Count > 0)
        {
            var best = votes.Values.OrderByDescending(v => v.Score).ThenBy(v => v.First).First().Organization;
            context.Subject = best with { Province = best.Province ?? context.Province };
        }

        // An article that does not name its province may still name its district: look the district up.
        if (context.Province is null && context.Subject is { UnitLevel: string level, UnitName: string unit } &&
            Gazetteer.Default.ProvinceOf(level, unit) is string fromGazetteer)
        {
            context.Province = fromGazetteer;
            context.Subject = context.Subject with { Province = fromGazetteer };
        }

        context.InCentralCity = (context.Province is string province && Officials.CentralCities.Contains(VietnameseOrthography.Key(province))) || HasUrbanDistrict(document);
    }

    /// <summary>
    /// How much a mention counts by where it stands: the headline (also when it is a paragraph of the text) as much as
    /// the title, then the lead, then the two paragraphs after the lead; captions and the rest of the body least.
    /// </summary>
    private static int Weight(ArticleSection section, int paragraph, int lead) => section switch
    {
        ArticleSection.Headline => 4,
        ArticleSection.Lead => 3,
        ArticleSection.Body when paragraph - Math.Max(lead, 0) <= 2 => 2,
        _ => 1,
    };

    /// <summary>The keys <see cref="TryReadProvince"/> and <see cref="TryReadOrganization"/> can start at (besides a capitalised word after a bracket or comma).</summary>
    private static readonly FrozenSet<string> StartKeys =
        Officials.LevelCommittees.FirstKeys.Concat(["đảng", "tp", "tp.hcm", "tphcm", "tỉnh", "thành"]).ToFrozenSet(StringComparer.Ordinal);

    private static void Collect(ReadOnlySpan<Token> tokens, string text, int weight,
        Dictionary<string, (PartyOrganization, int, int)> votes, Dictionary<string, int> provinces, ref int order)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            // Both readers start at one of a few keys, or at a capitalised word after a bracket or comma: skip the rest.
            if (!StartKeys.Contains(tokens[i].Key) &&
                !(i > 0 && tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized && tokens[i - 1].Key is "(" or ","))
            {
                continue;
            }

            if (TryReadProvince(tokens, text, i, out string? province))
            {
                provinces[province] = provinces.GetValueOrDefault(province) + 1;
            }

            if (!TryReadOrganization(tokens, text, i, out var organization, out _))
            {
                continue;
            }

            Vote(votes, organization, weight, ref order);
        }
    }

    /// <summary>
    /// Adds <paramref name="weight"/> to the organisation's votes: "Huyện ủy Yên Thành", "Đảng bộ huyện Yên Thành" and "Đảng bộ
    /// Yên Thành" are one subject, named by the first mention that gives its level.
    /// </summary>
    private static void Vote(Dictionary<string, (PartyOrganization, int, int)> votes, PartyOrganization organization, int weight, ref int order)
    {
        string key = VietnameseOrthography.Key(organization.UnitName ?? organization.Name);
        var (existing, score, first) = votes.TryGetValue(key, out var v) ? v : (organization, 0, order++);
        votes[key] = (existing.UnitLevel is null ? organization : existing, score + weight, first);
    }

    /// <summary>
    /// A party organisation named at <paramref name="index"/>: <c>Đảng bộ huyện Yên Thành</c>,
    /// <c>Huyện ủy Yên Thành</c> (the committee stands for its party organisation), <c>Đảng bộ Thị xã Kinh Môn</c>,
    /// <c>Đảng bộ cơ quan chính quyền huyện</c>.
    /// </summary>
    internal static bool TryReadOrganization(ReadOnlySpan<Token> tokens, string text, int index, out PartyOrganization organization, out int length)
    {
        organization = null!;
        length = 0;
        if (Officials.LevelCommittees.TryMatch(tokens, index, out string? level, out int committeeLength))
        {
            int nameAt = index + committeeLength;
            // "Thành ủy TP.HCM": the city in one token.
            if (nameAt < tokens.Length && CityInOneToken(tokens[nameAt]) is string city)
            {
                organization = new PartyOrganization($"Đảng bộ {level} {city}", level, city, null);
                length = committeeLength + 1;
                return true;
            }

            // "Thành ủy TP. Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh", "Huyện ủy huyện Đức Trọng": the unit's level said
            // again before its name.
            nameAt += LevelAgain(tokens, nameAt);
            int nameLength = CapitalizedRun(tokens, nameAt);
            string unitName = nameLength == 0 ? "" : Join(tokens, text, nameAt, nameLength);
            // "Hồ Chí Minh" reads like a person's name, but the province list knows the city.
            if (nameLength == 0 || (LooksLikePerson(tokens, nameAt, nameLength) && !Places.Provinces.Contains(VietnameseOrthography.Key(unitName))))
            {
                return false;
            }

            organization = new PartyOrganization($"Đảng bộ {level} {unitName}", level, unitName, null);
            length = nameAt + nameLength - index;
            return true;
        }

        bool partyBody = TokenPatterns.At(tokens, index, "đảng", "bộ") || TokenPatterns.At(tokens, index, "đảng", "ủy");
        if (!partyBody || !tokens[index].IsCapitalized)
        {
            return false;
        }

        int at = index + 2;
        if (Officials.UnitLevels.TryMatch(tokens, at, out string? unitLevel, out int levelLength))
        {
            int nameLength = CapitalizedRun(tokens, at + levelLength);
            if (nameLength == 0)
            {
                return false;
            }

            string unitName = Join(tokens, text, at + levelLength, nameLength);
            organization = new PartyOrganization($"Đảng bộ {unitLevel} {unitName}", unitLevel, unitName, null);
            length = 2 + levelLength + nameLength;
            return true;
        }

        // "Đảng bộ Kinh Môn": the unit named without its level.
        int bareName = CapitalizedRun(tokens, at);
        // "Đảng bộ Tổng công ty Điện lực miền Trung": a firm's head opens with words of bodies, yet the firm is named.
        bool firm = TokenPatterns.At(tokens, at, "tổng", "công", "ty") || TokenPatterns.At(tokens, at, "công", "ty") || TokenPatterns.At(tokens, at, "tập", "đoàn");
        if (bareName > 0 && (firm || !Officials.BodyWords.Contains(tokens[at].Key)) && !LooksLikePerson(tokens, at, bareName))
        {
            // "Đảng bộ Tập đoàn Dầu khí A": a firm or agency whose name goes on in lower case is read to its end as a body's.
            if (Bodies.TryRead(tokens, text, at, out var body) && body.End - at > bareName)
            {
                bareName = body.End - at;
            }

            string unitName = Join(tokens, text, at, bareName);
            organization = new PartyOrganization($"Đảng bộ {unitName}", null, unitName, null);
            length = 2 + bareName;
            return true;
        }

        // "Đảng bộ cơ quan chính quyền huyện", "Đảng bộ Khối cơ quan tỉnh": a body named by its words.
        int end = at;
        // A decision word ends the name although its syllables are words of bodies ("UBKT Đảng ủy Khối cảnh cáo 1, khai trừ 4").
        while (end < tokens.Length && end - at < 8 && tokens[end].IsWordLike && Officials.BodyWords.Contains(tokens[end].Key) &&
               (tokens[end].IsCapitalized || !Bodies.DecisionWords.StartsAt(tokens, end)))
        {
            end++;
        }

        if (end - at < 2)
        {
            return false;
        }

        string name = $"Đảng bộ {Join(tokens, text, at, end - at)}";
        string? trailingLevel = Officials.UnitLevels.TryMatch(tokens, end - 1, out string? l, out _) ? l : null;
        organization = new PartyOrganization(name, trailingLevel, null, null);
        length = end - index;
        return true;
    }

    /// <summary>
    /// The party organisation of a unit below the province named where the headline opens (<c>Huyện Bát Xát: …</c>,
    /// <c>Xã Tân An kết nạp …</c>, <c>TP Hải Dương: …</c>), or null.
    /// </summary>
    private static PartyOrganization? UnitOpening(ReadOnlySpan<Token> tokens, string text)
    {
        int at = tokens.Length > 0 && tokens[0].Key is "tp" or "tp." ? LevelAgain(tokens, 0) : 0;
        string? level = at > 0 ? "thành phố" : null;
        if (at == 0 && Officials.UnitLevels.TryMatch(tokens, 0, out string? matched, out int length) && matched is "huyện" or "quận" or "thị xã" or "xã" or "phường" or "thị trấn" or "thành phố")
        {
            (level, at) = (matched, length);
        }

        int nameLength = level is null ? 0 : CapitalizedRun(tokens, at);
        if (nameLength == 0 || LooksLikePerson(tokens, at, nameLength))
        {
            return null;
        }

        string unitName = Join(tokens, text, at, nameLength);
        return new PartyOrganization($"Đảng bộ {level} {unitName}", level, unitName, null);
    }

    /// <summary>
    /// The party organisation of a province the headline opens with, before a colon (<c>Lào Cai: …</c>, <c>Đà Nẵng: …</c>), or
    /// null; only a name the province list knows.
    /// </summary>
    private static PartyOrganization? ProvinceOpening(ReadOnlySpan<Token> tokens, string text)
    {
        int nameLength = CapitalizedRun(tokens, 0);
        if (nameLength == 0 || nameLength >= tokens.Length || tokens[nameLength].Key != ":")
        {
            return null;
        }

        string name = Join(tokens, text, 0, nameLength);
        string key = VietnameseOrthography.Key(name);
        if (!Places.Provinces.Contains(key))
        {
            return null;
        }

        string level = Officials.CentralCities.Contains(key) ? "thành phố" : "tỉnh";
        return new PartyOrganization($"Đảng bộ {level} {name}", level, name, name);
    }

    /// <summary>"TP.HCM", "TPHCM": the city written in one token, or null.</summary>
    private static string? CityInOneToken(Token token) => token.Key is "tp.hcm" or "tphcm" ? "Hồ Chí Minh" : null;

    /// <summary>How many tokens at <paramref name="at"/> say a unit's level before its name (<c>thành phố</c>, <c>TP.</c>, <c>huyện</c>), else 0.</summary>
    private static int LevelAgain(ReadOnlySpan<Token> tokens, int at)
    {
        if (at < tokens.Length && tokens[at].Key is "tp" or "tp.")
        {
            return at + 1 < tokens.Length && tokens[at + 1].Key == "." && !tokens[at + 1].HasSpaceBefore ? 2 : 1;
        }

        return Officials.UnitLevels.TryMatch(tokens, at, out _, out int length) ? length : 0;
    }

    private static bool TryReadProvince(ReadOnlySpan<Token> tokens, string text, int index, out string province)
    {
        province = null!;
        if (CityInOneToken(tokens[index]) is string city)
        {
            province = city;
            return true;
        }

        // "Đảng bộ huyện Phúc Lâm (Hà Nội)": a province named on its own, in brackets or after a comma.
        if (index > 0 && tokens[index - 1].Key is "(" or "," && CapitalizedRun(tokens, index) is int bare and >= 2 &&
            Places.Provinces.Contains(VietnameseOrthography.Key(Join(tokens, text, index, bare))) &&
            (index + bare >= tokens.Length || tokens[index + bare].Key is ")" or "," or "."))
        {
            province = Join(tokens, text, index, bare);
            return true;
        }

        bool single = TokenPatterns.At(tokens, index, "tp") || (TokenPatterns.At(tokens, index, "tỉnh") && !TokenPatterns.At(tokens, index, "tỉnh", "ủy"));
        bool head = single || TokenPatterns.At(tokens, index, "thành", "phố") ||
                    TokenPatterns.At(tokens, index, "tỉnh", "ủy") || TokenPatterns.At(tokens, index, "thành", "ủy");
        // "TP. Hồ Chí Minh": past the abbreviation's full stop too.
        int after = single ? index + LevelAgain(tokens, index) : index + 2;

        if (!head)
        {
            return false;
        }

        int length = CapitalizedRun(tokens, after);
        if (length == 0)
        {
            return false;
        }

        string name = Join(tokens, text, after, length);
        // "Văn phòng UBND tỉnh Đại hội …": one capitalised syllable that is no known province opens the next words, not a name
        // (every province has two syllables or more but Huế, which the list knows).
        if (length == 1 && !Places.Provinces.Contains(VietnameseOrthography.Key(name)))
        {
            return false;
        }

        bool cityCommittee = TokenPatterns.At(tokens, index, "thành", "phố") || TokenPatterns.At(tokens, index, "thành", "ủy") || TokenPatterns.At(tokens, index, "tp");
        // A city's name counts as a province only for the cities directly under the centre.
        if (cityCommittee && !Officials.CentralCities.Contains(VietnameseOrthography.Key(name)))
        {
            return false;
        }

        // "Phó Chủ tịch UBND tỉnh Nguyễn Khắc Hiếu": after a bare level, a name the list does not know that opens with a family name
        // and a middle name is the person holding the post, not a province.
        if (length >= 3 && !Places.Provinces.Contains(VietnameseOrthography.Key(name)) && Officials.FamilyNames.Contains(tokens[after].Key) &&
            Officials.MiddleNames.Contains(tokens[after + 1].Key))
        {
            return false;
        }

        province = name;
        return true;
    }

    /// <summary>Length of the run of capitalised syllables at <paramref name="index"/> (at most four).</summary>
    internal static int CapitalizedRun(ReadOnlySpan<Token> tokens, int index)
    {
        // "ĐẢNG BỘ TỈNH LẦN THỨ XIII" in a headline written in capitals: which congress, not which province.
        if (index < tokens.Length && tokens[index].Key is "lần" or "khóa" or "khoá" or "nhiệm" or "đợt")
        {
            return 0;
        }

        int i = index;
        while (i < tokens.Length && i - index < 4 && tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized && !Officials.LevelCommittees.StartsAt(tokens, i))
        {
            i++;
        }

        // "Tỉnh ủy Phú Thọ Hoàng Dân Mạc", "Huyện ủy Anh Sơn Lê Văn …": a known province or district, then a family name opening
        // two or more syllables, is a place and a person.
        bool? wholeRunIsDistrict = null;
        for (int k = 1; k <= i - index - 2; k++)
        {
            if (!Officials.FamilyNames.Contains(tokens[index + k].Key))
            {
                continue;
            }

            string place = ProvinceKey(tokens, index, k);
            if (Places.Provinces.Contains(place) ||
                Gazetteer.Default.IsDistrict(place) && !(wholeRunIsDistrict ??= Gazetteer.Default.IsDistrict(ProvinceKey(tokens, index, i - index))))
            {
                return k;
            }
        }

        return i - index;
    }

    private static string ProvinceKey(ReadOnlySpan<Token> tokens, int index, int length)
    {
        var key = new System.Text.StringBuilder();
        for (int k = 0; k < length; k++)
        {
            key.Append(k > 0 ? " " : "").Append(tokens[index + k].Key);
        }

        return key.ToString();
    }

    /// <summary>"Quận ủy …", "quận Liên Chiểu": urban districts exist only in cities directly under the centre.</summary>
    private static bool HasUrbanDistrict(ArticleDocument document)
    {
        var tokens = document.Tokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Key == "quận" && (tokens[i + 1].Key == "ủy" || (tokens[i + 1].IsCapitalized && tokens[i + 1].Kind == TokenKind.Word) || tokens[i + 1].Kind == TokenKind.Number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run that starts with a family name and has three or more syllables names a person, not a place.</summary>
    private static bool LooksLikePerson(ReadOnlySpan<Token> tokens, int index, int length) =>
        length >= 3 && Officials.FamilyNames.Contains(tokens[index].Key);

    internal static string Join(ReadOnlySpan<Token> tokens, string text, int index, int length) =>
        text[tokens[index].Span.Start..tokens[index + length - 1].Span.End];
}
