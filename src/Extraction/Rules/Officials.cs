namespace Extraction.Rules;

/// <summary>What an abbreviation stands for, and whether it names a post or a body.</summary>
/// <param name="Expansion">The words it stands for: <c>Ủy ban nhân dân</c>.</param>
/// <param name="IsPosition">True for a post (<c>PCT</c> → <c>Phó Chủ tịch</c>), false for a body.</param>
internal sealed record Abbreviation(string Expansion, bool IsPosition);

/// <summary>
/// The words of officialdom, as data: posts (chức vụ) in their canonical spelling, the
/// abbreviations reporters use, the words that make up names of bodies, the levels of
/// administrative units, the words that introduce a person, and Vietnamese family names.
/// </summary>
internal static class Officials
{
    /// <summary>Posts, keyed by how they are written, valued by their canonical spelling.</summary>
    public static readonly PhraseTable<string> Positions = new("positions", new (string, string)[]
    {
        ("Tổng Bí thư", "Tổng Bí thư"), ("Chủ tịch nước", "Chủ tịch nước"), ("Phó Chủ tịch nước", "Phó Chủ tịch nước"),
        ("Thủ tướng", "Thủ tướng"), ("Phó Thủ tướng", "Phó Thủ tướng"), ("Bộ trưởng", "Bộ trưởng"), ("Thứ trưởng", "Thứ trưởng"),
        ("Bí thư", "Bí thư"), ("Phó Bí thư", "Phó Bí thư"), ("Phó Bí thư Thường trực", "Phó Bí thư Thường trực"),
        ("Chủ tịch", "Chủ tịch"), ("Phó Chủ tịch", "Phó Chủ tịch"), ("Phó Chủ tịch Thường trực", "Phó Chủ tịch Thường trực"),
        ("Chủ nhiệm", "Chủ nhiệm"), ("Phó Chủ nhiệm", "Phó Chủ nhiệm"), ("Phó Chủ nhiệm Thường trực", "Phó Chủ nhiệm Thường trực"),
        ("Trưởng ban", "Trưởng ban"), ("Phó Trưởng ban", "Phó Trưởng ban"), ("Phó Trưởng ban Thường trực", "Phó Trưởng ban Thường trực"),
        ("Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ"), ("Ủy viên Thường vụ", "Ủy viên Ban Thường vụ"),
        ("Ủy viên Ban Chấp hành", "Ủy viên Ban Chấp hành"), ("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị"),
        ("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng"), ("Ủy viên", "Ủy viên"),
        ("Tỉnh ủy viên", "Tỉnh ủy viên"), ("Thành ủy viên", "Thành ủy viên"), ("Huyện ủy viên", "Huyện ủy viên"),
        ("Quận ủy viên", "Quận ủy viên"), ("Thị ủy viên", "Thị ủy viên"),
        ("Giám đốc", "Giám đốc"), ("Phó Giám đốc", "Phó Giám đốc"), ("Tổng Giám đốc", "Tổng Giám đốc"),
        ("Chánh Văn phòng", "Chánh Văn phòng"), ("Phó Chánh Văn phòng", "Phó Chánh Văn phòng"),
        ("Chánh Thanh tra", "Chánh Thanh tra"), ("Chánh án", "Chánh án"), ("Phó Chánh án", "Phó Chánh án"),
        ("Viện trưởng", "Viện trưởng"), ("Phó Viện trưởng", "Phó Viện trưởng"),
        ("Trưởng phòng", "Trưởng phòng"), ("Phó Trưởng phòng", "Phó Trưởng phòng"),
        ("Trưởng Công an", "Trưởng Công an"), ("Phó Trưởng Công an", "Phó Trưởng Công an"),
        ("Chỉ huy trưởng", "Chỉ huy trưởng"), ("Chính trị viên", "Chính trị viên"), ("Tư lệnh", "Tư lệnh"), ("Chính ủy", "Chính ủy"),
        // School principals (Hiệu trưởng) and editors are not counted as officials: their posts are professional, not of the
        // party, the state or a mass organisation.
        ("Đại biểu Quốc hội", "Đại biểu Quốc hội"), ("Trưởng thôn", "Trưởng thôn"),
        ("Tổ trưởng", "Tổ trưởng"), ("Trưởng khu", "Trưởng khu"), ("Trưởng phố", "Trưởng phố"),
    });

    /// <summary>Abbreviations of posts and bodies (viết tắt), by key.</summary>
    public static readonly IReadOnlyDictionary<string, Abbreviation> Abbreviations = new Dictionary<string, Abbreviation>(StringComparer.Ordinal)
    {
        // Posts.
        ["tuv"] = new("Tỉnh ủy viên", true), // Thành ủy viên in a centrally governed city: see ProvincialCommitteeMember.
        ["huv"] = new("Huyện ủy viên", true), ["quv"] = new("Quận ủy viên", true),
        ["uvbtv"] = new("Ủy viên Ban Thường vụ", true), ["uv"] = new("Ủy viên", true), ["ubtv"] = new("Ủy viên Ban Thường vụ", true),
        ["pbt"] = new("Phó Bí thư", true), ["bt"] = new("Bí thư", true), ["pct"] = new("Phó Chủ tịch", true), ["ct"] = new("Chủ tịch", true),
        ["gđ"] = new("Giám đốc", true), ["pgđ"] = new("Phó Giám đốc", true), ["đbqh"] = new("Đại biểu Quốc hội", true),
        ["cvp"] = new("Chánh Văn phòng", true), ["tb"] = new("Trưởng ban", true), ["ptb"] = new("Phó Trưởng ban", true),
        // Bodies.
        ["hu"] = new("Huyện ủy", false), ["tu"] = new("Tỉnh ủy", false), ["qu"] = new("Quận ủy", false), ["đu"] = new("Đảng ủy", false),
        ["tthu"] = new("Thường trực Huyện ủy", false), ["tttu"] = new("Thường trực Tỉnh ủy", false),
        ["btv"] = new("Ban Thường vụ", false), ["bch"] = new("Ban Chấp hành", false), ["bcđ"] = new("Ban Chỉ đạo", false),
        ["ubnd"] = new("Ủy ban nhân dân", false), ["hđnd"] = new("Hội đồng nhân dân", false), ["ubkt"] = new("Ủy ban Kiểm tra", false),
        ["mttq"] = new("Mặt trận Tổ quốc", false), ["ubmttq"] = new("Ủy ban Mặt trận Tổ quốc", false),
        ["lđlđ"] = new("Liên đoàn Lao động", false), ["hlhpn"] = new("Hội Liên hiệp Phụ nữ", false), ["lhpn"] = new("Liên hiệp Phụ nữ", false),
        ["hnd"] = new("Hội Nông dân", false), ["hccb"] = new("Hội Cựu chiến binh", false), ["ccb"] = new("Cựu chiến binh", false),
        ["tncs"] = new("Thanh niên Cộng sản", false), ["tp"] = new("thành phố", false), ["tx"] = new("thị xã", false),
        ["vp"] = new("Văn phòng", false), ["tw"] = new("Trung ương", false), ["bqp"] = new("Bộ Quốc phòng", false),
    };

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
    });

    /// <summary>
    /// Party committees named after the level of their unit: <c>Huyện ủy</c> is the committee
    /// of a huyện. Maps the committee word to the unit level.
    /// </summary>
    public static readonly PhraseTable<string> LevelCommittees = new("level-committees", new (string, string)[]
    {
        ("huyện ủy", "huyện"), ("thị ủy", "thị xã"), ("thành ủy", "thành phố"), ("tỉnh ủy", "tỉnh"), ("quận ủy", "quận"),
    });

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
    };

    /// <summary>Words before a name that say it is a person (đồng chí, đ/c, ông, bà …).</summary>
    public static readonly PhraseTable<string> PersonIntroducers = PhraseTableBuilder.Set("person-introducers",
        "đồng chí", "đ/c", "đ.c", "ông", "bà", "anh", "chị", "các đồng chí", "các đ/c", "thiếu tướng", "trung tướng",
        "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "tiến sĩ", "ts", "ths", "pgs.ts", "gs.ts", "nhà báo");

    /// <summary>
    /// Roles that stand between a name and its posts but are not posts here: membership of a commune's party
    /// committee and military or police ranks ("Thiếu tá A, Đảng ủy viên, Trưởng Công an xã").
    /// </summary>
    public static readonly PhraseTable<string> MinorRoles = PhraseTableBuilder.Set("minor-roles",
        "đảng ủy viên", "chi ủy viên", "cấp ủy viên", "đảng viên", "thiếu úy", "trung úy", "thượng úy", "đại úy", "thiếu tá",
        "trung tá", "thượng tá", "đại tá", "thiếu tướng", "trung tướng");

    /// <summary>
    /// Words before a title that mark a former holder (nguyên). <c>Nguyễn</c> directly before a
    /// post is the frequent typo of <c>Nguyên</c> (the two differ by one tone mark).
    /// </summary>
    public static readonly PhraseTable<string> FormerMarkers = PhraseTableBuilder.Set("former-markers",
        "nguyên", "nguyên là", "nguyễn", "cựu");

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
            "bế", "bàng", "chế", "chử", "diệp", "doãn", "đàng", "đậu", "điểu", "ksor",
            "rơ", "rah", "siu", "kpă", "lữ", "bồ", "cung",
            "hàm", "kiểu", "lỗ", "mông", "ngọ", "nhữ", "ôn", "sái", "thang",
            "tiết", "vòng", "xa",
        }.Select(n => Text.VietnameseOrthography.Key(n)),
        StringComparer.Ordinal);
}
