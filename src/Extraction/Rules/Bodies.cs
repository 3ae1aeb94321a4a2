using System.Collections.Frozen;
using System.Text;
using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Text;

namespace Extraction.Rules;

/// <summary>Whether a body that decides something belongs to the Party or to the state (or a firm).</summary>
internal enum BodyKind
{
    /// <summary>A party body: Bộ Chính trị, Ủy ban Kiểm tra, Ban Thường vụ, Huyện ủy, Đảng ủy …</summary>
    Party,

    /// <summary>A state body, an official acting for one, or an enterprise: Thủ tướng, UBND, Sở, Bộ, công ty.</summary>
    State,
}

/// <summary>A body named in a sentence: its name as an annotator writes it (abbreviations expanded) and where it ends.</summary>
/// <param name="Name">The name, e.g. <c>Ủy ban Kiểm tra Thành ủy Thành phố Hồ Chí Minh</c> for <c>UBKT Thành ủy TP.HCM</c>.</param>
/// <param name="Kind">Party or state.</param>
/// <param name="Start">Index of its first token.</param>
/// <param name="End">Index one past its last token.</param>
internal readonly record struct NamedBody(string Name, BodyKind Kind, int Start, int End);

/// <summary>
/// Bodies that take decisions (kỷ luật, khen thưởng), as data: the words that head their names, the words that may
/// continue a name, the words after a name that make it the subject of a decision, and the spellings of
/// abbreviations that annotators write out (<c>UBKT</c> → <c>Ủy ban Kiểm tra</c>, <c>T.Ư</c> → <c>Trung ương</c>).
/// </summary>
internal static class Bodies
{
    /// <summary>Sectors joined by a lower-case "và" inside a bloc's name: <c>Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh</c>.</summary>
    private static readonly PhraseTable<bool> JoinedSectors = PhraseTableBuilder.Of("body-joined-sectors", true,
        "cơ quan và doanh nghiệp", "cơ quan và đơn vị sự nghiệp");

    /// <summary>Words that begin the name of a deciding body, longest first.</summary>
    public static readonly PhraseTable<BodyKind> Heads = new("deciding-body-heads", new (string, BodyKind)[]
    {
        ("bộ chính trị", BodyKind.Party), ("ban bí thư", BodyKind.Party), ("ủy ban kiểm tra", BodyKind.Party), ("ubkt", BodyKind.Party),
        ("ubkttư", BodyKind.Party), ("ubkttw", BodyKind.Party), ("ubkttu", BodyKind.Party),
        ("ban chấp hành", BodyKind.Party), ("bch", BodyKind.Party), ("ban thường vụ", BodyKind.Party), ("btv", BodyKind.Party),
        ("thường trực", BodyKind.Party), ("thường vụ", BodyKind.Party), ("ub kiểm tra", BodyKind.Party), ("huyện ủy", BodyKind.Party), ("tỉnh ủy", BodyKind.Party), ("thành ủy", BodyKind.Party),
        ("quận ủy", BodyKind.Party), ("thị ủy", BodyKind.Party), ("đảng ủy", BodyKind.Party), ("chi bộ", BodyKind.Party),
        ("cấp ủy", BodyKind.Party), ("ban cán sự đảng", BodyKind.Party), ("bcs đảng", BodyKind.Party), ("đảng đoàn", BodyKind.Party),
        ("thủ tướng", BodyKind.State), ("chính phủ", BodyKind.State), ("ubnd", BodyKind.State), ("ủy ban nhân dân", BodyKind.State),
        ("sở", BodyKind.State), ("bộ", BodyKind.State), ("thanh tra", BodyKind.State), ("tòa án", BodyKind.State),
        ("quốc hội", BodyKind.State), ("ủy ban thường vụ quốc hội", BodyKind.State), ("ubtvqh", BodyKind.State), ("công ty", BodyKind.State), ("tổng công ty", BodyKind.State), ("giám đốc", BodyKind.State),
        ("nhà trường", BodyKind.State), ("hội đồng kỷ luật", BodyKind.State), ("liên đoàn", BodyKind.State),
        // Police, army, courts and public institutions discipline their staff under their own rules, not the Party's.
        ("công an", BodyKind.State), ("bộ tư lệnh", BodyKind.State), ("quân khu", BodyKind.State), ("viện kiểm sát", BodyKind.State),
        ("ngân hàng", BodyKind.State), ("bệnh viện", BodyKind.State), ("trường", BodyKind.State), ("đại học", BodyKind.State),
        ("cục", BodyKind.State), ("tổng cục", BodyKind.State), ("chi cục", BodyKind.State), ("trung tâm", BodyKind.State),
        ("ban quản lý", BodyKind.State), ("hội đồng quản trị", BodyKind.State), ("tập đoàn", BodyKind.State), ("kho bạc", BodyKind.State),
        ("hải quan", BodyKind.State), ("hđnd", BodyKind.State), ("hội đồng nhân dân", BodyKind.State), ("ban tổ chức giải", BodyKind.State),
    });

    /// <summary>
    /// Words that, right after a body's name (past <see cref="Auxiliaries"/>), make it the one deciding:
    /// <c>Ban Bí thư quyết định</c>, <c>UBKT … đã ra thông báo</c>, <c>Huyện ủy … đã có quyết định kỷ luật</c>.
    /// </summary>
    public static readonly PhraseTable<bool> DecisionWords = PhraseTableBuilder.Of("decision-words", true,
        "quyết định", "kỷ luật", "kỉ luật", "thông báo", "thi hành", "biểu quyết", "xem xét", "công bố", "bỏ phiếu", "ra quyết định",
        "ra văn bản", "ban hành", "xử lý", "kết luận", "giải quyết", "khai trừ", "cảnh cáo", "khiển trách", "cách chức", "giải tán", "tặng", "trao", "khen thưởng",
        // A body holding a session decides what the session decides ("Ủy ban Kiểm tra Huyện ủy A tổ chức kỳ họp thứ 15 …").
        "tổ chức kỳ họp", "tổ chức hội nghị", "tổ chức phiên họp", "tiến hành kỳ họp", "họp kỳ", "họp phiên", "họp hội nghị",
        // "UBKT Thị ủy A có văn bản thông báo …".
        "có văn bản",
        // "UBKT Huyện ủy A vừa triển khai quyết định xử lý kỷ luật …": the body makes its own decision known.
        "triển khai quyết định",
        // "Ủy ban Kiểm tra Tỉnh ủy A đã họp, thống nhất khai trừ Đảng …": the members agree on the decision.
        "thống nhất",
        // "Thủ tướng vừa ký quyết định thi hành kỷ luật …", "Phó Thủ tướng … đã ký Quyết định 1104 …", "ký thay Thủ tướng quyết định".
        "ký quyết định", "ký các quyết định", "ký ban hành", "ký thay");

    /// <summary>
    /// Meetings that review a period's work (<c>Huyện ủy A tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2018</c>): the
    /// body holding one reports what many bodies decided over the period, and decides none of it there.
    /// </summary>
    private static readonly PhraseTable<bool> ReviewMeetings = PhraseTableBuilder.Of("review-meetings", true,
        "tổ chức hội nghị tổng kết", "tổ chức hội nghị sơ kết", "tổ chức hội nghị trực tuyến tổng kết", "tổ chức hội nghị trực tuyến sơ kết",
        "tổ chức hội nghị đánh giá", "tổ chức hội nghị triển khai", "tổ chức hội nghị giao ban", "họp hội nghị tổng kết", "họp hội nghị sơ kết");

    /// <summary>A decision word at <paramref name="at"/>, not the opening of a meeting that only reviews the period's work.</summary>
    private static bool DecidesAt(ReadOnlySpan<Token> tokens, int at) => DecisionWords.StartsAt(tokens, at) && !ReviewMeetings.StartsAt(tokens, at);

    /// <summary>
    /// Verbs of reporting between a body and its decision: <c>Ban Thường vụ Thị ủy A cho biết đã thi hành kỷ luật …</c>,
    /// <c>UBKT Huyện ủy B cho biết, trong năm 2023 đã kỷ luật …</c>. The body reports what it decided.
    /// </summary>
    private static readonly PhraseTable<bool> ReportingVerbs = PhraseTableBuilder.Of("reporting-verbs", true,
        "cho biết", "thông tin", "báo cáo", "khẳng định", "xác nhận");

    /// <summary>
    /// Words that end the bridge from a reporting verb to a decision: what follows is not the body's own decision
    /// (<c>cho biết sẽ xem xét kỷ luật</c>, <c>cho biết chưa thi hành kỷ luật</c>, <c>cho biết đề nghị …</c>).
    /// </summary>
    private static readonly IReadOnlySet<string> ReportStops = new HashSet<string>(StringComparer.Ordinal)
    {
        "sẽ", "không", "chưa", "đề", "kiến", "yêu", "chỉ", "đang", ".", ";", ":",
    };

    /// <summary>
    /// How many tokens may stand between a reporting verb and the decision it reports: a time phrase (<c>cho biết, trong 6 tháng
    /// đầu năm 2023 đã …</c>), the matter (<c>thông tin về việc thi hành …</c>), how it was found (<c>cho biết, qua kiểm tra đã …</c>).
    /// </summary>
    private const int MaxReportBridge = 10;

    /// <summary>Nouns for a decision that name its body after "của": <c>quyết định của Ban Thường vụ Huyện ủy A</c>.</summary>
    private static readonly PhraseTable<bool> DecisionNouns = PhraseTableBuilder.Of("decision-nouns", true,
        "quyết định", "thông báo", "quyết định kỷ luật", "thông báo kết luận");

    /// <summary>
    /// Words that end a body's name although the first of them is a word of bodies (<c>mặt bằng</c>): <c>kỷ luật Đảng ủy xã A bằng
    /// hình thức khiển trách</c>.
    /// </summary>
    private static readonly PhraseTable<bool> NameStops = PhraseTableBuilder.Of("body-name-stops", true,
        "bằng hình thức", "với hình thức", "bằng các hình thức", "với các hình thức",
        // "Ủy ban Kiểm tra Trung ương tiếp tục xem xét": "tiếp" is a word of bodies ("Ban Tiếp công dân"), "tiếp tục" is not.
        "tiếp tục",
        // "Đảng ủy Đại học A tổ chức lễ kết nạp …": "tổ chức" (a body, an organisation) is here the verb of an event.
        "tổ chức lễ", "tổ chức buổi", "tổ chức đại hội", "tổ chức chương trình", "tổ chức hội thi",
        // "… của Ban Thường vụ Tỉnh ủy A kiểm tra khi có dấu hiệu vi phạm đối với …": "kiểm tra" in lower case is here the verb.
        "kiểm tra khi", "kiểm tra đối với", "kiểm tra việc");

    /// <summary>
    /// Words just before a body that make it the object of a discipline, not its decider: <c>thi hành kỷ luật Đảng ủy xã A bằng
    /// hình thức khiển trách</c>, <c>cảnh cáo Ban Thường vụ Đảng ủy B</c>.
    /// </summary>
    private static readonly PhraseTable<bool> DisciplinedBefore = PhraseTableBuilder.Of("disciplined-before", true,
        "kỷ luật", "kỉ luật", "khiển trách", "cảnh cáo", "cách chức", "khai trừ", "giải tán", "tập thể");

    /// <summary>Words that may stand between a body's name and its decision.</summary>
    public static readonly IReadOnlySet<string> Auxiliaries = new HashSet<string>(StringComparer.Ordinal)
    {
        "đã", "vừa", "cũng", "mới", "có", "ra", "các", "một", "số", "đồng", "thời", "chính", "thức", "họp", "và", "hình",
        // "UBKT Tỉnh ủy A vừa tiếp tục xem xét, thi hành kỷ luật …"; "… cũng đã tiến hành kỷ luật …" (carries out).
        "tiếp", "tục", "tiến", "hành",
    };

    /// <summary>Words just before a body's name that make it part of a person's title or of another phrase, not a decider.</summary>
    private static readonly IReadOnlySet<string> NotSubjectBefore = new HashSet<string>(StringComparer.Ordinal)
    {
        "của", "thuộc", "với", "viên", "cho", "tại", "về", "trong", "theo",
    };

    /// <summary>
    /// How the deciders' names spell out abbreviations the officials' table spells otherwise or does not know (<c>TP</c> →
    /// <c>Thành phố</c>, <c>UB</c>, <c>BCS</c>); every other body's abbreviation comes from <see cref="Officials.Abbreviations"/>.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> Expansions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ub"] = "Ủy ban", ["bcs"] = "Ban cán sự", ["tp"] = "Thành phố",
    };

    /// <summary>Two-word terms of a firm's name whose second word is written in lower case (<c>Công ty Cổ phần A</c>).</summary>
    private static readonly IReadOnlySet<(string, string)> EnterpriseWords = new HashSet<(string, string)>
    {
        ("công", "ty"), ("cổ", "phần"), ("tập", "đoàn"), ("hợp", "tác"), ("tác", "xã"),
    };

    private const int MaxLength = 18;

    /// <summary>
    /// Second syllables of the sector words in firms' names, written in lower case after a capital (<c>Tập đoàn Dầu khí A</c>,
    /// <c>Tổng công ty Lương thực miền Nam</c>, <c>Công ty Cao su B</c>); read only inside the name of a firm.
    /// </summary>
    public static readonly IReadOnlySet<string> SectorSyllables = new HashSet<string>(StringComparer.Ordinal)
    {
        "khí", "thực", "phẩm", "sắt", "su", "may", "chất", "bón", "hiểm", "khoán", "dịch", "vụ", "không", "hải", "thủy", "sản",
        "lực", "nghiệp", "dựng", "mại", "thông", "nước", "chính", "tải", "khát", "lá", "sữa", "dầu", "khoáng", "thép",
        "kiện", "tử", "năng", "lượng", "tư", "triển", "thị", "ở", "nghệ", "bạc", "hàng", "biển",
    };

    /// <summary>Ministries and ministry-level bodies (bộ, cơ quan ngang bộ) by their official names, as keys.</summary>
    private static readonly string[] Ministries =
    [
        "bộ công thương", "bộ công an", "bộ quốc phòng", "bộ ngoại giao", "bộ nội vụ", "bộ tư pháp", "bộ tài chính", "bộ xây dựng",
        "bộ y tế", "bộ giao thông vận tải", "bộ giáo dục và đào tạo", "bộ giáo dục - đào tạo", "bộ kế hoạch và đầu tư",
        "bộ khoa học và công nghệ", "bộ khoa học - công nghệ", "bộ tài nguyên và môi trường", "bộ tài nguyên - môi trường",
        "bộ thông tin và truyền thông", "bộ nông nghiệp và phát triển nông thôn", "bộ lao động - thương binh và xã hội",
        "bộ lao động, thương binh và xã hội", "bộ văn hóa, thể thao và du lịch", "bộ văn hóa - thể thao và du lịch",
        "bộ văn hóa thể thao và du lịch", "bộ công nghiệp", "bộ thương mại", "bộ thủy sản", "bộ bưu chính viễn thông",
        "bộ nông nghiệp và môi trường", "bộ khoa học, công nghệ và môi trường",
    ];

    /// <summary>
    /// Official names of central bodies that hold commas, dashes, "và" or lower-case words (<c>Bộ Văn hóa, Thể thao và Du
    /// lịch</c>, <c>Đảng ủy Khối các cơ quan Trung ương</c>): read whole, whatever their capitals; the name may then go on as
    /// any other (<c>Đảng ủy Khối các cơ quan tỉnh A</c>).
    /// </summary>
    public static readonly PhraseTable<bool> OfficialNames = PhraseTableBuilder.Of("official-body-names", true, Ministries.Concat(
    [
        "ủy ban dân tộc", "thanh tra chính phủ", "văn phòng chính phủ", "ngân hàng nhà nước việt nam", "ngân hàng nhà nước",
        "kiểm toán nhà nước", "thủ tướng chính phủ",
        // Party bodies at the centre and the blocs of agencies and enterprises (khối).
        "đảng ủy khối các cơ quan trung ương", "đảng ủy khối doanh nghiệp trung ương", "đảng ủy khối các doanh nghiệp trung ương",
        "đảng ủy khối dân chính đảng", "đảng ủy khối cơ quan dân chính đảng", "đảng ủy khối các cơ quan", "đảng ủy khối doanh nghiệp",
        "đảng ủy khối các doanh nghiệp", "đảng ủy khối cơ quan", "ban tổ chức trung ương", "ban tuyên giáo trung ương",
        "ban dân vận trung ương", "ban nội chính trung ương", "ban kinh tế trung ương", "ban đối ngoại trung ương",
        "văn phòng trung ương đảng", "ủy ban kiểm tra trung ương", "ban cán sự đảng chính phủ", "đảng đoàn quốc hội",
        "ủy ban trung ương mặt trận tổ quốc việt nam",
    ]).ToArray());

    /// <summary>
    /// The fields ministries are named after that hold "và", a comma or a dash (<c>Khoa học và Công nghệ</c>, <c>Văn hóa, Thể thao và
    /// Du lịch</c>), without their head: a minister's post names the ministry by its field alone (<c>Bộ trưởng Khoa học và công nghệ
    /// A</c>), and a province's department takes the same field (<c>Sở Giáo dục và đào tạo</c>). Read whole, whatever their capitals.
    /// </summary>
    public static readonly PhraseTable<bool> JoinedFields = PhraseTableBuilder.Of("joined-ministry-fields", true,
        Ministries.Select(ministry => ministry["bộ ".Length..]).Where(field => field.Contains(" và ", StringComparison.Ordinal) ||
            field.Contains(',', StringComparison.Ordinal) || field.Contains(" - ", StringComparison.Ordinal)).ToArray());

    /// <summary>
    /// The body whose name starts at <paramref name="index"/>: a head, then capitalised words, numbers
    /// (<c>Chi bộ 4</c>), abbreviations and lower-case words of bodies (<c>khối các cơ quan tỉnh Kon Tum</c>).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<Token> tokens, string text, int index, out NamedBody body)
    {
        body = default;
        if (!Heads.TryMatch(tokens, index, out var kind, out int length))
        {
            return false;
        }

        // "bộ", "sở" and "thanh tra" are also common words: as bodies they are written with a capital.
        if (kind == BodyKind.State && length == 1 && !tokens[index].IsCapitalized && !PersonLikeAbbreviation(tokens[index]))
        {
            return false;
        }

        int end = index + length;
        // A firm's name ("Tập đoàn …", "Đảng ủy Tổng công ty …") may hold lower-case second syllables of its sector words.
        bool firm = false;
        for (int k = index; k + 1 < tokens.Length && k + 1 <= index + length; k++)
        {
            firm |= EnterpriseWords.Contains((tokens[k].Key, tokens[k + 1].Key));
        }

        if (OfficialNames.TryMatch(tokens, index, out _, out int official))
        {
            end = Math.Max(end, index + official);
        }

        while (end < tokens.Length && end - index < MaxLength)
        {
            // "Ủy ban Kiểm tra (UBKT) Tỉnh ủy A": the abbreviation the article will use, set off inside the name, which goes on.
            if (BracketedAbbreviation(tokens, end))
            {
                end += 3;
                continue;
            }

            var token = tokens[end];
            // "được Bộ Chính trị chỉ định giữ chức …": a verb whose first syllable is a body word ends the name.
            bool verb = VerbEndsName(tokens, end);
            bool part = token.Kind == TokenKind.Abbreviation ||
                        (token.Kind == TokenKind.Word && !verb && (token.IsCapitalized || Officials.BodyWords.Contains(token.Key))) ||
                        (token.Kind == TokenKind.Number && token.Key.Length <= 3 && tokens[end - 1].IsWordLike) ||
                        (token.Key is "các" && end + 1 < tokens.Length && (Officials.BodyWords.Contains(tokens[end + 1].Key) || tokens[end + 1].Key == "cấp")) ||
                        (token.Key == "cấp" && tokens[end - 1].Key == "các") ||
                        // "Bộ Văn hóa, Thể thao và Du lịch"; not "Ban Chấp hành Đảng bộ thành phố và Ban Thường vụ Thành ủy", two bodies.
                        (token.Key is "và" or "-" or "&" && end + 1 < tokens.Length && tokens[end + 1].IsCapitalized && tokens[end + 1].IsWordLike &&
                         !(token.Key == "và" && Heads.StartsAt(tokens, end + 1))) ||
                        // "cấp ủy các cấp và chi bộ", "cấp ủy và ủy ban kiểm tra các cấp": lower-case party bodies named together.
                        // Not after a unit's level, which ends a body of its own: "Ban Chấp hành Đảng bộ thành phố và Ban Thường vụ Thành ủy".
                        (token.Key == "và" && !tokens[end - 1].IsCapitalized && !Officials.UnitLevels.EndsBefore(tokens, end, 3) &&
                         Heads.TryMatch(tokens, end + 1, out var joined, out _) && joined == BodyKind.Party) ||
                        // "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh A": sectors joined in lower case inside a bloc's name.
                        (token.Key == "và" && end >= 2 && JoinedSectors.TryMatch(tokens, end - 2, out _, out int sectors) && sectors > 3) ||
                        EnterpriseWords.Contains((tokens[end - 1].Key, token.Key)) ||
                        // "Đảng ủy Văn phòng Chính phủ": a two-syllable noun of bodies whose second syllable is written in lower case.
                        (tokens[end - 1].IsCapitalized && Officials.BodyCompounds.TryMatch(tokens, end - 1, out _, out int compound) && compound == 2) ||
                        (firm && token.Kind == TokenKind.Word && tokens[end - 1].IsCapitalized && SectorSyllables.Contains(token.Key)) ||
                        // "Tổng công ty Điện lực miền Trung", "Cục Thuế miền Nam": a region in the name.
                        RegionAt(tokens, end);
            firm |= EnterpriseWords.Contains((tokens[end - 1].Key, token.Key));
            // A decision word ends the name even when it is also a word of bodies ("thi hành", "xử lý").
            if (!part || (token.Kind == TokenKind.Word && !token.IsCapitalized && (DecisionWords.StartsAt(tokens, end) || NameStops.StartsAt(tokens, end))))
            {
                break;
            }

            end++;
        }

        string name = Expand(tokens, text, index, end);
        // The Central Committee is written in full as the Party's ("BCH Trung ương" → "Ban Chấp hành Trung ương Đảng").
        if (VietnameseOrthography.Key(name) == "ban chấp hành trung ương")
        {
            name += " Đảng";
        }

        body = new NamedBody(name, kind, index, end);
        return true;
    }

    /// <summary>
    /// True when a region of the country in a body's name starts at <paramref name="at"/>: <c>miền</c> and a capitalised
    /// <c>Bắc</c>, <c>Nam</c>, <c>Trung</c>, <c>Tây</c> or <c>Đông</c> (<c>Tổng công ty Điện lực miền Trung</c>, <c>Cục Thuế miền Nam</c>).
    /// </summary>
    public static bool RegionAt(ReadOnlySpan<Token> tokens, int at) =>
        at + 1 < tokens.Length && tokens[at].Key == "miền" && tokens[at + 1].IsCapitalized && tokens[at + 1].Key is "bắc" or "nam" or "trung" or "tây" or "đông";

    /// <summary>
    /// The last body in [from, to) that is the subject of a decision: not part of a person's title (<c>Chủ nhiệm
    /// Ủy ban Kiểm tra …</c>) and followed by a decision word (<c>… đã quyết định</c>), or running up to <paramref name="to"/>.
    /// </summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="from">Where to start looking.</param>
    /// <param name="to">Where the decision (a trigger) stands, or the sentence's end.</param>
    /// <param name="strict">Only a body followed by a decision word; otherwise a body running up to <paramref name="to"/> counts too.</param>
    public static NamedBody? DeciderBefore(ReadOnlySpan<Token> tokens, string text, int from, int to, bool strict)
    {
        // Strictly, a decider is followed by a decision word (or owns a decision noun, which is one too): a sentence holding none
        // has no decider, and most sentences hold none. One set test per token instead of reading every body.
        if (strict && !HoldsDecisionWord(tokens))
        {
            return null;
        }

        NamedBody? found = null;
        for (int i = Math.Max(0, from); i < Math.Min(to, tokens.Length); i++)
        {
            if (!TryRead(tokens, text, i, out var body))
            {
                // "Giữa tháng 5, Trung ương quyết định cách tất cả chức vụ trong Đảng …": the Central Committee, named by its level alone.
                if (CentralCommitteeAt(tokens, i, to) is { } central)
                {
                    found = central;
                    i = central.End - 1;
                }

                continue;
            }

            // A post just before the name makes it part of a title ("Chủ nhiệm Ủy ban Kiểm tra …"); a head that is itself a post
            // ("Giám đốc Công ty A quyết định …") decides as its body.
            bool titled = i > 0 && (NotSubjectBefore.Contains(tokens[i - 1].Key) || Officials.Positions.EndsBefore(tokens, i, 4) || DisciplinedBefore.EndsBefore(tokens, i, 4));
            int next = SkipSession(tokens, SkipProvince(tokens, text, SkipAside(tokens, body.End, to), to), to);
            next = SkipAuxiliaries(tokens, next, to);
            next = PastVoters(tokens, i, next, to);
            // "Ban Chấp hành Trung ương đã thảo luận, biểu quyết, quyết định …": the deliberation before the decision.
            while (next + 2 < to && TokenPatterns.At(tokens, next, "thảo", "luận") && tokens[next + 2].Key is "," or "và")
            {
                next += 3;
            }

            if (next < to && ReportingVerbs.TryMatch(tokens, next, out _, out int verbLength))
            {
                int afterTime = next + verbLength;
                // Lower-case words and numbers only: a capitalised name after the verb is another subject ("cho biết, Đảng ủy xã B
                // đã …"), read as a body of its own.
                while (afterTime < to && afterTime - next < MaxReportBridge && !DecisionWords.StartsAt(tokens, afterTime) &&
                       !ReportStops.Contains(tokens[afterTime].Key) && (!tokens[afterTime].IsCapitalized || tokens[afterTime].Kind == TokenKind.Number))
                {
                    afterTime++;
                }

                afterTime = SkipAuxiliaries(tokens, afterTime, to);
                // Only a reported decision: "… cho biết đã thi hành kỷ luật"; "… cho biết sẽ xem xét" stays a report.
                if (afterTime < tokens.Length && DecisionWords.StartsAt(tokens, afterTime))
                {
                    next = afterTime;
                }
            }

            // "Đó là quyết định của Ủy ban Kiểm tra A", "Theo thông báo của UBKT B, …": the body whose decision it is.
            bool owner = i > 1 && tokens[i - 1].Key == "của" && DecisionNouns.EndsBefore(tokens, ReferenceStart(tokens, i - 1), 4);
            // "Các quyết định do Phó Thủ tướng A ký nêu rõ, …": the decision's signer (a deputy signs for the head) decides as its body.
            int signer = i > 0 && tokens[i - 1].Key == "phó" ? i - 2 : i - 1;
            owner |= signer > 0 && tokens[signer].Key == "do" && DecisionNouns.EndsBefore(tokens, signer, 4);
            // "Chủ tịch UBND tỉnh vừa ký quyết định …": the head of a state body decides as that body when a decision word follows.
            bool stateHead = titled && body.Kind == BodyKind.State && next < tokens.Length && DecidesAt(tokens, next);
            if (owner || stateHead || (!titled && ((!strict && next >= to) || (next < tokens.Length && DecidesAt(tokens, next)))))
            {
                // "các Huyện ủy, Thành ủy, Ban Thường vụ Huyện ủy, Thành ủy thi hành kỷ luật …": bodies listed after a plural word are
                // many deciders, none of them named.
                found = InPluralList(tokens, text, i) ? null : body;
            }

            i = body.End - 1;
        }

        return found;
    }

    /// <summary>
    /// <c>Trung ương</c> (or <c>Trung ương Đảng</c>) standing alone, capitalised, as the subject of a decision word: the Central
    /// Committee, written out as annotators write it. Not the end of another body's name (<c>Ủy ban Kiểm tra Trung ương</c>,
    /// read whole before) nor the head of another central body (<c>Trung ương Đoàn</c>, <c>Trung ương Hội</c>).
    /// </summary>
    private static NamedBody? CentralCommitteeAt(ReadOnlySpan<Token> tokens, int at, int to)
    {
        if (!TokenPatterns.At(tokens, at, "trung", "ương") || !tokens[at].IsCapitalized ||
            (at > 0 && (tokens[at - 1].IsCapitalized || Officials.BodyWords.Contains(tokens[at - 1].Key) || NotSubjectBefore.Contains(tokens[at - 1].Key))))
        {
            return null;
        }

        int end = at + 2 < tokens.Length && tokens[at + 2].Key == "đảng" ? at + 3 : at + 2;
        int next = SkipAuxiliaries(tokens, end, to);
        return next < tokens.Length && DecidesAt(tokens, next) ? new NamedBody("Ban Chấp hành Trung ương Đảng", BodyKind.Party, at, end) : null;
    }

    /// <summary>
    /// Past the members who voted at the body's meeting (<c>tại hội nghị Ban Chấp hành Đảng bộ tỉnh A, 51/53 đại biểu đã bỏ phiếu
    /// …</c>, <c>kỳ họp Ban Thường vụ Huyện ủy B, 100% ủy viên biểu quyết …</c>) to their decision: the meeting's vote is the
    /// body's. Only after a meeting word before the body, and only up to a decision word; else <paramref name="next"/> itself.
    /// </summary>
    private static int PastVoters(ReadOnlySpan<Token> tokens, int body, int next, int to)
    {
        bool meeting = body > 1 && (TokenPatterns.At(tokens, body - 2, "hội", "nghị") || TokenPatterns.At(tokens, body - 2, "kỳ", "họp") ||
                                    TokenPatterns.At(tokens, body - 2, "phiên", "họp"));
        if (!meeting || next + 2 >= to || tokens[next].Key != "," || tokens[next + 1].Kind is not (TokenKind.Number or TokenKind.Percent))
        {
            return next;
        }

        for (int k = next + 2; k < Math.Min(to, next + 10); k++)
        {
            if (DecidesAt(tokens, k))
            {
                return k;
            }

            if (tokens[k].IsCapitalized || tokens[k].Key is "," or ";" or ".")
            {
                break;
            }
        }

        return next;
    }

    /// <summary>
    /// True when the body starting at <paramref name="start"/> ends a list of bodies opened by a plural word (<c>các</c>,
    /// <c>những</c>): <c>các Huyện ủy, Thành ủy</c>.
    /// </summary>
    private static bool InPluralList(ReadOnlySpan<Token> tokens, string text, int start)
    {
        for (int listed = 0; listed < 8; listed++)
        {
            if (start > 0 && tokens[start - 1].Key is "các" or "những")
            {
                return true;
            }

            if (start < 2 || tokens[start - 1].Key is not ("," or "và"))
            {
                return false;
            }

            // The body before the separator, from its earliest start ("Ban Thường vụ Huyện ủy", not "Huyện ủy").
            int separator = start - 1, before = -1;
            for (int m = separator - 1; m >= Math.Max(0, separator - 6); m--)
            {
                if (TryRead(tokens, text, m, out var body) && body.End == separator)
                {
                    before = m;
                }
            }

            if (before < 0)
            {
                return false;
            }

            start = before;
        }

        return false;
    }

    /// <summary>
    /// Where a document's number and date before <paramref name="at"/> begin (<c>Quyết định số 651-QĐ/TW ngày 26/12/2017 của
    /// Ban Bí thư</c>): the decision noun owns the body across them.
    /// </summary>
    private static int ReferenceStart(ReadOnlySpan<Token> tokens, int at)
    {
        int start = at;
        while (start > 0 && at - start < 10 && (tokens[start - 1].Kind is TokenKind.Number or TokenKind.Date or TokenKind.Abbreviation ||
                                                 tokens[start - 1].Key is "số" or "ngày" or "-" or "/" or ","))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// Past a document's number or date that starts at <paramref name="at"/> (<c>số 1192-QĐ/UBKTTW</c>, <c>ngày 7-6-2019</c>), before
    /// <paramref name="to"/>; <paramref name="at"/> itself when none starts there.
    /// </summary>
    public static int ReferenceEnd(ReadOnlySpan<Token> tokens, int at, int to)
    {
        if (at >= to || tokens[at].Key is not ("số" or "ngày"))
        {
            return at;
        }

        int end = at + 1;
        while (end < to && (tokens[end].Kind is TokenKind.Number or TokenKind.Date or TokenKind.Abbreviation || tokens[end].Key is "-" or "/"))
        {
            end++;
        }

        return end > at + 1 ? end : at;
    }

    private static bool HoldsDecisionWord(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (DecisionFirstKeys.Contains(token.Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keys <see cref="DecisionWords"/> start with (<see cref="DecisionNouns"/> are among them).</summary>
    private static readonly FrozenSet<string> DecisionFirstKeys = DecisionWords.FirstKeys.Concat(DecisionNouns.FirstKeys).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a body's congress or session after its name: <c>khóa XVI</c>, <c>lần thứ 12</c>, <c>kỳ họp thứ 20</c>.</summary>
    private static readonly PhraseTable<bool> SessionOpeners = PhraseTableBuilder.Of("session-openers", true,
        "khóa", "lần thứ", "kỳ họp thứ", "nhiệm kỳ", "hội nghị lần thứ");

    /// <summary>
    /// Past the congress or session written after a body's name (<c>Ban Chấp hành Đảng bộ tỉnh A khóa XVI đã quyết định</c>,
    /// <c>Hội nghị Ban Chấp hành Đảng bộ huyện B lần thứ 12 đã biểu quyết</c>), or <paramref name="at"/> itself.
    /// </summary>
    private static int SkipSession(ReadOnlySpan<Token> tokens, int at, int to)
    {
        int k = at;
        while (k < to && SessionOpeners.TryMatch(tokens, k, out _, out int length))
        {
            int number = k + length;
            // "khóa XVI", "lần thứ 12", "nhiệm kỳ 2020 - 2025": numbers, Roman numerals and the dashes between them.
            while (number < to && (tokens[number].Kind == TokenKind.Number || tokens[number].Key is "-" or "–" ||
                                   (tokens[number].IsAllCaps && tokens[number].Key.All(c => c is 'i' or 'v' or 'x' or 'l'))))
            {
                number++;
            }

            if (number == k + length)
            {
                return at;
            }

            k = number;
            k += k < to && tokens[k].Key == "," ? 1 : 0;
        }

        return k;
    }

    /// <summary>Past the auxiliaries at <paramref name="at"/> ("đã", "vừa", "chính thức") up to a decision word.</summary>
    private static int SkipAuxiliaries(ReadOnlySpan<Token> tokens, int at, int to)
    {
        // "Ban Chấp hành Đảng bộ huyện A đã họp, thi hành kỷ luật …": the session's decision follows its comma.
        while (at < to && (Auxiliaries.Contains(tokens[at].Key) || (tokens[at].Key == "," && at > 0 && tokens[at - 1].Key == "họp")) &&
               !DecisionWords.StartsAt(tokens, at))
        {
            at++;
            // "Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư A, xem xét …": who chaired the meeting, up to the comma before its
            // decision.
            if (tokens[at - 1].Key == "họp" && ChairedBy(tokens, at, to) is int comma)
            {
                at = comma + 1;
            }
        }

        return at;
    }

    /// <summary>How many syllables the chair of a meeting may take, titles and all (<c>dưới sự chủ trì của đồng chí A, Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy,</c>).</summary>
    private const int MaxChair = 32;

    /// <summary>
    /// The comma ending the chair of a meeting told at <paramref name="at"/> (<c>dưới sự chủ trì của Tổng Bí thư A,</c>), or null.
    /// The first comma followed by a decision word: the chair's own titles hold commas too.
    /// </summary>
    private static int? ChairedBy(ReadOnlySpan<Token> tokens, int at, int to)
    {
        if (!TokenPatterns.At(tokens, at, "dưới", "sự", "chủ", "trì"))
        {
            return null;
        }

        for (int k = at + 4; k < Math.Min(to, at + MaxChair) && tokens[k].Key is not (";" or "."); k++)
        {
            if (tokens[k].Key == "," && k + 1 < to && DecisionWords.StartsAt(tokens, k + 1))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>How many tokens an aside in brackets after a body's name may hold: <c>Huyện ủy A (Gia Lai) đã quyết định</c>.</summary>
    private const int MaxAside = 6;

    /// <summary>Past a short aside in brackets at <paramref name="at"/> (a province, an abbreviation), or <paramref name="at"/> itself.</summary>
    public static int SkipAside(ReadOnlySpan<Token> tokens, int at, int to)
    {
        if (at >= to || tokens[at].Key != "(")
        {
            return at;
        }

        int close = TokenPatterns.IndexOf(tokens, at + 1, Math.Min(to, at + MaxAside + 1), ")");
        return close < 0 ? at : close + 1;
    }

    /// <summary>
    /// True when a lower-case verb of <see cref="Officials.BodyWordVerbs"/> starts at <paramref name="index"/>: it ends a body's
    /// name that its first syllable would otherwise go on (<c>Bộ Chính trị chỉ định …</c>).
    /// </summary>
    public static bool VerbEndsName(ReadOnlySpan<Token> tokens, int index) =>
        index < tokens.Length && !tokens[index].IsCapitalized && Officials.BodyWordVerbs.StartsAt(tokens, index);

    /// <summary>
    /// Past a province named after a comma (<c>Ủy ban Kiểm tra Huyện ủy A, (tỉnh) Thanh Hóa vừa quyết định</c>), which says where the body
    /// is; or <paramref name="at"/> itself.
    /// </summary>
    private static int SkipProvince(ReadOnlySpan<Token> tokens, string text, int at, int to)
    {
        if (at + 1 >= to || tokens[at].Key != ",")
        {
            return at;
        }

        // ", tỉnh Sơn La", ", thành phố Hà Nội", ", TP Cần Thơ": the province with its level word.
        int name = at + 1 + (Officials.UnitLevels.TryMatch(tokens, at + 1, out var level, out int levelLength) && level is "tỉnh" or "thành phố" ? levelLength : 0);
        if (name >= to || !tokens[name].IsCapitalized)
        {
            return at;
        }

        int province = Places.ProvinceNameLength(tokens, text, name, Math.Min(to, name + 4));
        return province > 0 ? name + province : at;
    }

    private static bool PersonLikeAbbreviation(Token token) => token.Kind == TokenKind.Abbreviation || token.IsAllCaps;

    /// <summary>The words of [start, end) as written, abbreviations expanded, <c>Đảng Cộng sản Việt Nam</c> shortened to <c>Đảng</c>.</summary>
    public static string Expand(ReadOnlySpan<Token> tokens, string text, int start, int end)
    {
        var name = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            var token = tokens[i];
            if (TokenPatterns.At(tokens, i, "cộng", "sản", "việt", "nam") && i > start && tokens[i - 1].Key == "đảng")
            {
                break;
            }

            if (BracketedAbbreviation(tokens, i))
            {
                i += 2;
                continue;
            }

            string written = text[token.Span.Start..token.Span.End];
            string word = token.Kind == TokenKind.Abbreviation || token.IsAllCaps ? ExpandedBody(token.Key) ?? written : written;
            if (name.Length > 0 && (token.HasSpaceBefore || word != written))
            {
                name.Append(' ');
            }

            name.Append(word);
        }

        return name.ToString();
    }

    /// <summary>
    /// True when an abbreviation in brackets stands at <paramref name="at"/> inside a body's name: the name goes on after it
    /// with a word of bodies or of levels (<c>Ủy ban Kiểm tra (UBKT) Trung ương</c>), not with a person's name.
    /// </summary>
    private static bool BracketedAbbreviation(ReadOnlySpan<Token> tokens, int at) =>
        at + 3 < tokens.Length && tokens[at].Key == "(" && tokens[at + 1].Kind == TokenKind.Abbreviation && tokens[at + 2].Key == ")" &&
        tokens[at + 3].IsCapitalized && (Heads.StartsAt(tokens, at + 3) || Officials.BodyWords.Contains(tokens[at + 3].Key));

    /// <summary>A body's abbreviation written out: the deciders' own spelling first, then the officials' table (QUTƯ, UBKTTƯ).</summary>
    private static string? ExpandedBody(string key) =>
        Expansions.TryGetValue(key, out string? expansion) ? expansion
        : Officials.Abbreviations.TryGetValue(key, out var abbreviation) && !abbreviation.IsPosition ? abbreviation.Expansion
        : null;

    /// <summary>A grouping key for a body's name: "UBKT Huyện ủy A" and "Ủy ban Kiểm tra Huyện ủy A" are one body.</summary>
    public static string Key(string name)
    {
        string key = VietnameseOrthography.Key(name);
        // "Đảng bộ TP Cần Thơ" is "Đảng bộ thành phố Cần Thơ": a level's abbreviation written out.
        if (key.Contains("tp", StringComparison.Ordinal) || key.Contains("tx ", StringComparison.Ordinal))
        {
            var words = key.Split(' ');
            for (int w = 0; w < words.Length; w++)
            {
                words[w] = words[w] switch { "tp" or "tp." => "thành phố", "tx" or "tx." => "thị xã", _ => words[w] };
            }

            key = string.Join(' ', words);
        }

        // "Tỉnh ủy tỉnh Bà Rịa-Vũng Tàu" is "Tỉnh ủy Bà Rịa-Vũng Tàu": the level said again after its committee.
        foreach (var (redundant, committee) in RepeatedLevels)
        {
            key = key.Replace(redundant, committee, StringComparison.Ordinal);
        }

        return key;
    }

    /// <summary>A committee followed by its own level word, as written in keys, and the committee alone.</summary>
    private static readonly (string Redundant, string Committee)[] RepeatedLevels =
    [
        ("tỉnh ủy tỉnh ", "tỉnh ủy "), ("huyện ủy huyện ", "huyện ủy "), ("thành ủy thành phố ", "thành ủy "), ("quận ủy quận ", "quận ủy "),
        ("thị ủy thị xã ", "thị ủy "),
    ];
}
