using Extraction.Records;

namespace Extraction.Rules;

/// <summary>
/// The words around honours, as data: verbs of receiving (the recipient is their subject), nouns that count
/// people or bodies as recipients, and words that gather several recipients without a number.
/// </summary>
internal static class Awards
{
    /// <summary>
    /// Verbs whose subject is the recipient: <c>Báo A nhận bằng khen</c>, <c>Công ty B đón nhận Huân chương</c>,
    /// <c>ông C đã được trao tặng Huân chương</c>.
    /// </summary>
    public static readonly PhraseTable<bool> ReceiveVerbs = PhraseTableBuilder.Of("award-receive-verbs", true,
        "nhận", "đón nhận", "đón", "được nhận", "được trao", "được tặng", "được trao tặng", "được tặng thưởng", "được truy tặng",
        "vinh dự nhận", "vinh dự đón nhận", "vinh dự được", "được");

    /// <summary>Verbs of giving that may stand between the giver and the honour (<c>A trao tặng B Huân chương C</c>).</summary>
    public static readonly PhraseTable<bool> GiveVerbs = PhraseTableBuilder.Of("award-give-verbs", true,
        "trao tặng", "trao", "tặng", "truy tặng", "tặng thưởng", "gắn");

    /// <summary>
    /// Recipient nouns beyond the four kinds' own words: people (<c>5 bác sĩ</c> → individual) and bodies
    /// (<c>114 đơn vị</c> → collective).
    /// </summary>
    public static readonly PhraseTable<RecipientKind> MoreRecipientNouns = new("award-recipient-nouns", new (string, RecipientKind)[]
    {
        ("đơn vị", RecipientKind.Collective), ("cơ quan", RecipientKind.Collective), ("doanh nghiệp", RecipientKind.Collective),
        ("tổ chức", RecipientKind.Collective), ("tập thể, cá nhân", RecipientKind.Collective),
        // A family honoured as one (Huân chương Độc lập cho 6 gia đình có nhiều thân nhân hy sinh).
        ("gia đình", RecipientKind.Collective),
        // Bodies counted by their kind: "5 trường học … đón nhận Huân chương Lao động".
        ("trường học", RecipientKind.Collective), ("trường", RecipientKind.Collective), ("bệnh viện", RecipientKind.Collective),
        // State bodies and places counted by their kind: "tặng Cờ thi đua cho 07 sở giáo dục và đào tạo", "cho 12 xã, thị trấn".
        ("sở", RecipientKind.Collective), ("phòng", RecipientKind.Collective), ("địa phương", RecipientKind.Collective),
        ("xã", RecipientKind.Collective), ("phường", RecipientKind.Collective), ("thị trấn", RecipientKind.Collective),
        ("huyện", RecipientKind.Collective), ("công ty", RecipientKind.Collective), ("hợp tác xã", RecipientKind.Collective),
        ("người", RecipientKind.Individual), ("bác sĩ", RecipientKind.Individual), ("bác sỹ", RecipientKind.Individual),
        ("giáo viên", RecipientKind.Individual), ("học sinh", RecipientKind.Individual), ("sinh viên", RecipientKind.Individual),
        ("cán bộ", RecipientKind.Individual), ("chiến sĩ", RecipientKind.Individual), ("công nhân", RecipientKind.Individual),
        ("y bác sĩ", RecipientKind.Individual), ("hội viên", RecipientKind.Individual), ("đoàn viên", RecipientKind.Individual),
        ("nhà giáo", RecipientKind.Individual), ("gương", RecipientKind.Individual), ("điển hình", RecipientKind.Individual),
        ("học viên", RecipientKind.Individual), ("vận động viên", RecipientKind.Individual), ("huấn luyện viên", RecipientKind.Individual),
        ("vđv", RecipientKind.Individual), ("hlv", RecipientKind.Individual), ("nhân viên", RecipientKind.Individual),
        ("công chức", RecipientKind.Individual), ("viên chức", RecipientKind.Individual), ("cựu chiến binh", RecipientKind.Individual),
        ("nghệ nhân", RecipientKind.Individual), ("nghệ sĩ", RecipientKind.Individual), ("thầy thuốc", RecipientKind.Individual),
        ("nhà khoa học", RecipientKind.Individual), ("doanh nhân", RecipientKind.Individual), ("nhà báo", RecipientKind.Individual),
        ("phóng viên", RecipientKind.Individual), ("tình nguyện viên", RecipientKind.Individual), ("kỹ sư", RecipientKind.Individual),
        // "7 lãnh đạo các cơ quan của Quốc hội được tặng Huân chương …": leaders counted are people.
        ("lãnh đạo", RecipientKind.Individual),
        // "cho 33 em học sinh": "em" before its noun counts pupils. Bare "em" is not read: "cứu sống 4 em nhỏ" are the rescued, and
        // "cho hai em A và B" names its recipients.
        ("em học sinh", RecipientKind.Individual), ("em sinh viên", RecipientKind.Individual),
        ("nông dân", RecipientKind.Individual), ("điều dưỡng", RecipientKind.Individual),
        // "80 thầy, cô giáo tiêu biểu nhận Bằng khen", "cho 9 thuyền viên", "cho 12 quân nhân".
        ("thầy, cô giáo", RecipientKind.Individual), ("thầy cô giáo", RecipientKind.Individual), ("thầy giáo", RecipientKind.Individual),
        ("cô giáo", RecipientKind.Individual), ("thuyền viên", RecipientKind.Individual), ("quân nhân", RecipientKind.Individual),
        ("hạ sĩ quan", RecipientKind.Individual), ("chiến sỹ", RecipientKind.Individual),
        ("bộ đội", RecipientKind.Individual), ("dân quân", RecipientKind.Individual), ("công an viên", RecipientKind.Individual),
        ("người lao động", RecipientKind.Individual),
        // "100 cựu thanh niên xung phong đã được … tặng Kỷ niệm chương", "cho 12 người dân", "cho 5 thương binh".
        ("thanh niên xung phong", RecipientKind.Individual), ("cựu thanh niên xung phong", RecipientKind.Individual),
        ("người dân", RecipientKind.Individual), ("công dân", RecipientKind.Individual), ("quần chúng", RecipientKind.Individual),
        ("thương binh", RecipientKind.Individual), ("liệt sĩ", RecipientKind.Individual), ("liệt sỹ", RecipientKind.Individual),
        // A team's people: "tặng Bằng khen cho 31 thành viên Đội tuyển U23", "cho 21 cầu thủ".
        ("thành viên", RecipientKind.Individual), ("cầu thủ", RecipientKind.Individual),
        // Officers counted by rank: "3 Đại tướng, 5 Thượng tướng … được tặng Huân chương Quân công".
        ("sĩ quan", RecipientKind.Individual),
    }.Concat(Ranks.All.Select(rank => (rank, RecipientKind.Individual))));

    /// <summary>
    /// The names of the state's orders and medals whose later words are written in lower case (<c>Huân chương Lao động</c>,
    /// <c>Huy chương Chiến sĩ vẻ vang</c>): read whole when no rank follows to end the name.
    /// </summary>
    public static readonly PhraseTable<bool> OrderNames = PhraseTableBuilder.Of("award-order-names", true,
        "lao động", "chiến công", "quân công", "bảo vệ tổ quốc", "độc lập", "hồ chí minh", "sao vàng", "kháng chiến", "chiến thắng",
        "dũng cảm", "hữu nghị", "đại đoàn kết dân tộc", "chiến sĩ vẻ vang", "quân kỳ quyết thắng", "chiến sĩ giải phóng",
        "vì an ninh tổ quốc",
        // Orders of the war years, named in the lists of a province's honours ("6 Huân chương Thành đồng, 3 Huân chương Giải phóng").
        "thành đồng tổ quốc", "thành đồng", "giải phóng");

    /// <summary>The state's full name, written after a giver's post (<c>Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam</c>): never the giver.</summary>
    public static readonly PhraseTable<bool> StateNames = PhraseTableBuilder.Of("award-state-names", true,
        "cộng hòa xã hội chủ nghĩa việt nam");

    /// <summary>Words that gather recipients named by kind without a number: <c>cho các cá nhân và đơn vị</c>.</summary>
    /// <remarks><c>những</c> is left out: "khen thưởng những tổ chức, cá nhân thực hiện tốt" states a policy, not an award.</remarks>
    public static readonly PhraseTable<bool> Plurals = PhraseTableBuilder.Of("award-plurals", true, "các");

    /// <summary>
    /// Words that gather recipients as <see cref="Plurals"/> do, but only right after <c>cho</c> (<c>trao … cho nhiều tập thể, cá
    /// nhân</c>): after a verb, <c>khen thưởng nhiều tập thể, cá nhân</c> sums up a year's work.
    /// </summary>
    public static readonly PhraseTable<bool> ManyAfterCho = PhraseTableBuilder.Of("award-many", true, "nhiều");

    /// <summary>Nouns that head the name of a body that can receive an honour (<c>Công ty</c>, <c>Báo</c>, <c>Bệnh viện</c>).</summary>
    public static readonly PhraseTable<bool> OrganizationNouns = PhraseTableBuilder.Of("award-organization-nouns", true,
        "công ty", "tổng công ty", "tập đoàn", "báo", "bệnh viện", "trường", "đảng bộ", "chi bộ", "sở", "bộ", "ubnd", "ủy ban", "xã",
        "huyện", "phường", "thị trấn", "tỉnh", "viện", "trung tâm", "hội", "đoàn", "cục", "ban", "lực lượng", "công an", "nhà máy",
        "hợp tác xã", "ngân hàng", "đài", "nhà xuất bản", "khoa", "học viện", "đại học", "quân khu", "bộ đội", "sư đoàn", "trung đoàn",
        "tòa án", "viện kiểm sát", "cơ quan", "thông tấn xã", "liên đoàn", "tổng liên đoàn", "nhà hát", "xí nghiệp", "văn phòng",
        "đảng ủy", "huyện ủy", "tỉnh ủy", "thành ủy", "quận ủy", "thị ủy", "chi ủy", "trạm", "phòng", "đội", "tiểu đoàn", "lữ đoàn",
        "bảo tàng", "thư viện", "chi cục", "tổng cục", "kho bạc", "bưu điện", "mặt trận", "thị xã", "thành phố", "quận", "thôn",
        "khu phố", "tổ dân phố", "đồn", "bộ chỉ huy", "liên hiệp", "bộ tư lệnh", "hạt kiểm lâm", "chi nhánh", "nhà văn hóa", "đội tuyển", "câu lạc bộ",
        // Funds, associations, customs, journals and infirmaries receive honours too ("Quỹ Hỗ trợ nông dân đón nhận Huân chương …").
        "quỹ", "hiệp hội", "hải quan", "tạp chí", "bệnh xá",
        // A people's council, alone or among a province's bodies ("Tỉnh ủy, HĐND, UBND tỉnh A đón nhận …").
        "hđnd", "hội đồng nhân dân",
        // The armed forces' units ("Vùng 5 Hải quân nhận Huân chương …", "BĐBP Quảng Bình được tặng …").
        "vùng", "quân chủng", "binh chủng", "quân đoàn", "hải đoàn", "hải đội", "bđbp");

    /// <summary>Capitalised words that open a sentence and are not given names (a name glued to the next sentence ends before them).</summary>
    public static readonly IReadOnlySet<string> SentenceOpeners = new HashSet<string>(StringComparer.Ordinal)
    {
        "cùng", "chiều", "sáng", "tối", "trưa", "ngày", "tại", "theo", "sau", "trước", "trong", "hôm", "đây", "dịp", "nhân", "khi",
        "các", "những", "ảnh", "phát", "thay", "về", "từ", "được", "đến", "tham", "dự", "lễ",
    };

    /// <summary>
    /// A community that receives an honour together, named with its place: <c>Đảng bộ, chính quyền và Nhân dân xã A</c>
    /// (the recipient is the whole phrase, as written).
    /// </summary>
    public static readonly PhraseTable<bool> CommunityRecipients = PhraseTableBuilder.Of("award-community-recipients", true,
        "đảng bộ, chính quyền và nhân dân", "đảng bộ, chính quyền, nhân dân", "chính quyền và nhân dân", "đảng bộ, chính quyền và nhân dân các dân tộc",
        "quân và dân",
        // "tặng Cờ thi đua cho Nhân dân và cán bộ xã A", "cho cán bộ và Nhân dân xã B": the state's wording for a commune's people.
        "nhân dân và cán bộ", "cán bộ và nhân dân", "nhân dân, cán bộ", "cán bộ, nhân dân");

    /// <summary>
    /// The people of a body, written before its name when it receives an honour: <c>cho tập thể cán bộ, công nhân viên Công ty A</c>
    /// (the recipient is <c>Công ty A</c>).
    /// </summary>
    public static readonly PhraseTable<bool> PeopleOfBody = PhraseTableBuilder.Of("award-people-of-body", true,
        "tập thể", "tập thể lãnh đạo", "lãnh đạo", "cán bộ", "công nhân", "công nhân viên", "công nhân lao động", "người lao động", "chiến sĩ",
        "giáo viên", "y bác sĩ", "nhân viên", "viên chức", "học sinh", "sinh viên");

    /// <summary>
    /// Emulation titles (danh hiệu thi đua), which annotation.md does not count as honours: a count in a list written before one
    /// (<c>177 bằng khen của Chủ tịch UBND tỉnh, 34 Chiến sĩ thi đua cấp tỉnh</c>) counts titles, not recipients of the honour before.
    /// </summary>
    public static readonly PhraseTable<bool> EmulationTitles = PhraseTableBuilder.Of("award-emulation-titles", true,
        "chiến sĩ thi đua", "chiến sỹ thi đua", "lao động tiên tiến", "lao động xuất sắc", "tập thể lao động xuất sắc", "tập thể lao động tiên tiến",
        "chiến sĩ tiên tiến", "chiến sỹ tiên tiến", "đơn vị tiên tiến", "đơn vị quyết thắng", "đơn vị tiên tiến xuất sắc", "tập thể tiên tiến",
        // As reports abbreviate them: lao động tiên tiến, (tập thể) lao động xuất sắc, chiến sĩ thi đua.
        "lđtt", "lđxs", "tập thể lđxs", "tập thể lđtt", "cstđ", "cstđcs");

    /// <summary>
    /// The members of a body as a whole, written before a reference to it as the subject that receives: <c>thầy và trò nhà trường
    /// được tặng …</c>, <c>thầy trò nhà trường</c> (the recipient is the school).
    /// </summary>
    public static readonly PhraseTable<bool> MembersOfBody = PhraseTableBuilder.Of("award-members-of-body", true,
        "thầy và trò", "thầy trò", "cô và trò", "cô trò", "thầy cô", "cán bộ, giáo viên", "y, bác sĩ", "cán bộ, công nhân viên");

    /// <summary>
    /// The leadership of a body, written before its name as the one who receives (<c>Ban Giám hiệu Trường A đón nhận Huân chương
    /// …</c>): it receives on the body's behalf, so the recipient is <c>Trường A</c>.
    /// </summary>
    public static readonly PhraseTable<bool> LeadershipOfBody = PhraseTableBuilder.Of("award-leadership-of-body", true,
        "ban giám hiệu", "ban giám đốc", "ban lãnh đạo", "lãnh đạo", "đại diện", "đại diện lãnh đạo", "tập thể lãnh đạo", "ban chỉ huy");

    /// <summary>
    /// Words that introduce a body's former name (<c>Tiền thân là Trường Canh nông A</c>, <c>trước đây là Công ty B</c>): the body
    /// named after them is the one before, not the one an article refers to by its kind.
    /// </summary>
    public static readonly PhraseTable<bool> FormerNameMarkers = PhraseTableBuilder.Of("award-former-name-markers", true,
        "tiền thân là", "tiền thân của", "tiền thân", "trước đây là", "trước đây", "trước kia là", "tên cũ là", "tên gọi cũ là");

    /// <summary>
    /// A body referred to by its kind alone, lower case, as a recipient (<c>cho tập thể nhà trường</c>, <c>cho bệnh viện</c>), with the
    /// keys of the head word that opens the name it refers to (<c>Trường THPT A</c>, <c>Bệnh viện Đa khoa B</c>).
    /// </summary>
    public static readonly PhraseTable<string[]> BodyReferences = new("award-body-references", new (string, string[])[]
    {
        ("nhà trường", ["trường"]), ("trường", ["trường"]), ("bệnh viện", ["bệnh", "viện"]), ("công ty", ["công", "ty"]),
        ("nhà máy", ["nhà", "máy"]), ("hợp tác xã", ["hợp", "tác", "xã"]),
    });

    /// <summary>
    /// The level of a plain <c>khen thưởng</c>, written before the forms it comes in: <c>khen thưởng cấp nhà nước gồm các mức Huân
    /// chương …</c>.
    /// </summary>
    public static readonly PhraseTable<bool> CommendationLevels = PhraseTableBuilder.Of("award-commendation-levels", true,
        "cấp nhà nước", "cấp tỉnh", "cấp thành phố", "cấp bộ", "cấp ngành", "cấp huyện", "cấp cơ sở", "cấp trên");

    /// <summary>
    /// Words that introduce the forms a plain <c>khen thưởng</c> comes in: <c>gồm các mức Huân chương …</c>, <c>với các hình thức
    /// Bằng khen …</c>.
    /// </summary>
    public static readonly PhraseTable<bool> FormIntroducers = PhraseTableBuilder.Of("award-form-introducers", true,
        "gồm", "bao gồm", "gồm các mức", "gồm các hình thức", "gồm các mức khen", "bằng hình thức", "bằng các hình thức", "với hình thức",
        "với các hình thức", "với các mức", "các hình thức", "các mức", "hình thức", "mức", ":");

    /// <summary>Medals won in competition (huy chương vàng, bạc, đồng): prizes, not honours.</summary>
    public static readonly PhraseTable<bool> CompetitionMedals = PhraseTableBuilder.Of("competition-medals", true,
        "huy chương vàng", "huy chương bạc", "huy chương đồng", "hcv", "hcb", "hcđ");

    /// <summary>
    /// Words of a sports contest (<c>hội thao</c>, <c>thi đấu</c>, <c>vận động viên</c>): an unnamed medal handed out in a sentence that holds
    /// one (<c>trao 39 bộ huy chương của 6 môn thi đấu</c>, <c>trao huy chương cho các VĐV</c>) is a prize, not an honour.
    /// </summary>
    public static readonly PhraseTable<bool> SportsContests = PhraseTableBuilder.Of("award-sports-contests", true,
        "hội thao", "thi đấu", "môn thi", "vận động viên", "vđv", "hội khỏe phù đổng", "giải vô địch", "sea games", "seagames",
        "olympic", "asiad", "para games", "đại hội thể dục thể thao", "chạy tiếp sức");

    /// <summary>Verbs of winning (<c>đoạt</c>, <c>giành</c>, <c>gặt</c>): what is won in a competition is a prize, not an honour.</summary>
    public static readonly PhraseTable<bool> WinningVerbs = PhraseTableBuilder.Of("award-winning-verbs", true,
        "đoạt", "giành", "gặt", "gặt hái", "giật");

    /// <summary>
    /// Words in which <c>trình</c> is not the verb of submitting (<c>trình</c> a proposal): <c>quá trình công tác</c> (a career),
    /// <c>chương trình</c>, <c>công trình</c>, <c>trình độ</c>. A phrase here covers the <c>trình</c> inside it.
    /// </summary>
    public static readonly PhraseTable<bool> NotSubmitting = PhraseTableBuilder.Of("award-not-submitting", true,
        "quá trình", "công trình", "chương trình", "lộ trình", "tiến trình", "hành trình", "lịch trình", "giáo trình", "quy trình",
        "trình độ", "trình bày", "trình diễn",
        // "xét Tờ trình của Ban Thường vụ Huyện ủy, Ban Thường vụ Thành ủy quyết định trao …": the submission read before a decision.
        "tờ trình");

    /// <summary>
    /// Words that open the recipients after an honour: <c>Huy hiệu … cho đồng chí A</c>, <c>trao Huân chương … tặng nguyên Phó Thủ tướng B</c>,
    /// <c>Huy hiệu 75 năm tuổi Đảng gồm …</c> (the people are listed after it).
    /// </summary>
    public static readonly PhraseTable<bool> RecipientOpeners = PhraseTableBuilder.Of("award-recipient-openers", true,
        "cho", "tặng", "tặng cho", "gồm", "bao gồm", "gồm có");

    /// <summary>
    /// Words that open a sentence going on with the one before: after a proposal (<c>lấy ý kiến … về việc đề nghị Chủ tịch nước
    /// tặng Huân chương …</c>), <c>Theo đó, truy tặng Huân chương … cho …</c> is one of the honours proposed.
    /// </summary>
    public static readonly PhraseTable<bool> ProposalContinuations = PhraseTableBuilder.Of("award-proposal-continuations", true,
        "theo đó", "cụ thể", "cụ thể là", "cụ thể như sau");

    /// <summary>
    /// Words that open a part of recipients already counted: <c>…, trong đó có hai đồng chí …</c>, <c>Trong số những người được
    /// tặng …, có 15 …</c>. A count after them is a breakdown, not the honour's recipients.
    /// </summary>
    public static readonly PhraseTable<bool> PartOpeners = PhraseTableBuilder.Of("award-part-openers", true,
        "trong đó", "trong số đó", "trong số", "riêng",
        // "trao Huy hiệu Đảng tặng 6 đảng viên, gồm: 1 đảng viên được tặng Huy hiệu 70 năm …; 3 đảng viên …": the colon opens the parts.
        "gồm :", "bao gồm :");

    /// <summary>
    /// Words that may stand between a recipient's clause and its verb of receiving when the recipient is left out, having been
    /// named earlier in the sentence: <c>…; được B tặng Bằng khen</c>, <c>…, đồng thời cũng được C tặng …</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> ElidedSubjectWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "và", "đồng", "thời", "cũng", "còn", "đã", "lại", "vinh", "dự", "nhiều", "lần", "từng", "được", "ngoài", "ra",
    };

    /// <summary>Words of quantity before an honour that name no recipient: <c>tặng nhiều Bằng khen</c>, <c>các Huân chương</c>.</summary>
    public static readonly IReadOnlySet<string> HonourQuantifiers = new HashSet<string>(StringComparer.Ordinal) { "nhiều", "các", "những" };

    /// <summary>Givers written with a lower-case word that a body's name does not hold: <c>Chủ tịch nước</c>, <c>Thủ tướng Chính phủ</c>.</summary>
    public static readonly PhraseTable<bool> GrantorPosts = PhraseTableBuilder.Of("award-grantor-posts", true,
        "chủ tịch nước", "phó chủ tịch nước", "thủ tướng", "thủ tướng chính phủ", "đảng, nhà nước", "nhà nước", "chính phủ");

    /// <summary>
    /// Words that open an aside on where a person lives or is a party member, set off after the name (<c>đồng chí A, sinh hoạt tại
    /// Chi bộ B, …</c>, <c>ông C, trú tại thôn D …</c>).
    /// </summary>
    public static readonly PhraseTable<bool> MembershipAsides = PhraseTableBuilder.Of("award-membership-asides", true,
        "sinh hoạt", "sinh hoạt tại", "trú tại", "trú ở", "ở", "thuộc", "quê", "quê ở", "quê quán", "nguyên quán", "đảng viên chi bộ",
        "đảng viên đảng bộ", "sinh năm");

    /// <summary>
    /// Givers that may follow an honour's name with no <c>của</c>: <c>Bằng khen Thủ tướng Chính phủ</c>, <c>Cờ thi đua Chính phủ</c>,
    /// <c>Giấy khen Chủ tịch UBND huyện</c>, <c>Bằng khen Bộ Công an</c>. Recipients follow an honour after <c>cho</c> or as a count,
    /// so these heads, capitalized, name the one who gives it.
    /// </summary>
    public static readonly PhraseTable<bool> GiverHeads = PhraseTableBuilder.Of("award-giver-heads", true,
        "chủ tịch nước", "thủ tướng", "thủ tướng chính phủ", "chính phủ", "chủ tịch ubnd", "chủ tịch ủy ban nhân dân", "chủ tịch uỷ ban nhân dân",
        "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "bộ trưởng", "bộ", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ",
        "quận ủy", "quận uỷ", "ban thường vụ", "tổng liên đoàn", "trung ương đoàn", "bộ tư lệnh", "bộ chỉ huy", "đảng ủy", "đảng uỷ");

    /// <summary>
    /// Words that make an honour given to recipients gathered by kind a general statement or a plan, not an honour given:
    /// <c>kịp thời khen thưởng các tập thể, cá nhân có thành tích</c>, <c>tiếp tục tặng Giấy khen cho các đơn vị</c>.
    /// </summary>
    public static readonly PhraseTable<bool> GeneralStatementMarkers = PhraseTableBuilder.Of("award-general-markers", true,
        "kịp thời", "tiếp tục", "sẽ", "cần", "phải", "phấn đấu", "thường xuyên", "chú trọng", "quan tâm", "dự kiến", "nhằm", "đề ra",
        "kế hoạch", "động viên", "khuyến khích");

    /// <summary>
    /// A party body named without its unit, which the article's subject names in full: <c>Năm 2023, Đảng bộ được Huyện ủy tặng
    /// Giấy khen</c> in an article about Đảng bộ xã A.
    /// </summary>
    public static readonly PhraseTable<bool> SubjectReferences = PhraseTableBuilder.Of("award-subject-references", true,
        "đảng bộ", "đảng bộ huyện", "đảng bộ xã", "đảng bộ tỉnh", "đảng bộ thị trấn", "đảng bộ phường", "đảng bộ quận", "đảng bộ thị xã",
        "đảng bộ thành phố", "đảng bộ cơ sở", "đảng ủy", "đảng ủy xã", "đảng ủy phường", "đảng ủy thị trấn");

    /// <summary>How a plain <c>khen thưởng</c> is given, written right after it: <c>khen thưởng đột xuất</c>, <c>khen thưởng kịp thời</c>.</summary>
    public static readonly PhraseTable<bool> CommendationManners = PhraseTableBuilder.Of("award-commendation-manners", true,
        "đột xuất", "kịp thời", "nóng");

    /// <summary>
    /// Head words of bodies and fields named after honours: <c>Ban Thi đua - Khen thưởng</c>, <c>Hội đồng Thi đua - Khen thưởng</c>,
    /// <c>Quỹ khen thưởng</c>, <c>công tác thi đua, khen thưởng</c>, <c>Luật Thi đua, Khen thưởng</c>.
    /// </summary>
    public static readonly PhraseTable<bool> CommendationHeads = PhraseTableBuilder.Of("award-commendation-heads", true,
        "ban", "hội đồng", "phòng", "quỹ", "công tác", "luật", "vụ", "sở", "ngành", "lĩnh vực", "cán bộ", "chế độ", "chính sách");
}
