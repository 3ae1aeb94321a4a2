using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Rules;

/// <summary>What an abbreviation stands for, and whether it names a post or a body.</summary>
/// <param name="Expansion">The words it stands for: <c>Ủy ban nhân dân</c>.</param>
/// <param name="IsPosition">True for a post (<c>PCT</c> → <c>Phó Chủ tịch</c>), false for a body.</param>
internal sealed record Abbreviation(string Expansion, bool IsPosition);

/// <summary>
/// Compares abbreviation keys without the joiners reporters vary: <c>LĐ-TB-XH</c>, <c>LĐTB&amp;XH</c> and <c>LĐTBXH</c>
/// are one abbreviation, so a table lists each once.
/// </summary>
internal sealed class AbbreviationKeyComparer : IEqualityComparer<string>
{
    public static readonly AbbreviationKeyComparer Instance = new();

    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return ReferenceEquals(x, y);
        }

        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && IsJoiner(x[i])) { i++; }
            while (j < y.Length && IsJoiner(y[j])) { j++; }
            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (x[i++] != y[j++])
            {
                return false;
            }
        }
    }

    public int GetHashCode(string key)
    {
        var hash = new HashCode();
        foreach (char c in key)
        {
            if (!IsJoiner(c))
            {
                hash.Add(c);
            }
        }

        return hash.ToHashCode();
    }

    private static bool IsJoiner(char c) => c is '-' or '&';
}

/// <summary>The head noun of the body a post is named after (<c>Ban</c> for <c>Trưởng ban</c>).</summary>
/// <param name="Head">The head noun as a body's name begins with it.</param>
/// <param name="NotBefore">Keys of heads of other bodies that, opening the body, mean it is not this head's.</param>
internal sealed record PostHead(string Head, string[] NotBefore)
{
    private readonly string _headKey = Text.VietnameseOrthography.Key(Head);
    private readonly string _headPrefix = Text.VietnameseOrthography.Key(Head) + " ";

    /// <summary>The organisation for <paramref name="body"/> as read after the post: the head noun, then the body, unless it has one.</summary>
    public string Apply(string body)
    {
        string key = Text.VietnameseOrthography.Key(body);
        if (key == _headKey || key.StartsWith(_headPrefix, StringComparison.Ordinal) ||
            NotBefore.Any(other => key.StartsWith(other + " ", StringComparison.Ordinal)))
        {
            return body;
        }

        return Head + " " + body;
    }
}

/// <summary>
/// The words of officialdom, as data: posts (chức vụ) in their canonical spelling, the
/// abbreviations reporters use, the words that make up names of bodies, the levels of
/// administrative units, the words that introduce a person, and Vietnamese family names.
/// </summary>
internal static class Officials
{
    /// <summary>
    /// Posts (chức vụ) of the party, the state, mass organisations, public bodies and enterprises, keyed by
    /// how they are written, valued by their canonical spelling. The body a post belongs to is read after it
    /// (<c>Cục trưởng Cục Thuế</c> → <c>Cục trưởng</c> of <c>Cục Thuế</c>); posts whose body is part of the
    /// phrase (<c>Ủy viên Trung ương Đảng</c>) are in <see cref="FixedTitles"/>.
    /// </summary>
    public static readonly PhraseTable<string> Positions = new("positions", Posts().Select(p => (p, p)).Concat(new (string, string)[]
    {
        // Other spellings of a post.
        ("Ủy viên Thường vụ", "Ủy viên Ban Thường vụ"), ("Phó phòng", "Phó phòng"), ("Trưởng Ban", "Trưởng ban"),
        ("Tổng giám đốc", "Tổng Giám đốc"), ("Phó ban", "Phó ban"), ("Hiệu phó", "Phó Hiệu trưởng"), ("Đội phó", "Phó Đội trưởng"), ("Tổng giám đốc điều hành", "Tổng Giám đốc điều hành"),
        // "Cục phó Cục Hải quan TP.HCM", "Tổng cục phó Tổng cục Hải quan": the deputy, written after the unit as "Đội phó" is.
        // (Not "Vụ phó": "chức vụ Phó Bí thư" would read as one.)
        ("Cục phó", "Phó Cục trưởng"), ("Tổng cục phó", "Phó Tổng cục trưởng"),
        // "3 Viện phó VKS là ông A, …": a procuracy's or an institute's deputy head, written as "Hiệu phó" is.
        ("Viện phó", "Phó Viện trưởng"),
        // A judge's grade (ngạch) is the post of a judge: "ông A, Thẩm phán cao cấp - Chánh Văn phòng Tòa án nhân dân tối cao".
        ("Thẩm phán cao cấp", "Thẩm phán"), ("Thẩm phán trung cấp", "Thẩm phán"), ("Thẩm phán sơ cấp", "Thẩm phán"),
        // A deputy of a people's council: the council is the body (Đại biểu HĐND tỉnh → Hội đồng nhân dân tỉnh).
        ("Đại biểu HĐND", "Đại biểu"), ("Đại biểu Hội đồng nhân dân", "Đại biểu"), ("Thủ tướng Chính phủ", "Thủ tướng"), ("Phó Thủ tướng Chính phủ", "Phó Thủ tướng"),
        ("Phó Thủ tướng Thường trực Chính phủ", "Phó Thủ tướng Thường trực"), ("Chủ tịch Nước", "Chủ tịch nước"),
        // The head of an abbreviated board: the abbreviation is also the body's name (Trưởng BQL … → Ban Quản lý …).
        ("Trưởng BQL", "Trưởng ban"), ("Phó Trưởng BQL", "Phó Trưởng ban"), ("Phó BQL", "Phó Trưởng ban"),
        // A member of a firm's board: "thành viên" alone is no post (the members of a steering committee, of a family), so only
        // with the board it sits on; the firm is the body read after it.
        ("Thành viên Hội đồng thành viên", "Thành viên Hội đồng thành viên"), ("Thành viên HĐTV", "Thành viên Hội đồng thành viên"),
        ("Thành viên Hội đồng quản trị", "Thành viên Hội đồng quản trị"), ("Thành viên HĐQT", "Thành viên Hội đồng quản trị"),
    }));

    /// <summary>The posts in their canonical spelling, each with its deputy (Phó …) where one exists.</summary>
    private static IEnumerable<string> Posts()
    {
        // Posts that have a deputy written "Phó <post>".
        string[] withDeputy =
        [
            "Bí thư", "Chủ tịch", "Chủ nhiệm", "Trưởng ban", "Giám đốc", "Tổng Giám đốc", "Chánh Văn phòng", "Chánh Thanh tra",
            "Chánh án", "Viện trưởng", "Trưởng phòng", "Trưởng Công an", "Chỉ huy trưởng", "Chính ủy", "Tư lệnh", "Thủ tướng",
            "Chủ tịch nước", "Cục trưởng", "Tổng cục trưởng", "Chi cục trưởng", "Vụ trưởng", "Tổng Thanh tra", "Tổng Biên tập",
            "Tổng Kiểm toán", "Kiểm toán trưởng", "Trưởng khoa", "Đội trưởng", "Trưởng đoàn", "Đoàn trưởng", "Tổng Thư ký",
            // Not "Chủ tịch Hội đồng quản trị": the chair's post is Chủ tịch and the board the body (Chủ tịch HĐQT Công ty X).
            "Tổng Lãnh sự", "Trưởng Đại diện", "Tỉnh trưởng", "Thị trưởng", "Tổng thống",
            // A foreign minister written as one word ("Ngoại trưởng Hoa Kỳ A"). Not "Toàn quyền", which is also the plenipotentiary of
            // an ambassador's full post ("Đại sứ Đặc mệnh Toàn quyền").
            "Ngoại trưởng",
            "Chỉ huy phó", "Trưởng thôn", "Trưởng ấp", "Trưởng bản", "Trưởng khu", "Trưởng phố",
            // Heads of stations, posts and military units (posts, not ranks).
            "Trạm trưởng", "Hạt trưởng", "Đồn trưởng", "Tham mưu trưởng", "Tổng Tham mưu trưởng", "Tiểu đoàn trưởng",
            "Trung đoàn trưởng", "Lữ đoàn trưởng", "Sư đoàn trưởng", "Đại đội trưởng",
            // The head of a military unit's political department (Chủ nhiệm Chính trị Quân khu 5).
            "Chủ nhiệm Chính trị",
            // So are the heads of its technical and logistics departments (Chủ nhiệm Kỹ thuật Quân chủng Hải quân).
            "Chủ nhiệm Kỹ thuật", "Chủ nhiệm Hậu cần", "Chủ nhiệm Hậu cần - Kỹ thuật",
            // A school is a public body (annotation.md, officials): its principal and deputies hold posts.
            "Hiệu trưởng",
            // The governor of the State Bank (Thống đốc Ngân hàng Nhà nước) and the head of a station written the other way round.
            "Thống đốc", "Trưởng trạm",
            // The head of an office that has no Chánh (a firm's or a law office, a representative office); a clinic's head.
            "Trưởng Văn phòng", "Trưởng phòng khám",
            // An enterprise's chief executive (Giám đốc điều hành Công ty X): a post of its own, not a director's verb.
            "Giám đốc điều hành", "Tổng Giám đốc điều hành",
            // The head of an agency's apparatus (Thủ trưởng Cơ quan Ủy ban Kiểm tra Trung ương) and the deputies.
            "Thủ trưởng",
            // The head of a chamber of a court (Chánh tòa Kinh tế Tòa án nhân dân tối cao).
            "Chánh tòa",
        ];
        string[] single =
        [
            "Tổng Bí thư", "Bộ trưởng", "Thứ trưởng", "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực", "Phó Chủ nhiệm Thường trực",
            "Phó Trưởng ban Thường trực", "Phó Thủ tướng Thường trực", "Thứ trưởng Thường trực", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành", "Ủy viên",
            "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Quận ủy viên", "Thị ủy viên", "Đảng ủy viên", "Chi ủy viên", "Chính trị viên", "Chính trị viên phó",
            "Đại biểu Quốc hội", "Tổ trưởng", "Kế toán trưởng", "Phó Thủ trưởng Thường trực", "Đại sứ", "Thủ hiến", "Quốc vương",
            "Người phát ngôn", "Giám thị", "Bí thư thứ nhất",
            // A court is a public body (annotation.md, officials): its judges hold a post (Thẩm phán Tòa án nhân dân tối cao).
            "Thẩm phán",
            // An ambassador's full post (extraordinary and plenipotentiary), the state and where it is held its body.
            "Đại sứ đặc mệnh toàn quyền",
            // A leader's aide holds a post named after the leader (Trợ lý Bộ trưởng, trợ lý Chủ tịch Quốc hội).
            "Trợ lý Bộ trưởng", "Trợ lý Thủ tướng", "Trợ lý Phó Thủ tướng", "Trợ lý Chủ tịch nước", "Trợ lý Tổng Bí thư",
            "Trợ lý Chủ tịch Quốc hội", "Trợ lý Thường trực Ban Bí thư",
            // A hospital department's head nurse.
            "Điều dưỡng trưởng",
            // A commune's civil servants by their field (công chức cấp xã): posts in a state body, named without one.
            "Cán bộ địa chính", "Công chức địa chính", "Cán bộ tư pháp", "Công chức tư pháp",
        ];
        foreach (string post in withDeputy)
        {
            yield return post;
            yield return "Phó " + post;
        }

        foreach (string post in single)
        {
            yield return post;
        }
    }

    /// <summary>
    /// Titles whose body is part of the phrase, with the position and organisation they split into
    /// (<c>Ủy viên Trung ương Đảng</c> → <c>Ủy viên</c> of <c>Ban Chấp hành Trung ương Đảng</c>;
    /// <c>Bí thư Trung ương Đảng</c> is a post of its own). <c>Trung ương</c> may be written <c>TƯ</c>, <c>T.Ư</c>, <c>TW</c>.
    /// </summary>
    public static readonly PhraseTable<(string Position, string? Organization)> FixedTitles = new("fixed-titles", CentralSpellings(CentralCommitteeMembers().Concat(new (string, (string, string?))[]
    {
        // "UVTƯ Đảng", "UVT.Ư": the member's title in one abbreviation.
        ("UVTƯ Đảng", ("Ủy viên", CentralCommittee)), ("UVTƯ", ("Ủy viên", CentralCommittee)), ("UVT.Ư Đảng", ("Ủy viên", CentralCommittee)),
        ("UVT.Ư", ("Ủy viên", CentralCommittee)), ("UVTW Đảng", ("Ủy viên", CentralCommittee)), ("UVTW", ("Ủy viên", CentralCommittee)),
        // Lists of the centre's leaders: "UVTƯĐ khóa X", "UVBCT khóa X" (BCT alone may be Bộ Công Thương, so only as one word).
        ("UVTƯĐ", ("Ủy viên", CentralCommittee)), ("UVTWĐ", ("Ủy viên", CentralCommittee)), ("UVBCT", ("Ủy viên", "Bộ Chính trị")),
        ("Ủy viên Bộ Chính trị", ("Ủy viên", "Bộ Chính trị")), ("Ủy viên dự khuyết Bộ Chính trị", ("Ủy viên dự khuyết", "Bộ Chính trị")),
        ("Bí thư Trung ương Đảng", ("Bí thư Trung ương Đảng", null)), ("Thường trực Ban Bí thư", ("Thường trực", "Ban Bí thư")),
        // "nguyên Thường trực Ban Bí thư Trung ương Đảng Lê Hồng Anh": the Secretariat named in full is the same body.
        ("Thường trực Ban Bí thư Trung ương Đảng", ("Thường trực", "Ban Bí thư")), ("Thường trực Ban Bí thư Trung ương", ("Thường trực", "Ban Bí thư")),
        ("Thường trực Bộ Chính trị", ("Thường trực", "Bộ Chính trị")),
        // The Politburo and the Central Military Commission have a standing board (Thường vụ), not a Ban Thường vụ.
        ("Ủy viên Thường vụ Bộ Chính trị", ("Ủy viên Thường vụ", "Bộ Chính trị")),
        ("Ủy viên Thường vụ Quân ủy Trung ương", ("Ủy viên Thường vụ", "Quân ủy Trung ương")),
        ("Chủ tịch Quốc hội", ("Chủ tịch", "Quốc hội")), ("Phó Chủ tịch Quốc hội", ("Phó Chủ tịch", "Quốc hội")),
        // The President's Office is named after a post; "Chủ tịch nước" in it starts no second title.
        ("Chủ nhiệm Văn phòng Chủ tịch nước", ("Chủ nhiệm", "Văn phòng Chủ tịch nước")),
        ("Phó Chủ nhiệm Văn phòng Chủ tịch nước", ("Phó Chủ nhiệm", "Văn phòng Chủ tịch nước")),
    })));

    private const string CentralCommittee = "Ban Chấp hành Trung ương Đảng";

    /// <summary>
    /// A member (<c>Ủy viên</c>) and an alternate member (<c>Ủy viên dự khuyết</c>) of the Central Committee, however the committee is
    /// written: <c>Trung ương Đảng</c>, <c>Ban Chấp hành Trung ương</c>, <c>BCH Trung ương Đảng</c>, <c>BCHTƯ</c>.
    /// </summary>
    private static IEnumerable<(string, (string, string?))> CentralCommitteeMembers()
    {
        foreach (string committee in (string[])["Trung ương Đảng", "Trung ương", "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương",
                                                  "BCH Trung ương Đảng", "BCH Trung ương", "BCHTƯ"])
        {
            yield return ($"Ủy viên {committee}", ("Ủy viên", CentralCommittee));
            yield return ($"Ủy viên dự khuyết {committee}", ("Ủy viên dự khuyết", CentralCommittee));
        }
    }

    /// <summary>Each phrase as written with <c>Trung ương</c> and with its abbreviations.</summary>
    private static IEnumerable<(string, (string, string?))> CentralSpellings(IEnumerable<(string Phrase, (string, string?) Value)> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            yield return (phrase, value);
            if (phrase.Contains("Trung ương", StringComparison.Ordinal))
            {
                foreach (string abbreviation in (string[])["TƯ", "T.Ư", "TW", "T.W"])
                {
                    yield return (phrase.Replace("Trung ương", abbreviation, StringComparison.Ordinal), value);
                }
            }
        }
    }

    /// <summary>Abbreviations of posts and bodies (viết tắt), by key.</summary>
    public static readonly IReadOnlyDictionary<string, Abbreviation> Abbreviations = new Dictionary<string, Abbreviation>(AbbreviationKeyComparer.Instance)
    {
        // Posts.
        ["tuv"] = new("Tỉnh ủy viên", true), // Thành ủy viên in a centrally governed city: see ProvincialCommitteeMember.
        ["huv"] = new("Huyện ủy viên", true), ["quv"] = new("Quận ủy viên", true),
        ["uvbtv"] = new("Ủy viên Ban Thường vụ", true), ["uv"] = new("Ủy viên", true), ["ubtv"] = new("Ủy viên Ban Thường vụ", true),
        ["uvtv"] = new("Ủy viên Ban Thường vụ", true),
        // Written with a dot between the parts ("UV.BTV Huyện ủy", "Phó Chủ tịch UB.MTTQ Việt Nam tỉnh").
        ["uv.btv"] = new("Ủy viên Ban Thường vụ", true), ["ub.mttq"] = new("Ủy ban Mặt trận Tổ quốc", false),
        ["pbt"] = new("Phó Bí thư", true), ["pbttt"] = new("Phó Bí thư Thường trực", true), ["bt"] = new("Bí thư", true), ["pct"] = new("Phó Chủ tịch", true), ["ct"] = new("Chủ tịch", true),
        ["gđ"] = new("Giám đốc", true), ["pgđ"] = new("Phó Giám đốc", true), ["đbqh"] = new("Đại biểu Quốc hội", true),
        ["tgđ"] = new("Tổng Giám đốc", true), ["ptgđ"] = new("Phó Tổng Giám đốc", true),
        ["cvp"] = new("Chánh Văn phòng", true), ["tb"] = new("Trưởng ban", true), ["ptb"] = new("Phó Trưởng ban", true),
        // Bodies.
        ["hu"] = new("Huyện ủy", false), ["tu"] = new("Tỉnh ủy", false), ["qu"] = new("Quận ủy", false), ["đu"] = new("Đảng ủy", false),
        ["tthu"] = new("Thường trực Huyện ủy", false), ["tttu"] = new("Thường trực Tỉnh ủy", false),
        // "Ủy viên Ban TVTU", "Ủy viên BTVHU": the standing committee and its committee in one.
        ["tvtu"] = new("Thường vụ Tỉnh ủy", false), ["tvhu"] = new("Thường vụ Huyện ủy", false),
        ["btvtu"] = new("Ban Thường vụ Tỉnh ủy", false), ["btvhu"] = new("Ban Thường vụ Huyện ủy", false),
        ["btv"] = new("Ban Thường vụ", false), ["bch"] = new("Ban Chấp hành", false), ["bcđ"] = new("Ban Chỉ đạo", false),
        ["ubnd"] = new("Ủy ban nhân dân", false), ["hđnd"] = new("Hội đồng nhân dân", false), ["ubkt"] = new("Ủy ban Kiểm tra", false),
        ["mttq"] = new("Mặt trận Tổ quốc", false), ["ubmttq"] = new("Ủy ban Mặt trận Tổ quốc", false),
        // "Chủ tịch UBTWMTTQ Việt Nam": the Front's Central Committee, in one abbreviation.
        ["ubtwmttq"] = new("Ủy ban Trung ương Mặt trận Tổ quốc", false), ["ubtưmttq"] = new("Ủy ban Trung ương Mặt trận Tổ quốc", false),
        ["lđlđ"] = new("Liên đoàn Lao động", false), ["hlhpn"] = new("Hội Liên hiệp Phụ nữ", false), ["lhpn"] = new("Liên hiệp Phụ nữ", false),
        ["hnd"] = new("Hội Nông dân", false), ["hccb"] = new("Hội Cựu chiến binh", false), ["ccb"] = new("Cựu chiến binh", false),
        ["tncs"] = new("Thanh niên Cộng sản", false), ["tp"] = new("thành phố", false), ["tx"] = new("thị xã", false),
        ["vp"] = new("Văn phòng", false), ["tw"] = new("Trung ương", false), ["bqp"] = new("Bộ Quốc phòng", false),
        ["tư"] = new("Trung ương", false), ["t.ư"] = new("Trung ương", false), ["t.w"] = new("Trung ương", false),
        ["tp.hcm"] = new("Thành phố Hồ Chí Minh", false), ["tphcm"] = new("Thành phố Hồ Chí Minh", false),
        // "UBND TP HCM", "Đoàn TNCS HCM": the city's (and the Youth Union's) namesake, written apart from its level.
        ["hcm"] = new("Hồ Chí Minh", false),
        ["ttyt"] = new("Trung tâm Y tế", false), ["đhqg"] = new("Đại học Quốc gia", false), ["qđnd"] = new("Quân đội nhân dân", false),
        // Sectors, as a department or ministry is named after them (Sở GD-ĐT, Bộ LĐ-TB&XH); joiners do not matter.
        ["lđtbxh"] = new("Lao động - Thương binh và Xã hội", false), ["gdđt"] = new("Giáo dục và Đào tạo", false),
        ["tnmt"] = new("Tài nguyên và Môi trường", false), ["khđt"] = new("Kế hoạch và Đầu tư", false),
        ["nnptnt"] = new("Nông nghiệp và Phát triển nông thôn", false), ["vhttdl"] = new("Văn hóa, Thể thao và Du lịch", false),
        ["gtvt"] = new("Giao thông vận tải", false), ["tttt"] = new("Thông tin và Truyền thông", false),
        ["khcn"] = new("Khoa học và Công nghệ", false), ["nnmt"] = new("Nông nghiệp và Môi trường", false),
        ["hđqt"] = new("Hội đồng quản trị", false), ["hđtv"] = new("Hội đồng thành viên", false), ["ca"] = new("Công an", false),
        ["vn"] = new("Việt Nam", false), ["bchtư"] = new("Ban Chấp hành Trung ương", false),
        // "BTTƯĐ khóa X": a Secretary of the Central Committee, a post of its own (the members' "UVBCT", "UVTƯĐ" are FixedTitles).
        ["bttưđ"] = new("Bí thư Trung ương Đảng", true), ["bttwđ"] = new("Bí thư Trung ương Đảng", true),
        ["ubkttư"] = new("Ủy ban Kiểm tra Trung ương", false), ["ubkttw"] = new("Ủy ban Kiểm tra Trung ương", false),
        ["ubkttu"] = new("Ủy ban Kiểm tra Trung ương", false),
        ["qutư"] = new("Quân ủy Trung ương", false), ["qutw"] = new("Quân ủy Trung ương", false),
        ["mttqvn"] = new("Mặt trận Tổ quốc Việt Nam", false), ["ubmttqvn"] = new("Ủy ban Mặt trận Tổ quốc Việt Nam", false),
        ["ubtvqh"] = new("Ủy ban Thường vụ Quốc hội", false), ["ubtư"] = new("Ủy ban Trung ương", false),
        // "Chủ nhiệm UB Kiểm tra Trung ương", "UB Thường vụ Quốc hội": the committee's head noun alone by its initials.
        ["ub"] = new("Ủy ban", false),
        // Courts, procuracies, forces and state funds.
        ["tand"] = new("Tòa án nhân dân", false), ["vksnd"] = new("Viện kiểm sát nhân dân", false),
        ["tandtc"] = new("Tòa án nhân dân tối cao", false), ["vksndtc"] = new("Viện kiểm sát nhân dân tối cao", false),
        ["cand"] = new("Công an nhân dân", false), ["bđbp"] = new("Bộ đội Biên phòng", false), ["bchqs"] = new("Ban Chỉ huy Quân sự", false),
        ["bhxh"] = new("Bảo hiểm xã hội", false), ["kbnn"] = new("Kho bạc Nhà nước", false), ["nhnn"] = new("Ngân hàng Nhà nước", false),
        // Bodies often written by their initials alone: the Government's office, a city's police.
        ["vpcp"] = new("Văn phòng Chính phủ", false), ["catp"] = new("Công an thành phố", false),
        ["bvđk"] = new("Bệnh viện Đa khoa", false), ["bv"] = new("Bệnh viện", false), ["qh"] = new("Quốc hội", false),
        ["bql"] = new("Ban Quản lý", false), ["htx"] = new("Hợp tác xã", false), ["kcn"] = new("Khu công nghiệp", false),
        ["ttxvn"] = new("Thông tấn xã Việt Nam", false), ["đh"] = new("Đại học", false), ["tdtt"] = new("Thể dục thể thao", false), ["pccc"] = new("Phòng cháy chữa cháy", false),
        ["ttgdtx"] = new("Trung tâm Giáo dục thường xuyên", false), ["gdtx"] = new("Giáo dục thường xuyên", false),
        ["gdnn"] = new("Giáo dục nghề nghiệp", false), ["ttgdnn"] = new("Trung tâm Giáo dục nghề nghiệp", false),
        // School levels, written out in a school's name as the annotation expands every body's abbreviations.
        ["thpt"] = new("Trung học phổ thông", false), ["thcs"] = new("Trung học cơ sở", false), ["ptth"] = new("Phổ thông trung học", false),
        ["ptdtnt"] = new("Phổ thông dân tộc nội trú", false), ["ptdtbt"] = new("Phổ thông dân tộc bán trú", false),
        // "Trường MN Châu Thành", "Trường MG Hoa Sen": kindergartens, written by their level's initials as the other schools are.
        ["mn"] = new("Mầm non", false), ["mg"] = new("Mẫu giáo", false),
    };

    /// <summary>
    /// Abbreviations that hold a standing committee with its committee (<c>TVTU</c>, <c>BTVHU</c>), derived from
    /// <see cref="Abbreviations"/>: written alone as a title they name a member of that standing committee.
    /// </summary>
    public static readonly IReadOnlySet<string> StandingCommitteeAbbreviations = Abbreviations
        .Where(a => !a.Value.IsPosition && (a.Value.Expansion.StartsWith("Thường vụ ", StringComparison.Ordinal) ||
                                            a.Value.Expansion.StartsWith("Ban Thường vụ ", StringComparison.Ordinal)))
        .Select(a => a.Key)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The post that <c>TUV</c> stands for: <c>Thành ủy viên</c> in a city directly under the
    /// centre (Hà Nội, TP Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế), <c>Tỉnh ủy viên</c> elsewhere.
    /// </summary>
    public static string ProvincialCommitteeMember(string? province) =>
        province is not null && CentralCities.Contains(Text.VietnameseOrthography.Key(province)) ? "Thành ủy viên" : "Tỉnh ủy viên";

    /// <summary>Cities directly under the centre (thành phố trực thuộc trung ương), by key.</summary>
    public static readonly IReadOnlySet<string> CentralCities = new HashSet<string>(StringComparer.Ordinal)
    {
        "hà nội", "hồ chí minh", "tp hồ chí minh", "thành phố hồ chí minh", "tp.hcm", "hải phòng", "đà nẵng", "cần thơ", "huế",
    };

    /// <summary>Levels of administrative units (cấp hành chính), by key, valued by their written form.</summary>
    public static readonly PhraseTable<string> UnitLevels = new("unit-levels", new (string, string)[]
    {
        ("tỉnh", "tỉnh"), ("thành phố", "thành phố"), ("tp", "thành phố"), ("huyện", "huyện"), ("quận", "quận"),
        ("thị xã", "thị xã"), ("tx", "thị xã"), ("xã", "xã"), ("phường", "phường"), ("thị trấn", "thị trấn"),
        ("thôn", "thôn"), ("xóm", "xóm"), ("bản", "bản"), ("tổ dân phố", "tổ dân phố"), ("khu phố", "khu phố"),
        ("khối phố", "khối phố"),
    });

    /// <summary>
    /// Party committees named after the level of their unit: <c>Huyện ủy</c> is the committee
    /// of a huyện. Maps the committee word to the unit level.
    /// </summary>
    public static readonly PhraseTable<string> LevelCommittees = new("level-committees", new (string, string)[]
    {
        ("huyện ủy", "huyện"), ("thị ủy", "thị xã"), ("thành ủy", "thành phố"), ("tỉnh ủy", "tỉnh"), ("quận ủy", "quận"),
    });

    /// <summary>
    /// Words after a post that point back to a body named elsewhere and name none themselves
    /// (<c>Hiệu trưởng nhà trường</c>: the school's principal): the title has no organisation.
    /// </summary>
    public static readonly IReadOnlySet<string> BodyReferences = new HashSet<string>(StringComparer.Ordinal) { "nhà trường" };

    /// <summary>Syllables that may continue the name of a body in lower case (<c>ban dân vận thành ủy</c>).</summary>
    public static readonly IReadOnlySet<string> BodyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "ủy", "ban", "nhân", "dân", "kiểm", "tra", "thường", "trực", "vụ", "huyện", "xã", "tỉnh", "thành", "phố", "thị", "trấn",
        "phường", "quận", "đảng", "bộ", "chi", "cơ", "quan", "chính", "quyền", "mặt", "trận", "tổ", "quốc", "hội", "đồng",
        "vận", "tuyên", "giáo", "chức", "xây", "dựng", "nội", "văn", "phòng", "sở", "công", "an", "quân", "sự", "trung", "ương",
        "liên", "hiệp", "phụ", "nữ", "nông", "cựu", "chiến", "binh", "thanh", "niên", "đoàn", "lao", "động", "tài", "nguyên",
        "môi", "trường", "dục", "đào", "tạo", "y", "tế", "nghiệp", "kinh", "hạ", "tầng", "tư", "pháp", "kế", "hoạch", "đầu",
        "thông", "tin", "truyền", "hóa", "thể", "thao", "du", "lịch", "chấp", "hành", "chỉ", "đạo", "khối", "doanh", "sản",
        "xuất", "hợp", "tác", "ngân", "hàng", "kho", "bạc", "thuế", "hải", "viện", "sát", "tòa", "án", "thôn", "xóm", "tại",
        "tâm", "học", "bệnh", "điện", "lực", "huy", "biên", "phòng", "cảnh", "sát",
        // "Bộ Tư lệnh Vùng Cảnh sát biển 4", "Hải đội Biên phòng": the sea in a force's name.
        "biển",
        // School levels written in lower case in a school's name ("Trường tiểu học A", "Trường mầm non B").
        "tiểu", "mầm", "non",
        // "trạm trưởng trạm y tế xã X", "Ban quản lý chợ X", "Ban Chỉ đạo phòng chống dịch": written in lower case in a body.
        "trạm", "chợ", "dịch",
        // "Cục Tổ chức cán bộ", "Phòng Tổ chức cán bộ": the staff a personnel body is named after.
        "cán",
        // Names of ministries, departments and boards written in lower case after their head word
        // ("Bộ Chính trị", "Bộ Tài nguyên - môi trường", "Ủy ban Kinh tế và ngân sách", "Ban bồi thường giải phóng mặt bằng").
        "trị", "luận", "lý", "khoa", "kỹ", "thuật", "địa", "chất", "ngân", "sách", "ngoại", "giao", "vận", "tải", "triển", "lâm",
        "thủy", "lợi", "vệ", "đất", "đai", "khoáng", "toán", "bồi", "giải", "phóng", "nhà", "nước", "viễn", "bưu", "tổng",
        "cục", "gia", "thương", "mại", "công", "nghệ", "vụ", "tiếp", "dân", "nguyện", "pháp", "chế", "hành", "sự", "dục", "đội",
        "khu", "vực", "đô", "quy", "hoạch", "kiến", "trúc", "giám", "sát", "thống", "kê", "nhân", "lực", "tư", "tưởng",
    };

    /// <summary>
    /// Two-syllable words that continue a body's name in lower case although their syllables alone would not
    /// (<c>Văn phòng Chính phủ</c>, <c>công ty</c>, <c>Ủy ban Dân tộc</c>, <c>Bệnh viện đa khoa</c>). Only nouns: a verb
    /// here (<c>quản lý</c>, <c>phát triển</c>) would run a body into the clause after it.
    /// </summary>
    public static readonly PhraseTable<string> BodyCompounds = PhraseTableBuilder.Set("body-compounds",
        "chính phủ", "công ty", "dân tộc",
        // "Ban bồi thường giải phóng mặt bằng": "bằng" alone is the preposition of "bằng hình thức …", which ends a body.
        "mặt bằng", "tôn giáo", "an ninh", "đa khoa", "mầm non", "mẫu giáo", "tiểu học", "trung học", "đại học", "phổ thông", "thường xuyên",
        "dạy nghề", "truyền hình", "phát thanh", "cơ yếu", "đối ngoại", "thi đua", "khen thưởng", "bảo hiểm", "dự án", "thủy sản",
        "thú y", "đô thị", "hình sự", "ma túy", "trật tự", "đường bộ", "đường sắt", "hàng không", "hàng hải", "liên lạc",
        "xã hội", "nghề nghiệp", "thành viên", "tình nguyện", "chuyên gia", "công nghệ cao", "cao đẳng", "trung cấp", "nội trú", "bán trú", "bảo tàng", "quần chúng", "lâm nghiệp", "kiểm lâm", "khí tượng", "thủy văn", "dân số",
        "gia đình", "trẻ em", "cao tuổi", "khuyến học", "chữa bệnh", "điều dưỡng", "phục hồi", "cứu hộ", "cứu nạn", "chữa cháy",
        "báo chí", "xuất bản", "nghệ thuật", "thư viện", "lưu trữ", "văn thư", "thẩm định", "đăng ký", "nhà ở", "tín dụng", "chứng khoán",
        // "Ban cán sự đảng Bộ Tài chính" (annotation.md: Bí thư Ban cán sự đảng …), "Trưởng đoàn đại biểu Quốc hội tỉnh",
        // "Ban Chỉ đạo phòng chống thiên tai".
        "cán sự", "đại biểu quốc hội", "đại biểu hội đồng nhân dân", "phòng chống", "thiên tai", "tìm kiếm",
        // A presidium, whose members hold no chair (Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam).
        "đoàn chủ tịch",
        // A hospital's field whose middle word is a family name ("Bệnh viện Răng Hàm Mặt Trung ương").
        "răng hàm mặt",
        // Boards named by what they do, whose verb is part of the noun (Hội đồng quản trị Công ty X, Ban quản lý dự án …,
        // Trung tâm Kiểm soát bệnh tật).
        "hội đồng quản trị", "ban quản lý", "ban điều hành", "ban kiểm soát", "bệnh tật", "quỹ đất", "phòng khám",
        "rừng phòng hộ", "rừng đặc dụng", "vườn quốc gia", "khu bảo tồn", "chi nhánh",
        // Paired verbs named as a field, written with a comma (Ban Chỉ đạo phòng, chống tham nhũng; Cục Quản lý khám, chữa bệnh).
        "phòng, chống", "khám, chữa bệnh", "khám chữa bệnh", "tham nhũng", "lãng phí", "tiêu cực", "buôn lậu", "gian lận thương mại", "hàng giả",
        // "Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao".
        "tối cao",
        // "Hội đồng bầu cử quốc gia", "Ủy ban bầu cử tỉnh", "Trung tâm Dữ liệu quốc gia": an election and "national" as nouns.
        "bầu cử", "quốc gia",
        // Fields of a ministry's departments, written in lower case after their first word (Cục Biến đổi khí hậu, Cục Kiểm soát ô
        // nhiễm môi trường, Tổng cục Biển và Hải đảo, Cục Đo đạc, bản đồ và thông tin địa lý).
        "khí hậu", "ô nhiễm", "hải đảo", "biển đảo", "năng lượng", "bản đồ", "viễn thám", "đa dạng sinh học", "tài nguyên nước",
        "thực phẩm", "dược phẩm", "an toàn", "vệ sinh", "việc làm", "người có công", "cạnh tranh", "xuất nhập khẩu",
        // "Cục Quản lý chất lượng", "Trung tâm Bồi dưỡng chính trị huyện": what the body looks after or teaches.
        "chất lượng", "bồi dưỡng chính trị",
        // An enterprise's legal form inside its name (Công ty cổ phần …, Công ty trách nhiệm hữu hạn một thành viên …).
        "cổ phần", "trách nhiệm hữu hạn", "một thành viên", "hai thành viên", "hợp danh", "tư nhân", "liên doanh");

    /// <summary>Committee memberships written as one word, by post: <c>Huyện ủy viên</c> is a member of the <c>Huyện ủy</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommitteeMemberships = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Tỉnh ủy viên"] = "Tỉnh ủy", ["Thành ủy viên"] = "Thành ủy", ["Huyện ủy viên"] = "Huyện ủy", ["Quận ủy viên"] = "Quận ủy",
        ["Thị ủy viên"] = "Thị ủy",
    };

    /// <summary>
    /// Head nouns of enterprises, whose names may hold brands in capitals and numbers (<c>Công ty ABC Việt Nam</c>,
    /// <c>Tập đoàn XYZ</c>, <c>Công ty CP Licogi 14</c>): after them such a word continues the name.
    /// </summary>
    public static readonly PhraseTable<string> EnterpriseHeads = PhraseTableBuilder.Set("enterprise-heads", EnterpriseHeadPhrases());

    private static string[] EnterpriseHeadPhrases() =>
        ["công ty", "tổng công ty", "tập đoàn", "ngân hàng", "doanh nghiệp", "hợp tác xã", "nhà máy", "xí nghiệp", "hãng", "quỹ"];

    /// <summary>Head nouns of the press that open the body right after a post (<c>Tổng Biên tập báo X</c>, <c>Tạp chí Y</c>).</summary>
    public static readonly PhraseTable<string> PressHeads = PhraseTableBuilder.Set("press-heads", "báo", "tạp chí", "tuần báo", "nhật báo");

    /// <summary>The enterprise heads as written in a body's name (<c>Công ty</c>), to find where a firm's name starts in it.</summary>
    public static readonly IReadOnlyList<string> EnterpriseHeadWords = EnterpriseHeadPhrases();

    /// <summary>
    /// Management posts of a firm that, written bare before another of the same firm, are that firm's (<c>Chủ tịch kiêm
    /// Giám đốc Công ty X</c>, <c>Tổng Giám đốc, Chủ tịch HĐQT Công ty X</c>); a party's or a council's posts are not.
    /// </summary>
    public static readonly IReadOnlySet<string> FirmPosts = new HashSet<string>(StringComparer.Ordinal)
    {
        "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Giám đốc điều hành",
        "Tổng Giám đốc điều hành", "Kế toán trưởng",
    };

    /// <summary>A firm's boards, named before the firm (<c>Hội đồng quản trị Công ty X</c>).</summary>
    public static readonly IReadOnlySet<string> FirmBoards = new HashSet<string>(StringComparer.Ordinal) { "Hội đồng quản trị", "Hội đồng thành viên" };

    /// <summary>
    /// Professions that introduce a person (<c>luật sư A</c>) but also name an association of them after its head noun
    /// (<c>Đoàn Luật sư</c>, <c>Hội Nhà báo</c>, <c>Văn phòng Luật sư</c>): see <see cref="AssociationHeads"/>.
    /// </summary>
    public static readonly PhraseTable<string> ProfessionIntroducers = PhraseTableBuilder.Set("profession-introducers",
        "nhà báo", "luật sư", "bác sĩ", "kỹ sư");

    /// <summary>Head nouns of associations, offices and firms named after a profession (<c>Hội Nhà báo tỉnh</c>, <c>Đoàn Luật sư</c>).</summary>
    public static readonly PhraseTable<string> AssociationHeads = PhraseTableBuilder.Set("association-heads",
        "hội", "hiệp hội", "liên hiệp hội", "đoàn", "liên đoàn", "văn phòng", "công ty", "câu lạc bộ", "chi hội");

    /// <summary>
    /// What a mass association of a unit is of (<c>Huyện hội Nông dân</c>, <c>Tỉnh Hội Cựu chiến binh</c>): after a unit level,
    /// <c>Hội</c> before one of these is the association, before anything else a place's first syllable (<c>phường Hội Phú</c>).
    /// </summary>
    public static readonly PhraseTable<string> AssociationSectors = PhraseTableBuilder.Set("association-sectors",
        "nông dân", "cựu chiến binh", "phụ nữ", "liên hiệp phụ nữ", "chữ thập đỏ", "người cao tuổi", "khuyến học", "luật gia", "nhà báo",
        "cựu thanh niên xung phong", "sinh viên", "doanh nghiệp", "doanh nhân", "làm vườn", "người mù", "nạn nhân chất độc da cam",
        "văn học nghệ thuật", "đông y", "cựu giáo chức", "thầy thuốc");

    /// <summary>
    /// Heads of bodies named after a mountain, forest or sea (<c>Vườn quốc gia Hoàng Liên</c>, <c>Khu bảo tồn thiên nhiên Pù
    /// Luông</c>): the two syllables after them are the place's name, though they may read like a person's.
    /// </summary>
    public static readonly PhraseTable<string> NaturePlaceHeads = PhraseTableBuilder.Set("nature-place-heads",
        "vườn quốc gia", "khu bảo tồn", "khu bảo tồn thiên nhiên", "rừng phòng hộ", "rừng đặc dụng", "khu dự trữ sinh quyển", "hạt kiểm lâm");

    /// <summary>
    /// Heads of bodies often named after a person (<c>Bệnh viện Nguyễn Tri Phương</c>, <c>Nhà hát Cao Văn Lầu</c>, <c>Thư viện Tạ
    /// Quang Bửu</c>): the name right after one is the body's, not a person's. Schools are known by their levels instead.
    /// </summary>
    public static readonly PhraseTable<string> NamedAfterPeopleHeads = PhraseTableBuilder.Set("named-after-people-heads",
        "bệnh viện", "nhà hát", "bảo tàng", "thư viện", "nhà văn hóa", "cung văn hóa", "nhà thiếu nhi", "quỹ", "công viên", "quảng trường",
        "đoàn nghệ thuật",
        // A university or academy without "Trường" before it ("Đại học Tôn Đức Thắng", "Học viện Phan Đình Phùng"): its name follows.
        "đại học", "học viện",
        // A province's school of politics bears a leader's name ("Trường Chính trị Phạm Hùng", "Trường Chính trị Lê Duẩn").
        "trường chính trị");

    /// <summary>
    /// Heads of the parts of an institution (<c>Khoa Ngoại</c>, <c>Phòng Tổ chức</c>, <c>Đội y tế dự phòng</c>), whose
    /// institution may follow after a comma (<c>Trưởng khoa Ngoại, Bệnh viện Đa khoa tỉnh</c>): see <see cref="InstitutionHeads"/>.
    /// </summary>
    public static readonly PhraseTable<string> DepartmentHeads = PhraseTableBuilder.Set("department-heads",
        "khoa", "phòng", "đội", "tổ", "bộ phận", "bộ môn", "trạm", "ban");

    /// <summary>Heads of institutions that a department belongs to (<c>Bệnh viện</c>, <c>Trung tâm</c>, <c>Trường</c>, <c>Sở</c>).</summary>
    public static readonly PhraseTable<string> InstitutionHeads = PhraseTableBuilder.Set("institution-heads",
        "bệnh viện", "trung tâm", "trường", "viện", "sở", "công ty", "tổng công ty", "văn phòng", "cục", "chi cục", "học viện", "đại học",
        "ủy ban nhân dân", "ubnd");

    /// <summary>
    /// Abbreviations of a body that open with an institution's head (<c>BV</c> → Bệnh viện, <c>BVĐK</c> → Bệnh viện Đa khoa):
    /// a capitalised run after one names the institution. Derived from <see cref="Abbreviations"/> and <see cref="InstitutionHeads"/>.
    /// </summary>
    public static readonly IReadOnlySet<string> InstitutionAbbreviations = Abbreviations
        .Where(a => !a.Value.IsPosition && InstitutionHeads.StartsAt(Tokenizer.Tokenize(a.Value.Expansion).ToArray(), 0))
        .Select(a => a.Key)
        .ToHashSet(AbbreviationKeyComparer.Instance);

    /// <summary>
    /// Words that hand a power over to the one who acts (<c>Thừa ủy quyền Chủ tịch nước, …</c>, <c>Thừa ủy nhiệm …</c>): the post
    /// after them is the grantor's, not the presenter's.
    /// </summary>
    public static readonly PhraseTable<string> Delegations = PhraseTableBuilder.Set("delegations",
        "thừa ủy quyền", "thừa uỷ quyền", "thừa ủy nhiệm", "thừa uỷ nhiệm");

    /// <summary>Syllables that make <c>quyền</c> part of a noun (ủy quyền, thẩm quyền), so that a post after it has no acting holder.</summary>
    public static readonly IReadOnlySet<string> NotActingAfter = new HashSet<string>(StringComparer.Ordinal)
    {
        "ủy", "uỷ", "thẩm", "lạm", "vượt", "chủ", "nhân", "đặc", "chính", "thực", "trao", "nắm",
    };

    /// <summary>Heads of bodies named after fields of work, which "và" may join in lower case (<c>Ủy ban Kinh tế và ngân sách</c>).</summary>
    public static readonly PhraseTable<string> FieldBodyHeads = PhraseTableBuilder.Set("field-body-heads",
        "ủy ban", "bộ", "sở", "ban", "phòng", "vụ", "cục", "tổng cục", "chi cục", "viện", "trung tâm");

    /// <summary>Words that count what a number before them measures (<c>20 năm</c>, <c>300 người</c>): such a number is no firm's.</summary>
    public static readonly IReadOnlySet<string> MeasureWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "năm", "tháng", "ngày", "tuổi", "người", "lần", "tỷ", "triệu", "nghìn", "ngàn", "đồng", "ha", "km", "m", "tấn", "%",
    };

    /// <summary>Legal forms written in English at the end of a firm's name, with their full stop (<c>Công ty A Ltd.</c>).</summary>
    public static readonly IReadOnlySet<string> DottedLegalForms = new HashSet<string>(StringComparer.Ordinal) { "ltd", "co", "inc", "corp", "jsc" };

    /// <summary>Abbreviated legal forms kept as written inside an enterprise's name (<c>Công ty TNHH MTV …</c>, <c>Công ty CP …</c>).</summary>
    public static readonly IReadOnlySet<string> LegalForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "tnhh", "mtv", "cp", "ctcp", "jsc", "ltd", "dntn", "inc", "corp",
    };

    /// <summary>
    /// Posts named after their body's head noun, which the body then leaves out: <c>Trưởng ban Tổ chức</c> heads the
    /// <c>Ban Tổ chức</c>, <c>Chánh thanh tra quận</c> the <c>Thanh tra quận</c>, <c>Bộ trưởng Công an</c> the <c>Bộ Công an</c>
    /// (annotation.md: position, then the body). A body that opens with a head of its own is left as written
    /// (<c>Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ</c>: a ministry-level office, not a Bộ).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, PostHead> PostHeadNouns = HeadNouns(
        (new PostHead("Ban", []), ["Trưởng ban", "Phó Trưởng ban", "Phó Trưởng ban Thường trực", "Phó ban"]),
        (new PostHead("Phòng", []), ["Trưởng phòng", "Phó Trưởng phòng", "Phó phòng"]),
        (new PostHead("Văn phòng", []), ["Chánh Văn phòng", "Phó Chánh Văn phòng", "Trưởng Văn phòng", "Phó Trưởng Văn phòng"]),
        (new PostHead("Thanh tra", []), ["Chánh Thanh tra", "Phó Chánh Thanh tra"]),
        (new PostHead("Công an", []), ["Trưởng Công an", "Phó Trưởng Công an"]),
        (new PostHead("Khoa", []), ["Trưởng khoa", "Phó Trưởng khoa"]),
        (new PostHead("Phòng khám", []), ["Trưởng phòng khám", "Phó Trưởng phòng khám"]),
        (new PostHead("Đoàn", []), ["Trưởng đoàn", "Phó Trưởng đoàn"]),
        (new PostHead("Đội", []), ["Đội trưởng", "Phó Đội trưởng"]),
        (new PostHead("Cục", []), ["Cục trưởng", "Phó Cục trưởng"]),
        // "Chánh tòa Kinh tế Tòa án nhân dân tối cao": the chamber (Tòa Kinh tế) of the court.
        (new PostHead("Tòa", []), ["Chánh tòa", "Phó Chánh tòa"]),
        (new PostHead("Tổng cục", []), ["Tổng cục trưởng", "Phó Tổng cục trưởng"]),
        (new PostHead("Chi cục", []), ["Chi cục trưởng", "Phó Chi cục trưởng"]),
        (new PostHead("Vụ", []), ["Vụ trưởng", "Phó Vụ trưởng"]),
        (new PostHead("Kiểm toán", []), ["Tổng Kiểm toán", "Phó Tổng Kiểm toán"]),
        (new PostHead("Hội đồng nhân dân", []), ["Đại biểu"]),
        // "Trưởng thôn Nà Pục": the village is the body, as the commune's police is a Trưởng Công an's.
        (new PostHead("Thôn", []), ["Trưởng thôn", "Phó Trưởng thôn"]),
        (new PostHead("Ấp", []), ["Trưởng ấp", "Phó Trưởng ấp"]),
        (new PostHead("Bản", []), ["Trưởng bản", "Phó Trưởng bản"]),
        (new PostHead("Trạm", []), ["Trạm trưởng", "Phó Trạm trưởng", "Trưởng trạm", "Phó Trưởng trạm"]),
        (new PostHead("Hạt", []), ["Hạt trưởng", "Phó Hạt trưởng"]),
        (new PostHead("Đồn", []), ["Đồn trưởng", "Phó Đồn trưởng"]),
        (new PostHead("Tiểu đoàn", []), ["Tiểu đoàn trưởng", "Phó Tiểu đoàn trưởng"]),
        (new PostHead("Trung đoàn", []), ["Trung đoàn trưởng", "Phó Trung đoàn trưởng"]),
        (new PostHead("Lữ đoàn", []), ["Lữ đoàn trưởng", "Phó Lữ đoàn trưởng"]),
        (new PostHead("Sư đoàn", []), ["Sư đoàn trưởng", "Phó Sư đoàn trưởng"]),
        (new PostHead("Đại đội", []), ["Đại đội trưởng", "Phó Đại đội trưởng"]),
        (new PostHead("Bộ", ["văn phòng", "ủy ban", "thanh tra", "ngân hàng"]), ["Bộ trưởng", "Thứ trưởng"]));

    private static Dictionary<string, PostHead> HeadNouns(params (PostHead Head, string[] Posts)[] groups) =>
        groups.SelectMany(g => g.Posts.Select(post => (post, g.Head))).ToDictionary(e => e.post, e => e.Head, StringComparer.Ordinal);

    /// <summary>Words before a name that say it is a person (đồng chí, đ/c, ông, bà …).</summary>
    public static readonly PhraseTable<string> PersonIntroducers = PhraseTableBuilder.Set("person-introducers",
    [
        "đồng chí", "đ/c", "đ.c", "ông", "bà", "anh", "chị", "các đồng chí", "các đ/c", "các vị", "nhà báo", "tiến sĩ", "ts", "ths",
        "pgs.ts", "gs.ts", "pgs", "gs", "giáo sư", "phó giáo sư", "bác sĩ", "bs", "thạc sĩ", "kỹ sư", "luật sư",
        // The same degrees with the old "y" spelling, which many papers keep ("Bác sỹ A", "tiến sỹ", "thạc sỹ").
        "bác sỹ", "tiến sỹ", "thạc sỹ",
        // A teacher named as pupils call them ("thầy A, hiệu trưởng …"); "Cô" in a place's name (Cô Tô) introduces no one.
        // An elder (cụ) in obituaries and long-membership news.
        "thầy", "thầy giáo", "cô", "cô giáo", "cụ", "cụ ông", "cụ bà",
        // A foreign dignitary (Ngài A, Đại sứ …).
        "ngài",
        // The State's honorary titles for artists, teachers and doctors (danh hiệu, not posts): "NSND Trung Hiếu", "NGƯT A".
        "nsnd", "nsưt", "ngnd", "ngưt", "ttnd", "ttưt", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú", "nhà giáo nhân dân", "nhà giáo ưu tú",
        "thầy thuốc nhân dân", "thầy thuốc ưu tú", "anh hùng lao động", "ahlđ",
        // Military and police ranks are not titles (annotation.md) but say that a name follows.
        .. Ranks.All,
    ]);

    /// <summary>
    /// Words before a name that say it is a person only when the name is shaped like one (a family name first): a party member in
    /// long-membership and obituary news (<c>gắn Huy hiệu cho đảng viên Lê Văn A</c>), not the cell after it (<c>đảng viên Chi bộ
    /// khu 3</c>).
    /// </summary>
    public static readonly PhraseTable<string> MemberIntroducers = PhraseTableBuilder.Set("member-introducers", "đảng viên");

    /// <summary>
    /// Continents and world regions whose names read like a person's (<c>Châu Mỹ</c>: family name Châu, given name Mỹ), as in
    /// <c>Vụ trưởng Vụ Châu Mỹ</c>: never a name without a word that introduces a person.
    /// </summary>
    public static readonly PhraseTable<string> WorldRegions = PhraseTableBuilder.Set("world-regions",
        "Châu Á", "Châu Âu", "Châu Mỹ", "Châu Phi", "Châu Úc", "Châu Đại Dương", "Đông Nam Á", "Đông Bắc Á", "Nam Á", "Trung Á", "Tây Á",
        "Bắc Mỹ", "Nam Mỹ", "Mỹ Latinh", "Mỹ La-tinh", "Trung Đông", "Tây Âu", "Đông Âu", "Bắc Âu", "Nam Âu", "Á - Phi", "Á Phi");

    /// <summary>
    /// Verbs whose first syllable is also a body word (<c>chỉ</c> of <c>Ban Chỉ đạo</c>): written in lower case after a body's
    /// name they end it (<c>được Bộ Chính trị chỉ định giữ chức …</c>, <c>Thủ tướng chỉ định …</c>).
    /// </summary>
    public static readonly PhraseTable<string> BodyWordVerbs = PhraseTableBuilder.Set("body-word-verbs", "chỉ định");

    /// <summary>
    /// The names of parties written after <c>Đảng</c> (<c>Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào</c>): the party's central
    /// committee is that party's, and the chain of posts goes on after its name.
    /// </summary>
    public static readonly PhraseTable<string> PartyNames = PhraseTableBuilder.Set("party-names",
        "cộng sản việt nam", "nhân dân cách mạng lào", "nhân dân campuchia", "cộng sản trung quốc", "cộng sản cuba", "lao động triều tiên",
        "cộng sản nhật bản", "cộng sản liên bang nga", "cộng sản pháp", "cộng sản ấn độ");

    /// <summary>
    /// Nouns that make a leader's post the name of something of theirs, not a title (<c>Thư ký báo chí Tổng thống A</c> is the
    /// press secretary, <c>trợ lý Thủ tướng</c> the aide, <c>Văn phòng Chủ tịch nước</c> the office).
    /// </summary>
    public static readonly PhraseTable<string> LeaderOfficeNouns = PhraseTableBuilder.Set("leader-office-nouns",
        "thư ký", "thư ký báo chí", "báo chí", "trợ lý", "cố vấn", "người phát ngôn", "phát ngôn viên", "văn phòng", "phu nhân");

    /// <summary>Leaders' posts that such nouns turn into the name of an office or role (<c>Văn phòng Thủ tướng</c>, <c>Văn phòng Tổng thống</c>).</summary>
    public static readonly IReadOnlySet<string> LeadersWithOffices = new HashSet<string>(StringComparer.Ordinal)
    {
        "Thủ tướng", "Phó Thủ tướng", "Tổng thống", "Phó Tổng thống", "Chủ tịch nước", "Phó Chủ tịch nước",
    };

    /// <summary>
    /// Countries (quốc gia) as Vietnamese news writes them, so that a country between a post and a foreign name
    /// (<c>Chủ tịch Cuba Fidel Castro</c>, <c>Chủ tịch Quốc hội Lào Pany Yathotou</c>) is read as the body's, not the name's.
    /// </summary>
    public static readonly PhraseTable<string> Countries = PhraseTableBuilder.Set("countries",
        "Việt Nam", "Lào", "Campuchia", "Cam-pu-chia", "Trung Quốc", "Trung Hoa", "Nga", "Liên bang Nga", "Mỹ", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc",
        "Triều Tiên", "Pháp", "Đức", "Anh", "Ấn Độ", "Thái Lan", "Singapore", "Xin-ga-po", "Indonesia", "In-đô-nê-xi-a", "Malaysia",
        "Ma-lai-xi-a", "Philippines", "Phi-líp-pin", "Myanmar", "Mi-an-ma", "Úc", "Australia", "Ô-xtrây-li-a", "Canada", "Ca-na-đa",
        "Cuba", "Cu-ba", "Venezuela", "Brazil", "Bra-xin", "Italy", "I-ta-li-a", "Tây Ban Nha", "Ba Lan", "Séc", "Hungary", "Hung-ga-ri",
        "Belarus", "Ukraine", "U-crai-na", "Mông Cổ", "Israel", "I-xra-en", "Palestine", "Pa-le-xtin", "Ai Cập", "Nam Phi", "Mozambique",
        "Angola", "Algeria", "Iran", "I-ran", "Thổ Nhĩ Kỳ", "New Zealand", "Niu Di-lân", "Thụy Điển", "Phần Lan", "Na Uy", "Đan Mạch",
        "Hà Lan", "Bỉ", "Thụy Sĩ", "Áo", "Bồ Đào Nha", "Hy Lạp", "Argentina", "Chile", "Mexico", "Mê-hi-cô", "Brunei", "Đông Timor",
        // Less frequent in the news, but named between an ambassador's post and the ambassador ("Đại sứ Serbia Slobodan Marinkovic").
        "Timor-Leste", "Papua New Guinea", "Maroc", "Ma-rốc", "Serbia", "Xéc-bi-a", "Tajikistan", "Kazakhstan", "Ca-dắc-xtan", "Uzbekistan",
        "Kyrgyzstan", "Turkmenistan", "Azerbaijan", "Armenia", "Gruzia", "Georgia", "Litva", "Lít-va", "Latvia", "Lát-vi-a", "Estonia",
        "E-xtô-ni-a", "Bulgaria", "Bun-ga-ri", "Romania", "Ru-ma-ni", "Slovakia", "Xlô-va-ki-a", "Slovenia", "Croatia", "Cộng hòa Séc",
        "Ireland", "Ai-len", "Luxembourg", "Lúc-xăm-bua", "Iceland", "Malta", "Síp", "Cyprus", "Vatican", "Tòa Thánh Vatican", "Qatar", "Ca-ta",
        "Kuwait", "Cô-oét", "Ả-rập Xê-út", "Saudi Arabia", "Oman", "Jordan", "Gioóc-đa-ni", "Iraq", "I-rắc", "Syria", "Xi-ri", "Lebanon",
        "Li-băng", "Yemen", "Pakistan", "Pa-ki-xtan", "Bangladesh", "Băng-la-đét", "Sri Lanka", "Xri Lan-ca", "Nepal", "Nê-pan", "Bhutan",
        "Maldives", "Nigeria", "Ni-giê-ri-a", "Kenya", "Kê-ni-a", "Ethiopia", "Tanzania", "Uganda", "Rwanda", "Ghana", "Senegal", "Tunisia",
        "Libya", "Li-bi", "Sudan", "Madagascar", "Zimbabwe", "Zambia", "Namibia", "Cameroon", "Mali", "Bờ Biển Ngà", "Mauritius", "Fiji",
        "Peru", "Pê-ru", "Colombia", "Cô-lôm-bi-a", "Uruguay", "U-ru-goay", "Paraguay", "Pa-ra-goay", "Bolivia", "Ecuador", "Panama",
        "Nicaragua", "Ni-ca-ra-goa", "Jamaica", "Dominica", "Cộng hòa Dominica",
        // Kingdoms named in full; "Anh" alone after "Vương quốc" would otherwise read as the introducer "anh" (Mr).
        "Vương quốc Anh", "Anh Quốc", "Vương quốc Thái Lan", "Vương quốc Campuchia", "Vương quốc Hà Lan", "Vương quốc Bỉ",
        "Vương quốc Tây Ban Nha", "Vương quốc Na Uy", "Vương quốc Thụy Điển", "Vương quốc Đan Mạch", "Vương quốc Ả-rập Xê-út",
        // The United States by its formal name, and as it is often misspelt.
        "Hợp chúng quốc Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ");

    /// <summary>
    /// Capitalised words that start a new phrase rather than continue a name, where a full stop was lost or an
    /// honour follows (<c>Nguyễn Văn Trân Cùng dự có …</c>, <c>Nông Đức Mạnh Huân chương …</c>). Read from a name's
    /// third syllable on, since some are given names too.
    /// </summary>
    public static readonly PhraseTable<string> NameStops = PhraseTableBuilder.Set("name-stops",
        "huân chương", "huy chương", "bằng khen", "giấy khen", "kỷ niệm chương", "huy hiệu", "cờ thi đua", "cùng", "chiều", "sáng",
        "tối", "trưa", "ngày", "tại", "theo", "trong", "sau", "trước", "khi", "với", "về", "đến", "từ", "do", "đã", "sẽ", "cũng",
        "các", "những", "này", "là", "và", "nhưng", "nếu",
        // "Đồng chí Trần Văn Hậu Đảng viên Bệnh viện …": membership written in capitals after the name.
        "đảng viên");

    /// <summary>
    /// Roles that stand between a name and its posts but are not posts here: party membership, an unnamed
    /// committee's membership (cấp ủy viên) and military or police ranks ("Thiếu tá A, Trưởng Công an xã"). A party
    /// committee's member (Đảng ủy viên, Chi ủy viên) is a post (annotation.md: <c>Đảng ủy viên</c> → the Đảng ủy meant).
    /// </summary>
    public static readonly PhraseTable<string> MinorRoles = PhraseTableBuilder.Set("minor-roles",
    [
        "cấp ủy viên", "đảng viên", .. Ranks.All,
        // A staff member's job, with the body it is in, before the posts held ("ông A, cán bộ Văn phòng X; nguyên Phó Bí thư …").
        "cán bộ", "chuyên viên", "nhân viên",
        // A party committee's lecturer ("báo cáo viên Quận ủy"), a role beside the posts, not one of them.
        "báo cáo viên",
    ]);

    /// <summary>
    /// How the name of a standing body opens (party committees, people's committees and councils, the Front, the state's
    /// offices), in full or abbreviated: a post followed by one is held, as in <c>ông B làm Phó Bí thư Thường trực Đảng ủy
    /// phường</c> or <c>bà C làm Phó Chánh Văn phòng Bộ X</c>, where a post without one may be a role for a while (<c>làm trưởng
    /// đoàn</c>).
    /// </summary>
    public static readonly PhraseTable<bool> StandingBodyOpenings = new("standing-body-openings",
        new[]
        {
            "đảng ủy", "huyện ủy", "tỉnh ủy", "thành ủy", "quận ủy", "thị ủy", "chi bộ", "ủy ban", "ubnd", "hđnd", "ubmttq", "hu", "tu", "đu",
            // Councils that sit for a term.
            "hội đồng nhân dân", "hội đồng thành viên", "hội đồng quản trị", "hđtv", "hđqt",
            // The Front and the mass organisations ("làm Chủ tịch Hội Cựu chiến binh", "làm Bí thư Tỉnh đoàn").
            "mặt trận", "hội", "liên đoàn lao động", "công đoàn", "tỉnh đoàn", "huyện đoàn", "thành đoàn", "đoàn thanh niên",
            // The state's standing offices ("bà A làm Phó Chánh văn phòng Bộ X", "ông B làm Giám đốc Sở Y tế", "làm Phó Thủ tướng
            // Chính phủ"): a post in one is an office held, never a task for a day.
            "chính phủ", "bộ", "sở", "cục", "tổng cục", "công an", "tòa án", "viện kiểm sát", "kho bạc", "thanh tra", "ngân hàng nhà nước",
        }.Select(opening => (opening, true))
        // Any other council sits for a while ("làm Chủ tịch Hội đồng thi tuyển"): not a standing body, though it opens with "hội".
        .Append(("hội đồng", false)));

    /// <summary>
    /// Phrases of holding a post that may stand between a person and the posts (<c>đồng thời là</c>, <c>kinh qua</c>,
    /// <c>ở cương vị</c>, <c>vào chức danh</c>), read as a whole where a single word alone would say nothing.
    /// </summary>
    public static readonly PhraseTable<string> HoldingPhrases = PhraseTableBuilder.Set("holding-phrases",
        "đồng thời", "kinh qua", "trải qua", "nắm giữ", "đảm nhiệm", "đảm nhận", "trở thành", "vào chức danh", "vào chức vụ", "vào vị trí",
        "ở cương vị", "trên cương vị", "ở vị trí", "trên vị trí", "với cương vị", "với cương vị là", "với tư cách", "với tư cách là",
        // "bà A, với vai trò, trách nhiệm là Tỉnh ủy viên, Bí thư Đảng đoàn …": the role in which the person acted.
        "với vai trò", "với vai trò là", "với vai trò, trách nhiệm là", "với vai trò và trách nhiệm là", "với trách nhiệm là", "trong thời kỳ làm", "trong thời gian làm", "khi làm", "thời kỳ làm",
        "nhận nhiệm vụ", "để nhận nhiệm vụ", "làm nhiệm vụ", "để đảm nhận", "chuyển sang làm", "đang làm", "hiện làm", "hiện đang làm",
        // Moved to a post ("chuyển qua làm Phó Chánh Văn phòng", "chuyển về giữ chức …"); relieved of one post to take up the next
        // ("thôi giữ chức Giám đốc Sở X để điều động giữ chức vụ …"): the post after "để" is held now.
        "chuyển qua làm", "chuyển về làm", "chuyển qua giữ", "chuyển sang giữ", "chuyển về giữ",
        // Transferred to another post ("chuyển công tác làm Trưởng Ban …", "chuyển công tác về giữ chức …").
        "chuyển công tác làm", "chuyển công tác về làm", "chuyển công tác sang làm", "chuyển công tác giữ", "chuyển công tác về giữ",
        "để điều động", "để giữ", "để được", "để bổ nhiệm", "để làm",
        // Back to an earlier post ("… để trở lại giữ chức vụ Thứ trưởng Bộ Tư pháp", "trở lại làm …").
        "để trở lại giữ", "để trở lại làm", "trở lại giữ", "trở lại làm",
        // Taking up the post a decision gives ("đến nhận chức vụ Giám đốc Công an tỉnh …", "đến nhận công tác và giữ chức vụ …").
        "nhận chức", "nhận chức vụ", "đến nhận chức", "đến nhận chức vụ", "nhận công tác và giữ", "đến nhận công tác và giữ",
        // Elected to a post; held at the time the story tells of ("thời điểm đó là …").
        "đắc cử", "tái đắc cử", "trúng cử", "tái cử", "thời điểm", "vào thời điểm", "tại thời điểm",
        // Kept in a post ("tiếp tục được bầu làm Chủ tịch", "tiếp tục đảm nhận chức …", "tiếp tục giữ chức …").
        "tiếp tục", "tiếp tục làm");

    /// <summary>
    /// Verbs of one who appoints, elects, assigns or honours (<c>được Thủ tướng bổ nhiệm</c>, <c>được Chủ tịch nước tặng</c>):
    /// the post before them is the appointer's.
    /// </summary>
    public static readonly PhraseTable<string> AppointingVerbs = PhraseTableBuilder.Set("appointing-verbs",
        "bổ nhiệm", "bổ nhiệm lại", "bầu", "điều động", "phân công", "giao", "cử", "phê chuẩn", "chỉ định", "luân chuyển",
        "công nhận", "tặng", "trao", "trao tặng", "tặng thưởng", "khen thưởng", "biểu dương", "tiếp", "gặp");

    /// <summary>
    /// Words for a person's relatives before an introduced name (<c>con trai ông A</c>, <c>vợ ông B</c>): the sentence is
    /// about the relative, so a post its clause goes on to give is not the named person's.
    /// </summary>
    public static readonly PhraseTable<string> Relatives = PhraseTableBuilder.Set("relatives",
        "con", "con trai", "con gái", "con rể", "con dâu", "vợ", "chồng", "cha", "bố", "mẹ", "anh trai", "em trai", "em gái",
        "chị gái", "em", "cháu", "người nhà", "em rể", "anh rể");

    /// <summary>
    /// Phrases that say a person did something while holding a post (<c>bị kỷ luật vì trong thời kỳ làm giám đốc Sở X …</c>,
    /// <c>khi đang ở cương vị bí thư tỉnh ủy</c>): the post is that of the person the sentence is about. So are the posts a
    /// discipline takes away, listed in brackets (<c>cách tất cả các chức vụ trong Đảng (ủy viên Ban Chấp hành Đảng bộ …)</c>).
    /// </summary>
    public static readonly PhraseTable<string> HeldWhilePhrases = PhraseTableBuilder.Set("held-while-phrases",
        "trong thời kỳ làm", "trong thời gian làm", "trong thời gian giữ chức", "trong thời gian giữ chức vụ", "thời kỳ làm",
        "khi làm", "lúc làm", "khi còn làm", "khi còn là", "khi đang là", "khi đang làm", "khi giữ chức", "khi giữ chức vụ",
        "khi đang giữ chức", "khi đang giữ chức vụ", "khi ở cương vị", "khi đang ở cương vị", "lúc đang ở cương vị",
        // The person referred back to inside the phrase ("… vướng sai phạm trong thời gian ông giữ chức Trưởng phòng …").
        "trong thời gian ông giữ chức", "trong thời gian bà giữ chức", "trong thời gian ông làm", "trong thời gian bà làm",
        "trong thời gian giữ cương vị", "khi giữ cương vị", "trong thời gian đảm nhiệm", "khi đảm nhiệm",
        "khi ông giữ chức", "khi bà giữ chức", "khi ông làm", "khi bà làm", "khi ông còn là", "khi bà còn là",
        "cách tất cả các chức vụ trong đảng (", "cách tất cả chức vụ trong đảng (", "cách tất cả các chức vụ trong đảng của ông (");

    /// <summary>
    /// Nouns for posts in general (chức vụ, vị trí, trọng trách): after <c>nhiều</c> or <c>các</c> they announce a list of
    /// posts, which may start a few words later after <c>như</c>, <c>gồm</c> or a colon (<c>nhiều trọng trách trong quân
    /// đội, như: …</c>); the list may then run over semicolons.
    /// </summary>
    public static readonly PhraseTable<string> PostListNouns = PhraseTableBuilder.Set("post-list-nouns",
        "chức vụ", "chức danh", "vị trí", "cương vị", "trọng trách", "vị trí công tác", "cương vị công tác");

    /// <summary>
    /// Clauses of where a person lives or comes from that open a sentence of an obituary going on with the life story of the
    /// person named before (<c>Thường trú tại …; nguyên Phó Chủ tịch …</c>); unlike <see cref="LifeStoryClauses"/>, never a
    /// sentence's own subject (<c>Tham gia đoàn công tác có …</c>).
    /// </summary>
    public static readonly PhraseTable<string> LifeStoryOpeners = PhraseTableBuilder.Set("life-story-openers",
        "thường trú", "trú tại", "quê quán", "nguyên quán", "quê ở", "sinh ngày", "sinh năm", "nơi ở");

    /// <summary>
    /// Openings of the clauses of a life story that name no post (birth, home town, joining the Party, schooling, a rank).
    /// Between a person and a verb of holding they are passed over, so the posts after the verb stay the person's
    /// (<c>Bà A sinh năm 1962, quê …; từng giữ …</c>).
    /// </summary>
    public static readonly PhraseTable<string> LifeStoryClauses = PhraseTableBuilder.Set("life-story-clauses",
        "sinh", "sinh năm", "sinh ngày", "quê", "quê quán", "quê ở", "nguyên quán", "trú", "trú tại", "thường trú", "dân tộc",
        "vào đảng", "vào đảng năm", "được kết nạp", "trình độ", "tham gia", "nhập ngũ", "hưởng thọ", "tốt nghiệp",
        "là thạc sĩ", "là tiến sĩ", "là kỹ sư", "là cử nhân", "là bác sĩ", "là đảng viên", "được phong", "được thăng",
        "sn", "công tác", "từng công tác", "làm việc", "từng làm việc", "từng tham gia", "từng học", "quốc tịch", "mang quốc tịch",
        // "sinh năm 1920, đảng viên 75 năm tuổi Đảng, nguyên …": the years of membership.
        "đảng viên");

    /// <summary>
    /// Openings of a bracket after a name that tells where the person is from or what else they are called (<c>ông A (quốc
    /// tịch Anh)</c>, <c>bà B (người Hàn Quốc)</c>, <c>(Việt kiều Mỹ)</c>, <c>(bí danh C)</c>): passed over like a life story's,
    /// so the posts after the bracket stay the person's. Only in brackets: <c>người</c> alone opens many other clauses.
    /// </summary>
    public static readonly PhraseTable<string> OriginAsides = PhraseTableBuilder.Set("origin-asides",
        "quốc tịch", "mang quốc tịch", "người", "công dân", "việt kiều", "bí danh", "tên thật", "tên khai sinh", "thường gọi",
        "tên thường gọi", "tên gọi khác");

    /// <summary>
    /// Words of handing a post to someone (<c>trao quyết định … cho bà B</c>, <c>công bố quyết định bổ nhiệm …</c>): a post
    /// after them is the receiver's, so a life story's reading stops there.
    /// </summary>
    public static readonly PhraseTable<string> HandingOver = PhraseTableBuilder.Set("handing-over",
        "trao", "tặng", "cho", "giao", "công bố", "bổ nhiệm", "điều động", "đề nghị", "giới thiệu", "chúc mừng", "tiếp nhận");

    /// <summary>
    /// Openings of a time in a life story (<c>từ năm 2005 đến 2010</c>, <c>trước đó</c>, <c>trước khi được bầu</c>), which the
    /// verb of holding may follow directly (<c>từ năm 2010 đến 2015 là Giám đốc Sở Y tế</c>).
    /// </summary>
    public static readonly PhraseTable<string> TimeClauses = PhraseTableBuilder.Set("time-clauses",
        "năm", "tháng", "từ", "từ năm", "từ tháng", "đến năm", "đến tháng", "cho đến", "giai đoạn", "trong giai đoạn",
        "trước đó", "sau đó", "trước khi", "sau khi", "sau này", "về sau", "hiện nay", "hiện tại", "lần lượt");

    /// <summary>Parts of an address in a life story (<c>thường trú tại số nhà 17, đường Lê Lợi, phường 2</c>).</summary>
    public static readonly PhraseTable<string> AddressWords = PhraseTableBuilder.Set("address-words",
        "số nhà", "số", "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "ấp", "tổ", "khu", "khối", "khu dân cư", "làng", "buôn", "bon", "sóc", "đội",
        // "trú tại nhà số 7, lô C2, khu lão thành cách mạng, …", "căn hộ 1203, chung cư A".
        "nhà", "nhà số", "lô", "căn hộ", "chung cư", "khu tập thể");

    /// <summary>Words that take a post from its holder (<c>miễn nhiệm chức vụ …</c>, <c>cho thôi giữ chức …</c>).</summary>
    public static readonly PhraseTable<string> Reliefs = PhraseTableBuilder.Set("reliefs",
        "miễn nhiệm", "bãi nhiệm", "bãi miễn", "thôi giữ", "cho thôi", "thôi làm", "thôi chức", "cách chức",
        // "kỷ luật bằng hình thức xóa tư cách chức vụ Phó Chủ tịch UBND tỉnh … đối với ông A", "xoá tư cách đại biểu HĐND".
        "xóa tư cách", "xoá tư cách");

    /// <summary>
    /// Words before a title that mark a former holder (nguyên). <c>Nguyễn</c> directly before a
    /// post is the frequent typo of <c>Nguyên</c> (the two differ by one tone mark).
    /// </summary>
    public static readonly PhraseTable<string> FormerMarkers = PhraseTableBuilder.Set("former-markers",
        "nguyên", "nguyên là", "nguyễn", "cựu");

    /// <summary>Where a post would start at <paramref name="at"/> once a former marker there is passed over (<c>nguyên Chủ tịch …</c>).</summary>
    public static int PastFormerMarker(ReadOnlySpan<Token> tokens, int at) =>
        at + (FormerMarkers.TryMatch(tokens, at, out _, out int length) ? length : 0);

    /// <summary>
    /// Common middle names (tên đệm) — <c>Văn</c>, <c>Thị</c>, <c>Hữu</c> … — which after a family name
    /// mark a person rather than a place (<c>Vũ Thị Bích Ngọc</c> against <c>Hoàng Hoa Thám</c>).
    /// </summary>
    public static readonly IReadOnlySet<string> MiddleNames = new HashSet<string>(
        new[]
        {
            "văn", "thị", "hữu", "đức", "đình", "công", "quang", "minh", "ngọc", "xuân", "thanh", "thế", "duy", "quốc", "bá",
            "trọng", "tiến", "mạnh", "kim", "hồng", "thu", "phương", "anh", "tuấn", "việt", "hoài", "như", "bích", "diệu",
            "thúy", "khắc", "huy", "trung", "hải", "ngọc", "đăng", "chí", "tất", "sỹ", "sĩ", "viết", "xuân", "cao", "phúc",
        }.Distinct().Select(n => Text.VietnameseOrthography.Key(n)),
        StringComparer.Ordinal);

    /// <summary>
    /// Family names of the Central Highlands' peoples (Jarai, Ê Đê, Bahnar): Ksor A, Nay Phi B, Rơ Chăm C, Niê Thuột D, and Y Biêr
    /// Niê, whose name closes with it. Many need not have a Vietnamese syllable's shape.
    /// </summary>
    public static readonly IReadOnlySet<string> HighlandFamilyNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "ksor", "rơ", "rah", "siu", "kpă", "nay", "puih", "niê", "êban", "mlô", "byă", "hđơk", "adrơng", "knul",
    };

    /// <summary>Vietnamese family names (họ), by key.</summary>
    public static readonly IReadOnlySet<string> FamilyNames = new HashSet<string>(
        new[]
        {
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
            "lý", "lí", "đào", "đoàn", "vương", "trịnh", "đinh", "lâm", "phùng", "mai", "tô", "trương", "hà", "lương", "lưu",
            "cao", "tạ", "quách", "chu", "châu", "hứa", "thái", "tống", "kiều", "khổng", "khúc", "lục", "mạc", "mã",
            "nghiêm", "nông", "tăng", "triệu", "vi", "lã", "lại", "lò", "lường", "cù",
            "cấn", "đàm", "giáp", "hàn", "hầu", "kim", "khuất", "khương", "kha", "lạc", "lăng", "mạch",
            "mẫn", "ninh", "phí", "quản", "sầm", "tiêu", "tôn", "trình", "ung", "ứng", "âu", "bạch",
            "bế", "bàng", "chế", "chử", "diệp", "doãn", "đàng", "đậu", "điểu", "lữ", "bồ", "cung",
            "hàm", "kiểu", "lỗ", "mông", "ngọ", "nhữ", "ôn", "sái", "thang",
            "tiết", "vòng", "xa",
            // Family names of the northern uplands' peoples (Tày, Thái, Hmông, Dao): Ma Thế A, Cầm Văn B, Giàng A C, Bàn Văn D.
            "ma", "cầm", "giàng", "sùng", "thào", "vàng", "vừ", "mùa", "lầu", "chảo", "quàng", "bàn", "lù", "tẩn", "đèo", "lèo", "hờ",
            "khang", "la", "tòng", "điêu", "bạc", "lang", "ngân", "mè", "chá", "phàng", "tráng", "hạng", "lùng", "ngần", "lèm",
            // Thân of Bắc Giang, Từ: Thân Văn A, Từ Minh B.
            "thân", "từ",
            // Less common elsewhere: Uông, Tào, Lư, Chung; Thạch, Sơn and Danh of the Khmer in the south (Sơn Minh A, Danh B).
            "uông", "tào", "lư", "chung", "thạch", "sơn", "danh",
        }.Select(n => Text.VietnameseOrthography.Key(n)).Concat(HighlandFamilyNames),
        StringComparer.Ordinal);
}
