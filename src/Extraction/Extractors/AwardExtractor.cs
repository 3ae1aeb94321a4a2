using Extraction.Documents;
using Extraction.Records;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>
/// Honours given or proposed (khen thưởng): the kind (Huy hiệu Đảng, Kỷ niệm chương, Bằng khen,
/// Giấy khen, Cờ thi đua, Huân chương, Huy chương, or a plain <c>khen thưởng</c>), counted
/// recipients (<c>cho 10 tổ chức cơ sở Đảng và 10 cá nhân</c>, <c>243 đảng viên được tặng</c>), a
/// named recipient (<c>cho đồng chí …</c>), the grantor (<c>được UBKT Trung ương tặng</c>,
/// <c>Ban Thường vụ Huyện ủy đã khen thưởng</c>), the detail (<c>30 năm tuổi Đảng</c>,
/// <c>vì sự nghiệp …</c>) and whether it is only proposed (<c>xét đề nghị tặng</c>). An award with
/// neither counts nor a name (a general statement) is not reported. Ratings
/// (<c>được công nhận hoàn thành xuất sắc nhiệm vụ</c>) are not awards.
/// </summary>
internal sealed class AwardExtractor : IExtractor
{
    private const int RecipientWindow = 40;

    /// <summary>Tokens a counted group of recipients takes at most: the count, the kind, a few words on who they are.</summary>
    private const int RecipientGroupLength = 8;

    /// <summary>
    /// The confidence of an honour whose recipients are only gathered by kind (<c>cho các tập thể</c>): lower, and the mark by which
    /// such a restatement is dropped when the article counts its honours elsewhere.
    /// </summary>
    private const double GatheredConfidence = 0.6;

    private static readonly PhraseTable<AwardKind> Kinds = new("award-kinds", new (string, AwardKind)[]
    {
        ("huy hiệu đảng", AwardKind.PartyBadge), ("huy hiệu", AwardKind.PartyBadge),
        ("kỷ niệm chương", AwardKind.CommemorativeMedal), ("kỉ niệm chương", AwardKind.CommemorativeMedal),
        ("bằng khen", AwardKind.CertificateOfMerit), ("giấy khen", AwardKind.CertificateOfCommendation),
        ("cờ thi đua", AwardKind.EmulationFlag), ("cờ xuất sắc", AwardKind.EmulationFlag), ("cờ đơn vị xuất sắc", AwardKind.EmulationFlag),
        // "tặng cờ Đơn vị dẫn đầu phong trào thi đua": the flag named by the title it carries.
        ("cờ đơn vị dẫn đầu", AwardKind.EmulationFlag), ("cờ \" đơn vị dẫn đầu", AwardKind.EmulationFlag), ("cờ dẫn đầu", AwardKind.EmulationFlag), ("cờ đơn vị tiêu biểu", AwardKind.EmulationFlag),
        ("cờ thi đua xuất sắc", AwardKind.EmulationFlag), ("huân huy chương", AwardKind.Order), ("huân, huy chương", AwardKind.Order), ("huân chương", AwardKind.Order), ("huy chương", AwardKind.Medal),
        ("khen thưởng", AwardKind.Commendation),
        // Orders as news abbreviates them: Huân chương Lao động, Độc lập, Chiến công, Bảo vệ Tổ quốc.
        ("hclđ", AwardKind.Order), ("hcđl", AwardKind.Order), ("hccc", AwardKind.Order), ("hcbvtq", AwardKind.Order),
    });

    private static readonly PhraseTable<RecipientKind> RecipientNouns = new("award-recipients", new (string, RecipientKind)[]
    {
        ("tập thể", RecipientKind.Collective), ("cá nhân", RecipientKind.Individual),
        ("tổ chức cơ sở đảng", RecipientKind.PartyOrganization), ("tổ chức đảng", RecipientKind.PartyOrganization),
        ("tổ chức cơ sở", RecipientKind.PartyOrganization), ("chi bộ", RecipientKind.PartyOrganization),
        ("đảng bộ", RecipientKind.PartyOrganization), ("chi, đảng bộ", RecipientKind.PartyOrganization),
        ("chi bộ, đảng bộ", RecipientKind.PartyOrganization), ("tổ chức cơ sở đảng trực thuộc", RecipientKind.PartyOrganization),
        ("đảng viên", RecipientKind.PartyMember), ("đồng chí", RecipientKind.PartyMember),
        // As party reports abbreviate them: "12 TCCS đảng", "25 đ/c", "82 ĐV".
        ("tccs đảng", RecipientKind.PartyOrganization), ("tccs", RecipientKind.PartyOrganization), ("đ/c", RecipientKind.PartyMember),
        ("đv", RecipientKind.PartyMember),
    });

    private static readonly PhraseTable<bool> ProposalMarkers = PhraseTableBuilder.Of("award-proposal-markers", true,
        "đề nghị", "xét đề nghị", "đề xuất", "trình", "xét tặng", "đề nghị cấp trên",
        // "Lấy ý kiến nhân dân về khen thưởng Huân chương …", "hiệp y khen thưởng": consulted on before it is given.
        "lấy ý kiến", "hiệp y");

    private static readonly PhraseTable<bool> DetailOpeners = PhraseTableBuilder.Of("award-detail-openers", true,
        "vì", "hoàn thành", "đạt tiêu chuẩn", "có thành tích", "đã có thành tích", "đạt thành tích", "có nhiều đóng góp", "có nhiều thành tích", "do");

    public string Name => "awards";

    /// <summary>Every record is read from the name of an honour (<c>Huân chương</c>, <c>bằng khen</c>, <c>khen thưởng</c>).</summary>
    public TriggerKeys RequiredKeys { get; } = new(Kinds.FirstKeys);

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var sentences = document.Sentences;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // The recipient of a list of honours written one per line ("… được tặng thưởng:" then "- Huân chương A;" …).
        string? listed = null;
        // The kind of the honour the last sentence added: "… 44 đảng viên được tặng Huy hiệu Đảng. Trong đó, 30 năm tuổi Đảng có 24
        // đảng viên, …" breaks it down by years alone in the next sentence.
        AwardKind? added = null;
        // "… đang hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng thưởng:" then "1. Huân chương … cho …": items of a proposal.
        bool proposedItems = false;
        // The sentence before proposed honours ("… đề nghị Chủ tịch nước tặng Huân chương …"), or went on with such a proposal.
        bool proposedSentences = false;
        // The person an obituary's life story opened with ("Đồng chí A, sinh ngày …; nguyên Phó Bí thư …"), whose honours may follow
        // as lines of their own ("Huy hiệu 55 năm tuổi Đảng.", "Huân chương Lao động hạng Nhì …").
        string? lifeStory = null;
        for (int s = 0; s < sentences.Length; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentences[s]);
            int before = context.Awards.Count;
            bool honourLine = Kinds.StartsAt(tokens, 0);
            listed ??= honourLine ? lifeStory : null;
            // (A life story goes on over sentences: "Thường trú tại …; nguyên Phó Bí thư …" names no one again.)
            lifeStory = honourLine ? lifeStory
                : Officials.LifeStoryOpeners.Find(tokens, 0, tokens.Length, out _, out _) >= 0 ? SentenceOpener(tokens, document.Text) ?? lifeStory
                : null;
            listed = ReadSentence(context, tokens, document.Text, context.EvidenceOf(sentences[s]), s, seen, listed,
                Awards.PartOpeners.StartsAt(tokens, 0) ? added : RestatesBadgeTotal(tokens) ? AwardKind.PartyBadge : null);
            // A caption between the total and its parts ("Các đảng viên … nhận Huy hiệu Đảng" with no count) keeps the total's honour.
            added = context.Awards.Count > before ? context.Awards[^1].Kind : added is AwardKind kept && Names(tokens, kept) ? kept : null;
            bool item = TokenPatterns.ListItemStart(tokens) >= 0;
            // "… về việc đề nghị Chủ tịch nước tặng, truy tặng huân chương cho các tập thể, cá nhân." then "Theo đó, truy tặng Huân
            // chương … cho …" and "Tặng Huân chương … cho …": sentences that go on with the proposal, or give with no giver of their
            // own, list what was proposed.
            bool continues = proposedSentences && (Awards.ProposalContinuations.StartsAt(tokens, 0) || OpensOnGiving(tokens));
            if (continues)
            {
                for (int a = before; a < context.Awards.Count; a++)
                {
                    context.Awards[a] = context.Awards[a] with { Status = AwardStatus.Proposed };
                }
            }

            proposedSentences = continues || ProposesHonour(tokens, 0, tokens.Length);
            proposedItems = item ? proposedItems : tokens.Length > 1 && tokens[^1].Key == ":" && Proposed(tokens, 0, tokens.Length);
            if (proposedItems && item)
            {
                for (int a = before; a < context.Awards.Count; a++)
                {
                    context.Awards[a] = context.Awards[a] with { Status = AwardStatus.Proposed };
                }
            }
        }

        // The headline may state an honour the body does not repeat ("Báo A nhận bằng khen …"); its evidence is the
        // headline, with empty offsets since it is not part of the cleaned text. A restated honour merges with the body's.
        if (document.Cleaned.Title is string headline && document.TitleTokens.Length > 0)
        {
            ReadSentence(context, document.TitleTokens, headline, new Evidence(headline, 0, 0), -1, seen);
        }

        // "Trao Giấy khen cho các tổ chức cơ sở đảng" beside "tặng Giấy khen cho 8 tổ chức cơ sở đảng …": a caption or summary
        // that restates a counted honour without its numbers is the same honour.
        // An article that counts its honours restates them in captions without numbers ("trao giấy khen cho các tập thể …").
        // A headline that gathers the recipients ("Trao Huân chương cho các đơn vị") restates the body's honours of that kind.
        // So does an article that names the recipients of that kind elsewhere ("truy tặng Huân chương … cho 2 cá nhân … gồm: ông A
        // …; ông B …" under a lead "… tặng, truy tặng huân chương cho các tập thể, cá nhân"); in the same sentence it is another honour,
        // and so is a Bằng khen of another giver ("Bằng khen của UBKT Trung ương cho UBKT Tỉnh ủy", "Bằng khen của Tỉnh ủy cho các tập thể").
        context.Awards.RemoveAll(a => a.Recipients.Count > 0 && a.Recipients.All(r => r.Count is null) && a.Confidence <= GatheredConfidence &&
            context.Awards.Any(b => b.Status == a.Status && (SameOrPlainKind(a, b) && b.Recipients.Any(r => r.Count is not null) || (b.RecipientName is not null && b.Kind == a.Kind && b.Evidence.Start != a.Evidence.Start && SameGiver(a.Kind, a.Grantor, b.Grantor)) ||
                (a.Evidence.Start == 0 && a.Evidence.End == 0 && !ReferenceEquals(a, b) && b.Kind == a.Kind && b.Evidence.End > 0))));
        // "Huyện A khen thưởng 50 tập thể, cá nhân" over "UBND huyện tặng Giấy khen cho 20 tập thể và 30 cá nhân": a headline that
        // names the kinds without a count of each sums up the body's counted honour of that kind (a plain khen thưởng: of any kind).
        context.Awards.RemoveAll(a => a.Evidence.Start == 0 && a.Evidence.End == 0 && a.Recipients.Count > 0 && a.Recipients.All(r => r.Count is null) &&
            context.Awards.Any(b => b.Evidence.End > 0 && b.Status == a.Status && (b.Kind == a.Kind || a.Kind == AwardKind.Commendation) &&
                b.Recipients.Any(r => r.Count is not null)));
        // "Khen thưởng 8 tập thể và 38 cá nhân" (a subheading) beside "8 tập thể và 38 cá nhân được … tặng giấy khen": a plain
        // khen thưởng counting exactly the recipients of a named honour, and no giver of its own, says the same thing in general.
        context.Awards.RemoveAll(a => a.Kind == AwardKind.Commendation && a.Grantor is null && a.Recipients.Count > 0 && a.Recipients.All(r => r.Count is not null) &&
            context.Awards.Any(b => b.Kind != AwardKind.Commendation && b.Status == a.Status && b.Recipients.Count == a.Recipients.Count &&
                b.Recipients.All(r => a.Recipients.Contains(r))));
        // "… tặng Bằng khen cho 04 tập thể, 04 cá nhân. Cụ thể, 04 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen gồm: …": one kind
        // of the recipients counted again, in a sentence that details the honour just told, is that honour's part, not another.
        context.Awards.RemoveAll(a => a.Recipients.Count > 0 && a.Recipients.All(r => r.Count is not null) && DetailsBefore(document, a) is int at &&
            context.Awards.Any(b => !ReferenceEquals(a, b) && b.Kind == a.Kind && b.Status == a.Status && b.Recipients.Count > a.Recipients.Count &&
                a.Recipients.All(r => b.Recipients.Contains(r)) && SameGiver(a.Kind, a.Grantor, b.Grantor) &&
                document.SentenceStartingAt(b.Evidence.Start) is int told && told < at && at - told <= 3));
        // "Lâm Đồng: Thêm 4 đơn vị được … tặng Cờ thi đua", "hai kình ngư Quảng Bình được tặng …": a province's bare name says
        // where the recipients are from; it receives nothing ("tỉnh Lâm Đồng", with its level, still does).
        context.Awards.RemoveAll(a => a.RecipientName is string name && Places.Provinces.Contains(Text.VietnameseOrthography.Key(name)));
        // "UBND huyện A tổ chức hội nghị … và đón nhận Huân chương Lao động hạng Ba" beside "… trao Huân chương Lao động hạng Ba cho
        // Nhân dân và cán bộ huyện A": a people's committee or council hosts the ceremony of an honour the article gives someone else
        // by name; it receives it only where no one else is named (annotators then write the bodies: "Tỉnh ủy, HĐND, UBND tỉnh B").
        context.Awards.RemoveAll(a => a.RecipientName is string host && HostingStateBody(host) &&
            context.Awards.Any(b => !ReferenceEquals(a, b) && b.Kind == a.Kind && b.Status == a.Status && SameDetail(a.Detail, b.Detail) &&
                b.RecipientName is string other && !HostingStateBody(other)));
        // "Tập thể được tặng Bằng khen là …": a kind of recipient written first in a sentence names no one.
        context.Awards.RemoveAll(a => a.RecipientName is string name && KindOfRecipientAlone(name));
        // "chúc mừng các đồng chí trong Đảng bộ xã A được nhận Huy hiệu …", "Đảng bộ xã B tổ chức Lễ trao huy hiệu Đảng cho các đồng
        // chí đảng viên …": a party badge is a member's; a body named with it is where the members are, never its recipient (a
        // person whose family name heads bodies too, Đoàn Mạnh Giao, is still a person).
        context.Awards.RemoveAll(a => a.Kind == AwardKind.PartyBadge && a.RecipientName is string name && NamesBodyNotPerson(name));
        RemoveNamesOfCountedHonour(context);
        // "Các nhà giáo được nhận Bằng khen …": a plural kind of recipient read as a name gathers recipients of that kind.
        // "cho nguyên Chủ nhiệm Ủy ban … Trần Thị A" cut short at the post: a name never starts with "nguyên".
        for (int a = 0; a < context.Awards.Count; a++)
        {
            if (context.Awards[a].RecipientName is string gathered && GatheredKind(gathered) is RecipientKind kind)
            {
                context.Awards[a] = context.Awards[a] with { RecipientName = null, Recipients = [new AwardRecipients(kind, null)] };
            }
        }

        context.Awards.RemoveAll(a => a.RecipientName is string name && name.StartsWith("nguyên ", StringComparison.Ordinal));
        // "… trao Huy hiệu 55 năm tuổi Đảng cho đồng chí A và Huy hiệu 40 năm tuổi Đảng cho đồng chí B. … Hai đồng chí nhận Huy hiệu
        // Đảng đợt này là …": a count of exactly the people the article names for that honour counts them again. A total told before
        // any of the names ("5 đảng viên nhận Huy hiệu Đảng. Trong đó, đồng chí A nhận …") is the statement the names break down.
        var namedPerKind = context.Awards.Where(a => a.RecipientName is not null).GroupBy(a => a.Kind)
            .ToDictionary(g => g.Key, g => (Count: g.Select(a => Text.VietnameseOrthography.Key(a.RecipientName!)).Distinct().Count(), First: g.Min(a => a.Evidence.Start)));
        // One counted and one named are the same person wherever the count stands ("lấy ý kiến đối với 1 cá nhân đề nghị tặng Huân
        // chương A … Cụ thể, cá nhân được đề nghị là ông B"): a single named recipient goes by name.
        context.Awards.RemoveAll(a => a.RecipientName is null && a.Recipients is [{ Count: int n }] && namedPerKind.TryGetValue(a.Kind, out var named) &&
            n == named.Count && (n >= 2 ? a.Evidence.End == 0 || a.Evidence.Start >= named.First : n == 1 && NamedWithSameDetail(context.Awards, a)));
        // "Khen thưởng hai quần chúng tham gia bắt trộm" over "tặng giấy khen cho anh A và anh B": a headline's plain commendation that
        // counts exactly the people the body names for one honour is that honour, told in general.
        context.Awards.RemoveAll(a => a.Kind == AwardKind.Commendation && a.Evidence.End == 0 && a.RecipientName is null && a.Recipients is [{ Count: int n and >= 2 }] &&
            namedPerKind.Any(kind => kind.Key != AwardKind.Commendation && kind.Value.Count == n));
        // "lãnh đạo Đảng ủy 2 phường chúc mừng các đảng viên vinh dự nhận Huy hiệu Đảng": only party members receive the Party's badge,
        // so one counted on bodies alone has read a count of its givers or of where the members are.
        context.Awards.RemoveAll(a => a.Kind == AwardKind.PartyBadge && a.RecipientName is null && a.Recipients.Count > 0 &&
                                      a.Recipients.All(r => r.Kind is RecipientKind.Collective or RecipientKind.PartyOrganization));
        RemoveBadgeTiers(context.Awards, context.Document);
        RemoveRoundedRestatements(context.Awards, context.Document);

        // "cho Trường Mầm non Xuân Dục, huyện Mỹ Hào": the place after the comma is the recipient's address, not its name.
        for (int a = 0; a < context.Awards.Count; a++)
        {
            if (context.Awards[a].RecipientName is string named && WithoutAddress(named) is string bare)
            {
                context.Awards[a] = context.Awards[a] with { RecipientName = bare };
            }

            // "Ban Giám hiệu Trường A đón nhận …": the leadership receives on behalf of its body, which is the recipient.
            if (context.Awards[a].RecipientName is string led && BodyOfLeadership(led) is string body)
            {
                context.Awards[a] = context.Awards[a] with { RecipientName = body };
            }
        }
    }

    /// <summary>
    /// One honour may restate the other: the same kind, or a plain <c>khen thưởng</c> on either side. A counted Huân chương does not
    /// make the article's uncounted Bằng khen a caption of it.
    /// </summary>
    private static bool SameOrPlainKind(Award a, Award b) => a.Kind == b.Kind || a.Kind == AwardKind.Commendation || b.Kind == AwardKind.Commendation;

    /// <summary>The one named recipient of the same honour, class and status as <paramref name="counted"/> exists.</summary>
    private static bool NamedWithSameDetail(List<Award> awards, Award counted)
    {
        string detail = RanksAsNumbers(Text.VietnameseOrthography.Key(counted.Detail ?? ""));
        return awards.Any(b => b.RecipientName is not null && b.Kind == counted.Kind && b.Status == counted.Status &&
                               RanksAsNumbers(Text.VietnameseOrthography.Key(b.Detail ?? "")) == detail);
    }

    /// <summary>The kind of recipient a plural written as a name gathers (<c>Các nhà giáo</c> → individual), or null.</summary>
    private static RecipientKind? GatheredKind(string name)
    {
        var tokens = Tokenizer.Tokenize(name).ToArray();
        return Awards.Plurals.TryMatch(tokens, 0, out _, out int plural) && RecipientNounAt(tokens, plural, out var kind, out int length) &&
               plural + length == tokens.Length
            ? kind
            : null;
    }

    /// <summary>
    /// True when <paramref name="name"/> opens with a body's head (<c>Đảng bộ xã A</c>) and is not a person's name whose family name
    /// heads bodies too (<c>Đoàn Mạnh Giao</c>).
    /// </summary>
    private static bool NamesBodyNotPerson(string name)
    {
        var named = Tokenizer.Tokenize(name).ToArray();
        return named.Length > 0 && BodyStartsAt(named, 0) && PersonNames.NameAt(named, 0, introduced: false) < named.Length;
    }

    /// <summary>
    /// True when <paramref name="name"/> is only a kind of recipient (<c>Tập thể</c>, <c>Cá nhân</c>), no name. Not a body referred
    /// to by its kind (<c>Chi bộ được Đảng ủy xã tặng Giấy khen</c>: the article's cell).
    /// </summary>
    private static bool KindOfRecipientAlone(string name) => Text.VietnameseOrthography.Key(name) is "tập thể" or "cá nhân" or "tập thể, cá nhân";

    /// <summary>
    /// Drops an honour counted in round figures (<c>Hơn 2.000 đảng viên nhận Huy hiệu Đảng</c> as the headline, <c>trao hơn 1.000 Huy
    /// hiệu Đảng</c> in the lead) when the article counts the same honour exactly within the round figure's reach (<c>trao tặng Huy
    /// hiệu Đảng cho 2.237 đảng viên</c>): the same honour, told twice.
    /// </summary>
    private static void RemoveRoundedRestatements(List<Award> awards, ArticleDocument document)
    {
        for (int r = awards.Count - 1; r >= 0; r--)
        {
            var rounded = awards[r];
            if (rounded is not { RecipientName: null, Recipients: [{ Count: int figure }] } || RoundingWordBefore(document, rounded.Evidence, figure) is not string word)
            {
                continue;
            }

            int exact = awards.FindIndex(e => !ReferenceEquals(e, rounded) && e.Kind == rounded.Kind && e.Status == rounded.Status &&
                e is { RecipientName: null, Recipients: [{ Count: int count }] } && count != figure &&
                RoundingWordBefore(document, e.Evidence, count) is null && WithinRounding(word, figure, count));
            if (exact >= 0)
            {
                // The headline may name the honour in full ("kỷ niệm chương “Vì chủ quyền …” cho gần 200 cán bộ") where the body does not.
                awards[exact] = awards[exact] with { Detail = awards[exact].Detail ?? rounded.Detail };
                awards.RemoveAt(r);
            }
        }
    }

    /// <summary>
    /// The word that rounds <paramref name="figure"/> in the sentence of <paramref name="evidence"/> (<c>hơn</c>, <c>trên</c>, <c>gần</c>,
    /// <c>khoảng</c>, <c>xấp xỉ</c> by its last syllable), else null.
    /// </summary>
    private static string? RoundingWordBefore(ArticleDocument document, Evidence evidence, int figure)
    {
        bool headline = evidence.Start == 0 && evidence.End == 0;
        int? sentence = headline ? null : document.SentenceStartingAt(evidence.Start);
        if (headline ? document.Cleaned.Title is null : sentence is null)
        {
            return null;
        }

        var tokens = sentence is int at ? document.TokensOf(document.Sentences[at]) : document.TitleTokens;
        string text = sentence is null ? document.Cleaned.Title! : document.Text;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (TokenPatterns.BoundWords.Contains(tokens[i - 1].Key) && tokens[i].Kind == TokenKind.Number &&
                TokenPatterns.ReadCount(tokens, text, i, out int count, out _) > 0 && count == figure)
            {
                return tokens[i - 1].Key;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="count"/> is what <paramref name="word"/> <paramref name="figure"/> rounds: "hơn 1.000" for 1.018, not 1.800.</summary>
    private static bool WithinRounding(string word, int figure, int count) => word switch
    {
        "hơn" or "trên" => count > figure && count <= figure + figure / 2,
        "gần" => count < figure && count >= figure / 2,
        _ => Math.Abs(count - figure) <= figure / 4,
    };

    /// <summary>
    /// Drops the badges that break down a total told before them: "… trao Huy hiệu Đảng cho 637 đảng viên. Trong đợt này, 24 đồng
    /// chí nhận Huy hiệu 75 năm tuổi Đảng; 5 đồng chí nhận Huy hiệu 70 năm …" is one honour of 637 badges, as a breakdown in the
    /// total's own sentence or in brackets is. A part is a counted badge of one term of years; it belongs to the latest total before
    /// it (a counted badge of no term or of several) whose count the parts so far leave room for, so a second ceremony's larger
    /// total starts its own parts, and counts that overrun every total stay records.
    /// </summary>
    private static void RemoveBadgeTiers(List<Award> awards, ArticleDocument document)
    {
        if (awards.Count < 2)
        {
            return;
        }

        // What each total so far leaves for its parts, how many it had, and where its sentence starts (-1 for the headline), latest last.
        List<(int Left, int Parts, int Sentence)>? totals = null;
        // "… trao Huy hiệu 50 năm tuổi Đảng cho đồng chí A, Huy hiệu 40 năm cho đồng chí B và Huy hiệu 30 năm cho 6 đảng viên khác":
        // a sentence that hands badges to people by name tells who received what at the ceremony, each a record, its counts too.
        // Not when the sentence opens as a part of a total told before ("Trong đó có 2 đồng chí … 65 năm tuổi Đảng là đồng chí A và đồng
        // chí B; 1 đồng chí 50 năm, …"): the named people are some of the counted, and every tier is the total's.
        var handedOut = awards.Where(a => a.Kind == AwardKind.PartyBadge && a.RecipientName is not null && !OpensAsPart(a.Evidence))
            .Select(a => a.Evidence.Start).ToHashSet();
        // "1.974 đảng viên được tặng, truy tặng Huy hiệu Đảng" as the headline, then "Trong đó, 21 đảng viên được tặng Huy hiệu 70 năm;
        // …": a headline's total the body does not restate (read last, so it stands at the end of the list) comes before every part.
        foreach (var headline in awards)
        {
            if (headline is { Kind: AwardKind.PartyBadge, RecipientName: null, Recipients: [{ Count: int stated }], Evidence.End: 0 } && !SingleTerm(headline.Detail))
            {
                (totals ??= []).Add((stated, 0, -1));
            }
        }

        // The parts taken so far, by years and count: "Lãnh đạo huyện trao Huy hiệu 40 năm tuổi Đảng cho 02 đảng viên tại buổi lễ", a
        // caption after the total's parts used it up, shows one of them again.
        HashSet<(string, int)>? parts = null;
        int write = 0;
        for (int a = 0; a < awards.Count; a++)
        {
            var award = awards[a];
            bool keep = true;
            if (award is { Kind: AwardKind.PartyBadge, RecipientName: null, Recipients: [{ Count: int count }] } && award.Evidence.End > 0)
            {
                bool single = SingleTerm(award.Detail);
                var part = (Text.VietnameseOrthography.Key(award.Detail ?? ""), count);
                // "…, 9 đồng chí 50 năm và 23 đồng chí 45 năm, 40 năm, 30 năm tuổi Đảng": several terms together close a breakdown
                // when they make up exactly what its parts left; else they are a total of their own.
                // In the total's own sentence, after a part, several terms together are one more part ("… cho 13 người, trong đó có 1 đảng
                // viên nhận huy hiệu 70 năm tuổi Đảng là A; 8 đảng viên nhận huy hiệu 55, 50 tuổi đảng và 4 …": the one named left 12).
                // A sentence that opens as the parts of a total ("Trong đó, có 4 đồng chí được trao tặng Huy hiệu 75 năm, 65 năm và 60 năm
                // tuổi Đảng; …") makes several terms together a part from the first.
                int start = award.Evidence.Start;
                bool partsOpened = !single && OpensWithCountedPart(award.Evidence);
                int total = handedOut.Contains(start) ? -1
                    : totals?.FindLastIndex(t => single || partsOpened ? t.Left >= count : t.Parts > 0 && (t.Left == count || (t.Sentence == start && t.Left >= count))) ?? -1;
                if (total >= 0)
                {
                    totals![total] = (totals[total].Left - count, totals[total].Parts + 1, totals[total].Sentence);
                    (parts ??= []).Add(part);
                    keep = false;
                }
                else if (single && parts is not null && parts.Contains(part) && !handedOut.Contains(award.Evidence.Start))
                {
                    keep = false;
                }
                else if (!single)
                {
                    (totals ??= []).Add((count, 0, start));
                }
            }

            if (keep)
            {
                awards[write++] = award;
            }
        }

        awards.RemoveRange(write, awards.Count - write);

        bool OpensAsPart(Evidence evidence) => PartOpenerEnd(evidence, out _) is not null;

        // "Trong đó, có 4 đồng chí …": the opener, then the count itself; not a sub-organisation's share ("Trong đó, Đảng bộ phường A
        // có 21 đảng viên …"), which stays a record.
        bool OpensWithCountedPart(Evidence evidence)
        {
            if (PartOpenerEnd(evidence, out var tokens) is not int k)
            {
                return false;
            }

            while (k < tokens.Length && tokens[k].Key is "," or ":" or "có")
            {
                k++;
            }

            return k < tokens.Length && tokens[k].Kind == TokenKind.Number;
        }

        // Where the opener of a total's parts ("Trong đó", "Cụ thể") ends in the sentence the evidence starts, or null.
        int? PartOpenerEnd(Evidence evidence, out ReadOnlySpan<Token> tokens)
        {
            tokens = default;
            if (evidence.End == 0 || document.SentenceStartingAt(evidence.Start) is not int at)
            {
                return null;
            }

            tokens = document.TokensOf(document.Sentences[at]);
            return Awards.PartOpeners.TryMatch(tokens, 0, out _, out int end) ? end : null;
        }

        // "55 năm tuổi Đảng" names one term; "30, 40 và 50 năm tuổi Đảng" or none at all is a total's.
        static bool SingleTerm(string? detail) =>
            detail is not null && detail.AsSpan().IndexOfAny(',', '-') < 0 && !detail.Contains(" và ", StringComparison.Ordinal) &&
            detail.Count(char.IsAsciiDigit) is > 0 and <= 2;
    }

    /// <summary>
    /// "… tặng Giấy khen … cho 3 nông dân …" then "Ba nông dân được khen thưởng gồm: ông A; B và C": a plain <c>khen thưởng</c>
    /// that names as many people as an honour told before it counted names that honour's recipients, not an honour of its own. So
    /// does a list of the same honour from the same giver ("tặng Bằng khen cho 04 tập thể và 04 cá nhân …. 04 cá nhân được Chủ tịch
    /// UBND tỉnh tặng Bằng khen gồm: ông A; …"); a badge's named holders are read by name instead (see <see cref="Extract"/>).
    /// </summary>
    private static void RemoveNamesOfCountedHonour(ExtractionContext context)
    {
        var document = context.Document;
        foreach (var group in context.Awards.Where(a => a.RecipientName is not null && a.Evidence.End > 0 &&
                                                        (a.Kind == AwardKind.Commendation ? a.Grantor is null : a.Kind != AwardKind.PartyBadge))
                     .GroupBy(a => (a.Evidence.Start, a.Kind)).Where(g => g.Count() >= 2).ToList())
        {
            var first = group.First();
            bool counted = context.Awards.Any(b => b.Evidence.End > 0 && b.Evidence.Start < first.Evidence.Start && b.Status == first.Status &&
                (first.Kind == AwardKind.Commendation || (b.Kind == first.Kind && SameGiver(first.Kind, b.Grantor, first.Grantor))) &&
                b.Recipients.Any(r => r.Kind is RecipientKind.Individual or RecipientKind.PartyMember && r.Count == group.Count()));
            if (counted && document.SentenceStartingAt(first.Evidence.Start) is int at && ListsWithGom(document.TokensOf(document.Sentences[at])))
            {
                context.Awards.RemoveAll(group.Contains);
            }
        }
    }

    private static bool ListsWithGom(ReadOnlySpan<Token> tokens) => TokenPatterns.IndexOf(tokens, 0, tokens.Length, "gồm") >= 0;

    /// <summary>The body whose leadership a recipient's name opens with (<c>Ban Giám hiệu Trường A</c> → <c>Trường A</c>); else null.</summary>
    private static string? BodyOfLeadership(string name)
    {
        var tokens = Tokenizer.Tokenize(name).ToArray();
        return Awards.LeadershipOfBody.TryMatch(tokens, 0, out _, out int length) && length < tokens.Length && tokens[length].IsCapitalized &&
               Awards.OrganizationNouns.StartsAt(tokens, length)
            ? name[tokens[length].Span.Start..]
            : null;
    }

    /// <summary>A recipient's name without the address a comma adds (<c>…, huyện Mỹ Hào</c>); null when it has none.</summary>
    private static string? WithoutAddress(string name)
    {
        int comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return null;
        }

        var rest = Tokenizer.Tokenize(name[(comma + 2)..]).ToArray();
        return rest.Length > 1 && Officials.UnitLevels.StartsAt(rest, 0) && !rest[0].IsCapitalized ? name[..comma] : null;
    }

    /// <summary>
    /// Reads the honours of one sentence; returns the recipient whose list of honours goes on in the next sentence: the one
    /// named before a closing colon ("Đồng chí A đã được tặng thưởng:"), kept while the sentences are items of the list.
    /// </summary>
    private static string? ReadSentence(ExtractionContext context, ReadOnlySpan<Token> tokens, string text, Evidence evidence, int sentenceIndex,
        Dictionary<string, int> seen, string? listed = null, AwardKind? partOf = null)
    {
        var source = new Source(text, evidence, sentenceIndex, Parts: partOf == AwardKind.PartyBadge);
        int consumedTo = 0;
        bool item = tokens.Length > 0 && (TokenPatterns.ListBullets.Contains(tokens[0].Key) || Kinds.StartsAt(tokens, 0));
        // The recipient of the honours listed in this sentence: the one carried into a list item, then the last one named.
        string? receiver = item ? listed : null;
        AwardKind? last = partOf;
        // End of the last honour read as an item of a list without a verb ("…; Huân chương A, Huân chương B; Huy hiệu C."), or -1.
        int itemEnd = -1;
        // The person a biography sentence opens with ("Thượng tướng A sinh năm …; nguyên …; Huân chương …"), read when needed.
        string? opener = null;
        bool openerRead = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i < consumedTo)
            {
                continue;
            }

            // "… cho 44 đảng viên. Trong đó có 1 đảng viên 70 năm tuổi Đảng, 2 đảng viên 65 năm …", "…, 1 đồng chí 45 năm, 5 đồng chí 40
            // năm": parts of the badge the sentence before gave, each a count of recipients with its years alone (in the sentence that
            // gives the total, such a breakdown is no record).
            if (source.Parts && last == AwardKind.PartyBadge &&
                (CountedYearsAt(tokens, text, i) ?? YearsCountedAfterOpener(tokens, text, i)) is var (who, count, years, partEnd))
            {
                Add(context.Awards, seen, new Award
                {
                    Kind = AwardKind.PartyBadge, Detail = $"{years} năm tuổi Đảng", Recipients = [new AwardRecipients(who, count)],
                    Status = AwardStatus.Awarded, Evidence = evidence, Confidence = 0.8,
                });
                consumedTo = partEnd;
                continue;
            }

            // "Huân chương Lao động hạng Nhì cho A, hạng Ba cho B", "Huy hiệu 60 năm tuổi Đảng cho 5 đồng chí, 50 năm tuổi Đảng cho
            // 12 đồng chí": a rank or a badge's years after a comma is the same honour again, named by its rank alone.
            int kindLength;
            AwardKind kind;
            if (last is AwardKind previous && EllipsisAt(tokens, i) is AwardKind elided && (elided == previous || (elided == AwardKind.Order && previous == AwardKind.Medal)))
            {
                (kind, kindLength) = (previous, 0);
            }
            else if (!Kinds.TryMatch(tokens, i, out kind, out kindLength))
            {
                continue;
            }

            last = kind;

            // "Tại lễ trao Huy hiệu Đảng, …", "Dự Lễ và trao tặng Huy hiệu Đảng có đồng chí A …": the ceremony as the setting or the
            // event attended; what it gave, and to whom, is told elsewhere.
            if (CeremonySetting(tokens, i))
            {
                continue;
            }

            // "Ban Thi đua - Khen thưởng tỉnh", "Quỹ khen thưởng", "công tác thi đua, khen thưởng": a body or a field of work, no honour.
            if (kind == AwardKind.Commendation && NamesBodyOrField(tokens, i))
            {
                consumedTo = i + kindLength;
                continue;
            }

            // "có 74 đồng chí được trao Huy hiệu tuổi Đảng (06 đồng chí được trao tặng Huy hiệu tuổi Đảng trước thời hạn)": the same
            // honour again inside brackets is a part of the one told before them, set aside, not a statement of its own.
            if (AgainInBrackets(tokens, i, kind))
            {
                consumedTo = i + kindLength;
                continue;
            }

            // "Trong số đảng viên được tặng Huy hiệu Đảng đợt này có 23 đảng viên được tặng Huy hiệu 70 năm …": the honour named
            // inside "trong số …" refers back to the total told before; its parts follow.
            if (WithinTheNumberOf(context, tokens, text, i, kind))
            {
                consumedTo = i + kindLength;
                continue;
            }

            // "Huy hiệu Tuổi trẻ sáng tạo", "Huy hiệu Đoàn": a badge named after another body or movement is not the Party's.
            if (kind == AwardKind.PartyBadge && OtherBadgeAt(tokens, i + kindLength))
            {
                consumedTo = i + kindLength;
                continue;
            }

            // "… và nhiều huân chương, huy chương cao quý khác": the rest of a list, named by no one.
            if (OthersAt(tokens, i, tokens.Length))
            {
                consumedTo = i + kindLength;
                continue;
            }

            // "2 Huy chương vàng, 1 HCB": medals won in a competition are prizes, not honours.
            if (Awards.CompetitionMedals.TryMatch(tokens, i, out _, out int medalLength))
            {
                consumedTo = i + medalLength;
                continue;
            }

            int clauseStart = JoinedReceiverStart(tokens, TokenPatterns.ClauseStart(tokens, i), i);
            // "đoạt 41 huy chương gồm 12 huy chương Vàng, …", "gặt được 41 huy chương": medals won, or counted with the competition's
            // gold, silver and bronze, are prizes too. Honours are given ("được tặng"), never won.
            // An unnamed medal handed out at a sports contest ("trao 39 bộ huy chương của 6 môn thi đấu") is one too; a named one
            // ("Huy chương Vì sự nghiệp thể dục thể thao" for an athlete) is an honour.
            if (kind == AwardKind.Medal && (Awards.CompetitionMedals.Find(tokens, i + kindLength, tokens.Length, out _, out _) >= 0 ||
                Awards.WinningVerbs.Find(tokens, clauseStart, i, out _, out _) >= 0 ||
                (!NamedAt(tokens, i + kindLength) && Awards.SportsContests.Find(tokens, 0, tokens.Length, out _, out _) >= 0)))
            {
                consumedTo = i + kindLength;
                continue;
            }

            int clauseEnd = TokenPatterns.ClauseEnd(tokens, i);
            // "Trong số những người được tặng Kỷ niệm chương, có 15 …": the honour names recipients counted before; what follows is a part.
            // A part counted before its own honour is one ("Trong đó có 5 đảng viên được trao Huy hiệu 60 năm tuổi Đảng, 26 …").
            // Its parts counted with their years alone are read ("Trong số các đảng viên được nhận Huy hiệu Đảng đợt này có 1 đảng viên
            // 70 năm tuổi Đảng, …").
            // ("Trong đó: Truy tặng Huy chương … cho 9 cá nhân; …" opens a list of parts with a colon, as "Trong đó, …" does with a comma.)
            if (Awards.PartOpeners.StartsAt(tokens, clauseStart) && TokenPatterns.IndexOf(tokens, clauseStart, i, ",") < 0 &&
                TokenPatterns.IndexOf(tokens, clauseStart, i, ":") < 0 && !CountBetween(tokens, clauseStart, i))
            {
                consumedTo = clauseEnd;
                for (int k = i + kindLength; k < clauseEnd && source.Parts && kind == AwardKind.PartyBadge; k++)
                {
                    if (CountedYearsAt(tokens, text, k) is not null)
                    {
                        consumedTo = k;
                        break;
                    }
                }

                continue;
            }

            // "khen thưởng bằng Giấy khen": the named form wins over the plain word.
            if (kind == AwardKind.Commendation && NamedKindFollows(tokens, i + kindLength, clauseEnd))
            {
                continue;
            }

            var read = ReadGroup(context, source with { Previous = receiver }, tokens, i, kind, kindLength, clauseStart, clauseEnd, out int readTo);
            // "… tặng thưởng: Huân chương A; Huân chương B; Huy hiệu C": an honour that opens an item of a list after a colon
            // (or a line of its own under one) goes to the recipient of the list.
            bool opens = OpensItem(tokens, clauseStart, i);
            bool listItem = opens && receiver is not null && (item || TokenPatterns.IndexOf(tokens, 0, clauseStart, ":") >= 0);
            // "… tặng thưởng nhiều phần thưởng: Huân chương A, Hàm Đại sứ B, Huy hiệu C": an item after another that is no honour
            // of ours is still an item of the list the colon opened, while no verb starts another statement.
            // Lines joined into one sentence ("…, \n- Huân chương B, \n- …") put a bullet after the comma.
            int beforeItem = i - 1;
            while (beforeItem > 0 && TokenPatterns.ListBullets.Contains(tokens[beforeItem].Key))
            {
                beforeItem--;
            }

            // What the honour's own reading found there names nobody ("- Huân chương B," has no verb and no recipient).
            bool nobody = read.TrueForAll(a => a.RecipientName is null && a.Recipients.Count == 0);
            // The list opens at the colon, or, in a sentence that is itself an item of a list, at its start.
            int listStart = item ? 0 : LastIndexOf(tokens, 0, i, ":");
            bool colonItem = nobody && kindLength > 0 && receiver is not null && beforeItem > 0 && tokens[beforeItem].Key is "," or ";" &&
                             listStart >= 0 && !VerbIn(tokens, listStart, i);
            if (colonItem)
            {
                (read, listItem) = ([], true);
            }
            // "Thượng tướng A sinh năm …, quê …; nguyên Bộ trưởng …; Huân chương B hạng Ba, Huân chương C; Huy hiệu 40 năm tuổi Đảng.":
            // a biography sentence lists the honours of the person it opens with, without a verb, each after ";" (or after the
            // previous such honour).
            bool biography = false;
            if (read.Count == 0 && !listItem && ((opens && clauseStart > 0) || (itemEnd >= 0 && TokenPatterns.OnlyBetween(tokens, itemEnd, i, ",", "và", ";"))) &&
                !VerbIn(tokens, i, clauseEnd))
            {
                if (!openerRead)
                {
                    opener = SentenceOpener(tokens, text);
                    openerRead = true;
                }

                biography = (receiver ?? opener) is not null;
            }

            var member = read.Count == 0 && (listItem || biography) ? ReadMember(tokens, text, i, kind, kindLength, clauseEnd) : default;
            // An item of a biography's list is the honour's name alone ("…; Huân chương A hạng Ba, Huy hiệu 40 năm tuổi Đảng."), maybe
            // with its giver; "…; Bằng khen của UBND tỉnh là sự ghi nhận …" says something about an honour and lists none.
            biography &= BareItem(tokens, member.After, clauseEnd);
            if (read.Count == 0 && (listItem || biography))
            {
                read = [new Award { Kind = kind, Detail = member.Detail, RecipientName = receiver ?? opener, Status = AwardStatus.Awarded, Evidence = evidence, Confidence = 0.6 }];
                readTo = member.After;
                itemEnd = readTo;
            }

            consumedTo = readTo;
            foreach (var candidate in read)
            {
                if (WithSubjectNamed(context, candidate) is not Award award)
                {
                    continue;
                }

                Add(context.Awards, seen, award);
                receiver = award.RecipientName ?? receiver;
            }
        }

        if (tokens.Length > 0 && tokens[^1].Key == ":")
        {
            int end = tokens.Length - 1;
            return ReceiverBefore(context, sentenceIndex, tokens, text, end, TokenPatterns.ClauseStart(tokens, end));
        }

        return item && tokens[^1].Key != "." ? receiver : null;
    }

    /// <summary>
    /// True when the <c>khen thưởng</c> at <paramref name="at"/> is part of a body's or a field's name: after a head word
    /// (<c>Ban</c>, <c>Hội đồng</c>, <c>Quỹ</c>, <c>công tác</c>), maybe with <c>thi đua</c> and a dash or comma between.
    /// </summary>
    private static bool NamesBodyOrField(ReadOnlySpan<Token> tokens, int at)
    {
        int k = at;
        if (k > 0 && tokens[k - 1].Key is "-" or "–" or "," or "và")
        {
            k--;
        }

        if (k >= 2 && TokenPatterns.At(tokens, k - 2, "thi", "đua"))
        {
            k -= 2;
        }
        else if (k != at)
        {
            return false;
        }

        // Not the last word of another body's name: "Bộ Quốc phòng khen thưởng 54 tập thể" is the ministry giving, not a "Phòng
        // Khen thưởng".
        return Awards.CommendationHeads.EndsBefore(tokens, k, 2) &&
               !(k >= 2 && tokens[k - 1].Key is "phòng" or "vụ" && !tokens[k - 1].IsCapitalized && tokens[k - 2].IsCapitalized &&
                 tokens[k - 2].Kind == TokenKind.Word);
    }

    /// <summary>
    /// True when the honour at <paramref name="at"/> stands inside brackets set after an honour of the same kind
    /// (<c>74 đồng chí được trao Huy hiệu Đảng (06 đồng chí được trao Huy hiệu Đảng trước thời hạn)</c>).
    /// </summary>
    private static bool AgainInBrackets(ReadOnlySpan<Token> tokens, int at, AwardKind kind)
    {
        int depth = 0;
        for (int b = at - 1; b >= 0; b--)
        {
            if (tokens[b].Key == ")")
            {
                depth++;
            }
            else if (tokens[b].Key == "(" && --depth < 0)
            {
                // The honour the bracket is set after; a plain "khen thưởng … (Huân chương … cho 1 cá nhân, Bằng khen … cho 4)"
                // opens a breakdown into other kinds, which are records of their own.
                return LastKindBefore(tokens, b) == kind;
            }
        }

        return false;
    }

    /// <summary>The kind of the last honour named before <paramref name="end"/>, read forward so a pair of kinds reads whole.</summary>
    private static AwardKind? LastKindBefore(ReadOnlySpan<Token> tokens, int end)
    {
        AwardKind? last = null;
        for (int k = 0; k < end; k++)
        {
            if (Kinds.TryMatch(tokens, k, out var named, out int length))
            {
                last = named;
                k += length - 1;
            }
        }

        return last;
    }

    /// <summary>True when a capitalised word right after an honour's kind names it (<c>Huy chương Vì sự nghiệp …</c>, <c>Huy chương "Chiến sĩ vẻ vang"</c>).</summary>
    private static bool NamedAt(ReadOnlySpan<Token> tokens, int after)
    {
        int k = PastOpeningQuote(tokens, after);
        return k < tokens.Length && tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized;
    }

    /// <summary>
    /// Past a quotation mark, double or single, that opens an honour's name at <paramref name="at"/> (<c>huy hiệu 'Tuổi trẻ dũng
    /// cảm'</c>: headlines quote inside their own quotes); <paramref name="at"/> when none does.
    /// </summary>
    private static int PastOpeningQuote(ReadOnlySpan<Token> tokens, int at) =>
        at < tokens.Length && tokens[at].Key is "\"" or "'" ? at + 1 : at;

    /// <summary>
    /// True when a badge's own name follows it and is not the Party's (<c>Huy hiệu Tuổi trẻ sáng tạo</c>, <c>Huy hiệu “Vì thế hệ
    /// trẻ”</c>, a city's <c>Huy hiệu TP Hồ Chí Minh</c>); a party badge is bare or followed by <c>Đảng</c> or its years.
    /// </summary>
    private static bool OtherBadgeAt(ReadOnlySpan<Token> tokens, int after)
    {
        int k = PastOpeningQuote(tokens, after);
        if (k >= tokens.Length || !tokens[k].IsWordLike || !tokens[k].IsCapitalized || tokens[k].Key == "đảng")
        {
            return false;
        }

        // A capital that opens the lead glued to a headline ("Trao huy hiệu Sáng 5/2, …") names no badge.
        return k > after || !Awards.SentenceOpeners.Contains(tokens[k].Key);
    }

    /// <summary>
    /// An honour whose recipient is a party body named without its unit (<c>Năm 2023, Đảng bộ được Huyện ủy tặng Giấy khen</c>) goes to
    /// the article's subject, named in full (<c>Đảng bộ xã A</c>; <c>Đảng ủy</c> → <c>Đảng ủy xã A</c>); with no subject it names no one
    /// and is dropped (null).
    /// </summary>
    private static Award? WithSubjectNamed(ExtractionContext context, Award award)
    {
        if (award.RecipientName is not string name)
        {
            return award;
        }

        var words = Tokenizer.Tokenize(name).ToArray();
        if (!Awards.SubjectReferences.TryMatch(words, 0, out _, out int length) || length != words.Length)
        {
            return award;
        }

        // "Đảng bộ xã" in an article about a district names some commune, not the subject.
        string? level = length > 2 ? string.Join(' ', words[2..].Select(w => w.Key)) : null;
        if (context.Subject is not { Name: string subject, UnitName: not null } || !subject.StartsWith("Đảng bộ ", StringComparison.Ordinal) ||
            (level is not null && level != Text.VietnameseOrthography.Key(context.Subject.UnitLevel ?? "")))
        {
            return null;
        }

        return award with { RecipientName = words[0].Key == "đảng" && words[1].Key == "ủy" ? "Đảng ủy " + subject["Đảng bộ ".Length..] : subject };
    }

    /// <summary>True when nothing but an optional giver ("của Bộ A") stands between an honour's end and the next item or the clause's end.</summary>
    private static bool BareItem(ReadOnlySpan<Token> tokens, int after, int clauseEnd)
    {
        int k = after;
        if (k + 1 < clauseEnd && tokens[k].Key == "của")
        {
            k = BodyRunForward(tokens, k + 1, clauseEnd);
        }

        return k >= clauseEnd || tokens[k].Key is "," or "và" or "." or ";";
    }

    /// <summary>True when a verb of giving or receiving stands between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool VerbIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (Awards.GiveVerbs.StartsAt(tokens, k) || Awards.ReceiveVerbs.StartsAt(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person a sentence opens with: a name, introduced (<c>Đồng chí A</c>, <c>Thượng tướng B</c>) or after a post, within its
    /// first words and before any comma; null when the sentence opens otherwise.
    /// </summary>
    private static string? SentenceOpener(ReadOnlySpan<Token> tokens, string text)
    {
        for (int i = 0; i < Math.Min(tokens.Length, 6) && tokens[i].Key is not ("," or ";" or ":"); i++)
        {
            int intro = PersonNames.IntroducerAt(tokens, i);
            int length = PersonNames.NameAt(tokens, i + intro, introduced: intro > 0);
            if (length >= PersonNames.MinSyllables && (intro > 0 || i == 0 || IsTitleWord(tokens, i - 1) || tokens[i - 1].Key is "nguyên" or "cố"))
            {
                return PersonNames.Normalize(tokens, text, i + intro, length);
            }
        }

        return null;
    }

    /// <summary>
    /// An honour in "nhiều (các) huân chương, huy chương … khác": the others of a list, not an honour of its own.
    /// </summary>
    private static bool OthersAt(ReadOnlySpan<Token> tokens, int at, int clauseEnd)
    {
        int k = at - 1;
        while (k >= 0 && at - k <= 4 && (tokens[k].Key is "," or "và" || Kinds.StartsAt(tokens, k) || (k > 0 && Kinds.StartsAt(tokens, k - 1))))
        {
            k--;
        }

        if (k < 0 || tokens[k].Key is not ("nhiều" or "các" or "những"))
        {
            return false;
        }

        for (int i = at + 1; i < Math.Min(clauseEnd, at + 8) && tokens[i].Key is not ("," or "." or ";"); i++)
        {
            if (tokens[i].Key == "khác")
            {
                return true;
            }
        }

        // "nhiều huân chương, huy chương cao quý khác": the comma inside the pair of kinds.
        return at + 3 < clauseEnd && tokens[at + 2].Key == "," && Kinds.StartsAt(tokens, at + 3) && OthersAt(tokens, at + 3, clauseEnd);
    }

    /// <summary>True when an opening bracket before <paramref name="i"/> in the sentence is still open there.</summary>
    private static bool InsideBrackets(ReadOnlySpan<Token> tokens, int i)
    {
        for (int k = i - 1; k >= 0; k--)
        {
            if (tokens[k].Key == ")")
            {
                return false;
            }

            if (tokens[k].Key == "(")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ranks of an order or medal, as written after <c>hạng</c>.</summary>
    private static readonly IReadOnlyDictionary<string, string> Ranks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nhất"] = "1", ["nhì"] = "2", ["ba"] = "3", ["1"] = "1", ["2"] = "2", ["3"] = "3", ["i"] = "1", ["ii"] = "2", ["iii"] = "3",
    };

    /// <summary>
    /// An honour written by its rank or years alone after a comma or "và" (<c>…, hạng Ba cho …</c> → an order;
    /// <c>…, 50 năm tuổi Đảng cho …</c>, <c>…, 50 tuổi Đảng cho …</c> → a badge), or null.
    /// </summary>
    private static AwardKind? EllipsisAt(ReadOnlySpan<Token> tokens, int i)
    {
        // "… cho 4 tập thể (hạng Nhì 1 tập thể; hạng Ba 3 tập thể)": a bracket breaks the honour down by rank, within its statement.
        if (i == 0 || tokens[i - 1].Key is not ("," or "và" or ";") || i + 1 >= tokens.Length || InsideBrackets(tokens, i))
        {
            return null;
        }

        if (tokens[i].Key == "hạng" && Ranks.ContainsKey(tokens[i + 1].Key))
        {
            return AwardKind.Order;
        }

        return tokens[i].Kind == TokenKind.Number && (TokenPatterns.At(tokens, i + 1, "năm", "tuổi", "đảng") || TokenPatterns.At(tokens, i + 1, "tuổi", "đảng"))
            ? AwardKind.PartyBadge
            : null;
    }

    /// <summary>
    /// A part of a badge's recipients counted before its years alone, after a separator or "có" (<c>…, 2 đảng viên 65 năm tuổi Đảng</c>,
    /// <c>có 1 đồng chí 45 năm,</c>): who, how many, the years and where the part ends; else null.
    /// </summary>
    private static (RecipientKind Who, int Count, int Years, int End)? CountedYearsAt(ReadOnlySpan<Token> tokens, string text, int i)
    {
        if (i == 0 || tokens[i - 1].Key is not ("," or "và" or ";" or "có" or ":") || tokens[i].Kind != TokenKind.Number ||
            TokenPatterns.ReadCount(tokens, text, i, out int count, out _) is not (> 0 and int read) || count <= 0 ||
            !RecipientNounAt(tokens, i + read, out var who, out int nounLength))
        {
            return null;
        }

        int at = i + read + nounLength;
        int clauseEnd = TokenPatterns.ClauseEnd(tokens, at);
        if (BadgeTiers(tokens, at, clauseEnd, out var tiers) is int end && tiers.Count == 1)
        {
            return (who, count, tiers[0], end);
        }

        return BareBadgeYears(tokens, at, clauseEnd) is int bareEnd ? (who, count, int.Parse(tokens[at].Key), bareEnd) : null;
    }

    /// <summary>
    /// The first part of a badge's recipients right after <c>trong đó</c>, its years first (<c>Trong đó 65 năm tuổi Đảng có 25 đ/c, 60 tuổi
    /// Đảng có 1 đ/c …</c>; the later parts are read as the badge named again by its years): who, how many, the years and where it ends.
    /// </summary>
    private static (RecipientKind Who, int Count, int Years, int End)? YearsCountedAfterOpener(ReadOnlySpan<Token> tokens, string text, int i)
    {
        int opener = i >= 1 && tokens[i - 1].Key == "," ? i - 1 : i;
        if (opener < 2 || !TokenPatterns.At(tokens, opener - 2, "trong", "đó") || tokens[i].Kind != TokenKind.Number)
        {
            return null;
        }

        int clauseEnd = TokenPatterns.ClauseEnd(tokens, i);
        if (BadgeTiers(tokens, i, clauseEnd, out var tiers) is not int yearsEnd || tiers.Count != 1 || yearsEnd >= clauseEnd || tokens[yearsEnd].Key != "có" ||
            TokenPatterns.ReadCount(tokens, text, yearsEnd + 1, out int count, out _) is not (> 0 and int read) || count <= 0 ||
            !RecipientNounAt(tokens, yearsEnd + 1 + read, out var who, out int nounLength))
        {
            return null;
        }

        return (who, count, tiers[0], yearsEnd + 1 + read + nounLength);
    }

    /// <summary>True when a part opener (<c>trong đó</c>, <c>trong số đó</c>) stands before <paramref name="at"/> in its sentence.</summary>
    private static bool PartOpenedBefore(ReadOnlySpan<Token> tokens, int at)
    {
        for (int k = at - 1; k >= 0; k--)
        {
            if (Awards.PartOpeners.StartsAt(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the passive of an earlier group sharing the honour stands: "[1.799 đảng viên] được trao tặng và [14 đảng viên] được
    /// truy tặng Huy hiệu Đảng", a giving verb and "và" right before the counted group of the passive at <paramref name="passive"/>;
    /// else null.
    /// </summary>
    private static int? SharedHonourPassiveBefore(ReadOnlySpan<Token> tokens, int clauseStart, int passive)
    {
        int and = TokenPatterns.IndexOf(tokens, Math.Max(clauseStart, passive - 6), passive, "và");
        if (and < 0 || !CountedGroupFollows(tokens, and + 1, passive))
        {
            return null;
        }

        for (int verb = and - 1; verb > clauseStart && verb >= and - 3; verb--)
        {
            if (tokens[verb - 1].Key == "được" && Awards.GiveVerbs.TryMatch(tokens, verb, out _, out int length) && verb + length == and)
            {
                return verb - 1;
            }
        }

        return null;

        // Only a number and the recipient's noun between "và" and the passive.
        static bool CountedGroupFollows(ReadOnlySpan<Token> tokens, int from, int to) =>
            from < to && tokens[from].Kind == TokenKind.Number && RecipientNounAt(tokens, from + 1, out _, out int noun) && from + 1 + noun == to;
    }

    /// <summary>
    /// True when "gồm" (or "bao gồm") follows the honour that ends at <paramref name="after"/> and the recipients were counted before
    /// its verb of receiving: in "48 đảng viên được nhận Huy hiệu Đảng, gồm: 1 đảng viên 65 năm tuổi Đảng, … và 16 đảng viên 30 năm
    /// tuổi Đảng" the counted groups after "gồm" break the 48 down, as they do after "trong đó".
    /// </summary>
    private static bool ListOfCountedBefore(ReadOnlySpan<Token> tokens, int clauseStart, int at, int after)
    {
        int k = after < tokens.Length && tokens[after].Key == "," ? after + 1 : after;
        bool list = k < tokens.Length && (tokens[k].Key == "gồm" || TokenPatterns.At(tokens, k, "bao", "gồm"));
        return list && ReceivingBefore(tokens, at, clauseStart) is int receive and > 0 && CountBetween(tokens, clauseStart, receive);
    }

    /// <summary>Where an honour starts: its name, or its rank or years alone after a comma (<see cref="EllipsisAt"/>).</summary>
    private static bool HonourStartsAt(ReadOnlySpan<Token> tokens, int i) => Kinds.StartsAt(tokens, i) || EllipsisAt(tokens, i) is not null;


    /// <summary>True when only bullets and joining words stand between the clause's start and the honour at <paramref name="at"/>.</summary>
    private static bool OpensItem(ReadOnlySpan<Token> tokens, int clauseStart, int at)
    {
        for (int k = clauseStart; k < at; k++)
        {
            if (!TokenPatterns.ListBullets.Contains(tokens[k].Key) && tokens[k].Key is not ("và" or "," or ":"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sentence that opens on a verb of giving, with no giver before it: <c>Tặng Huân chương …</c>, <c>Truy tặng …</c>.</summary>
    private static bool OpensOnGiving(ReadOnlySpan<Token> tokens)
    {
        int start = Math.Max(0, TokenPatterns.ListItemStart(tokens));
        return start < tokens.Length && Awards.GiveVerbs.StartsAt(tokens, start);
    }

    /// <summary>
    /// True when a marker of proposal stands between <paramref name="from"/> and <paramref name="to"/> (<c>đề nghị</c>, <c>trình</c>),
    /// not counting <c>trình</c> inside a noun (<c>quá trình công tác</c>, <c>chương trình</c>).
    /// </summary>
    private static bool Proposed(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!ProposalMarkers.TryMatch(tokens, k, out _, out _))
            {
                continue;
            }

            bool noun = Awards.NotSubmitting.StartsAt(tokens, k) ||
                        (k > 0 && Awards.NotSubmitting.TryMatch(tokens, k - 1, out _, out int length) && length > 1);
            if (!noun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the clause from <paramref name="from"/> to <paramref name="to"/> proposes an honour: a proposal's word, a giving
    /// verb within a few words after it, then an honour (<c>đề nghị UBND tỉnh tặng Bằng khen …</c>); not <c>xét đề nghị kết nạp …</c>.
    /// </summary>
    private static bool ProposesHonour(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!ProposalMarkers.TryMatch(tokens, k, out _, out int length) || !Proposed(tokens, k, k + length))
            {
                continue;
            }

            for (int v = k + length; v < Math.Min(to, k + length + 6); v++)
            {
                if (IsVerbWord(tokens[v]) && Kinds.Find(tokens, v + 1, Math.Min(to, v + 4), out _, out _) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the clause at <paramref name="clauseStart"/> is an item of a list that a proposal's colon opened earlier in the
    /// sentence (<c>Hội đồng thống nhất đề nghị: tặng Bằng khen … cho 5 tập thể; Huân chương Lao động … cho 2 cá nhân</c>).
    /// </summary>
    private static bool ProposedList(ReadOnlySpan<Token> tokens, int clauseStart)
    {
        const int ProposedListReach = 16;
        // "đề nghị UBND tỉnh tặng Bằng khen 9 cá nhân; tặng Cờ thi đua 3 đơn vị": a clause that opens on the giving verb leaves out
        // the proposal and the giver of the clause before it.
        if (clauseStart > 1 && clauseStart < tokens.Length && tokens[clauseStart - 1].Key == ";" && IsVerbWord(tokens[clauseStart]))
        {
            int previous = TokenPatterns.ClauseStart(tokens, clauseStart - 2);
            if (ProposesHonour(tokens, previous, clauseStart - 1))
            {
                return true;
            }
        }

        // "thông qua đề nghị khen thưởng Cờ thi đua … cho 57 đơn vị; Cờ thi đua của Chính phủ cho 5 đơn vị; Huân chương … cho 2 cá
        // nhân": clauses that open on the honour itself leave out the proposal and the verb of the clause that has them.
        for (int item = clauseStart; item > 1 && item < tokens.Length && tokens[item - 1].Key == ";" && Kinds.StartsAt(tokens, item);)
        {
            int previous = TokenPatterns.ClauseStart(tokens, item - 1);
            if (Proposed(tokens, previous, item - 1))
            {
                return true;
            }

            item = previous;
        }

        for (int k = clauseStart - 1; k > 0; k--)
        {
            if (tokens[k].Key == ":")
            {
                // "danh sách đề nghị các hình thức khen thưởng tổng kết năm 2024 gồm có:": a list introduced as such reaches further.
                int reach = tokens[k - 1].Key is "gồm" or "có" or "như" ? ProposedListReach : 4;
                return Proposed(tokens, Math.Max(0, k - reach), k);
            }
        }

        return false;
    }

    /// <summary>
    /// Where a sentence comes from: the text its tokens point into, its evidence, its index (-1 for the headline), the recipient
    /// of the honours read so far in it (the subject of a later clause that leaves it out: "A đã được … tặng X; được … tặng Y"), and
    /// whether it breaks down the badge the sentence before gave (<paramref name="Parts"/>).
    /// </summary>
    private sealed record Source(string Text, Evidence Evidence, int SentenceIndex, string? Previous = null, bool Parts = false);

    /// <summary>Words between a plain <c>khen thưởng</c> and the title it gives: <c>khen thưởng, tặng danh hiệu</c>, <c>và công nhận danh hiệu</c>.</summary>
    private static readonly string[] TitleGivingWords = [",", "và", "tặng", "trao", "công", "nhận"];

    /// <summary>
    /// True when a named form follows the plain <c>khen thưởng</c> that ends at <paramref name="from"/>, which it names: within four
    /// words (<c>khen thưởng bằng Giấy khen</c>), or after the level and the words that introduce the forms (<c>16 tập thể và 15 cá
    /// nhân được đề nghị khen thưởng cấp nhà nước gồm các mức Huân chương Lao động hạng Nhì, hạng Ba</c>) when every form listed
    /// there is of one kind; forms of several kinds share the counts, which stay a plain commendation's.
    /// </summary>
    private static bool NamedKindFollows(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < Math.Min(to, from + 4); i++)
        {
            if (Kinds.TryMatch(tokens, i, out var kind, out _) && kind != AwardKind.Commendation)
            {
                return true;
            }

            // "khen thưởng, tặng danh hiệu Tập thể Lao động xuất sắc cho 38 tập thể": the commendation is the title, which is no honour.
            if (TokenPatterns.At(tokens, i, "danh", "hiệu") && TokenPatterns.OnlyBetween(tokens, from, i, TitleGivingWords))
            {
                return true;
            }
        }

        int at = from;
        if (Awards.CommendationLevels.TryMatch(tokens, at, out _, out int level))
        {
            at += level;
        }

        if (Awards.FormIntroducers.TryMatch(tokens, at, out _, out int introducer))
        {
            at += introducer;
        }

        if (at == from || !Kinds.TryMatch(tokens, at, out var named, out _) || named == AwardKind.Commendation)
        {
            return false;
        }

        for (int i = at; i < to; i++)
        {
            if (Kinds.TryMatch(tokens, i, out var listed, out int length) && listed != named)
            {
                return false;
            }

            i += Math.Max(0, length - 1);
        }

        return true;
    }

    /// <summary>One honour in a coordinated list: <c>tặng bằng khen, trao cờ xuất sắc cho …</c>, <c>trao 11 Huân chương A, 74 Huân chương B tặng …</c>.</summary>
    private readonly record struct Member(AwardKind Kind, int At, int After, string? Detail, int? Count);

    /// <summary>
    /// Reads the honour at <paramref name="at"/> and the honours coordinated with it, which share their recipients:
    /// one record per honour, and per named recipient when several people are named (<c>cho các ông A, B và C</c>).
    /// </summary>
    private static List<Award> ReadGroup(ExtractionContext context, Source source, ReadOnlySpan<Token> tokens, int at, AwardKind kind, int kindLength,
        int clauseStart, int clauseEnd, out int readTo)
    {
        string text = source.Text;
        var members = new List<Member> { ReadMember(tokens, text, at, kind, kindLength, clauseEnd) };
        int j = members[0].After;
        while (j < clauseEnd)
        {
            int k = j;
            int skipped = 0;
            // Past the rest of an honour's name ("Huân chương Hữu nghị, 9 Huân chương …"), but not past its recipients; a giver's
            // name after "của" may be longer ("Bằng khen của Thủ tướng Chính phủ, Cờ thi đua của Bộ …"), though not after a plain
            // "khen thưởng" ("quyết định khen thưởng của Chủ tịch nước về tặng thưởng Huân chương …" is one honour).
            int reach = tokens[j].Key == "của" && members[^1].Kind != AwardKind.Commendation ? 10 : 5;
            // Nor past "trong đó": "98 đảng viên được trao Huy hiệu Đảng, trong đó, Huy hiệu 55 năm tuổi Đảng có 16 đồng chí, …" gives
            // the parts of one honour, not a list of honours sharing recipients.
            while (k < clauseEnd && skipped < reach && tokens[k].Key is not ("cho" or "vì" or ";") && !Kinds.StartsAt(tokens, k) &&
                   !Awards.PartOpeners.StartsAt(tokens, k) &&
                   (tokens[k].Key is "," or "và" or "cùng" or "hơn" || Awards.GiveVerbs.StartsAt(tokens, k) || tokens[k].Kind == TokenKind.Number ||
                    (tokens[k].Kind == TokenKind.Word && !RecipientNounAt(tokens, k, out _, out _))))
            {
                k++;
                skipped++;
            }

            if (k == j || !Kinds.TryMatch(tokens, k, out var next, out int nextLength) || next == AwardKind.Commendation || OthersAt(tokens, k, clauseEnd))
            {
                break;
            }

            members.Add(ReadMember(tokens, text, k, next, nextLength, clauseEnd));
            j = members[^1].After;
        }

        var results = new List<Award>();
        if (members.Count == 1 && members[0].Count is null)
        {
            var single = Read(context, source, tokens, at, kind, kindLength, clauseStart, clauseEnd, out readTo, members[0]);
            return single;
        }

        // Several honours, or honours counted before their name: the recipients follow the last of them.
        int groupEnd = members[^1].After;
        var kinds = RecipientKindsAfter(tokens, text, groupEnd, Math.Min(clauseEnd, groupEnd + 12), out var counted, out int kindsEnd, out bool gathered);
        readTo = Math.Max(groupEnd, kindsEnd);
        string? receiver = null;
        List<AwardRecipients>? countedBefore = null;
        foreach (var member in members)
        {
            List<AwardRecipients> recipients;
            if (member.Count is int badges && member.Kind == AwardKind.PartyBadge && kinds.Count == 0 && counted.Count == 0)
            {
                // "Đảng bộ đã trao 156 Huy hiệu Đảng": one badge per party member.
                recipients = [new AwardRecipients(RecipientKind.PartyMember, badges)];
            }
            else if (member.Count is int orders && kinds.Count == 0 && counted.Count == 0 && member.Kind is AwardKind.Order or AwardKind.Medal &&
                     members.Count > 1 && members.TrueForAll(m => m.Count is not null) && !PersonBefore(tokens, clauseStart, members[0].At))
            {
                // "Chủ tịch nước đã tặng 04 Huân chương Lao động hạng Nhì và 21 Huân chương Lao động hạng Ba", "cho 83 đồng chí …, gồm:
                // 9 Huân chương Độc lập hạng Ba, 3 …": orders counted class by class, one to each recipient (a collective's when the
                // clause counts collectives).
                recipients = [new AwardRecipients(CollectiveBefore(tokens, clauseStart, members[0].At) ? RecipientKind.Collective : RecipientKind.Individual, orders)];
            }
            else if (member.Count is not null && kinds.Count == 0 && counted.Count == 0)
            {
                // "2 huân chương cho toàn ngành": a number of honours, but no recipients of a kind; "ông A được tặng … 2 Huân
                // chương Chiến công": one person's.
                recipients = [];
            }
            else if (member.Count is not null && members.Count > 1 && members.Exists(m => m.Count is null) && counted.Count == 0)
            {
                // "UBND tỉnh tặng 45 Cờ thi đua và Bằng khen cho các cơ quan, đơn vị": one count over two honours counts neither, as
                // one count over two kinds of recipient does.
                recipients = kinds.Select(k => new AwardRecipients(k, null)).ToList();
            }
            else if (member.Count is int n && kinds.Count <= 1 && counted.Count == 0)
            {
                // "11 Huân chương … tặng các đồng chí lãnh đạo": one per person; a state honour goes to individuals. Recipients
                // counted after "cho" are who received them ("18 cờ thi đua cho 25 tập thể").
                var who = kinds.Count == 1 ? kinds[0] : RecipientKind.Individual;
                if (who == RecipientKind.PartyMember && member.Kind is not AwardKind.PartyBadge)
                {
                    who = RecipientKind.Individual;
                }

                recipients = [new AwardRecipients(who, n)];
            }
            else if (member.Count is int own && members.Count > 1 && counted is [{ Count: int everyone } receivers] &&
                     members.TrueForAll(m => m.Count <= everyone))
            {
                // "trao 1 Huân chương Độc lập hạng Nhất, 6 Huân chương Độc lập hạng Nhì, …, 23 Huy chương … cho 200 gia đình": each
                // honour is counted on its own, and the receivers' number is everyone's, not each honour's.
                var who = receivers.Kind == RecipientKind.PartyMember && member.Kind is not AwardKind.PartyBadge ? RecipientKind.Individual : receivers.Kind;
                recipients = [new AwardRecipients(who, own)];
            }
            else if (member.Count is not null && members.Count > 1 && members.TrueForAll(m => m.Count is not null) && counted.Count > 1)
            {
                // "trao 14 Huân chương Hữu nghị và 9 Huy chương Hữu nghị cho 15 tập thể và 8 cá nhân": the receivers' numbers are
                // everyone's, and no honour's count says how its own split between the kinds; each has the kinds, uncounted.
                recipients = counted.Select(r => r with { Count = null }).ToList();
            }
            else
            {
                recipients = counted.Count > 0 ? counted : Uncounted(kinds, tokens, kindsEnd);
            }

            var names = recipients.Count == 0 ? NamesAfter(context, tokens, text, groupEnd, clauseEnd) : [];
            if (recipients.Count == 0 && names.Count == 0 && member.Count is null)
            {
                // "62 tập thể, cá nhân của ngành A được nhận Huân chương B, Bằng khen C, Cờ thi đua D": the recipients counted before
                // the list receive the honours in it.
                countedBefore ??= KindsCountedBeforeList(tokens, text, members[0].At, clauseStart);
                recipients = countedBefore;
                gathered |= recipients.Count > 0;
            }

            if (recipients.Count == 0 && names.Count == 0)
            {
                // "Trường A đón nhận Huân chương B và Cờ thi đua C", "ông D đã được tặng thưởng Huân chương E, Huân chương F, …":
                // the recipient named before the list receives each honour in it.
                receiver ??= NameBetweenVerbAndAward(tokens, text, clauseStart, members[0].At, context, source.SentenceIndex) ??
                             ReceiverBefore(context, source.SentenceIndex, tokens, text, members[0].At, clauseStart, source.Previous) ??
                             NamedRecipient(context, source.SentenceIndex, tokens, text, members[0].At, groupEnd, clauseStart, clauseEnd) ?? "";
                if (receiver.Length == 0)
                {
                    continue;
                }

                names = [receiver];
            }

            bool proposed = Proposed(tokens, clauseStart, member.At) || ProposedList(tokens, clauseStart);
            string? detail = member.Detail ?? Detail(tokens, text, Math.Max(groupEnd, kindsEnd), clauseEnd);
            var evidence = source.Evidence;
            string? grantor = Grantor(tokens, text, members[0].At, clauseStart, clauseEnd, member.After);
            if (names.Count == 0)
            {
                if (recipients.All(r => r.Count is null) && GeneralStatement(tokens, clauseStart, member.At))
                {
                    continue;
                }

                results.Add(new Award
                {
                    Kind = member.Kind, Detail = detail, Recipients = recipients, Grantor = grantor,
                    Status = proposed ? AwardStatus.Proposed : AwardStatus.Awarded, Evidence = evidence,
                    Confidence = recipients.All(r => r.Count is null) && gathered ? GatheredConfidence : 0.8,
                });
                continue;
            }

            foreach (string name in names)
            {
                results.Add(new Award
                {
                    Kind = member.Kind, Detail = detail, RecipientName = name, Grantor = grantor,
                    Status = proposed ? AwardStatus.Proposed : AwardStatus.Awarded, Evidence = evidence, Confidence = 0.7,
                });
            }
        }

        return results;
    }

    /// <summary>
    /// An honour's own words: a count before it (<c>74 Huân chương</c>), the years of a badge (<c>Huy hiệu 50 năm, 45 năm và 30
    /// năm tuổi Đảng</c>), the name of an order (<c>Huân chương Lao động hạng Ba</c>, <c>Huân chương Hồ Chí Minh</c>).
    /// </summary>
    private static Member ReadMember(ReadOnlySpan<Token> tokens, string text, int at, AwardKind kind, int kindLength, int clauseEnd)
    {
        int after = at + kindLength;
        int? count = null;
        if (at > 0 && tokens[at - 1].Kind == TokenKind.Number && TokenPatterns.ReadCount(tokens, text, at - 1, out int n, out _) == 1 && n > 0 &&
            !(at > 1 && tokens[at - 2].Key == "năm"))
        {
            count = n;
        }
        else if (at > 1 && tokens[at - 1].Kind == TokenKind.Word && tokens[at - 1].Key is not ("năm" or "một") &&
                 TokenPatterns.ReadCount(tokens, text, at - 1, out int spelled, out _) == 1 && spelled > 1 &&
                 (tokens[at - 2].Key is "," or ";" or ":" or "và" || Awards.GiveVerbs.EndsBefore(tokens, at - 1, 2)))
        {
            // "trao tặng bốn Huân chương Độc lập hạng Nhì và 12 …", "truy tặng hai Huân chương …; hai …": a count spelled out
            // after the verb or in the list ("năm" is as often the year, "một" the article).
            count = spelled;
        }

        string? detail = null;
        if (kind != AwardKind.PartyBadge && HonourName(tokens, after, clauseEnd) is (int nameStart, int nameEnd, int nameAfter))
        {
            // "Kỷ niệm chương “Vì sự nghiệp A”", "kỷ niệm chương: “Vì B”", "Kỷ niệm chương Vì sự nghiệp C": the honour's own name.
            detail = text[tokens[nameStart].Span.Start..tokens[nameEnd - 1].Span.End];
            after = nameAfter;
        }
        else if (kind == AwardKind.PartyBadge && BadgeTiers(tokens, after, clauseEnd, out _) is int tiersEnd)
        {
            detail = text[tokens[after].Span.Start..tokens[tiersEnd - 1].Span.End];
            // "Huy hiệu 60 tuổi Đảng": written out in full, as "Huy hiệu 50 năm" is.
            if (tiersEnd - after >= 3 && tokens[tiersEnd - 2].Key == "tuổi" && tokens[tiersEnd - 3].Kind == TokenKind.Number)
            {
                detail = text[tokens[after].Span.Start..tokens[tiersEnd - 3].Span.End] + " năm tuổi Đảng";
            }

            after = tiersEnd;
        }
        else if (kind == AwardKind.PartyBadge && BareBadgeYears(tokens, after, clauseEnd) is int yearsEnd)
        {
            // "Huy hiệu 55 năm; 2 đảng viên nhận Huy hiệu 50 năm", "truy tặng Huy hiệu Đảng 30 năm cho 1 đảng viên": the badge's
            // years with "tuổi Đảng" left out, written out in full.
            detail = text[tokens[after].Span.Start..tokens[yearsEnd - 1].Span.End] + " tuổi Đảng";
            after = yearsEnd;
        }
        else if (kind is AwardKind.Order or AwardKind.Medal)
        {
            // "Huân chương Lao động hạng Nhất", "huân chương lao động hạng nhì", "Huân chương Hồ Chí Minh", "Huân chương Jose Marti".
            int end = after;
            int rank = -1;
            // "Huân chương Kháng chiến chống Mỹ, cứu nước hạng Ba": the war's name holds a comma of its own.
            int named = TokenPatterns.At(tokens, after, "kháng", "chiến", "chống", "mỹ", ",", "cứu", "nước") && after + 7 <= clauseEnd ? after + 7 : after;
            // The name may be long ("Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhất"); it ends at a comma or another honour.
            for (int k = named; k < Math.Min(clauseEnd, named + 8) && tokens[k].Key is not ("," or "(") && !Kinds.StartsAt(tokens, k); k++)
            {
                if (tokens[k].Key == "hạng" && k + 1 < clauseEnd)
                {
                    // "Huân chương Lao động các hạng và danh hiệu …": no rank follows, so the name ends at "hạng".
                    rank = tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Key is "và" or "cho" or "của" or "đối" ? k + 1 : k + 2;
                    break;
                }
            }

            if (rank > 0)
            {
                end = rank;
                // "Huân chương Lao động hạng Nhì và hạng Ba cho 4 cá nhân": ranks joined before their recipients are one statement.
                while (end + 2 < clauseEnd && tokens[end].Key is "," or "và" && tokens[end + 1].Key == "hạng" && Ranks.ContainsKey(tokens[end + 2].Key))
                {
                    end += 3;
                }
            }
            else if (named > after)
            {
                end = named;
            }
            else if (Awards.OrderNames.TryMatch(tokens, after, out _, out int nameLength) && after + nameLength <= clauseEnd)
            {
                // "Huân chương Lao động cho 4 cá nhân": a known name, its later words in lower case.
                end = after + nameLength;
            }
            else
            {
                while (end < clauseEnd && end - after < 4 && tokens[end].Kind == TokenKind.Word && tokens[end].IsCapitalized && !Kinds.StartsAt(tokens, end))
                {
                    end++;
                }
            }

            if (end > after)
            {
                detail = text[tokens[after].Span.Start..tokens[end - 1].Span.End];
                after = end;
            }
        }

        // "huy chương Vì sự nghiệp Tổ chức xây dựng Đảng...": an ellipsis that trails off the list is no part of the name.
        return new Member(kind, at, after, detail?.TrimEnd('.', '…', ' '), count);
    }

    /// <summary>
    /// The name an honour carries right after its kind: in quotes, after an optional colon (<c>“Vì sự nghiệp giáo dục”</c>), or
    /// unquoted from a capitalised <c>Vì</c> or <c>vì sự nghiệp</c> to the next comma, honour or clause end. Returns the name's tokens
    /// [start, end) and where reading goes on; null when no name follows.
    /// </summary>
    private static (int Start, int End, int After)? HonourName(ReadOnlySpan<Token> tokens, int from, int clauseEnd)
    {
        int i = from;
        if (i < clauseEnd && tokens[i].Key == ":")
        {
            i++;
        }

        // "kỷ niệm chương 'Vì thế hệ trẻ' cho …": a headline's single quotes are quotes too.
        if (i < clauseEnd && tokens[i].Key is "\"" or "'")
        {
            int close = TokenPatterns.IndexOf(tokens, i + 1, Math.Min(clauseEnd, i + 16), tokens[i].Key);
            return close > i + 1 ? (i + 1, close, close + 1) : null;
        }

        if (i < clauseEnd && tokens[i].Key == "vì" && (tokens[i].IsCapitalized || TokenPatterns.At(tokens, i + 1, "sự", "nghiệp")))
        {
            int end = i + 1;
            // "Huy chương Vì an ninh Tổ quốc truy tặng liệt sĩ A": the verb that gives it ends the name.
            while (end < clauseEnd && end - i < 12 && tokens[end].Key is not ("," or "." or ";" or "(" or ")") && !Kinds.StartsAt(tokens, end) &&
                   !DetailOpeners.StartsAt(tokens, end) && !Awards.RecipientOpeners.StartsAt(tokens, end) &&
                   !(!tokens[end].IsCapitalized && Awards.GiveVerbs.StartsAt(tokens, end)))
            {
                end++;
            }

            return end > i + 1 ? (i, end, end) : null;
        }

        return null;
    }

    /// <summary>True when a count of recipients (<c>75 đảng viên</c>, <c>3 đảng bộ</c>) stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool CountedGroupBetween(ReadOnlySpan<Token> tokens, string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && TokenPatterns.ReadCount(tokens, text, k, out _, out _) is > 0 and int read && RecipientNounAt(tokens, k + read, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a number stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool CountBetween(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that may follow a badge's years when "tuổi Đảng" is left out: the clause or the list goes on.</summary>
    private static readonly IReadOnlySet<string> AfterBareYears = new HashSet<string>(StringComparer.Ordinal) { ";", ",", ".", "cho", "và", ")", "(", "đến", "tới" };

    /// <summary>
    /// End of a badge's years written without "tuổi Đảng" right after the badge (<c>Huy hiệu 50 năm</c>, <c>Huy hiệu Đảng 30 năm
    /// cho …</c>): one number below 100, "năm", then the end of the clause or a word that ends the honour; else null.
    /// </summary>
    private static int? BareBadgeYears(ReadOnlySpan<Token> tokens, int from, int clauseEnd)
    {
        if (from + 1 >= clauseEnd || tokens[from].Kind != TokenKind.Number || !int.TryParse(tokens[from].Key, out int years) || years is <= 0 or >= 100 ||
            tokens[from + 1].Key != "năm")
        {
            return null;
        }

        int end = from + 2;
        return end >= clauseEnd || AfterBareYears.Contains(tokens[end].Key) &&
               !(end + 2 < clauseEnd && tokens[end].Key is "," or "và" && tokens[end + 1].Kind == TokenKind.Number && tokens[end + 2].Key == "năm")
            ? end
            : null;
    }

    /// <summary>End of the years of a badge at <paramref name="from"/> (<c>30 năm tuổi Đảng</c>, <c>70, 60 năm tuổi Đảng</c>), with each year.</summary>
    private static int? BadgeTiers(ReadOnlySpan<Token> tokens, int from, int clauseEnd, out List<int> tiers)
    {
        tiers = [];
        int i = from;
        while (i < clauseEnd && tokens[i].Kind == TokenKind.Number && int.TryParse(tokens[i].Key, out int years) && years is > 0 and < 100)
        {
            tiers.Add(years);
            i++;
            if (TokenPatterns.At(tokens, i, "năm", "tuổi"))
            {
                i += 2;
                if (i < tokens.Length && tokens[i].Key == "đảng")
                {
                    i++;
                }
                else if (i + 1 < clauseEnd && tokens[i].Key is "," or "và" && tokens[i + 1].Kind == TokenKind.Number)
                {
                    // "Huy hiệu 65 năm, 55 năm tuổi và 50 năm tuổi Đảng": "tuổi" said again before the last years.
                    i++;
                    continue;
                }

                return i;
            }

            // "huy hiệu 60 tuổi Đảng", "28 đ/c 50 tuổi Đảng": the years with "năm" left out.
            if (TokenPatterns.At(tokens, i, "tuổi", "đảng"))
            {
                return i + 2;
            }

            if (i < clauseEnd && tokens[i].Key == "năm")
            {
                i++;
            }

            if (i < clauseEnd && tokens[i].Key is "," or "và")
            {
                i++;
            }
        }

        tiers.Clear();
        return null;
    }

    /// <summary>
    /// Recipients named by kind after an honour: counted (<c>cho 10 tập thể và 5 cá nhân</c>), or gathered without their own
    /// numbers (<c>cho 68 tập thể, cá nhân</c>, <c>cho các cá nhân và đơn vị</c>, <c>tặng các đồng chí lãnh đạo</c>).
    /// </summary>
    private static List<RecipientKind> RecipientKindsAfter(ReadOnlySpan<Token> tokens, string text, int from, int to, out List<AwardRecipients> counted, out int end, out bool gathered,
        bool partsApart = false, int listEnd = -1)
    {
        var kinds = new List<RecipientKind>();
        counted = [];
        end = from;
        gathered = false;
        for (int i = from; i < to; i++)
        {
            // "…, danh hiệu Tập thể LĐXS 11 đơn vị", "…; LĐTT cho 36 tập thể": the list goes on to emulation titles, which are no honours.
            // ("… và danh hiệu Chiến sĩ thi đua cho các tập thể và cá nhân" shares its recipients with the honour.)
            if (i > from && ((tokens[i - 1].Key is "," or ";" && TokenPatterns.At(tokens, i, "danh", "hiệu")) ||
                             (tokens[i - 1].Key is "," or ";" or "và" && Awards.EmulationTitles.StartsAt(tokens, i))))
            {
                break;
            }

            // "…, trong đó có hai đồng chí …": a part of the recipients counted before the honour, not its own recipients.
            // "… cho 11 cá nhân và tuyên dương 31 tập thể, 43 cá nhân": another verb of honouring starts another statement.
            if ((i > from && HonourStartsAt(tokens, i)) || Awards.PartOpeners.StartsAt(tokens, i) ||
                (i > from && tokens[i - 1].Key is "và" or "," && OtherHonouringStarts(tokens, i, to, recipientsRead: counted.Count > 0 || kinds.Count > 0)))
            {
                break;
            }

            // "… cho đồng chí A, … và kết nạp đảng viên cho 12 quần chúng ưu tú", "… và tặng quà cho các gia đình": another act.
            if (i > from && tokens[i - 1].Key is "và" or "," && AdmittingOrGivingAt(tokens, i, to))
            {
                break;
            }

            // "… cho Công an quận A vì đã phá nhanh vụ án giết hai người": after the recipients, "vì" opens the reason, whose counts
            // count no one honoured.
            if (tokens[i].Key is "vì" or "nhờ" && TokenPatterns.IndexOf(tokens, from, i, "cho") >= 0)
            {
                break;
            }

            // "cho 17 đảng viên, gồm: 1 đảng viên 60 năm tuổi Đảng, …": after a counted group, "gồm" opens its parts, not more
            // recipients; so does a bracket right after them ("cho 5 tập thể, 5 cá nhân (hạng Nhất 1 tập thể; …)").
            if (counted.Count > 0 && (tokens[i].Key == "gồm" || (tokens[i].Key == "(" && i == end) || TokenPatterns.At(tokens, i, "bao", "gồm")))
            {
                // "cho 3 tập thể gồm Cục A, Viện B và 1 cá nhân thuộc Phòng C": the counted group's members by name, then the next
                // group; the names are no recipients of their own.
                if (tokens[i].Key != "(" && CountedGroupAfterNames(tokens, text, i + 1, Math.Max(to, listEnd), counted) is int next)
                {
                    // A long list of names may take the next group past the usual window: it reaches as far as the names did.
                    to = Math.Max(to, Math.Min(Math.Max(to, listEnd), next + RecipientGroupLength));
                    i = next - 1;
                    continue;
                }

                break;
            }

            // "… cho 12 đảng viên và làm thủ tục cấp thẻ đảng viên cho 89 đảng viên": a clause of another act, with its own "cho".
            if (counted.Count > 0 && i == end && OtherActAfterList(tokens, text, i, to))
            {
                break;
            }

            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
            // "cho các đơn vị", "tặng các đồng chí": gathered recipients right after the giving word, not "của … các cơ quan".
            bool plural = (Awards.Plurals.TryMatch(tokens, i, out _, out int pluralLength) && (i == from || tokens[i - 1].Key is "cho" or "tặng" or "trao" or "thưởng")) ||
                          (i > 0 && tokens[i - 1].Key == "cho" && Awards.ManyAfterCho.TryMatch(tokens, i, out _, out pluralLength));
            // "cho tập thể, cá nhân có thành tích …", "cho cán bộ, chiến sĩ": kinds listed bare after "cho" gather their recipients as
            // "các" does ("cho tập thể Công an xã A" is one named body, which the recipient's name reads).
            bool bare = read == 0 && !plural && i > 0 && tokens[i - 1].Key == "cho" && RecipientNounsListedAt(tokens, i, to);
            if (read == 0 && !plural && !bare)
            {
                continue;
            }

            int k = i + (plural ? pluralLength : read);
            // "…, 34 Chiến sĩ thi đua cấp tỉnh, 16 tập thể lao động xuất sắc": further on in a list, a count of emulation titles.
            if (!plural && i > from && tokens[i - 1].Key is "," or ";" or "và" && Awards.EmulationTitles.StartsAt(tokens, k))
            {
                break;
            }

            var found = new List<RecipientKind>();
            while (k < to && RecipientNounAt(tokens, k, out var recipient, out int nounLength))
            {
                found.Add(recipient);
                k += nounLength;
                if (k < to && tokens[k].Key is "," or "và" && RecipientNounAt(tokens, k + 1, out _, out _))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (found.Count == 0)
            {
                continue;
            }

            // "… cho 3 nhà giáo Liệt sỹ 38 tập thể đạt danh hiệu …": a caption's line joined to the next for want of a full stop. Counted
            // groups of one list are joined by "và" or punctuation; a group counted right after another word opens another statement.
            if (read > 0 && counted.Count > 0 && i > end && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Key is not ("và" or "cùng" or "với" or "hoặc"))
            {
                break;
            }

            // "cho 65 đảng viên đang sinh hoạt tại 26 tổ chức cơ sở đảng", "… thuộc 12 chi bộ": where the recipients are members
            // or belong, counted, is no recipient of its own; nor when the recipients were named before the honour ("Những đảng
            // viên được trao Huy hiệu Đảng đợt này đang sinh hoạt ở 18 chi, đảng bộ"), though "cho thân nhân của 73 gia đình" are
            // the recipients.
            if (i > 0 && TokenPatterns.UnitLinks.Contains(tokens[i - 1].Key) && (counted.Count > 0 || tokens[i - 1].Key != "của"))
            {
                break;
            }

            // "…, 28 đảng viên được tặng Giấy khen": the group is the subject of the next honour, not a recipient of this one;
            // "…, 1 đồng chí 45 năm": nor is a group with a badge's years of its own, in a sentence of parts.
            // "… Huy hiệu 50 năm tuổi Đảng (1 đồng chí được truy tặng)": a bracketed aside on how some of them received it.
            if (ReceivesLater(tokens, k) || (partsApart && !plural && CountedYearsAt(tokens, text, i) is not null) ||
                (i > 0 && tokens[i - 1].Key == "(" && k < to && tokens[k].Key is "được" or "đã"))
            {
                break;
            }

            // "cho 15 cán bộ, chiến sĩ", "12 huấn luyện viên, vận động viên": nouns of one kind after one count are one group.
            if (!plural && !bare && found.TrueForAll(k => k == found[0]))
            {
                counted.Add(new AwardRecipients(found[0], count));
            }
            else
            {
                kinds.AddRange(found.Distinct());
                gathered |= plural || bare;
            }

            end = k;
            i = k - 1;
        }

        return kinds;
    }

    /// <summary>Where a counted group of recipients that ends at <paramref name="end"/> starts (<c>1 tập thể</c>, <c>12 cán bộ</c>), or null.</summary>
    private static int? CountedGroupEndingAt(ReadOnlySpan<Token> tokens, string text, int end, int floor)
    {
        for (int start = end - 2; start >= Math.Max(floor, end - 5); start--)
        {
            int read = TokenPatterns.ReadCount(tokens, text, start, out _, out _);
            if (read > 0 && RecipientNounAt(tokens, start + read, out _, out int length) && start + read + length == end)
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>
    /// The <c>gồm</c> that lists a counted group's members a few words after it (<c>cho 4 đảng viên đến dự lễ, gồm các đồng chí: …</c>),
    /// or null.
    /// </summary>
    private static int? IncludingAfter(ReadOnlySpan<Token> tokens, int from, int clauseEnd)
    {
        for (int k = from; k < Math.Min(clauseEnd, from + 8); k++)
        {
            if (tokens[k].Key == "gồm")
            {
                return k;
            }

            if (tokens[k].Kind == TokenKind.Number || (tokens[k].Kind != TokenKind.Word && tokens[k].Key != ","))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the next counted group starts after the names of a group already counted (<c>… gồm Cục A, Viện B và 1 cá nhân</c>):
    /// the count after a <c>và</c> or comma, followed by a kind not counted yet; null when the names are a group's parts (they open
    /// with a count: <c>gồm: 1 đảng viên 60 năm …</c>) or no such group follows.
    /// </summary>
    private static int? CountedGroupAfterNames(ReadOnlySpan<Token> tokens, string text, int from, int to, List<AwardRecipients> counted)
    {
        int first = from < to && tokens[from].Key == ":" ? from + 1 : from;
        if (first >= to || !tokens[first].IsCapitalized || TokenPatterns.ReadCount(tokens, text, first, out _, out _) > 0)
        {
            return null;
        }

        for (int k = first + 1; k + 1 < to; k++)
        {
            if (tokens[k].Key is not ("và" or ","))
            {
                continue;
            }

            int read = TokenPatterns.ReadCount(tokens, text, k + 1, out _, out _);
            if (read > 0 && RecipientNounAt(tokens, k + 1 + read, out var kind, out _) && !counted.Exists(c => c.Kind == kind))
            {
                return k + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// True when another act starts at <paramref name="at"/> after the recipients, one whose people receive nothing: admitting
    /// members (<c>… và kết nạp đảng viên cho 12 quần chúng ưu tú</c>) or giving what is no honour (<c>… và tặng quà cho các gia
    /// đình</c>). Unlike <see cref="OtherActAfterList"/> it needs no <c>cho</c> after it, as its verbs say what the act is.
    /// </summary>
    private static bool AdmittingOrGivingAt(ReadOnlySpan<Token> tokens, int at, int to)
    {
        if (TokenPatterns.At(tokens, at, "kết", "nạp") || TokenPatterns.At(tokens, at, "tổ", "chức", "kết", "nạp"))
        {
            return true;
        }

        // A gift is a lower-case noun after the verb: not an honour, a count, "cho" or a plural of recipients.
        return Awards.GiveVerbs.TryMatch(tokens, at, out _, out int verb) && at + verb < to && !HonourStartsAt(tokens, at + verb) &&
               tokens[at + verb].Kind == TokenKind.Word && !tokens[at + verb].IsCapitalized &&
               tokens[at + verb].Key is not ("cho" or "thưởng" or "các" or "những" or "mỗi");
    }

    /// <summary>
    /// True when a list of recipients ends at <paramref name="at"/> with <c>và</c> or a comma and a clause of another act, which
    /// gives to its own receivers: a lower-case word that is neither a count nor a recipient, then a <c>cho</c> before any count
    /// (<c>… và làm thủ tục cấp thẻ đảng viên cho 89 đảng viên</c>).
    /// </summary>
    private static bool OtherActAfterList(ReadOnlySpan<Token> tokens, string text, int at, int to)
    {
        if (at + 2 >= to || tokens[at].Key is not ("và" or ",") || tokens[at + 1].Kind != TokenKind.Word || tokens[at + 1].IsCapitalized ||
            tokens[at + 1].Key is "cho" or "các" or "những" || RecipientNounAt(tokens, at + 1, out _, out _))
        {
            return false;
        }

        for (int k = at + 2; k < Math.Min(to, at + 12); k++)
        {
            if (TokenPatterns.ReadCount(tokens, text, k, out _, out _) > 0 || tokens[k].Key is ";" or "." or "(")
            {
                return false;
            }

            if (tokens[k].Key == "cho")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Recipients gathered by kind without a number (<c>cho các tập thể, cá nhân</c>, <c>cho các đảng viên</c>): each kind with a
    /// null count. Party members whose names follow the group at <paramref name="end"/> (<c>cho các đảng viên A; B</c>, <c>cho
    /// các đồng chí: A, B</c>) are those people, who receive the honour by name instead.
    /// </summary>
    private static List<AwardRecipients> Uncounted(List<RecipientKind> kinds, ReadOnlySpan<Token> tokens, int end)
    {
        int at = end < tokens.Length && tokens[end].Key == ":" ? end + 1 : end;
        bool named = PersonNames.NameAt(tokens, at, introduced: true) > 0;
        return kinds.Where(k => !(named && k == RecipientKind.PartyMember)).Select(k => new AwardRecipients(k, null)).ToList();
    }

    /// <summary>
    /// The end of the clauses after <paramref name="clauseEnd"/> that only go on counting recipients, each after ";" with no verb or
    /// honour of its own: <c>tặng Giấy khen cho 15 tổ chức cơ sở đảng …; 120 đảng viên hoàn thành xuất sắc nhiệm vụ</c>.
    /// </summary>
    private static int CountedPartsReach(ReadOnlySpan<Token> tokens, string text, int clauseEnd)
    {
        int end = clauseEnd;
        while (end + 1 < tokens.Length && tokens[end].Key == ";")
        {
            int next = end + 1;
            int read = TokenPatterns.ReadCount(tokens, text, next, out _, out _);
            if (read == 0 || !RecipientNounAt(tokens, next + read, out _, out _))
            {
                break;
            }

            int nextEnd = TokenPatterns.ClauseEnd(tokens, next);
            for (int k = next; k < nextEnd; k++)
            {
                if (HonourStartsAt(tokens, k) || Awards.GiveVerbs.StartsAt(tokens, k) || Awards.ReceiveVerbs.StartsAt(tokens, k))
                {
                    return end;
                }
            }

            end = nextEnd;
        }

        return end;
    }

    /// <summary>Where the quotation that closes at <paramref name="k"/> opens (at most 40 words back), or <paramref name="k"/> itself.</summary>
    private static int QuoteOpening(ReadOnlySpan<Token> tokens, int k, int floor)
    {
        if (tokens[k].Key != "\"" || tokens[k].HasSpaceBefore)
        {
            return k;
        }

        for (int j = k - 1; j >= Math.Max(floor, k - 40); j--)
        {
            if (tokens[j].Key == "\"")
            {
                return j;
            }
        }

        return k;
    }

    /// <summary>
    /// True when the honour at <paramref name="i"/> names a ceremony that a clause opening with <c>tại</c> or <c>dự</c> sets the scene
    /// with (<c>Tại lễ trao Huy hiệu Đảng, …</c>, <c>Dự Lễ và trao tặng Huy hiệu Đảng có …</c>).
    /// </summary>
    private static bool CeremonySetting(ReadOnlySpan<Token> tokens, int i)
    {
        int k = i - 1;
        bool ceremony = false;
        while (k >= 0 && tokens[k].Key is "trao" or "tặng" or "đón" or "nhận" or "và" or "buổi" or "lễ")
        {
            ceremony |= tokens[k].Key == "lễ";
            k--;
        }

        return ceremony && k >= 0 && tokens[k].Key is "tại" or "dự" && (k == 0 || tokens[k - 1].Key is "," or ";" or "-" or "–");
    }

    /// <summary>
    /// True when the sentence opens by restating a badge ceremony's total and goes on to its parts (<c>Trong 55 đảng viên được
    /// trao tặng Huy hiệu Đảng có 1 đảng viên …</c>, <c>Trong tổng số 16 đảng viên được trao … có …</c>).
    /// </summary>
    private static bool RestatesBadgeTotal(ReadOnlySpan<Token> tokens) =>
        tokens.Length > 3 && tokens[0].Key == "trong" && (tokens[1].Kind == TokenKind.Number || TokenPatterns.At(tokens, 1, "tổng", "số")) &&
        Names(tokens, AwardKind.PartyBadge);

    /// <summary>True when the sentence names an honour of the given kind.</summary>
    private static bool Names(ReadOnlySpan<Token> tokens, AwardKind kind)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (Kinds.TryMatch(tokens, i, out var named, out _) && named == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A counted group right before the honour, the verb left out, as parts of a list are written (<c>…, 3 đảng viên huy hiệu 50 năm
    /// tuổi Đảng</c>): the group receives it.
    /// </summary>
    private static AwardRecipients? GroupRightBefore(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart)
    {
        for (int j = at - 1; j >= Math.Max(clauseStart + 2, at - 3); j--)
        {
            if (RecipientNounAt(tokens, j, out var kind, out int length) && j + length == at && tokens[j - 1].Kind == TokenKind.Number &&
                TokenPatterns.ReadCount(tokens, text, j - 1, out int count, out _) == 1 && count > 0 && tokens[j - 2].Key is "," or "và" or "có" or ":")
            {
                return new AwardRecipients(kind, count);
            }
        }

        return null;
    }

    /// <summary>
    /// True when a verb of receiving follows at <paramref name="from"/> (after <c>đều</c>, <c>cũng</c>, <c>đã</c>) and an honour soon
    /// after it: <c>… được Đảng ủy tặng Giấy khen</c>, <c>… vinh dự nhận Bằng khen</c>; or the group's own honour right after it.
    /// </summary>
    private static bool ReceivesLater(ReadOnlySpan<Token> tokens, int from)
    {
        int k = from;
        int nounEnd = from;
        // "…, 12 tập thể và 20 cá nhân được tặng Bằng khen": past the rest of the group.
        while (k < tokens.Length && k - from < 12)
        {
            if (RecipientNounAt(tokens, k, out _, out int noun))
            {
                k += noun;
                nounEnd = k;
            }
            else if (tokens[k].Key is "và" or "," || tokens[k].Kind == TokenKind.Number)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        while (k < tokens.Length && tokens[k].Key is "đều" or "cũng" or "đã")
        {
            k++;
        }

        // "…, 3 đảng viên huy hiệu 50 năm tuổi Đảng": in a list of parts the verb is left out and the group's own honour follows it.
        if (k == nounEnd && Kinds.StartsAt(tokens, k))
        {
            return true;
        }

        // "…; 3 tập thể đề nghị tặng Cờ thi đua": proposed for the next honour.
        if (k == nounEnd && ProposedFor(tokens, k))
        {
            return true;
        }

        if (!Awards.ReceiveVerbs.TryMatch(tokens, k, out _, out int length))
        {
            return false;
        }

        for (int i = k + length; i < Math.Min(tokens.Length, k + 12) && tokens[i].Key is not (";" or "."); i++)
        {
            if (Kinds.StartsAt(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun of recipients at <paramref name="i"/> (<c>tập thể</c>, <c>đảng viên</c>, <c>đơn vị</c>), maybe counted in turns:
    /// <c>125 lượt tập thể</c> counts the collectives, each time honoured.
    /// </summary>
    private static bool RecipientNounAt(ReadOnlySpan<Token> tokens, int i, out RecipientKind kind, out int length, bool badge = false)
    {
        int turns = i < tokens.Length && tokens[i].Key == "lượt" ? 1 : 0;
        // "4.288 trường hợp được … tặng Bằng khen": cases, of no stated kind, not schools; of a party badge ("38 trường hợp được truy
        // tặng Huy hiệu Đảng") they are party members.
        if (TokenPatterns.At(tokens, i + turns, "trường", "hợp"))
        {
            (kind, length) = badge ? (RecipientKind.PartyMember, turns + 2) : (default, 0);
            return badge;
        }

        bool found = RecipientNouns.TryMatch(tokens, i + turns, out kind, out length) || Awards.MoreRecipientNouns.TryMatch(tokens, i + turns, out kind, out length);
        length = found ? length + turns : 0;
        return found;
    }

    /// <summary>
    /// Where the clause of the honour at <paramref name="at"/> starts when another receiver, joined by <c>và</c> after an honour of
    /// their own, receives it: <c>đồng chí A nhận Huy hiệu 45 năm tuổi Đảng và đồng chí B nhận Huy hiệu 40 năm tuổi Đảng</c> gives
    /// the second badge to B alone. Otherwise <paramref name="clauseStart"/>.
    /// </summary>
    private static int JoinedReceiverStart(ReadOnlySpan<Token> tokens, int clauseStart, int at)
    {
        for (int j = at - 2; j > clauseStart; j--)
        {
            if (tokens[j].Key == "và" && PersonNames.IntroducerAt(tokens, j + 1) is int introducer and > 0 &&
                Awards.ReceiveVerbs.Find(tokens, j + 1 + introducer, at, out _, out _) >= 0 && HonourEndsAt(tokens, clauseStart, j))
            {
                return j + 1;
            }
        }

        return clauseStart;
    }

    /// <summary>An honour is the last thing named before <paramref name="end"/>, with no comma between (<c>… nhận Huy hiệu 45 năm tuổi
    /// Đảng và</c>, not <c>… Huân chương A, NSND B và</c>).</summary>
    private static bool HonourEndsAt(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int k = end - 1; k >= from; k--)
        {
            if (tokens[k].Key is "," or ":")
            {
                return false;
            }

            if (Kinds.StartsAt(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two recipient nouns or more, joined by a comma or <c>và</c>, from <paramref name="i"/> (<c>tập thể, cá nhân</c>).</summary>
    private static bool RecipientNounsListedAt(ReadOnlySpan<Token> tokens, int i, int to) =>
        RecipientNounAt(tokens, i, out _, out int length) && i + length + 1 < to && tokens[i + length].Key is "," or "và" &&
        RecipientNounAt(tokens, i + length + 1, out _, out _);

    /// <summary>True when "và", "cùng" or a comma followed by a person's introducer comes within <paramref name="reach"/> tokens of <paramref name="at"/>.</summary>
    private static bool NextIntroducedWithin(ReadOnlySpan<Token> tokens, int at, int end, int reach)
    {
        for (int k = Math.Max(0, at - 1); k < Math.Min(end, at + reach); k++)
        {
            // "cho ông A, nguyên Chủ tịch … tỉnh B (nay thuộc tỉnh C) và bà D, …": an aside in brackets takes none of the reach.
            if (tokens[k].Key == "(" && TokenPatterns.IndexOf(tokens, k, end, ")") is int close and > 0)
            {
                reach += close - k + 1;
                k = close;
                continue;
            }

            if (tokens[k].Key is ";" or "." or "(")
            {
                return false;
            }

            if (tokens[k].Key is "và" or "cùng" or "," && k + 1 < end && PersonNames.IntroducerAt(tokens, k + 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// People named after "cho" (or right after the honour): "cho nguyên Thủ tướng A", "cho các ông A, B và C",
    /// "cho hai lão thành cách mạng A (90 tuổi, …) và B (88 tuổi, …)". Each name once, as written.
    /// </summary>
    private static List<string> NamesAfter(ExtractionContext context, ReadOnlySpan<Token> tokens, string text, int from, int clauseEnd, Dictionary<string, string>? perName = null)
    {
        var names = new List<string>();
        // "trao Huy chương … truy tặng liệt sĩ A cho chị B, vợ liệt sĩ, tiếp nhận": the person the verb right after the honour gives
        // it to receives it; the one after "cho" takes it on their behalf.
        int cho = from + 1 < clauseEnd && !tokens[from].IsCapitalized && Awards.GiveVerbs.TryMatch(tokens, from, out _, out int givenTo) &&
                  PersonGivenTo(tokens, from + givenTo, clauseEnd)
            ? from + givenTo - 1
            : RecipientOpenerAfter(tokens, from, clauseEnd);
        // "trao tặng Huy hiệu 50 năm tuổi Đảng đến đồng chí A": "đến" before a person introduced opens the recipient as "cho" does.
        // So does "đến" before a person named after posts ("… đến nguyên Phó Chủ tịch nước A").
        if (cho < 0 && TokenPatterns.IndexOf(tokens, from, Math.Min(clauseEnd, from + 8), "đến") is int to and >= 0 &&
            ((PersonNames.IntroducerAt(tokens, to + 1) is int person and > 0 && PersonNames.NameAt(tokens, to + 1 + person, introduced: true) > 0) ||
             (to + 1 < clauseEnd && OfficialExtractor.NameAfterTitles(context, tokens, text, to + 1) is not null)))
        {
            cho = to;
        }

        // "trao Huy hiệu Đảng tại nhà các đồng chí A (Huy hiệu 65 năm tuổi Đảng); B (…)": the badge is brought to the people at home.
        bool homes = false;
        if (cho < 0 && from + 2 < clauseEnd && TokenPatterns.At(tokens, from, "tại", "nhà"))
        {
            int people = from + 2 + (Awards.Plurals.TryMatch(tokens, from + 2, out _, out int plural) ? plural : 0);
            if (PersonNames.IntroducerAt(tokens, people) is int introducer and > 0 && PersonNames.NameAt(tokens, people + introducer, introduced: true) > 0)
            {
                cho = from + 1;
                homes = people > from + 2;
            }
        }

        // "… tặng nguyên Phó Thủ tướng A", "… gồm A; B": other words that open the recipients, right after the honour.
        int opener = 0;
        if (cho < 0 && from < clauseEnd && Awards.RecipientOpeners.TryMatch(tokens, from, out _, out int openerLength))
        {
            cho = from + openerLength - 1;
            opener = openerLength;
        }
        else if (cho < 0 && from + 2 < clauseEnd && tokens[from].Key == "được" && Awards.GiveVerbs.TryMatch(tokens, from + 1, out _, out int giveLength) &&
                 PersonNames.IntroducerAt(tokens, from + 1 + giveLength) > 0)
        {
            // "Huân chương Quân công hạng Nhất được trao tặng Đại tướng A, Bộ trưởng …; Đại tướng B, …": the passive's recipients.
            cho = from + giveLength;
            opener = 1 + giveLength;
        }
        else if (cho < 0 && from + 1 < clauseEnd && tokens[from].Key == "có" && PersonNames.IntroducerAt(tokens, from + 1) > 0 &&
                 TokenPatterns.IndexOf(tokens, 0, from, "dự") < 0)
        {
            // (Not "Đến dự và trao Huy hiệu Đảng có đồng chí A, …": those who attend and present it.)
            // "đón nhận Huân chương Quân công hạng Nhất có Đại tướng A, Bộ trưởng …; Đại tướng B, …": those who received it, listed.
            cho = from;
            opener = 1;
        }

        if (cho < 0 && PersonNames.IntroducerAt(tokens, from) == 0)
        {
            return names;
        }

        int i = cho >= 0 ? cho + 1 : from;
        // "cho các đồng chí A, B, C": a plural introducer introduces every name of its list, bare ones too.
        bool pluralList = Awards.Plurals.TryMatch(tokens, i, out _, out int pluralLength) && PersonNames.IntroducerAt(tokens, i + pluralLength) > 0;
        // Up to the ";" that ends the clause, which may continue the list.
        int end = Math.Min(Math.Min(tokens.Length, clauseEnd + 1), i + 40);
        int sinceName = 0;
        // "gồm A; B; C" lists like a colon; so do the homes of several people.
        bool colon = homes || (opener > 0 && tokens[from].Key is "gồm" or "bao" or "có");
        // "cho bà A, sinh hoạt tại Đảng bộ xã B và ông C, …": an aside about a person may run past ten words when the next
        // person is introduced after it.
        // After a colon each item's titles may run long ("cho các đồng chí: A - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh X;
        // B - …"): the list goes on to its ";".
        for (; i < end && (sinceName < 10 || (sinceName < 16 && names.Count > 0 && NextIntroducedWithin(tokens, i, end, 16 - sinceName)) ||
                           (colon && names.Count > 0 && sinceName < 30)); i++)
        {
            var token = tokens[i];
            colon |= token.Key == ":";
            // "cho các đồng chí: A, nguyên …; B, nguyên …", "cho đồng chí A, …; đồng chí B, …": the list goes on across ";".
            if (token.Key == ";" && names.Count > 0 && NameFollows(tokens, i + 1, colon))
            {
                end = Math.Min(tokens.Length, Math.Max(end, i + 40));
                sinceName = 0;
                continue;
            }

            if (HonourStartsAt(tokens, i) || DetailOpeners.StartsAt(tokens, i) || token.Key is ";" or "." || (names.Count > 0 && token.Key == "cho"))
            {
                break;
            }

            // "cho ông A, Hiệu trưởng Trường THPT chuyên B; bà C, Phó Hiệu trưởng Trường Tiểu học D (TP E) và bà F, …": a person's
            // titles that fill the item up to its ";", an aside in brackets or the next person introduced are passed over whole,
            // however long, as the officials read them.
            // So are titles set off by a dash ("cho đồng chí A - nguyên Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ và đồng chí B - …").
            if (token.Key is "," or "-" or "–" && names.Count > 0 && sinceName == 0 && OfficialExtractor.TitlesEnd(context, tokens, text, i) is int titlesEnd &&
                titlesEnd < end && (tokens[titlesEnd].Key is ";" or "(" || (tokens[titlesEnd].Key == "và" && PersonNames.IntroducerAt(tokens, titlesEnd + 1) > 0)))
            {
                i = titlesEnd - 1;
                continue;
            }

            // "(90 tuổi, thuộc Đảng bộ quận A)": an aside about the person.
            if (token.Key == "(")
            {
                int close = TokenPatterns.IndexOf(tokens, i, end, ")");
                // "A (Huy hiệu 65 năm tuổi Đảng); B (Huy hiệu 60 năm tuổi Đảng)": the years of the badge this person receives.
                int term = i + 1 + (Kinds.TryMatch(tokens, i + 1, out var bracketed, out int named) && bracketed == AwardKind.PartyBadge ? named : 0);
                if (close > term && names.Count > 0 && BadgeTiers(tokens, term, close, out var tier) == close && tier.Count == 1)
                {
                    perName?.TryAdd(names[^1], text[tokens[term].Span.Start..tokens[close - 1].Span.End]);
                }

                i = close < 0 ? end : close;
                // "cho Thượng tướng A (NLĐ)- Sáng 9-4, tại …": after the aside the list goes on only with "," or "và"; anything else
                // (an outlet's tag and the lead glued to a headline) ends it.
                if (names.Count > 0 && (i + 1 >= end || tokens[i + 1].Key is not ("," or "và" or ";")))
                {
                    break;
                }

                continue;
            }

            int intro = PersonNames.IntroducerAt(tokens, i);
            int length = intro > 0 ? PersonNames.NameAt(tokens, i + intro, introduced: true) : 0;
            int at = i + intro;
            // "cho Giám đốc Công ty Xây dựng A Trần Văn B": a person named after a chain of titles, however long, read as the
            // officials are (a body named after a person stays in the title: "cho Hiệu trưởng Trường THPT Nguyễn Trãi").
            if (length == 0 && OfficialExtractor.NameAfterTitles(context, tokens, text, i) is var (titled, titledLength) && titled + titledLength <= end &&
                !(cho >= 0 && names.Count == 0 && InBodyName(tokens, cho + 1, titled, end)))
            {
                // "Đến dự và trao Huy hiệu Đảng cho đồng chí A, Phó Bí thư Thành ủy B trân trọng ghi nhận …": a person named after
                // titles, after the recipients and before a verb, is the subject of the sentence's main clause.
                int next = titled + titledLength;
                if (names.Count > 0 && tokens[i - 1].Key == "," && next < tokens.Length && tokens[next].Kind == TokenKind.Word &&
                    !tokens[next].IsCapitalized && tokens[next].Key != "và")
                {
                    break;
                }

                (at, length) = (titled, titledLength);
            }
            else if (length == 0)
            {
                at = i;
                length = PersonNames.NameAt(tokens, i, introduced: names.Count > 0 && i > 0 && tokens[i - 1].Key is "," or "và" or ";");
                // A place is not a person: "tỉnh Hà Giang", "Đảng bộ huyện Lâm Hà", "tổ dân phố Hà Trung"; nor is a body's namesake ("cho Trường THPT
                // Nguyễn Trãi", "cho ông A, Hiệu trưởng Trường Tiểu học Kim Đồng").
                if (length > 0 && i > 0 && (Officials.UnitLevels.EndsBefore(tokens, i, 3) || (tokens[i - 1].IsCapitalized && !Officials.Positions.StartsAt(tokens, i - 1) && !IsTitleWord(tokens, i - 1)) ||
                    OfficialExtractor.AfterNamingHead(tokens, i) ||
                    (cho >= 0 && names.Count == 0 && InBodyName(tokens, cho + 1, i, end)) ||
                    // "…, học sinh lớp 7A3, Trường Trung học cơ sở A": a body whose head reads like a family name (Trường) and whose
                    // name goes on in lower case ("Trung học") where a person's would not.
                    (length >= 2 && i + length < tokens.Length && !tokens[i + length].IsCapitalized &&
                     Officials.BodyCompounds.TryMatch(tokens, i + length - 1, out _, out int compound) && compound == 2)))
                {
                    length = 0;
                }
            }

            if (length == 0)
            {
                sinceName++;
                continue;
            }

            length = TrimOpener(tokens, at, length);
            string name = PersonNames.Normalize(tokens, text, at, length);
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            i = at + length - 1;
            sinceName = 0;
            // "A, 80 năm tuổi Đảng; B, 75 năm tuổi Đảng": the years of the badge this person receives.
            if (i + 2 < end && tokens[i + 1].Key == "," && BadgeTiers(tokens, i + 2, end, out var years) is int yearsEnd && years.Count == 1)
            {
                perName?.TryAdd(name, text[tokens[i + 2].Span.Start..tokens[yearsEnd - 1].Span.End]);
                i = yearsEnd - 1;
                if (i + 1 >= end || tokens[i + 1].Key != ";")
                {
                    break;
                }

                continue;
            }

            // A list goes on after "," or "và" (or an aside in brackets); anything else ends it. After a colon a dash may open the
            // person's posts too ("cho các đồng chí: A - Phó Chủ tịch UBND tỉnh; B - Chánh Văn phòng …"), and so may it anywhere when
            // the next person is introduced right after the posts ("cho đồng chí A - nguyên Phó Thủ tướng và đồng chí B - …").
            if (i + 1 >= end || (tokens[i + 1].Key is not ("," or "và" or "(") && !(tokens[i + 1].Key == ";" && NameFollows(tokens, i + 2, colon)) &&
                                 !(tokens[i + 1].Key is "-" or "–" && (colon || PersonAfterTitles(context, tokens, text, i + 1, end, pluralList)))))
            {
                break;
            }
        }

        return names;
    }

    /// <summary>
    /// True when the titles set off at <paramref name="at"/> (a dash or a comma after a name) end where another person is introduced
    /// after <c>và</c> or a comma, before <paramref name="end"/>; in a list a plural introducer opened (<paramref name="bareNames"/>:
    /// <c>cho các đồng chí A - Phó Chủ tịch Quốc hội, B, C</c>) a bare name goes on with it too.
    /// </summary>
    private static bool PersonAfterTitles(ExtractionContext context, ReadOnlySpan<Token> tokens, string text, int at, int end, bool bareNames) =>
        OfficialExtractor.TitlesEnd(context, tokens, text, at) is int titlesEnd && titlesEnd + 1 < end && tokens[titlesEnd].Key is "và" or "," &&
        (PersonNames.IntroducerAt(tokens, titlesEnd + 1) > 0 || (bareNames && PersonNames.NameAt(tokens, titlesEnd + 1, introduced: true) > 0));

    /// <summary>
    /// True when the clause at <paramref name="at"/> continues a list of recipients: it opens with a person (introduced, or bare in a
    /// list opened by a colon) and names no honour of its own.
    /// </summary>
    private static bool NameFollows(ReadOnlySpan<Token> tokens, int at, bool colon)
    {
        int intro = PersonNames.IntroducerAt(tokens, at);
        int from = at;
        // "cho các đảng viên A, chi bộ X; Trần Thị B, chi bộ Y; …": a bare name with an aside of its own, as the items before it.
        bool bareItem = intro == 0 && PersonNames.NameAt(tokens, at, introduced: false) is int bare and > 0 && at + bare < tokens.Length &&
                        tokens[at + bare].Key == "," && !PersonNames.StartsTitle(tokens, at);
        if ((intro == 0 && !colon && !bareItem) || PersonNames.NameAt(tokens, at + intro, introduced: true) == 0 || PersonNames.StartsTitle(tokens, at + intro))
        {
            // "gồm nguyên Bí thư Huyện ủy A; nguyên Trưởng ban B": in a list opened by a colon, a post may come before each name.
            int named = -1;
            for (int k = at; colon && named < 0 && k < Math.Min(tokens.Length, at + 10) && tokens[k].Key is not (";" or "." or ","); k++)
            {
                if (k > at && PersonNames.NameAt(tokens, k, introduced: false) > 0 && (IsTitleWord(tokens, k - 1) || tokens[k - 1].Key is "nguyên" or "cố"))
                {
                    named = k;
                }
            }

            if (named < 0 || !(Officials.Positions.StartsAt(tokens, at) || Officials.FormerMarkers.StartsAt(tokens, at)))
            {
                return false;
            }

            from = named;
        }

        // "B, 60 năm tuổi Đảng": the years after the name belong to the listed person, not to an honour of the clause's own.
        int nameEnd = from + PersonNames.IntroducerAt(tokens, from);
        nameEnd += PersonNames.NameAt(tokens, nameEnd, introduced: true);
        // So do they in brackets: "B (Huy hiệu 60 năm tuổi Đảng)".
        int check = nameEnd + 1 < tokens.Length && tokens[nameEnd].Key == "," && BadgeTiers(tokens, nameEnd + 1, tokens.Length, out _) is int yearsEnd ? yearsEnd
            : nameEnd < tokens.Length && tokens[nameEnd].Key == "(" && TokenPatterns.IndexOf(tokens, nameEnd, Math.Min(tokens.Length, nameEnd + 10), ")") is int close and > 0 ? close + 1
            : at;
        for (int k = check; k < TokenPatterns.ClauseEnd(tokens, at); k++)
        {
            if (HonourStartsAt(tokens, k) || Awards.ReceiveVerbs.StartsAt(tokens, k) || Awards.GiveVerbs.StartsAt(tokens, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name glued to the next sentence by a lost line break ("Nguyễn Văn Trân Cùng dự có …"): the capitalised word that
    /// opens a sentence is not part of the name.
    /// </summary>
    private static int TrimOpener(ReadOnlySpan<Token> tokens, int at, int length) =>
        length >= 3 && Awards.SentenceOpeners.Contains(tokens[at + length - 1].Key) &&
        // "đồng chí Trương Quang Được – nguyên …": a word right before punctuation ends the name; it opens nothing.
        !(at + length == tokens.Length || tokens[at + length].Kind == TokenKind.Punctuation) ? length - 1 : length;

    /// <summary>True when the capitalised word at <paramref name="i"/> ends a post or a body ("Thủ tướng", "Bí thư Trung ương Đảng").</summary>
    private static bool IsTitleWord(ReadOnlySpan<Token> tokens, int i)
    {
        for (int k = Math.Max(0, i - 6); k <= i; k++)
        {
            if (Officials.Positions.TryMatch(tokens, k, out _, out int length) && k + length > i - 4)
            {
                return true;
            }
        }

        // "UBND xã Phùng Nguyên tổ chức …": with no post before it, a unit's level is followed by the unit's name, not a person's.
        return tokens[i].Kind == TokenKind.Abbreviation || (Officials.BodyWords.Contains(tokens[i].Key) && !Officials.UnitLevels.StartsAt(tokens, i));
    }

    private static List<Award> Read(ExtractionContext context, Source source, ReadOnlySpan<Token> tokens, int at, AwardKind kind, int kindLength,
        int clauseStart, int clauseEnd, out int readTo, Member member)
    {
        string text = source.Text;
        int after = member.After;
        readTo = after;
        string? detail = member.Detail;
        List<int> tiers = [];
        if (kind == AwardKind.PartyBadge)
        {
            BadgeTiers(tokens, at + kindLength, clauseEnd, out tiers);
        }

        // "hai đồng chí được nhận Huy hiệu 80 năm tuổi Đảng gồm A; B": the people listed after the honour are its recipients, one
        // record each, and the count before it only says how many they are.
        var perName = new Dictionary<string, string>(StringComparer.Ordinal);
        // Not when the count is the honour statement's own ("6 cá nhân được tặng Bằng khen gồm: A; B; …"): then it is the record, and
        // the names only say who they are; only a part of a total ("trong đó có hai đồng chí được nhận … gồm A; B") is told by name.
        bool namesOfPart = PartOpenedBefore(tokens, at);
        bool listOfCountedBefore = ListOfCountedBefore(tokens, clauseStart, at, after);
        var listed = after < clauseEnd && Awards.RecipientOpeners.TryMatch(tokens, after, out _, out _) && tokens[after].Key is "gồm" or "bao" &&
                     (namesOfPart || !listOfCountedBefore)
            ? NamesAfter(context, tokens, text, after, clauseEnd, perName)
            : [];

        // "cho 10 tập thể", "cho hai tập thể và năm cá nhân", "cho 68 tập thể, cá nhân" (no count of each), "cho các đơn vị".
        int reach = CountedPartsReach(tokens, text, clauseEnd);
        // "48 đảng viên được nhận Huy hiệu Đảng, gồm: 1 đảng viên 65 năm …": the recipients were counted before; what follows are parts.
        bool countedBefore = kind == AwardKind.PartyBadge && listed.Count == 0 && listOfCountedBefore;
        var kinds = RecipientKindsAfter(tokens, text, after, listed.Count > 0 || countedBefore ? after : reach > clauseEnd ? reach : Math.Min(clauseEnd, after + RecipientWindow),
            // "… trong đó 4 đồng chí nhận huy hiệu 60 tuổi Đảng, 1 đồng chí 55 tuổi Đảng, …": after "trong đó" in the total's own sentence
            // the groups with years of their own are not this part's recipients (nor records: such a breakdown is none).
            out var recipients, out int lastRecipient, out bool gathered, source.Parts || PartOpenedBefore(tokens, after), clauseEnd);
        if (recipients.Count == 0)
        {
            recipients = Uncounted(kinds, tokens, lastRecipient);
        }

        // "trong đó, Huy hiệu 70 năm tuổi Đảng cho 4 đảng viên, gồm các đồng chí: A, …; B, C, D": a part's holders named after their
        // count receive it by name, as when "gồm" follows the badge (train vr69). A count of the whole statement ("trao Huy hiệu 70
        // năm tuổi Đảng cho 4 đảng viên, gồm …") is its record, the names saying only who they are.
        if (kind == AwardKind.PartyBadge && namesOfPart && listed.Count == 0 && recipients is [{ Count: int holders and >= 2 }] &&
            IncludingAfter(tokens, lastRecipient, clauseEnd) is int including &&
            NamesAfter(context, tokens, text, including, clauseEnd, perName) is { } holdersNamed && holdersNamed.Count == holders)
        {
            (listed, recipients) = (holdersNamed, []);
        }

        List<AwardRecipients>? sharing = null;
        // Before: "243 đảng viên được trao tặng Huy hiệu Đảng", "10 tập thể và 28 cá nhân được khen thưởng", "114 đơn vị … được nhận bằng khen",
        // "320 nhà giáo được Sở A tặng …". A person named with the counted ones ("đồng chí A và 6 đảng viên được nhận …") has a record of
        // their own.
        var alsoNamed = new List<string>();
        if (recipients.Any(r => r.Count is not null) && BodyBeforeCounts(tokens, text, after, clauseEnd) is string body)
        {
            alsoNamed.Add(body);
        }

        if (recipients.Count == 0 && listed.Count == 0)
        {
            // "… được tặng", or a verb of receiving: "6 tập thể và 10 cá nhân vinh dự nhận Bằng khen".
            int passive = ReceivingBefore(tokens, at, clauseStart);

            // Only a badge with its years is a part written this way ("… và 25 đảng viên huy hiệu Đảng" are guests who hold one).
            if (kind == AwardKind.PartyBadge && detail is not null && GroupRightBefore(tokens, text, at, clauseStart) is AwardRecipients group)
            {
                recipients.Add(group);
            }
            else if (passive >= 0)
            {
                // ("Nhiều tập thể, cá nhân được …" gathers them, as "cho các tập thể, cá nhân" does.)
                gathered |= CountedBeforePassive(tokens, text, clauseStart, passive, recipients, alsoNamed, badge: kind == AwardKind.PartyBadge);
                // "1.799 đảng viên được trao tặng và 14 đảng viên được truy tặng Huy hiệu Đảng": an earlier group with a passive of its
                // own shares the honour, as a statement of its own.
                if (recipients.Count > 0 && SharedHonourPassiveBefore(tokens, clauseStart, passive) is int earlier)
                {
                    _ = CountedBeforePassive(tokens, text, clauseStart, earlier, sharing = [], [], badge: kind == AwardKind.PartyBadge);
                }
            }
        }

        readTo = Math.Max(lastRecipient, after);
        var names = listed;
        if (recipients.Count == 0 && names.Count == 0)
        {
            names = NamesAfter(context, tokens, text, after, clauseEnd, perName);
            // "cho Trường Tiểu học A và cô giáo B": a body named before the people is a recipient too.
            if (names.Count > 0 && BodyBeforeCounts(tokens, text, after, clauseEnd, counts: false) is string firstBody && !names.Contains(firstBody))
            {
                names.Insert(0, firstBody);
            }

            if (names.Count == 0)
            {
                names = BodiesAndPeopleBefore(tokens, text, at, clauseStart);
            }

            if (names.Count == 0)
            {
                names = ReceiversListedBefore(tokens, text, at, clauseStart);
            }

            // "UBND xã A tổ chức Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS B": a body named right after the honour received
            // receives it, not the host before the verb (NamedRecipient reads it).
            if (names.Count == 0 && !BodyAfterHonourReceived(tokens, at, after, clauseEnd) &&
                (NameBetweenVerbAndAward(tokens, text, clauseStart, at, context, source.SentenceIndex) ?? ReceiverBefore(context, source.SentenceIndex, tokens, text, at, clauseStart, source.Previous)) is string receiver)
            {
                // "Ông A và bà B được Chủ tịch nước tặng thưởng …": the people joined to the receiver receive it too.
                names.AddRange(WithJoined(tokens, text, receiver, clauseStart, at));
            }

            // "tặng Huân chương Lao động hạng Nhì cho Liên hiệp các Hội A; Hội B và Hội C": bodies listed after "cho", one record each.
            if (names.Count == 0 && TokenPatterns.IndexOf(tokens, after, Math.Min(clauseEnd, Math.Max(after + 3, PastMoney(tokens, after, clauseEnd) + 1)), "cho") is int cho and >= 0 &&
                BodiesListedAfter(tokens, text, cho + 1, open: true) is { } bodiesListed)
            {
                names = bodiesListed;
            }

            if (names.Count == 0 && NamedRecipient(context, source.SentenceIndex, tokens, text, at, after, clauseStart, clauseEnd) is string named)
            {
                names.AddRange(WithJoined(tokens, text, named, clauseStart, at));
            }

            if (names.Count == 0 && ReceiveVerbBefore(tokens, at, clauseStart) >= 0)
            {
                names = ReceiversNamedAfter(tokens, text, after, clauseEnd);
            }
        }

        if (recipients.Count == 0 && names.Count == 0)
        {
            return [];
        }

        // "đề nghị UBND tỉnh tặng Bằng khen cho …, và Cờ thi đua cho …": the proposal covers the whole list.
        bool proposed = Proposed(tokens, clauseStart, at) || ProposedList(tokens, clauseStart);
        detail ??= Detail(tokens, text, Math.Max(after, lastRecipient), clauseEnd);
        var evidence = source.Evidence;
        string? grantor = Grantor(tokens, text, at, clauseStart, clauseEnd, after);
        var status = proposed ? AwardStatus.Proposed : AwardStatus.Awarded;
        // "có 1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, đó là đồng chí A (sinh năm 1933)": the counted one named right after the
        // honour is its named recipient; so are the counted ones of a part ("trong đó có 2 đồng chí … là A và B"). Several counted by
        // the statement itself ("cho 3 cá nhân gồm: A, B và C") are its count, the names saying only who they are.
        if (names.Count == 0 && recipients is [{ Count: int howMany and > 0 }] && (howMany == 1 || namesOfPart) &&
            NamesAfterThatIs(tokens, text, Math.Max(after, lastRecipient), recipients[0].Kind is RecipientKind.Collective or RecipientKind.PartyOrganization) is { } thoseNamed &&
            thoseNamed.Count == howMany)
        {
            names = thoseNamed;
            recipients = [];
        }

        if (names.Count == 0)
        {
            if (recipients.All(r => r.Count is null) && GeneralStatement(tokens, clauseStart, at))
            {
                return [];
            }

            double confidence = recipients.All(r => r.Count is null) && gathered ? GatheredConfidence : 0.85;
            var counted = new List<Award> { new() { Kind = kind, Detail = detail, Recipients = recipients, Grantor = grantor, Status = status, Evidence = evidence, Confidence = confidence } };
            if (sharing is { Count: > 0 })
            {
                counted.Insert(0, counted[0] with { Recipients = sharing });
            }

            foreach (string person in alsoNamed)
            {
                counted.Add(new Award { Kind = kind, Detail = detail, RecipientName = person, Grantor = grantor, Status = status, Evidence = evidence, Confidence = 0.7 });
            }

            return counted;
        }

        // "Huy hiệu 50 năm, 45 năm và 30 năm tuổi Đảng cho các ông A, B và C": read distributively; "A nhận Huy hiệu 45 năm và 50 năm
        // tuổi Đảng": one person's two badges; "cho các đồng chí: A, 70 năm tuổi Đảng; B, 60 năm tuổi Đảng": each name's own years.
        var awards = new List<Award>();
        for (int n = 0; n < names.Count; n++)
        {
            if (names.Count == 1 && tiers.Count > 1)
            {
                foreach (int years in tiers)
                {
                    awards.Add(new Award { Kind = kind, Detail = $"{years} năm tuổi Đảng", RecipientName = names[n], Grantor = grantor, Status = status, Evidence = evidence, Confidence = 0.7 });
                }

                continue;
            }

            string? own = perName.TryGetValue(names[n], out string? stated) ? stated : tiers.Count == names.Count && names.Count > 1 ? $"{tiers[n]} năm tuổi Đảng" : detail;
            awards.Add(new Award { Kind = kind, Detail = own, RecipientName = names[n], Grantor = grantor, Status = status, Evidence = evidence, Confidence = 0.7 });
        }

        return awards;
    }

    /// <summary>
    /// Names listed one after another from <paramref name="at"/>, introduced or bare, each maybe followed by a bracketed aside,
    /// joined by commas and a last <c>và</c>, up to the clause's end; null unless every item is a name.
    /// </summary>
    private static List<string>? NamesListedAfter(ReadOnlySpan<Token> tokens, string text, int at)
    {
        var names = new List<string>();
        int i = at;
        while (i < tokens.Length)
        {
            int intro = PersonNames.IntroducerAt(tokens, i);
            int length = PersonNames.NameAt(tokens, i + intro, introduced: true);
            if (length == 0)
            {
                return null;
            }

            names.Add(PersonNames.Normalize(tokens, text, i + intro, length));
            i += intro + length;
            if (i < tokens.Length && tokens[i].Key == "(")
            {
                int close = TokenPatterns.IndexOf(tokens, i, Math.Min(tokens.Length, i + 60), ")");
                if (close < 0)
                {
                    return null;
                }

                i = close + 1;
            }

            if (i >= tokens.Length || tokens[i].Key == "." || (tokens[i].Key == ";" && PersonNames.IntroducerAt(tokens, i + 1) == 0))
            {
                break;
            }

            // "gồm: ông A (SN 1909, …); ông B (SN 1905, …)": introduced items may be set off by semicolons.
            if (tokens[i].Key is not ("," or "và" or ";"))
            {
                return null;
            }

            i++;
        }

        return names.Count > 1 ? names : null;
    }

    /// <summary>Words that end a listed body's name and the list: what is said of the bodies follows (<c>… Trường B có nhiều thí sinh …</c>).</summary>
    private static readonly IReadOnlySet<string> ListedBodyEnds = new HashSet<string>(StringComparer.Ordinal)
        { "có", "đã", "được", "đạt", "là", "tại", "trong", "với", "để", "nhằm", "về" };

    /// <summary>
    /// Bodies listed one after another from <paramref name="at"/>, joined by commas, semicolons and a last <c>và</c>, up to the
    /// sentence's end; null unless every item is a body's name. A <c>và</c> inside a name (<c>Sở Giáo dục và Đào tạo</c>) joins
    /// two items only when a body's head noun follows it. An <paramref name="open"/> list (<c>tặng Huân chương Lao động hạng Nhì
    /// cho Liên hiệp các Hội A; Hội B và Hội C; tặng …</c>) may also hold people introduced by name, and ends at a reason, another
    /// honour, or a semicolon that no body or person follows. It needs <paramref name="least"/> items (two: one body alone is no list),
    /// and, <paramref name="clauseOnly"/>, at the clause's semicolon too.
    /// </summary>
    private static List<string>? BodiesListedAfter(ReadOnlySpan<Token> tokens, string text, int at, bool open = false, int least = 2, bool clauseOnly = false)
    {
        int limit = TokenPatterns.IndexOf(tokens, at, tokens.Length, ".") is int stop and >= 0 ? stop : tokens.Length;
        limit = clauseOnly && TokenPatterns.IndexOf(tokens, at, limit, ";") is int clauseStop and >= 0 ? clauseStop : limit;
        var items = new List<string>();
        int i = at;
        while (i < limit)
        {
            if (open && PersonNames.IntroducedAt(tokens, text, i, out int nameEnd) is string person)
            {
                // "…; bà A, Chủ tịch Hội B; ông C": a person's apposition runs to the next semicolon.
                items.Add(person);
                i = TokenPatterns.IndexOf(tokens, nameEnd, limit, ";") is int next and >= 0 ? next + 1 : limit;
                continue;
            }

            if (!BodyStartsAt(tokens, i))
            {
                return open && items.Count > 1 && tokens[i - 1].Key == ";" ? items : null;
            }

            int end = i + 1;
            while (end < limit && tokens[end].Key is not ("," or ";") && !(tokens[end].Key == "và" && end + 1 < limit && (BodyStartsAt(tokens, end + 1) ||
                   (open && PersonNames.IntroducerAt(tokens, end + 1) > 0))) && !DetailOpeners.StartsAt(tokens, end) && !HonourStartsAt(tokens, end) &&
                   !ListedBodyEnds.Contains(tokens[end].Key))
            {
                if (!(tokens[end].IsWordLike || tokens[end].Kind == TokenKind.Number || tokens[end].Key is "-" or "&") || end - i >= 16 ||
                    (open && VerbIn(tokens, end, end + 1)))
                {
                    return null;
                }

                end++;
            }

            items.Add(text[tokens[i].Span.Start..tokens[end - 1].Span.End]);
            if (end < limit && tokens[end].Key is not ("," or ";" or "và"))
            {
                // A reason ("vì …"), what is said of the bodies ("… có nhiều thí sinh …") or another honour ends the list.
                return (open || ListedBodyEnds.Contains(tokens[end].Key) || DetailOpeners.StartsAt(tokens, end)) && items.Count >= least ? items : null;
            }

            i = end < limit ? end + 1 : end;
        }

        return items.Count >= least ? items : null;
    }

    /// <summary>
    /// The people named right after an honour with <c>(, ) đó là</c> or <c>là</c>, each introduced (<c>…, đó là đồng chí A (sinh năm
    /// 1933) ở Chi bộ B</c>, <c>… là đồng chí C và đồng chí D</c>), up to the next <c>;</c>; null when none is. When the counted
    /// recipients are <paramref name="bodies"/>, the names are bodies' (<c>2 tập thể … là Trường A và Trạm Y tế xã B</c>).
    /// </summary>
    private static List<string>? NamesAfterThatIs(ReadOnlySpan<Token> tokens, string text, int from, bool bodies)
    {
        int i = from;
        // "Bằng khen Thủ tướng Chính phủ là …", "Bằng khen của Thủ tướng Chính phủ là …": past the giver.
        int giver = i < tokens.Length && tokens[i].Key == "của" ? i + 1 : i;
        if (giver < tokens.Length && tokens[giver].IsCapitalized && Awards.GiverHeads.StartsAt(tokens, giver))
        {
            i = BodyRunForward(tokens, giver, tokens.Length);
        }

        // "… Bằng khen của Thủ tướng Chính phủ gồm: …", "cho 2 cá nhân tham gia hoạt động cách mạng từ năm 1935 về trước gồm: …":
        // past the giver or what is said of the recipients, within the clause, to the list.
        // "cho 4 đảng bộ đã được đánh giá …, bao gồm: …": a comma may set the list off.
        if (i < tokens.Length && tokens[i].Key is not ("," or "gồm") && TokenPatterns.IndexOf(tokens, i + 1, Math.Min(tokens.Length, i + 18), "gồm") is int listAt and > 0 &&
            TokenPatterns.IndexOf(tokens, i + 1, listAt - (tokens[listAt - 1].Key == "bao" ? 2 : 1), ",") < 0 &&
            TokenPatterns.IndexOf(tokens, i + 1, listAt, ";") < 0 && TokenPatterns.IndexOf(tokens, i + 1, listAt, ".") < 0)
        {
            i = listAt;
        }

        if (i < tokens.Length && tokens[i].Key == ",")
        {
            i++;
        }

        if (TokenPatterns.At(tokens, i, "đó", "là"))
        {
            i += 2;
        }
        else if (i < tokens.Length && tokens[i].Key == "là")
        {
            i++;
        }
        else if (i + 1 < tokens.Length && tokens[i].Key == "gồm")
        {
            // "4 vận động viên được nhận Bằng khen … gồm: A (môn điền kinh), B (môn judo) và C (môn bơi)": the counted ones listed by
            // name, each maybe with a bracketed aside.
            // "5 tập thể được tặng Cờ thi đua Chính phủ gồm: Văn phòng UBND tỉnh A, Sở Tư pháp tỉnh A và Báo A": counted bodies, by name.
            int first = tokens[i + 1].Key == ":" ? i + 2 : i + 1;
            return bodies ? BodiesListedAfter(tokens, text, first) : NamesListedAfter(tokens, text, first);
        }
        else
        {
            return null;
        }

        // "2 tập thể được tặng Bằng khen Thủ tướng Chính phủ là Trường A và Trạm Y tế xã B".
        if (bodies)
        {
            // "có 1 tập thể đề nghị tặng thưởng Huân chương … là Sở Tài chính tỉnh": one counted body may be named alone.
            return BodiesListedAfter(tokens, text, i, least: 1, clauseOnly: true);
        }

        var names = new List<string>();
        while (i < tokens.Length && PersonNames.IntroducedAt(tokens, text, i, out int nameEnd) is string name)
        {
            names.Add(name);
            i = nameEnd;
            // "(sinh năm 1933) ở Chi bộ xóm Tân": what is said of the person, up to "và" and the next one, or the clause's end.
            while (i < tokens.Length && tokens[i].Key is not ("và" or ";" or "."))
            {
                i++;
            }

            if (i >= tokens.Length || tokens[i].Key != "và")
            {
                break;
            }

            i++;
        }

        return names.Count > 0 ? names : null;
    }

    /// <summary>
    /// A named body listed before counted recipients (<c>… cho Hợp tác xã A và 2 cá nhân</c>) or, unless <paramref name="counts"/>, before
    /// anyone (<c>cho Trường A và cô giáo B</c>): the body has a record of its own. Null when "cho" is followed by no body.
    /// </summary>
    private static string? BodyBeforeCounts(ReadOnlySpan<Token> tokens, string text, int after, int clauseEnd, bool counts = true)
    {
        int cho = TokenPatterns.IndexOf(tokens, after, Math.Min(clauseEnd, after + 3), "cho");
        if (cho < 0 || cho + 1 >= clauseEnd || !BodyStartsAt(tokens, cho + 1) || RecipientPhrase(tokens, cho + 1, clauseEnd) is not int end ||
            end + 1 >= clauseEnd || tokens[end].Key is not ("và" or ",") || (counts && TokenPatterns.ReadCount(tokens, text, end + 1, out _, out _) == 0))
        {
            return null;
        }

        return text[tokens[cho + 1].Span.Start..tokens[end - 1].Span.End];
    }

    /// <summary>
    /// The "được" of a passive before the honour at <paramref name="at"/>: within six words, or further when only the giver's name and
    /// the verb of giving stand between ("được Sở Giáo dục và Đào tạo tặng Kỷ niệm chương"); -1 when there is none.
    /// </summary>
    private static int PassiveBefore(ReadOnlySpan<Token> tokens, int clauseStart, int at)
    {
        int near = LastPassive(tokens, Math.Max(clauseStart, at - 6), at);
        if (near >= 0)
        {
            return near;
        }

        for (int k = at - 1; k >= Math.Max(clauseStart, at - 16); k--)
        {
            if (IsPassive(tokens, k))
            {
                return k;
            }

            if (!(IsBodyToken(tokens[k]) || tokens[k].Key is "," or "và" || Awards.GiveVerbs.StartsAt(tokens, k) || Awards.HonourQuantifiers.Contains(tokens[k].Key)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a counted group starts whose members are named after <c>là</c> right before <paramref name="at"/> (<c>4 tập thể là
    /// Trường A, Trường B và …</c>): the names run from a capital after <c>là</c> up to <paramref name="at"/>, with no verb among
    /// them. Null when none is.
    /// </summary>
    private static int? MembersNamedBefore(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart)
    {
        for (int k = at - 1; k > clauseStart && at - k <= 48; k--)
        {
            if (tokens[k].Key == "là")
            {
                return k + 1 < at && tokens[k + 1].IsCapitalized && CountedGroupEndingAt(tokens, text, k, clauseStart) is int group ? group : null;
            }

            if (tokens[k].Key is "được" or ";" or ":" || Kinds.StartsAt(tokens, k) || Awards.GiveVerbs.StartsAt(tokens, k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A name that ends right before <paramref name="end"/> is a body's namesake (<c>Trường Tiểu học Lê Minh Xuân</c>).</summary>
    private static bool EndsWithNamesake(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (OfficialExtractor.AfterNamingHead(tokens, k) && PersonNames.NameAt(tokens, k, introduced: false) is int length and > 0 && k + length == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person whose name ends just before <paramref name="end"/>, looked for from <paramref name="from"/>: "đồng chí A", "nguyên Phó Thủ tướng B".</summary>
    private static string? PersonEndingAt(ReadOnlySpan<Token> tokens, string text, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (PersonAt(tokens, text, k, out int stop) is string name && stop == end)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "A trao tặng Tổng Bí thư B Huân chương C": the recipient stands between the giving verb and the honour; so it does before
    /// a list of honours announced as such ("… trao tặng đồng chí B nhiều phần thưởng cao quý: Huân chương C; …"). A pronoun there
    /// ("Đảng, Nhà nước đã tặng thưởng ông Huân chương …", "… trao tặng đồng chí nhiều phần thưởng cao quý: …") is the person the
    /// article named before (an obituary's subject); not in a headline (<paramref name="sentenceIndex"/> -1).
    /// </summary>
    private static string? NameBetweenVerbAndAward(ReadOnlySpan<Token> tokens, string text, int clauseStart, int at,
        ExtractionContext context, int sentenceIndex)
    {
        for (int v = at - 1; v >= Math.Max(clauseStart, at - 14); v--)
        {
            if (!Awards.GiveVerbs.TryMatch(tokens, v, out _, out int verbLength) || v + verbLength >= at)
            {
                continue;
            }

            for (int i = v + verbLength; i < at; i++)
            {
                int intro = PersonNames.IntroducerAt(tokens, i);
                int length = PersonNames.NameAt(tokens, i + intro, introduced: intro > 0);
                // The name runs into the honour's capitalised words ("… Nông Đức Mạnh Huân chương"): it ends where the honour starts.
                if (length > 0 && i + intro + length >= at && at - (i + intro) >= PersonNames.MinSyllables)
                {
                    return PersonNames.Normalize(tokens, text, i + intro, at - (i + intro));
                }

                if (length > 0 && HonoursAnnouncedUpTo(tokens, i + intro + length, at))
                {
                    return PersonNames.Normalize(tokens, text, i + intro, length);
                }

                if (intro > 0 && i == v + verbLength && sentenceIndex >= 0 &&
                    (i + intro == at || HonoursAnnouncedUpTo(tokens, i + intro, at)))
                {
                    return PersonNamedBefore(context, sentenceIndex, tokens, text, v, tokens[i].Key);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Words that announce a list of honours after its recipient: <c>nhiều phần thưởng cao quý:</c>, <c>các huân, huy chương:</c>.</summary>
    private static readonly IReadOnlySet<string> HonourListWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "nhiều", "các", "những", "phần", "thưởng", "cao", "quý", "huân", "huy", "chương", ",", "khác",
    };

    /// <summary>True when [<paramref name="from"/>, <paramref name="at"/>) announces a list of honours that opens at <paramref name="at"/>: its words, then a colon.</summary>
    private static bool HonoursAnnouncedUpTo(ReadOnlySpan<Token> tokens, int from, int at)
    {
        if (at - from is < 2 or > 9 || tokens[at - 1].Key != ":" || tokens[from].Key is not ("nhiều" or "các" or "những"))
        {
            return false;
        }

        for (int k = from; k < at - 1; k++)
        {
            if (!HonourListWords.Contains(tokens[k].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The verb of receiving just before the honour at <paramref name="at"/> ("nhận", "được trao tặng"), or -1; beyond twelve words only
    /// across the givers' names ("được Tổng Liên đoàn A, UBND tỉnh B, Liên đoàn Lao động tỉnh B tặng nhiều Bằng khen").
    /// </summary>
    private static int ReceiveVerbBefore(ReadOnlySpan<Token> tokens, int at, int clauseStart)
    {
        for (int v = at - 1; v >= Math.Max(clauseStart, at - 24); v--)
        {
            if (Awards.ReceiveVerbs.TryMatch(tokens, v, out _, out int length) && v + length <= at && (tokens[v].Key != "được" || IsPassive(tokens, v)))
            {
                // "đón nhận", "vinh dự đón nhận": where the whole verb begins, not its last word.
                while (v > clauseStart && Awards.ReceiveVerbs.TryMatch(tokens, v - 1, out _, out int longer) && longer >= 2 && v - 1 + longer <= at)
                {
                    v--;
                }

                return v;
            }

            if (at - v >= 12 && !(IsBodyToken(tokens[v]) || tokens[v].Key is "," or "và" || Awards.GiveVerbs.StartsAt(tokens, v)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when a word of plan or policy stands before the honour at <paramref name="at"/> in its clause: <c>kịp thời khen thưởng
    /// các tập thể, cá nhân</c> says how honours are to be given, not that they were.
    /// </summary>
    private static bool GeneralStatement(ReadOnlySpan<Token> tokens, int clauseStart, int at)
    {
        for (int marker = Awards.GeneralStatementMarkers.Find(tokens, clauseStart, at, out _, out int length); marker >= 0;
             marker = Awards.GeneralStatementMarkers.Find(tokens, marker + length, at, out _, out length))
        {
            // "Đồng chí A (thứ 4 từ phải sang) trao Bằng khen cho các tập thể": the caption's "phải" is a side, not "must".
            if (!TokenPatterns.InPhotoPlace(tokens, marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where "tổ chức" stands right before the ceremony of receiving at <paramref name="verb"/> (<c>A long trọng tổ chức lễ đón nhận</c>),
    /// so that its subject, the host, is read as the recipient; -1 when the ceremony is not the subject's own.
    /// </summary>
    private static int HostBefore(ReadOnlySpan<Token> tokens, int clauseStart, int verb)
    {
        int k = verb - 1;
        if (k >= clauseStart && tokens[k].Key == "lễ")
        {
            k--;
        }
        else if (k - 1 >= clauseStart && tokens[k - 1].Key == "lễ")
        {
            k -= 2;
        }

        while (k >= clauseStart && tokens[k].Key is "trọng" or "thể" or "long" or "trang" or "đã")
        {
            k--;
        }

        return k - 1 >= clauseStart && TokenPatterns.At(tokens, k - 1, "tổ", "chức") && !(k - 2 >= clauseStart && tokens[k - 2].Key == "lễ") ? k - 1 : -1;
    }

    /// <summary>
    /// Where "lễ" stands after "dự", attending (<c>đến dự lễ kỷ niệm … và đón nhận</c>, <c>tham dự Lễ …</c>: the subject is a guest), within the few words before the verb of
    /// receiving at <paramref name="verb"/>, so that the verb is part of the ceremony's name; else null.
    /// </summary>
    private static int? AttendedCeremony(ReadOnlySpan<Token> tokens, int clauseStart, int verb)
    {
        for (int k = verb - 1; k > Math.Max(clauseStart, verb - 20); k--)
        {
            if (tokens[k].Key == "lễ" && tokens[k - 1].Key == "dự")
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The body named after "thành lập" between the ceremony at <paramref name="from"/> and <paramref name="to"/>, else null.</summary>
    private static string? FoundedBody(ReadOnlySpan<Token> tokens, string text, int from, int to)
    {
        for (int k = from + 1; k + 2 < to; k++)
        {
            if (TokenPatterns.At(tokens, k, "thành", "lập") && BodyStartsAt(tokens, k + 2))
            {
                int end = BodyRunEnd(tokens, k + 2, to);
                return end - (k + 2) >= 2 ? text[tokens[k + 2].Span.Start..tokens[end - 1].Span.End] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where <c>tổ chức lễ</c> stands earlier in the sentence than the receiving verb at <paramref name="verb"/>, with no other
    /// clause's verb of holding or attending and no <c>;</c> between; else null.
    /// </summary>
    private static int? HostOfCeremonyBefore(ReadOnlySpan<Token> tokens, int verb) =>
        PhraseBeforeReceiving(tokens, verb, 48, attendingEnds: true, "tổ", "chức", "lễ");

    /// <summary>
    /// Where <c>lễ kỷ niệm</c> stands earlier in the clause than the receiving verb at <paramref name="verb"/>, with no other verb of
    /// receiving between; else null.
    /// </summary>
    private static int? CelebrationBefore(ReadOnlySpan<Token> tokens, int verb) =>
        PhraseBeforeReceiving(tokens, verb, 32, attendingEnds: false, "lễ", "kỷ", "niệm");

    /// <summary>
    /// The nearest <paramref name="phrase"/> within <paramref name="reach"/> words before the receiving verb at <paramref name="verb"/>,
    /// not past <c>;</c>, <c>:</c>, another verb of receiving or (when <paramref name="attendingEnds"/>) <c>dự</c>; else null.
    /// </summary>
    private static int? PhraseBeforeReceiving(ReadOnlySpan<Token> tokens, int verb, int reach, bool attendingEnds, params ReadOnlySpan<string> phrase)
    {
        for (int k = verb - 2; k >= Math.Max(0, verb - reach); k--)
        {
            if (tokens[k].Key is ";" or ":" || (attendingEnds && tokens[k].Key == "dự") || Awards.ReceiveVerbs.StartsAt(tokens, k))
            {
                return null;
            }

            if (TokenPatterns.At(tokens, k, phrase))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>What a body does, which ends its name even written in capitals (a headline in title case).</summary>
    private static readonly PhraseTable<bool> BodyActs = PhraseTableBuilder.Of("award-body-acts", true,
        "kỷ niệm", "đón nhận", "chào mừng", "long trọng", "tổ chức lễ");

    /// <summary>Events where an honour is given: a ceremony, a conference, a congress, a meeting.</summary>
    private static readonly PhraseTable<bool> Events = PhraseTableBuilder.Of("award-events", true,
        "lễ", "buổi", "hội nghị", "đại hội", "hội thảo", "chương trình");

    /// <summary>"lễ đón nhận", "Lễ trao nhận": the verb names a ceremony, whose subject is not the recipient.</summary>
    private static bool CeremonyBefore(ReadOnlySpan<Token> tokens, int verb) =>
        (verb > 0 && tokens[verb - 1].Key == "lễ") || (verb > 1 && tokens[verb - 2].Key == "lễ");

    /// <summary>
    /// True when the subject before a verb of receiving is left out: nothing but joining words (<c>đồng thời cũng</c>) stands there,
    /// or an honour given before it (<c>… tặng Bằng khen và được …</c>): the recipient was named in an earlier clause.
    /// </summary>
    private static bool ElidedSubject(ReadOnlySpan<Token> tokens, int start, int verb) =>
        (Kinds.Find(tokens, start, verb, out _, out _) >= 0 && !RecipientNounIn(tokens, Math.Max(start, verb - 5), verb)) || OnlyJoining(tokens, start, verb);

    /// <summary>
    /// True when recipients are named by kind just before a verb (<c>… cùng một số đảng viên khác được nhận …</c>): the clause has a
    /// subject of its own.
    /// </summary>
    private static bool RecipientNounIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (RecipientNounAt(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Several people named as the subject of a verb of receiving: "các đồng chí A, B và C (vinh dự) nhận Huy hiệu …".
    /// Empty unless a plural introducer opens at least two names.
    /// </summary>
    private static List<string> ReceiversListedBefore(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart)
    {
        var names = new List<string>();
        int verb = ReceiveVerbBefore(tokens, at, clauseStart);
        // "Các đồng chí A - Ủy viên …, Trưởng ban …; B - Giám đốc … và đồng chí C - … được trao tặng …": the list a plural opens
        // runs across semicolons, back to a clause that states an honour of its own.
        int from = ListStart(tokens, clauseStart, colons: false);

        int start = -1;
        for (int i = from; i + 1 < verb; i++)
        {
            if (Awards.Plurals.StartsAt(tokens, i) && PersonNames.IntroducerAt(tokens, i + 1) is int intro and > 0)
            {
                start = i + 1 + intro;
                break;
            }
        }

        // "Dự hội nghị có các đồng chí: A, …; B, …; các tập thể, cá nhân được khen thưởng": the last item, recipients counted by
        // kind, is the passive's own subject; the people listed before it attend.
        if (start < 0)
        {
            return names;
        }

        int lastItem = verb - 1;
        while (lastItem > start && tokens[lastItem - 1].Key != ";")
        {
            lastItem--;
        }

        // "…; cấp ủy các chi bộ và các tập thể, cá nhân được khen thưởng cùng tham dự": such recipients may close the last item too.
        for (int k = lastItem; k < verb && k > start; k++)
        {
            if (Awards.Plurals.TryMatch(tokens, k, out _, out int plural) && RecipientNounAt(tokens, k + plural, out _, out _))
            {
                return names;
            }
        }

        // "Tham dự có các đồng chí: A, …; B, …": a list of those who attend.
        if (TokenPatterns.IndexOf(tokens, from, start, "dự") >= 0)
        {
            return names;
        }

        for (int k = start; k < verb; k++)
        {
            if (k > start && tokens[k - 1].Key is not ("," or "và" or ":" or ";"))
            {
                continue;
            }

            // "… và đồng chí C": a list item may bring its own introducer.
            if (k > start && PersonNames.IntroducerAt(tokens, k) is int own and > 0 && k + own < verb)
            {
                k += own;
            }

            int length = PersonNames.StartsTitle(tokens, k) || Officials.Positions.StartsAt(tokens, k) ? 0 : PersonNames.NameAt(tokens, k, introduced: true);
            if (length > 0)
            {
                length = Math.Min(length, verb - k);
                names.Add(PersonNames.Normalize(tokens, text, k, length));
                k += length - 1;
            }
        }

        return names.Count >= 2 ? names : [];
    }

    /// <summary>
    /// Where the receiving of the honour at <paramref name="at"/> is told: its passive "được", else a verb of receiving that does
    /// not name a ceremony ("vinh dự nhận", not "lễ đón nhận"); -1 when there is none.
    /// </summary>
    private static int ReceivingBefore(ReadOnlySpan<Token> tokens, int at, int clauseStart)
    {
        int passive = PassiveBefore(tokens, clauseStart, at);
        return passive < 0 && ReceiveVerbBefore(tokens, at, clauseStart) is int receive and >= 0 && !CeremonyBefore(tokens, receive) ? receive : passive;
    }

    /// <summary>
    /// Where a list before a passive starts: from <paramref name="clauseStart"/> back across its <c>;</c> (and, when
    /// <paramref name="colons"/>, its <c>:</c>) to a clause that states an honour of its own.
    /// </summary>
    private static int ListStart(ReadOnlySpan<Token> tokens, int clauseStart, bool colons)
    {
        while (clauseStart > 0 && (tokens[clauseStart - 1].Key == ";" || (colons && tokens[clauseStart - 1].Key == ":")))
        {
            int previous = TokenPatterns.ClauseStart(tokens, clauseStart - 1);
            if (Kinds.Find(tokens, previous, clauseStart - 1, out _, out _) >= 0)
            {
                break;
            }

            clauseStart = previous;
        }

        return clauseStart;
    }

    /// <summary>
    /// The recipients counted before the passive (or verb of receiving) at <paramref name="passive"/>: "6 tập thể và 10 cá nhân
    /// vinh dự nhận …", "có 24 tập thể, cá nhân được đề nghị …" (one count over two kinds counts neither), added to
    /// <paramref name="recipients"/>; a person joined to a count by "và" goes to <paramref name="alsoNamed"/>. True when a plural
    /// gathered kinds with no number (<c>Nhiều tập thể, cá nhân được …</c>).
    /// </summary>
    private static bool CountedBeforePassive(ReadOnlySpan<Token> tokens, string text, int clauseStart, int passive, List<AwardRecipients> recipients,
        List<string> alsoNamed, bool badge = false)
    {
        bool gatheredAny = false;
        // Fourteen words back, and further up to a comma: "A và 8 đảng viên đạt tiêu chuẩn “…” 5 năm liền (2012-2016) đã được tặng".
        // A quoted name counts as one word, its commas as none ("5 tập thể và 7 cá nhân có thành tích trong “Học tập và làm
        // theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” được …").
        int lower = passive;
        int steps = 0;
        while (lower > clauseStart && steps < 14)
        {
            lower = QuoteOpening(tokens, lower - 1, clauseStart);
            steps++;
        }

        while (lower > clauseStart && steps < 24 && tokens[lower - 1].Key is not ("," or ";") && !Awards.PartOpeners.StartsAt(tokens, lower - 1))
        {
            lower = QuoteOpening(tokens, lower - 1, clauseStart);
            steps++;
        }

        // "có 1 tập thể, 2 cá nhân có thành tích xuất sắc trong phát triển kinh tế xã hội ở địa phương được …": the comma that stopped
        // the reach may be inside the list of counted groups, which goes on before it.
        while (lower - 1 > clauseStart && tokens[lower - 1].Key is "," or "và" && CountedGroupEndingAt(tokens, text, lower - 1, clauseStart) is int group)
        {
            lower = group;
        }

        // "4 tập thể là Trường A, Trường B, Trường C và 43 cá nhân nhận Bằng khen …": the members of the first counted group named
        // after "là", commas and all, before the next group.
        if (MembersNamedBefore(tokens, text, lower, clauseStart) is int counted)
        {
            lower = counted;
        }

        // Not back into an earlier statement: "3 chi bộ được Đảng ủy tặng Giấy khen, 11 đảng viên được …", "… cho 120 đảng
        // viên, trong đó có 2 đồng chí nhận Huy hiệu 70 năm" (the part's count is its own; the whole's belongs to the whole).
        for (int k = passive - 1; k > lower; k--)
        {
            if (tokens[k].Key == "được" || Kinds.StartsAt(tokens, k))
            {
                lower = k + 1;
                break;
            }

            if (Awards.PartOpeners.TryMatch(tokens, k, out _, out int opener))
            {
                lower = k + opener;
                break;
            }

            // "… với hơn 23 ngàn đảng viên mà còn có số đảng viên được nhận Huy hiệu Đảng nhiều nhất": "the number of" those who
            // receive, left uncounted; a count before it is of someone else.
            if (tokens[k].Key == "số" && RecipientNounAt(tokens, k + 1, out _, out _, badge))
            {
                lower = k + 1;
                break;
            }

            // "…, 5 đồng chí 40 năm và 5 đồng chí được nhận huy hiệu 30 năm": a part with its own years is read apart.
            if (CountedYearsAt(tokens, text, k) is var (_, _, _, partEnd))
            {
                lower = partEnd;
                break;
            }

            // "3 đảng bộ A, B và C có 75 đảng viên được trao tặng …": the units before "có" hold the recipients counted after it.
            if (tokens[k].Key == "có" && CountedGroupBetween(tokens, text, k + 1, passive) && CountedGroupBetween(tokens, text, lower, k))
            {
                lower = k + 1;
                break;
            }
        }

        for (int i = lower; i < passive; i++)
        {
            // "có hai tập thể và năm cá nhân được …": a count in words as well as in figures.
            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
            // "Công ty CP Licogi 14 tổ chức lễ …": a number after a capitalised word ends a name; it counts nothing.
            bool named = i - 1 > clauseStart && tokens[i - 1].IsCapitalized && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Abbreviation;
            // "Đợt 2 tháng 9 Đảng bộ xã A có 27 đảng viên được …": a month or a day is no count of the party bodies after it.
            // "năm 2009 xã được UBND tỉnh tặng Cờ …": after "năm" the number is a year, not a count of the places after it.
            named |= i > 0 && tokens[i - 1].Key is "tháng" or "ngày" or "năm";
            // "Nhiều tập thể, cá nhân được Bộ Tư lệnh tặng cờ thi đua": a plural with no number gathers recipients of its kinds.
            bool gathered = read == 0 && tokens[i].Key == "nhiều";
            if (gathered && RecipientNounAt(tokens, i + 1, out var kind, out int kindLength, badge))
            {
                recipients.Add(new AwardRecipients(kind, null));
                gatheredAny = true;
                int other = i + 1 + kindLength;
                if (other + 1 < passive && tokens[other].Key is "," or "và" && RecipientNounAt(tokens, other + 1, out var otherKind, out int otherLength) && otherKind != kind)
                {
                    recipients.Add(new AwardRecipients(otherKind, null));
                    other += 1 + otherLength;
                }

                i = other - 1;
                continue;
            }

            if (read > 0 && !named && RecipientNounAt(tokens, i + read, out var recipient, out int nounLength, badge))
            {
                // "có 24 tập thể, cá nhân được đề nghị khen thưởng": one count over two kinds counts neither, as after "cho".
                int joined = i + read + nounLength;
                if (joined + 1 < passive && tokens[joined].Key is "," or "và" && RecipientNounAt(tokens, joined + 1, out var second, out int secondLength) &&
                    second != recipient)
                {
                    recipients.Add(new AwardRecipients(recipient, null));
                    recipients.Add(new AwardRecipients(second, null));
                    i = joined + secondLength - 1;
                    continue;
                }

                recipients.Add(new AwardRecipients(recipient, count));
                if (i > clauseStart + 1 && tokens[i - 1].Key == "và" && PersonEndingAt(tokens, text, Math.Max(clauseStart, i - 10), i - 1) is string person &&
                    !EndsWithNamesake(tokens, Math.Max(clauseStart, i - 10), i - 1))
                {
                    alsoNamed.Add(person);
                }

                i += read + nounLength - 1;
            }
        }

        return gatheredAny;
    }

    /// <summary>
    /// The kinds of recipient counted before the passive or verb of receiving of the honour at <paramref name="at"/>, without
    /// their counts: before a list of honours, how many received each one is said nowhere. Empty when there is none.
    /// </summary>
    private static List<AwardRecipients> KindsCountedBeforeList(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart)
    {
        int passive = ReceivingBefore(tokens, at, clauseStart);
        var recipients = new List<AwardRecipients>();
        if (passive >= 0)
        {
            _ = CountedBeforePassive(tokens, text, clauseStart, passive, recipients, []);
        }

        return recipients.Select(r => r with { Count = null }).Distinct().ToList();
    }

    /// <summary>
    /// The bodies and people a clause lists as the subject of a passive of receiving, each a recipient: <c>Trường THPT A (TP
    /// B) và đồng chí C, nguyên Bí thư Tỉnh ủy, … được đề nghị tặng thưởng Huân chương …</c>, <c>Đảng ủy Khối D, Công ty E và
    /// các đồng chí: F, nguyên …; G, … được …</c>. Read only when the items fill the clause up to the verb: a body (its head and
    /// name, an aside in brackets), or a person introduced (<c>đồng chí</c>, or after <c>các đồng chí:</c> bare names up to
    /// each <c>;</c>) with the titles after a comma; at least one body and two items. Empty otherwise.
    /// </summary>
    private static List<string> BodiesAndPeopleBefore(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart)
    {
        // "… được trao", or a verb of receiving ("Hiệp hội A và Công ty B nhận Huân chương …"): only names stand before it.
        int verb = ReceiveVerbBefore(tokens, at, clauseStart);
        if (verb < 0)
        {
            return [];
        }

        // The list runs back across its ";" and ":" ("… và các đồng chí: A, …; B, … được …").
        clauseStart = ListStart(tokens, clauseStart, colons: true);

        int k = Math.Max(0, clauseStart);
        // "Cụ thể, …", "Theo đó, …": a short opener before the list.
        int opener = TokenPatterns.IndexOf(tokens, k, Math.Min(verb, k + 4), ",");
        if (opener > k && !AnyCapitalized(tokens, k + 1, opener) && !Awards.OrganizationNouns.StartsAt(tokens, k))
        {
            k = opener + 1;
        }

        if (verb - k < 4)
        {
            return [];
        }

        // "Ngày …, theo quyết định … của Chủ tịch nước, Công ty A và cá nhân ông B, … vinh dự được đón nhận …": when the words from the
        // clause's start do not list recipients, the list may start after a comma; not after a count of the recipients ("1.878 đảng
        // viên tại 13 đơn vị gồm …; Đảng ủy A, Đảng ủy B … được tặng": where those counted belong).
        if (Listed(tokens, text, k, verb, clauseStart) is { Count: > 0 } listed)
        {
            return listed;
        }

        if (CountedGroupBetween(tokens, text, k, verb))
        {
            return [];
        }

        for (int c = k + 1, depth = 0; c + 4 < verb; c++)
        {
            depth += tokens[c].Key == "(" ? 1 : tokens[c].Key == ")" ? -1 : 0;
            if (depth == 0 && tokens[c].Key == "," && tokens[c + 1].IsCapitalized && Awards.OrganizationNouns.StartsAt(tokens, c + 1) &&
                Listed(tokens, text, c + 1, verb, clauseStart) is { Count: > 0 } fromComma)
            {
                return fromComma;
            }
        }

        return [];

        static List<string> Listed(ReadOnlySpan<Token> tokens, string text, int k, int verb, int clauseStart)
        {
            var names = new List<string>();
            bool bodies = false, listedPeople = false;
            while (k < verb)
            {
                if (k > clauseStart && tokens[k].Key is "," or "và" or ";" or ":")
                {
                    k++;
                    continue;
                }

                // "Công ty A và cá nhân ông B, Chủ tịch HĐQT … được đón nhận …": the kind of recipient before a person introduced.
                if (k + 2 < verb && (TokenPatterns.At(tokens, k, "cá", "nhân") || TokenPatterns.At(tokens, k, "tập", "thể")) && !tokens[k].IsCapitalized &&
                    PersonNames.IntroducerAt(tokens, k + 2) > 0)
                {
                    k += 2;
                    continue;
                }

                // "các đồng chí:" opens people named bare, one per ";".
                if (Awards.Plurals.StartsAt(tokens, k) && PersonNames.IntroducerAt(tokens, k + 1) is int many and > 0 && k + 1 + many < verb &&
                    tokens[k + 1 + many].Key == ":")
                {
                    (listedPeople, k) = (true, k + 2 + many);
                    continue;
                }

                int intro = PersonNames.IntroducerAt(tokens, k);
                int name = intro > 0 || listedPeople ? PersonNames.NameAt(tokens, k + intro, introduced: true) : 0;
                if (name > 0 && k + intro + name <= verb)
                {
                    names.Add(PersonNames.Normalize(tokens, text, k + intro, name));
                    k += intro + name;
                    // The person's titles after a comma (or a dash: "Đại tá A - Phó Giám đốc Công an TP") run to the next item: a ";", or
                    // "và" before a body or an introduced person.
                    if (k < verb && tokens[k].Key is "," or "-" or "–")
                    {
                        while (k < verb && tokens[k].Key != ";" &&
                               !(tokens[k].Key == "và" && (PersonNames.IntroducerAt(tokens, k + 1) > 0 || (tokens[k + 1].IsCapitalized && Awards.OrganizationNouns.StartsAt(tokens, k + 1)))))
                        {
                            k++;
                        }
                    }

                    continue;
                }

                if (!listedPeople && tokens[k].IsCapitalized && Awards.OrganizationNouns.TryMatch(tokens, k, out _, out int head))
                {
                    int end = k + head;
                    // Capitals, abbreviations, short numbers, and lower-case words of bodies or before a capital ("Trường Mầm non A",
                    // "Đảng ủy Khối các cơ quan tỉnh"); "Trường A vừa tổ chức …" ends at "vừa", and so does the list.
                    // "Ban Tổ chức Tỉnh ủy A và Trường THCS B được trao …": a "và" before another named body ends this one (not "Sở
                    // Lao động - Thương binh và Xã hội").
                    while (end < verb && end - k < 12 &&
                           !(tokens[end].Key == "và" && (NamedBodyAt(tokens, end + 1, verb) || PersonNames.IntroducerAt(tokens, end + 1) > 0)) &&
                           (tokens[end].IsCapitalized || tokens[end].Kind == TokenKind.Abbreviation ||
                            (tokens[end].Key is "-" or "–" && end + 1 < verb && tokens[end + 1].IsCapitalized && !Officials.Positions.StartsAt(tokens, end + 1)) ||
                                                         (tokens[end].Kind == TokenKind.Number && tokens[end].Key.Length <= 3) ||
                                                         (tokens[end].Kind == TokenKind.Word && (Officials.BodyWords.Contains(tokens[end].Key) ||
                                                             tokens[end].Key is "các" or "số" || (end + 1 < verb && tokens[end + 1].IsCapitalized)))))
                    {
                        end++;
                    }

                    if (end == k + head || !AnyCapitalized(tokens, k + head, end))
                    {
                        return [];
                    }

                    names.Add(text[tokens[k].Span.Start..tokens[end - 1].Span.End]);
                    bodies = true;
                    k = Bodies.SkipAside(tokens, end, verb);
                    continue;
                }

                return [];
            }

            return bodies && names.Count >= 2 ? names : [];
        }

        static bool NamedBodyAt(ReadOnlySpan<Token> tokens, int at, int to) =>
            at < to && tokens[at].IsCapitalized && Awards.OrganizationNouns.TryMatch(tokens, at, out _, out int head) && at + head < to &&
            (tokens[at + head].IsCapitalized || tokens[at + head].Kind == TokenKind.Abbreviation);

        static bool AnyCapitalized(ReadOnlySpan<Token> tokens, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (tokens[i].IsCapitalized)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Verbs of trusting, wishing and congratulating whose object is the one who receives (<c>tin tưởng các đồng chí được nhận …</c>).</summary>
    private static readonly PhraseTable<bool> WishVerbs = PhraseTableBuilder.Of("award-wish-verbs", true,
        "tin tưởng", "mong muốn", "hy vọng", "hi vọng", "kỳ vọng", "chúc mừng");

    /// <summary>Words between an honour and the people an inverted sentence names after it: <c>lần này</c>, <c>đợt này</c>, <c>năm nay</c>.</summary>
    private static readonly IReadOnlySet<string> OccasionWords = new HashSet<string>(StringComparer.Ordinal) { "lần", "đợt", "này", "năm", "nay", "vinh", "dự" };

    /// <summary>
    /// The people named after the honour when the sentence is inverted: <c>Được nhận Huy hiệu 60 năm tuổi Đảng lần này là đồng chí
    /// A</c>, <c>Nhận Huy hiệu 50 năm tuổi Đảng đợt này có đồng chí B và đồng chí C</c>. Each is introduced; empty when none is.
    /// </summary>
    private static List<string> ReceiversNamedAfter(ReadOnlySpan<Token> tokens, string text, int after, int clauseEnd)
    {
        var names = new List<string>();
        int i = after;
        while (i < clauseEnd && OccasionWords.Contains(tokens[i].Key))
        {
            i++;
        }

        if (i >= clauseEnd || tokens[i].Key is not ("là" or "có"))
        {
            return names;
        }

        for (i++; i < clauseEnd && PersonNames.IntroducedAt(tokens, text, i, out int nameEnd) is string name;)
        {
            names.Add(name);
            i = nameEnd;
            // "…, Bí thư Đảng đoàn, …": a title set off after the name; the list goes on after "và" or the next introducer.
            while (i < clauseEnd && tokens[i].Key == "," && PersonNames.IntroducerAt(tokens, i + 1) == 0)
            {
                int next = TokenPatterns.IndexOf(tokens, i + 1, clauseEnd, ",");
                i = next < 0 ? clauseEnd : next;
            }

            if (i < clauseEnd && tokens[i].Key is "và" or ",")
            {
                i++;
            }
        }

        return names;
    }

    /// <summary>
    /// The recipient as the subject of a verb of receiving: "Báo A nhận bằng khen", "Công ty B (thuộc …) đón nhận Huân chương",
    /// "Thiếu tướng C đã nhận huy hiệu", "Bệnh viện này được đón nhận …" (the hospital named before).
    /// </summary>
    private static string? ReceiverBefore(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, string text, int at, int clauseStart,
        string? previous = null)
    {
        int verb = ReceiveVerbBefore(tokens, at, clauseStart);
        // "lễ đón nhận Huân chương": a ceremony, whose subject is not the recipient, unless it holds the ceremony of its own
        // receiving ("Bệnh viện A (long trọng) tổ chức lễ đón nhận Huân chương …").
        if (verb >= 0 && CeremonyBefore(tokens, verb))
        {
            verb = HostBefore(tokens, clauseStart, verb);
        }
        else if (verb > 0 && tokens[verb - 1].Key is "và" or "," && HostOfCeremonyBefore(tokens, verb) is int host)
        {
            // "Trường A tổ chức Lễ kỷ niệm 60 năm thành lập, đón nhận Huân chương …", "Bệnh viện B tổ chức Lễ kỷ niệm … và đón nhận
            // …": the verb goes on from the ceremony its subject holds, whose host receives.
            (verb, clauseStart) = (host, TokenPatterns.ClauseStart(tokens, host));
        }
        else if (verb > 0 && tokens[verb - 1].Key is "và" or "," && CelebrationBefore(tokens, verb) is int celebration &&
                 FoundedBody(tokens, text, celebration, verb) is string founded)
        {
            // "(Tại Hà Nội đã diễn ra) Lễ kỷ niệm 60 năm thành lập Bộ A và đón nhận Huân chương …": no host is named; the body
            // whose founding the ceremony marks receives.
            return founded;
        }

        if (verb < 0)
        {
            return null;
        }

        // "Phó Thủ tướng A dự lễ kỷ niệm 60 năm ngày thành lập Công ty B và đón nhận Huân chương …": the verb ends the name of a
        // ceremony the subject attends; the honour is the body's whose founding it marks, else no one's named here.
        if (AttendedCeremony(tokens, clauseStart, verb) is int ceremony)
        {
            return FoundedBody(tokens, text, ceremony, verb);
        }

        // "Đảng bộ, chính quyền và Nhân dân xã A (long trọng) đón nhận …": the community, named with its place, commas and all.
        for (int i = clauseStart; i < verb; i++)
        {
            if (Awards.CommunityRecipients.TryMatch(tokens, i, out _, out int phrase) && RecipientPhrase(tokens, i, verb) is int phraseEnd && phraseEnd > i + phrase)
            {
                return text[tokens[i].Span.Start..tokens[phraseEnd - 1].Span.End];
            }
        }

        // The subject starts after the last comma or colon outside brackets ("Ông A khẳng định: được trao tặng Huy hiệu Đảng là
        // vinh dự …": a speaker is no receiver of what they speak of), or after "rằng", which opens what is said or wished ("Ông A
        // mong rằng các đồng chí vinh dự được nhận …").
        int start = clauseStart;
        int depth = 0;
        for (int i = verb - 1; i >= clauseStart; i--)
        {
            string key = tokens[i].Key;
            if (key == ")")
            {
                depth++;
            }
            else if (key == "(")
            {
                depth--;
            }
            else if (depth == 0 && (key is "," or ":" or "rằng" || WishVerbs.EndsBefore(tokens, i + 1, 2)))
            {
                // "Chủ tịch Quốc hội A tin tưởng các đồng chí được nhận Huy hiệu …", "Ông B chúc mừng đồng chí C được trao …": who
                // trusts or congratulates is no receiver; the subject starts after the verb, as after "rằng".
                start = i + 1;
                break;
            }
        }

        // "thầy và trò Trường THCS A vinh dự được nhận …", "tập thể cán bộ Bệnh viện B đón nhận …": the people of a named body receive
        // as the body.
        int ofBody = PastPeopleOfBody(tokens, start, verb);

        // ("Nhiều cá nhân, tập thể Công an tỉnh A được tặng …" counts many of them, not the body.)
        bool listedKinds = start >= 2 && tokens[start - 1].Key == "," && RecipientNouns.EndsBefore(tokens, start - 1, 3);
        if (ofBody > start && ofBody < verb && tokens[ofBody].IsCapitalized && BodyStartsAt(tokens, ofBody) && !listedKinds)
        {
            start = ofBody;
        }

        // "ông A ở thôn B, xã C, D được tặng …": where the person lives, commas and all, runs into the verb.
        // (Set off by no comma at all too: "Dịp này, đảng viên A ở xã B được trao …".)
        if (PersonBeforeAddress(tokens, text, clauseStart, verb) is string resident)
        {
            return resident;
        }

        // "Đồng chí A, đảng viên Chi bộ B, nhận Huy hiệu …", "Tại gia đình đồng chí A, …, nhận …": the person introduced just before
        // an aside set off by commas is the subject.
        if (start > clauseStart && OnlyJoining(tokens, start, verb) && IntroducedBeforeAside(tokens, text, clauseStart, start - 1) is string introduced)
        {
            return introduced;
        }

        // "Ông A, Chủ tịch HĐQT Công ty vinh dự được đón nhận …": a title set off after the person runs into the verb with no comma
        // of its own; the person introduced before it is the subject.
        if (start > clauseStart && tokens[start - 1].Key == "," && OfficialExtractor.TitlesEnd(context, tokens, text, start - 1) is int titlesEnd &&
            titlesEnd <= verb && JoinsReceiving(tokens, titlesEnd, verb) && IntroducedEndingAt(tokens, text, clauseStart, start - 1) is string holder)
        {
            return holder;
        }

        // "Đồng chí A (SN 1927), sinh hoạt tại Chi bộ khối B vinh dự được trao tặng Huy hiệu …": where the person lives or is a
        // member, set off after the name, runs into the verb; the person introduced before it is the subject.
        if (start > clauseStart && tokens[start - 1].Key == "," && Awards.MembershipAsides.StartsAt(tokens, start) &&
            PersonNames.IntroducerAt(tokens, start) == 0 && PersonNames.LastIntroducedIn(tokens, text, start, verb) is null &&
            IntroducedEndingAt(tokens, text, clauseStart, AsideStart(tokens, clauseStart, start - 1)) is string member)
        {
            return member;
        }

        // "A đã được B tặng Bằng khen; được C, D tặng Giấy khen, đồng thời được E tặng …": a clause that leaves its subject out
        // (only joining words before the verb, or the previous clause's honour) has the recipient of the sentence so far.
        if (previous is not null && ElidedSubject(tokens, start, verb))
        {
            return previous;
        }

        // "…, đồng chí đã được Đảng, Nhà nước tặng thưởng …", "Năm 2010, bà được tặng …": a person referred to without the
        // name is the person the article named last (an obituary's or a profile's subject). Not a plural ("Các đồng chí nhận Huy
        // hiệu Đảng đợt này …"): the group counted before, no one person.
        if (PersonNames.IntroducerAt(tokens, start) is int bare and > 0 && tokens[start].Key is not ("các" or "những") &&
            PersonNames.NameAt(tokens, start + bare, introduced: true) == 0 &&
            TokenPatterns.OnlyBetween(tokens, start + bare, verb, BeforeReceiving))
        {
            return PersonNamedBefore(context, sentenceIndex, tokens, text, start, tokens[start].Key);
        }

        // "Ghi nhận những thành tích đó, nhà trường đã được trao tặng …", "Thầy và trò nhà trường vinh dự được …": a body referred to
        // by its kind alone is the one of that kind the article named before (a school's or hospital's history of honours).
        if (ReferenceAt(tokens, start, verb) is string[] referredHead)
        {
            return BodyReferredTo(context, sentenceIndex, tokens, text, start, referredHead, AnySentenceBefore);
        }

        // "Đồng chí A chúc mừng các đồng chí vinh dự được trao tặng Huy hiệu …": one who congratulates the recipients is not one of
        // them.
        if (Addressing.Find(tokens, start, verb, out _, out _) >= 0)
        {
            return null;
        }

        for (int i = start; i < verb; i++)
        {
            // "Giám đốc Công ty Cổ phần A Trần Văn B nhận Bằng khen": a person named after a chain of titles, read as the officials are.
            if (OfficialExtractor.NameAfterTitles(context, tokens, text, i) is var (titled, titledLength) && titled + titledLength <= verb)
            {
                return PersonNames.Normalize(tokens, text, titled, titledLength);
            }

            int intro = PersonNames.IntroducerAt(tokens, i);
            int length = PersonNames.NameAt(tokens, i + intro, introduced: intro > 0);
            // "kình ngư A vinh dự nhận …": a bare name after a lower-case word of what the person does, running into the verb; not
            // after a body's word ("công ty Hoàng Long nhận …" names a firm).
            bool afterRole = length > 0 && intro == 0 && i > start && tokens[i - 1].Kind == TokenKind.Word && !tokens[i - 1].IsCapitalized &&
                             !Officials.BodyWords.Contains(tokens[i - 1].Key) && tokens[i - 1].Key is not ("ty" or "cty") &&
                             TokenPatterns.OnlyBetween(tokens, i + length, verb, BeforeReceivingOrPassive);
            // "… tại nhà các đồng chí: Trương Hữu Diệm nhận Huy hiệu 60 năm tuổi Đảng; …": a bare name that opens an item after a colon
            // and runs into the verb.
            bool opensItem = length > 0 && intro == 0 && i > start && tokens[i - 1].Key == ":" &&
                             TokenPatterns.OnlyBetween(tokens, i + length, verb, BeforeReceivingOrPassive);
            if (length > 0 && !(intro == 0 && InBodyName(tokens, start, i, verb)) &&
                (intro > 0 || i == start || afterRole || opensItem || IsTitleWord(tokens, i - 1) || tokens[i - 1].Key is "nguyên" or "cố"))
            {
                return PersonNames.Normalize(tokens, text, i + intro, length);
            }

            if (tokens[i].Key == "(")
            {
                break;
            }
        }

        // "Đảng bộ huyện A 5 năm liền đạt trong sạch vững mạnh, được Tỉnh ủy tặng Bằng khen": a clause that leaves its subject out
        // after a comma has the body that opens the sentence (after a phrase of time: "Trong nhiệm kỳ, …").
        if (previous is null && start > clauseStart && OnlyJoining(tokens, start, verb))
        {
            for (int chunk = clauseStart; chunk < start - 1; chunk = NextChunk(tokens, chunk, start - 1))
            {
                // "Đồng chí A, Bộ trưởng B, Thiếu tướng, nguyên Chủ tịch C, được tặng thưởng …": a person introduced first is the
                // subject; the posts set off after the name are said of the person, not bodies that receive.
                int intro = PersonNames.IntroducerAt(tokens, chunk);
                if (intro > 0 && PersonNames.NameAt(tokens, chunk + intro, introduced: true) is int length and > 0)
                {
                    return PersonNames.Normalize(tokens, text, chunk + intro, length);
                }

                // "Hơn 65 năm hoạt động cách mạng, nguyên Trưởng ban Kinh tế A đã có nhiều đóng góp …, được tặng thưởng …": a person
                // named after the posts that open the clause (after a comma: one who speaks before a colon receives nothing).
                if (tokens[start - 1].Key == "," && OfficialExtractor.NameAfterTitles(context, tokens, text, chunk) is var (titled, titledLength) &&
                    titled + titledLength < NextChunk(tokens, chunk, start - 1))
                {
                    return PersonNames.Normalize(tokens, text, titled, titledLength);
                }

                if (BodyStartsAt(tokens, chunk))
                {
                    int stop = BodyRunEnd(tokens, chunk, NextChunk(tokens, chunk, start - 1) - 1);
                    return stop - chunk >= 2 ? text[tokens[chunk].Span.Start..tokens[stop - 1].Span.End] : null;
                }

                // "Tập thể nhà trường liên tục đạt danh hiệu …, được Thủ tướng Chính phủ tặng Bằng khen": the body it opens with may be
                // referred to by its kind, as a subject right before the verb may.
                if (ReferenceOpening(tokens, chunk, start - 1) is string[] head)
                {
                    return BodyReferredTo(context, sentenceIndex, tokens, text, chunk, head, AnySentenceBefore);
                }
            }
        }

        // A body: "Công ty CP Licogi 14", "Báo Tuổi Trẻ", written first in the subject; or a unit by its level in lower case and
        // its name ("Sáng 16/01, thị trấn Phước Vĩnh long trọng tổ chức lễ đón nhận …", "xã A đón nhận …").
        if (start < verb && (BodyStartsAt(tokens, start) || UnitNamedAt(tokens, start, verb)))
        {
            int end = SentenceCaseNameEnd(tokens, start, BodyRunEnd(tokens, start, verb), verb);
            // "Tỉnh ủy, HĐND, UBND tỉnh Lào Cai (long trọng tổ chức …) đón nhận …": bodies written bare before the last share its place
            // and receive together, as annotators write them.
            start = BareBodiesSharingPlace(tokens, clauseStart, start);
            if (end < verb && tokens[end].Key == "này")
            {
                if (sentenceIndex < 0)
                {
                    return null;
                }

                return NamedBefore(context, sentenceIndex, tokens, start, end) ?? WithPlaceReferredTo(context, sentenceIndex, tokens, text, start, end, start);
            }

            // "Sư đoàn được Bộ Quốc phòng tặng cờ thi đua" after "Sư đoàn 7" was named: a body written by its head alone is the one
            // named so before.
            if (sentenceIndex >= 0 && HeadAlone(tokens, start, end) && NamedBefore(context, sentenceIndex, tokens, start, end) is string named)
            {
                return named;
            }

            return end - start >= 2 ? text[tokens[start].Span.Start..tokens[end - 1].Span.End] : null;
        }

        return null;
    }

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) is a body's head with no name after it (<c>Sư đoàn</c>).</summary>
    private static bool HeadAlone(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>A recipient that is a local people's committee or council, alone or after other bodies (<c>UBND huyện A</c>, <c>Tỉnh ủy, HĐND,
    /// UBND tỉnh B</c>).</summary>
    private static bool HostingStateBody(string name)
    {
        string key = Text.VietnameseOrthography.Key(name);
        int last = key.LastIndexOf(", ", StringComparison.Ordinal);
        string lastBody = last < 0 ? key : key[(last + 2)..];
        return lastBody.StartsWith("ubnd ", StringComparison.Ordinal) || lastBody.StartsWith("ủy ban nhân dân ", StringComparison.Ordinal) ||
               lastBody.StartsWith("hđnd ", StringComparison.Ordinal) || lastBody.StartsWith("hội đồng nhân dân ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where a list of bodies written bare, each a body noun alone set off by a comma (<c>Tỉnh ủy, HĐND, </c>), begins before the body
    /// at <paramref name="start"/>; <paramref name="start"/> itself when none stands there.
    /// </summary>
    private static int BareBodiesSharingPlace(ReadOnlySpan<Token> tokens, int clauseStart, int start)
    {
        int first = start;
        while (first - 2 >= clauseStart && tokens[first - 1].Key == ",")
        {
            int item = first - 2;
            // One or two words, the whole of a body noun ("HĐND", "Tỉnh ủy", "Ủy ban MTTQ" is too long and names its own body).
            int head = item > clauseStart && tokens[item - 1].Key != "," && BodyStartsAt(tokens, item - 1) ? item - 1 : item;
            if (!BodyStartsAt(tokens, head) || !Awards.OrganizationNouns.TryMatch(tokens, head, out _, out int length) || head + length != item + 1)
            {
                break;
            }

            first = head;
        }

        return first;
    }

    /// <summary>
    /// The person introduced (<c>đồng chí</c>, <c>ông</c>, <c>bà</c>) right before the comma that opens the aside ending at
    /// <paramref name="closing"/> (<c>đồng chí A, đảng viên Chi bộ B,</c>), when the aside names no one else; else null.
    /// </summary>
    private static string? IntroducedBeforeAside(ReadOnlySpan<Token> tokens, string text, int clauseStart, int closing)
    {
        // "Ông A, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh B, nhận …": a chain of posts, each set off by its comma, is one aside; it is
        // walked back one comma at a time (a loop, so a long chain cannot deepen the stack).
        while (true)
        {
            int opening = -1;
            for (int k = closing - 1; k > clauseStart; k--)
            {
                if (tokens[k].Key == ",")
                {
                    opening = k;
                    break;
                }

                // The aside is a title or a unit, not another person or a clause of its own.
                if (PersonNames.IntroducerAt(tokens, k) > 0 || tokens[k].Key is "(" or ")" || IsVerbWord(tokens[k]))
                {
                    return null;
                }
            }

            if (opening < 0)
            {
                return null;
            }

            if (IntroducedEndingAt(tokens, text, clauseStart, opening) is string introduced)
            {
                return introduced;
            }

            if (!Officials.Positions.StartsAt(tokens, opening + 1))
            {
                return null;
            }

            closing = opening;
        }
    }

    /// <summary>Words that open where a person lives: <c>ở</c>, <c>tại</c>, <c>trú tại</c>, <c>quê</c>.</summary>
    private static readonly IReadOnlySet<string> AddressOpeners = new HashSet<string>(StringComparer.Ordinal) { "ở", "tại", "trú", "quê" };

    /// <summary>
    /// The person introduced in [clauseStart, verb) whose address follows the name up to the verb (<c>ông A ở thôn B, xã C, D được
    /// tặng</c>): places, their levels, numbers and commas only, then the words that join a subject to its verb; else null.
    /// </summary>
    private static string? PersonBeforeAddress(ReadOnlySpan<Token> tokens, string text, int clauseStart, int verb)
    {
        for (int i = clauseStart; i < verb; i++)
        {
            // "đảng viên A ở xã B được trao …": a member named as such, here where the address makes the name's end plain.
            int intro = PersonNames.IntroducerAt(tokens, i);
            if (intro == 0 && TokenPatterns.At(tokens, i, "đảng", "viên") && i + 2 < verb && tokens[i + 2].IsCapitalized)
            {
                intro = 2;
            }

            int length = intro > 0 ? PersonNames.NameAt(tokens, i + intro, introduced: true) : 0;
            int end = i + intro + length;
            if (length == 0 || end >= verb)
            {
                continue;
            }

            // "A đang sinh hoạt tại Chi bộ xóm B được trao …": where the person is a member, as where they live.
            int open = tokens[end].Key == "đang" ? end + 1 : end;
            int member = TokenPatterns.At(tokens, open, "sinh", "hoạt") ? 2 : 0;
            if (member == 0 && !AddressOpeners.Contains(tokens[open].Key))
            {
                continue;
            }

            int k = open + Math.Max(1, member);
            while (k < verb && (tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Number || tokens[k].Key is "," or "tại" or "số" ||
                                Officials.UnitLevels.StartsAt(tokens, k) || (member > 0 && Officials.BodyWords.Contains(tokens[k].Key))))
            {
                k += Officials.UnitLevels.TryMatch(tokens, k, out _, out int level) ? level : 1;
            }

            return k > open + 1 && JoinsReceiving(tokens, k, verb) ? PersonNames.Normalize(tokens, text, i + intro, length) : null;
        }

        return null;
    }

    /// <summary>Where a bracketed aside that ends right before <paramref name="end"/> opens (<c>A (SN 1927),</c>), else <paramref name="end"/>.</summary>
    private static int AsideStart(ReadOnlySpan<Token> tokens, int clauseStart, int end)
    {
        if (end - 1 <= clauseStart || tokens[end - 1].Key != ")")
        {
            return end;
        }

        for (int k = end - 2; k >= Math.Max(clauseStart, end - 20); k--)
        {
            if (tokens[k].Key == "(")
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The person introduced (<c>ông A</c>, <c>đồng chí B</c>) whose name ends right before <paramref name="end"/>, or null.</summary>
    private static string? IntroducedEndingAt(ReadOnlySpan<Token> tokens, string text, int clauseStart, int end)
    {
        for (int i = clauseStart; i < end; i++)
        {
            int intro = PersonNames.IntroducerAt(tokens, i);
            if (intro > 0 && PersonNames.NameAt(tokens, i + intro, introduced: true) is int length and > 0 && i + intro + length == end)
            {
                return PersonNames.Normalize(tokens, text, i + intro, length);
            }
        }

        return null;
    }

    /// <summary>Only joining words (<c>vinh dự được</c>) stand between <paramref name="from"/> and the receiving verb at or before <paramref name="verb"/>.</summary>
    private static bool JoinsReceiving(ReadOnlySpan<Token> tokens, int from, int verb)
    {
        int i = from;
        while (i < verb && Awards.ElidedSubjectWords.Contains(tokens[i].Key))
        {
            i++;
        }

        return i >= verb || Awards.ReceiveVerbs.StartsAt(tokens, i);
    }

    /// <summary>True when only joining words (<c>đồng thời</c>, <c>cũng</c>, <c>đã</c>) stand between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool OnlyJoining(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!Awards.ElidedSubjectWords.Contains(tokens[i].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the name at <paramref name="i"/> lies in the name of a body that opens at <paramref name="start"/> (<c>Trường THPT
    /// Nguyễn Trãi</c>, <c>Trường Trung cấp Y tế Lạc Sơn</c>): bodies are named after people and places; a post before the name
    /// (<c>Công ty A Giám đốc Nguyễn Văn B</c>) makes it a person's.
    /// </summary>
    private static bool InBodyName(ReadOnlySpan<Token> tokens, int start, int i, int limit) =>
        start < limit && BodyStartsAt(tokens, start) && i < BodyRunEnd(tokens, start, limit) && Officials.Positions.Find(tokens, start, i, out _, out _) < 0;

    /// <summary>
    /// A body named right after the honour received (<c>… tổ chức Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS B</c>): the
    /// honour at <paramref name="at"/> follows <c>đón nhận</c> and a body's head starts at <paramref name="after"/>, its end.
    /// </summary>
    private static bool BodyAfterHonourReceived(ReadOnlySpan<Token> tokens, int at, int after, int clauseEnd) =>
        at >= 2 && TokenPatterns.At(tokens, at - 2, "đón", "nhận") && after < clauseEnd && BodyStartsAt(tokens, after);

    /// <summary>A capitalised body's head word at <paramref name="i"/>: <c>Công ty</c>, <c>Báo</c>, <c>Đảng bộ</c>.</summary>
    private static bool BodyStartsAt(ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].IsCapitalized && tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && Awards.OrganizationNouns.StartsAt(tokens, i);

    /// <summary>
    /// A unit's level in lower case, then its capitalised name, before <paramref name="limit"/>: <c>xã Tân Phú</c>, <c>thị trấn A</c>.
    /// Not a unit that goes on an address after a comma ("hai thanh niên tại xã Phú Hải, huyện Phú Vang vừa được tặng …"): where the
    /// people live, not who receives.
    /// </summary>
    private static bool UnitNamedAt(ReadOnlySpan<Token> tokens, int i, int limit) =>
        !tokens[i].IsCapitalized && Officials.UnitLevels.TryMatch(tokens, i, out _, out int level) && i + level < limit && tokens[i + level].IsCapitalized &&
        tokens[i + level].Kind == TokenKind.Word && !(i >= 3 && tokens[i - 1].Key == "," && tokens[i - 2].IsCapitalized && UnitNameEndsAt(tokens, i - 1));

    /// <summary>True when a unit's level and its capitalised name end right before <paramref name="end"/> (<c>xã Phú Hải</c>).</summary>
    private static bool UnitNameEndsAt(ReadOnlySpan<Token> tokens, int end)
    {
        int k = end - 1;
        while (k > 0 && end - k <= 4 && tokens[k].IsCapitalized && tokens[k].Kind == TokenKind.Word)
        {
            k--;
        }

        return k < end - 1 && Officials.UnitLevels.EndsBefore(tokens, k + 1, 2);
    }

    /// <summary>
    /// End of a body's name that starts at <paramref name="start"/>, before <paramref name="limit"/>: capitals, abbreviations and body
    /// words (<c>Công ty CP Licogi 14</c>, <c>Bệnh viện Đa khoa tỉnh A</c>), a short number at its end, but not the years that follow
    /// it (<c>Đảng bộ huyện A 5 năm liền …</c>).
    /// </summary>
    private static int BodyRunEnd(ReadOnlySpan<Token> tokens, int start, int limit)
    {
        int end = start + 1;
        while (end < limit && end - start < 14)
        {
            // "Đài Phát thanh Truyền hình Thái Bình Kỷ niệm 55 năm … và đón nhận …" (a headline in title case): what the body does
            // starts after its name, capitals and all.
            if (BodyActs.StartsAt(tokens, end) && !Kinds.StartsAt(tokens, end))
            {
                break;
            }

            // "BĐBP A được Bộ Quốc phòng chọn …": a passive's agent after the name is no part of it.
            if (tokens[end].Key is "được" or "bị")
            {
                break;
            }

            if (tokens[end].IsCapitalized || tokens[end].Kind == TokenKind.Abbreviation || DashInName(tokens, end, limit) || AndInName(tokens, end, limit) ||
                (tokens[end].Kind == TokenKind.Word && (Officials.BodyWords.Contains(tokens[end].Key) || (end + 1 < limit && tokens[end + 1].IsCapitalized) ||
                                                        DashInName(tokens, end + 1, limit) || AndInName(tokens, end + 1, limit)) &&
                 !TokenPatterns.At(tokens, end, "tổ", "chức") && !TokenPatterns.At(tokens, end, "tiếp", "tục")))
            {
                end++;
            }
            else if (end - start <= 2 && LowerCaseNamePart(tokens, end, limit) is int named)
            {
                // "Trạm cứu hộ Sa Kỳ", "Trung tâm cứu hộ cứu nạn II": a name written in lower case after its head, up to its proper part.
                end = named;
            }
            else if (Bodies.SkipAside(tokens, end, limit) == end + 3 && tokens[end + 1].IsAllCaps && end + 3 < limit && tokens[end + 3].IsCapitalized &&
                     tokens[end + 3].Kind == TokenKind.Word)
            {
                // "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) Lạng Sơn": the name's abbreviation in brackets, then the rest of the name.
                end += 3;
            }
            else
            {
                break;
            }
        }

        // "Tiểu đoàn Cảnh sát đặc nhiệm số 1", "Đội Cảnh sát giao thông số 2": lower-case words of the unit's arm, then its number.
        int numbered = end;
        while (numbered < limit && numbered - end < 3 && tokens[numbered].Kind == TokenKind.Word && !tokens[numbered].IsCapitalized && tokens[numbered].Key != "số")
        {
            numbered++;
        }

        if (numbered > end && numbered + 1 < limit && tokens[numbered].Key == "số" && tokens[numbered + 1].Kind == TokenKind.Number)
        {
            end = numbered + 1;
        }

        if (end < limit && tokens[end].Kind == TokenKind.Number && tokens[end].Key.Length <= 3 &&
            !(end + 1 < tokens.Length && tokens[end + 1].Key is "năm" or "lần" or "tháng" or "ngày"))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// True when the <c>và</c> at <paramref name="and"/> joins two fields inside one name written in sentence case (<c>Hội Hữu nghị
    /// và Hợp tác Việt Nam - Pháp</c>): a capitalised word and its lower-case second syllable before it, a capitalised word after it
    /// that opens neither another body nor a person.
    /// </summary>
    private static bool AndInName(ReadOnlySpan<Token> tokens, int and, int limit) =>
        and >= 2 && and + 1 < limit && tokens[and].Key == "và" && tokens[and - 1].Kind == TokenKind.Word && !tokens[and - 1].IsCapitalized &&
        tokens[and - 2].IsCapitalized && tokens[and + 1].Kind == TokenKind.Word && tokens[and + 1].IsCapitalized &&
        !Awards.OrganizationNouns.StartsAt(tokens, and + 1) && PersonNames.IntroducerAt(tokens, and + 1) == 0;

    /// <summary>
    /// Where the name of a body that is the whole subject ends, when it is written in sentence case and runs into the receiving
    /// verb (<c>Quỹ Hỗ trợ nông dân đón nhận …</c>, <c>Trung tâm Kiểm soát bệnh tật tỉnh A vinh dự đón nhận …</c>): the words after
    /// its capitalised start up to the verb's adverbs, when none of them says something of the body; else <paramref name="end"/>.
    /// </summary>
    private static int SentenceCaseNameEnd(ReadOnlySpan<Token> tokens, int start, int end, int verb)
    {
        if (end - start < 2 || end >= verb)
        {
            return end;
        }

        // "Trung đoàn không quân 917 nhận …", "Lữ đoàn công binh 249 …": a unit named by lower-case words of its arm and its number.
        if (!CapitalizedWithin(tokens, start + 1, end))
        {
            int number = end;
            while (number < verb && number - end < 3 && tokens[number].Kind == TokenKind.Word && !tokens[number].IsCapitalized)
            {
                number++;
            }

            return number > end && number < verb && tokens[number].Kind == TokenKind.Number && number + 1 == verb ? verb : end;
        }

        int stop = verb;
        while (stop > end && Array.IndexOf(ReceivingAdverbs, tokens[stop - 1].Key) >= 0)
        {
            stop--;
        }

        if (stop == end)
        {
            return end;
        }

        for (int k = end; k < Math.Min(stop, end + 12); k++)
        {
            if (tokens[k].Key == "(" && k > end)
            {
                // "Quỹ Hỗ trợ nông dân (HTND) thuộc … tổ chức …": the name ends at its abbreviation in brackets.
                return k;
            }

            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || LowerCaseNameEnds.Contains(tokens[k].Key))
            {
                return end;
            }
        }

        return stop - end <= 12 ? stop : end;
    }

    /// <summary>True when a capitalised word stands in [<paramref name="from"/>, <paramref name="to"/>): the name's own part after its head.</summary>
    private static bool CapitalizedWithin(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that end a body's name written in lower case: what is said of the body follows.</summary>
    private static readonly IReadOnlySet<string> LowerCaseNameEnds = new HashSet<string>(StringComparer.Ordinal)
    {
        "được", "đã", "vì", "về", "có", "trong", "do", "với", "và", "của", "cho", "tại", "ở", "năm", "nhân", "dịp", "đạt", "là", "theo", "để",
        "nhằm", "từ", "đến", "tổ", "trao", "tặng", "nhận", "đón",
    };

    /// <summary>
    /// Where a body's name goes on past a few lower-case words at <paramref name="at"/> (<c>Trạm cứu hộ Sa Kỳ</c>): the index of the
    /// capitalised word or abbreviation they lead to; else null.
    /// </summary>
    private static int? LowerCaseNamePart(ReadOnlySpan<Token> tokens, int at, int limit)
    {
        for (int k = at; k < Math.Min(limit, at + 5); k++)
        {
            if (tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Abbreviation)
            {
                return k > at ? k : null;
            }

            if (tokens[k].Kind != TokenKind.Word || LowerCaseNameEnds.Contains(tokens[k].Key))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Start of the comma-separated part after the one at <paramref name="from"/> (brackets kept whole), or <paramref name="limit"/>.</summary>
    private static int NextChunk(ReadOnlySpan<Token> tokens, int from, int limit)
    {
        int depth = 0;
        for (int i = from; i < limit; i++)
        {
            depth += tokens[i].Key switch { "(" => 1, ")" => -1, _ => 0 };
            if (tokens[i].Key == "," && depth <= 0)
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>
    /// The person named last before <paramref name="before"/> in this sentence, else the first person named in the closest
    /// earlier sentence that names one ("Đồng chí A, nguyên …, đã từ trần." … "đồng chí đã được tặng …"); null in a headline.
    /// </summary>
    private static string? PersonNamedBefore(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, string text, int before,
        string? pronoun = null)
    {
        // "… trao Huy hiệu cho cụ Trần Thị A. … Cụ được Đảng và Nhà nước tặng thưởng …": a pronoun that says who (cụ, bà, ông, anh,
        // chị) is the person last introduced by that same word, though another person was named after that one.
        if (pronoun is "cụ" or "bà" or "ông" or "anh" or "chị" && sentenceIndex >= 0)
        {
            string? same = IntroducedBy(tokens, text, pronoun, before);
            for (int s = sentenceIndex - 1; same is null && s >= Math.Max(0, sentenceIndex - 6); s--)
            {
                var earlier = context.Document.TokensOf(context.Document.Sentences[s]);
                same = IntroducedBy(earlier, context.Document.Text, pronoun, earlier.Length);
            }

            if (same is not null)
            {
                return same;
            }
        }

        string? last = null;
        for (int i = 0; i < before; i++)
        {
            if (PersonAt(tokens, text, i, out int end) is string name)
            {
                last = name;
                i = end - 1;
            }
        }

        if (last is not null || sentenceIndex < 0)
        {
            return last;
        }

        var document = context.Document;
        for (int s = sentenceIndex - 1; s >= Math.Max(0, sentenceIndex - 6); s--)
        {
            if (FirstPerson(context, document.TokensOf(document.Sentences[s]), document.Text) is string name)
            {
                return name;
            }
        }

        // "Đồng chí A từ trần" as the headline, then "Ông được Đảng, Nhà nước tặng thưởng …": the obituary's subject is named
        // only there.
        return sentenceIndex < 6 && document.Cleaned.Title is string headline ? FirstPerson(context, document.TitleTokens, headline) : null;
    }

    /// <summary>The last person introduced by <paramref name="pronoun"/> (<c>cụ Trần Thị A</c>) before <paramref name="before"/>; else null.</summary>
    private static string? IntroducedBy(ReadOnlySpan<Token> tokens, string text, string pronoun, int before)
    {
        string? last = null;
        for (int i = 0; i + 1 < before; i++)
        {
            if (tokens[i].Key == pronoun && PersonNames.NameAt(tokens, i + 1, introduced: true) is int length and > 0)
            {
                last = PersonNames.Normalize(tokens, text, i + 1, length);
                i += length;
            }
        }

        return last;
    }

    /// <summary>
    /// The first person a sentence names: introduced, a full name after a rank or post, or a name after a chain of titles
    /// (<c>nguyên Phó Thủ tướng Vũ Khoan</c>, whose two syllables alone would not do).
    /// </summary>
    private static string? FirstPerson(ExtractionContext context, ReadOnlySpan<Token> tokens, string text)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (PersonAt(tokens, text, i, out _) is string name)
            {
                return name;
            }

            if (OfficialExtractor.NameAfterTitles(context, tokens, text, i) is var (titled, titledLength))
            {
                return PersonNames.Normalize(tokens, text, titled, titledLength);
            }
        }

        return null;
    }

    /// <summary>A person named at <paramref name="i"/>: introduced ("đồng chí A", "bà B") or a full name after a rank or post.</summary>
    private static string? PersonAt(ReadOnlySpan<Token> tokens, string text, int i, out int end)
    {
        end = i;
        int intro = PersonNames.IntroducerAt(tokens, i);
        int length = PersonNames.NameAt(tokens, i + intro, introduced: intro > 0);
        // A name right after a unit's level is the unit's ("Thành phố Hồ Chí Minh", "phường Nguyễn Trãi"), not a person.
        if (length == 0 || (intro == 0 && (length < 3 || (i > 0 && !IsTitleWord(tokens, i - 1) && !tokens[i - 1].IsCapitalized) ||
                                           Officials.UnitLevels.EndsBefore(tokens, i, 2))))
        {
            return null;
        }

        end = i + intro + length;
        return PersonNames.Normalize(tokens, text, i + intro, length);
    }

    /// <summary>A word of a body's name after its head: capitalised, or a number (<c>Sư đoàn 7</c>, <c>Lữ đoàn 26</c>).</summary>
    private static bool NamePart(Token token) => (token.IsCapitalized && token.Kind == TokenKind.Word) || token.Kind == TokenKind.Number;

    /// <summary>"Bệnh viện này": the body with these words named earlier in the article ("Bệnh viện Bạch Mai", "Sư đoàn 7").</summary>
    private static string? NamedBefore(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, int start, int end)
    {
        var document = context.Document;
        for (int s = sentenceIndex; s >= Math.Max(0, sentenceIndex - 6); s--)
        {
            var earlier = document.TokensOf(document.Sentences[s]);
            int limit = s == sentenceIndex ? start : earlier.Length;
            for (int i = 0; i + (end - start) < limit; i++)
            {
                bool same = true;
                for (int k = 0; k < end - start && same; k++)
                {
                    same = earlier[i + k].Key == tokens[start + k].Key;
                }

                int name = i + (end - start);
                if (!same || !NamePart(earlier[name]))
                {
                    continue;
                }

                int stop = name;
                while (stop < limit && stop - name < 5 && NamePart(earlier[stop]))
                {
                    stop++;
                }

                return document.Text[earlier[i].Span.Start..earlier[stop - 1].Span.End];
            }
        }

        return null;
    }

    /// <summary>
    /// A recipient written [<paramref name="start"/>, <paramref name="end"/>) that ends on a unit's level before <c>này</c>
    /// (<c>Đảng bộ, chính quyền và nhân dân tỉnh</c> + <c>này</c>), completed with the place of that level named last before
    /// <paramref name="before"/> (<see cref="PlaceNamedBefore"/>); null when it does not end so or no such place is named.
    /// </summary>
    private static string? WithPlaceReferredTo(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, string text, int start, int end, int before) =>
        end - 1 > start && Officials.UnitLevels.EndsBefore(tokens, end, 1) &&
        PlaceNamedBefore(context, sentenceIndex, tokens, before, tokens[end - 1].Key) is string place
            ? text[tokens[start].Span.Start..tokens[end - 1].Span.End] + " " + place
            : null;

    /// <summary>
    /// The name of the place of level <paramref name="level"/> (<c>tỉnh</c>, <c>huyện</c>, <c>xã</c> …) named last before
    /// <paramref name="before"/> in this sentence, else in the nearest of the few sentences before, else in the headline
    /// (<c>tái lập tỉnh Trà Vinh</c> for a later <c>tỉnh này</c>); null when none is.
    /// </summary>
    private static string? PlaceNamedBefore(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, int before, string level)
    {
        var document = context.Document;
        for (int s = sentenceIndex; s >= Math.Max(0, sentenceIndex - 6); s--)
        {
            var earlier = s == sentenceIndex ? tokens[..Math.Max(0, before)] : document.TokensOf(document.Sentences[s]);
            if (LastPlaceName(earlier, document.Text, level) is string name)
            {
                return name;
            }
        }

        return document.Cleaned.Title is string title ? LastPlaceName(document.TitleTokens, title, level) : null;
    }

    /// <summary>The capitalised name after the last <paramref name="level"/> word in <paramref name="tokens"/>, or null.</summary>
    private static string? LastPlaceName(ReadOnlySpan<Token> tokens, string text, string level)
    {
        for (int i = tokens.Length - 2; i >= 0; i--)
        {
            if (tokens[i].Key != level || !tokens[i + 1].IsCapitalized || tokens[i + 1].Kind != TokenKind.Word)
            {
                continue;
            }

            int stop = i + 1;
            while (stop < tokens.Length && stop - i <= 4 && tokens[stop].IsCapitalized && tokens[stop].Kind == TokenKind.Word)
            {
                stop++;
            }

            return text[tokens[i + 1].Span.Start..tokens[stop - 1].Span.End];
        }

        return null;
    }

    /// <summary>
    /// The body whose name opens with <paramref name="head"/> (<c>Trường THPT A</c> for <c>nhà trường</c>) named last before
    /// <paramref name="before"/> in this sentence, else last in the nearest of the <paramref name="sentencesBack"/> sentences before
    /// that names one; null when none does.
    /// </summary>
    private static string? BodyReferredTo(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, string text, int before, string[] head,
        int sentencesBack = 1)
    {
        string? named = LastBodyHeaded(tokens, text, before, head);
        var document = context.Document;
        for (int s = sentenceIndex - 1; named is null && s >= 0 && s >= sentenceIndex - sentencesBack; s--)
        {
            var earlier = document.TokensOf(document.Sentences[s]);
            named = LastBodyHeaded(earlier, document.Text, earlier.Length, head);
        }

        return named;
    }

    /// <summary>
    /// Past the words for the people of a body that open a subject (<c>thầy và trò</c>, <c>tập thể cán bộ</c>, with their commas and
    /// <c>và</c>), from <paramref name="start"/> up to <paramref name="verb"/>; <paramref name="start"/> when there are none.
    /// </summary>
    private static int PastPeopleOfBody(ReadOnlySpan<Token> tokens, int start, int verb)
    {
        int i = start;
        while (i < verb && (Awards.PeopleOfBody.TryMatch(tokens, i, out _, out int people) || Awards.MembersOfBody.TryMatch(tokens, i, out _, out people)))
        {
            i += people;
            i += i < verb && tokens[i].Key is "," or "và" ? 1 : 0;
        }

        return i;
    }

    /// <summary>How far back a subject that refers to a body by its kind looks for the name: the article so far.</summary>
    private const int AnySentenceBefore = int.MaxValue;

    /// <summary>
    /// The head of the body a subject from <paramref name="start"/> to the receiving verb refers to by its kind alone (<c>nhà
    /// trường</c>, <c>thầy và trò nhà trường</c>, <c>tập thể bệnh viện</c>), with nothing but auxiliaries after it; else null.
    /// </summary>
    private static string[]? ReferenceAt(ReadOnlySpan<Token> tokens, int start, int verb) =>
        ReferenceHead(tokens, start, verb, out int after) is string[] head && TokenPatterns.OnlyBetween(tokens, after, verb, BeforeReceivingOrPassive)
            ? head
            : null;

    /// <summary>
    /// The head of the body a clause from <paramref name="start"/> opens with by its kind alone (<c>nhà trường đạt …</c>, <c>tập thể
    /// bệnh viện đã …</c>), followed by what is said of it in lower case; else null.
    /// </summary>
    private static string[]? ReferenceOpening(ReadOnlySpan<Token> tokens, int start, int limit) =>
        ReferenceHead(tokens, start, limit, out int after) is string[] head && after < limit && tokens[after].Kind == TokenKind.Word ? head : null;

    /// <summary>
    /// A body referred to by its kind alone from <paramref name="start"/> (past the words for its people: <c>thầy và trò nhà
    /// trường</c>), not followed by a capital that would make it the start of a name; its head's keys, and where it ends in
    /// <paramref name="after"/>. Null when there is none before <paramref name="limit"/>.
    /// </summary>
    private static string[]? ReferenceHead(ReadOnlySpan<Token> tokens, int start, int limit, out int after)
    {
        int i = PastPeopleOfBody(tokens, start, limit);
        after = i;
        if (i >= limit || !Awards.BodyReferences.TryMatch(tokens, i, out string[]? head, out int length))
        {
            return null;
        }

        after = i + length;
        return after >= tokens.Length || !tokens[after].IsCapitalized ? head : null;
    }

    /// <summary>
    /// The last body's name before <paramref name="before"/> that opens with <paramref name="head"/> and names it (two words or more),
    /// not a name it had before.
    /// </summary>
    private static string? LastBodyHeaded(ReadOnlySpan<Token> tokens, string text, int before, string[] head)
    {
        for (int i = before - head.Length; i >= 0; i--)
        {
            // "Tổng Công ty A" is a body of another kind than a "Công ty" (its corporation, not the firm itself).
            // "Tiền thân là Trường A": the body's former name is not the body meant now.
            if (!BodyStartsAt(tokens, i) || !TokenPatterns.At(tokens, i, head) || (i > 0 && tokens[i - 1].Key == "tổng") || Awards.FormerNameMarkers.EndsBefore(tokens, i, 4))
            {
                continue;
            }

            // "Trường THCS A nhận Bằng khen …" in an earlier sentence: the name ends at the verb, as it does in a subject.
            int limit = i + head.Length;
            while (limit < before && !Awards.ReceiveVerbs.StartsAt(tokens, limit) && !Awards.GiveVerbs.StartsAt(tokens, limit))
            {
                limit++;
            }

            int end = BodyRunEnd(tokens, i, limit);
            if (end - i > head.Length)
            {
                return text[tokens[i].Span.Start..tokens[end - 1].Span.End];
            }
        }

        return null;
    }

    /// <summary>
    /// A named recipient: "cho đồng chí A", "cho đảng viên lão thành A", "cho Đảng bộ xã B" after the award,
    /// or "đồng chí A (Đảng bộ xã B) … được … tặng" before it.
    /// </summary>
    private static string? NamedRecipient(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, string text, int at, int after,
        int clauseStart, int clauseEnd)
    {
        int to = RecipientOpenerAfter(tokens, after, clauseEnd);
        // "trao Huân chương … tặng Tập đoàn A": "tặng" right after the honour opens a named body as "cho" does.
        if (to < 0 && after + 1 < clauseEnd && tokens[after].Key == "tặng" && BodyStartsAt(tokens, after + 1))
        {
            to = after;
        }

        // "Bộ Công an khen thưởng đột xuất Công an TP Đồng Hới vì …": the plain verb's object, a named body, is the one commended
        // (a named form's object is its giver: "Bằng khen UBND tỉnh").
        if (to < 0 && Kinds.TryMatch(tokens, at, out var plain, out _) && plain == AwardKind.Commendation && (at == 0 || tokens[at - 1].Key != "được"))
        {
            int body = after < clauseEnd && Awards.CommendationManners.TryMatch(tokens, after, out _, out int manner) ? after + manner : after;
            if (body < clauseEnd && BodyStartsAt(tokens, body))
            {
                to = body - 1;
            }
        }

        // "UBND xã A tổ chức Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS B": the body named right after the honour
        // received is the one receiving it, not the host of the ceremony.
        if (to < 0 && BodyAfterHonourReceived(tokens, at, after, clauseEnd))
        {
            to = after - 1;
        }

        if (to >= 0)
        {
            int first = to + 1;
            int intro = PersonNames.IntroducerAt(tokens, first);
            if (intro > 0 && PersonNames.NameAt(tokens, first + intro, introduced: true) is int introduced and > 0)
            {
                return PersonNames.Normalize(tokens, text, first + intro, introduced);
            }

            // "… trao Huy hiệu 70 năm tuổi Đảng cho đồng chí.": the person referred to without the name is the one named before.
            if (intro > 0 && (first + intro >= clauseEnd || tokens[first + intro].Key is "." or "," or ";" or "(") && sentenceIndex >= 0)
            {
                return PersonNamedBefore(context, sentenceIndex, tokens, text, to);
            }

            // "cho đảng viên lão thành Phạm Văn Hanh": a role, then the name; "cho xã Thạch Châu" names a place, not a person.
            if (!Officials.UnitLevels.StartsAt(tokens, first))
            {
                for (int i = first; i < Math.Min(clauseEnd, first + 5); i++)
                {
                    // "cho cán bộ, nhân dân tổ dân phố Hà Trung": a name after a unit's level is the unit's.
                    if (i > first && Officials.UnitLevels.EndsBefore(tokens, i, 3))
                    {
                        break;
                    }

                    if (PersonNames.NameAt(tokens, i, introduced: false) is int bare and > 0 && !InBodyName(tokens, first, i, clauseEnd))
                    {
                        return PersonNames.Normalize(tokens, text, i, bare);
                    }
                }
            }

            // "cho tập thể cán bộ, công nhân viên Công ty A": the people of a named body; the body is the recipient.
            int body = first;
            while (body < clauseEnd)
            {
                // "cho Ban Giám hiệu nhà trường": the leadership receives on the body's behalf, as its people do.
                if (Awards.PeopleOfBody.TryMatch(tokens, body, out _, out int people) || Awards.LeadershipOfBody.TryMatch(tokens, body, out _, out people))
                {
                    body += people;
                }
                else if (body > first && tokens[body].Key is "," or "và")
                {
                    body++;
                }
                else
                {
                    break;
                }
            }

            // "đề nghị Chủ tịch nước xét tặng Huân chương Lao động hạng Ba cho tập thể nhà trường": a body referred to by its kind alone
            // is the one of that kind the sentence, or the one before, named ("Trường THPT A").
            if (body < clauseEnd && Awards.BodyReferences.TryMatch(tokens, body, out string[]? head, out int reference) &&
                !tokens[body].IsCapitalized && (body + reference >= clauseEnd || !tokens[body + reference].IsCapitalized))
            {
                return BodyReferredTo(context, sentenceIndex, tokens, text, to, head);
            }

            if (body == first || body >= clauseEnd || !(tokens[body].IsCapitalized && Awards.OrganizationNouns.StartsAt(tokens, body)))
            {
                body = first;
            }

            // "cho Đảng bộ, chính quyền và Nhân dân xã Liêm Sơn", "cho xã Liêm Sơn": a named body, as written.
            if (RecipientPhrase(tokens, body, clauseEnd) is int phraseEnd && phraseEnd > body)
            {
                // "… cho Đảng bộ, chính quyền và nhân dân tỉnh này": the place is the one of that level named last before.
                bool referred = phraseEnd < clauseEnd && tokens[phraseEnd].Key == "này" && sentenceIndex >= 0;
                return (referred ? WithPlaceReferredTo(context, sentenceIndex, tokens, text, body, phraseEnd, to) : null) ??
                       text[tokens[body].Span.Start..tokens[phraseEnd - 1].Span.End];
            }
        }

        int passive = LastPassive(tokens, Math.Max(clauseStart, at - 8), at);
        if (passive < 0)
        {
            return null;
        }

        // The recipient is the subject just before "(vinh dự) (đã) được": a named person or a named body.
        int end = passive;
        while (end > clauseStart && tokens[end - 1].Key is "vinh" or "dự" or "đã" or "cũng" or "vừa" or "đều" or "mới")
        {
            end--;
        }

        int start = SubjectRunStart(tokens, clauseStart, end);
        // "BĐBP Quảng Bình được Bộ Quốc phòng chọn …, được Chủ tịch nước tặng Huân chương …": a second passive after a comma shares
        // the subject of the first.
        if (start == end && end > clauseStart && tokens[end - 1].Key == "," && LastPassive(tokens, clauseStart, end - 1) is int earlier and > 0 &&
            SubjectRunStart(tokens, clauseStart, earlier) is int shared && shared < earlier && tokens[shared].IsCapitalized)
        {
            (start, end) = (shared, earlier);
        }

        // "Việc Viettel TP.HCM vinh dự được … trao tặng …": "việc" (the fact that) opening the sentence is no part of the name.
        if (start + 1 < end && tokens[start].Key is "việc" or "sự")
        {
            start++;
        }

        // "Đồng chí A, nguyên Bí thư Huyện ủy được … tặng": the run is the person's title; the person came before it.
        for (int k = start - 1; k >= Math.Max(clauseStart, start - 5); k--)
        {
            if (Officials.Positions.TryMatch(tokens, k, out _, out int positionLength) && k + positionLength == start)
            {
                start = k;
                break;
            }
        }

        bool titleRun = start < end && (Officials.Positions.StartsAt(tokens, start) || (start > clauseStart && Officials.FormerMarkers.StartsAt(tokens, start - 1)));
        if (titleRun)
        {
            string? person = null;
            for (int i = clauseStart; i < start; i++)
            {
                int intro = PersonNames.IntroducerAt(tokens, i);
                if (intro > 0 && PersonNames.NameAt(tokens, i + intro, introduced: true) is int length and > 0)
                {
                    person = PersonNames.Normalize(tokens, text, i + intro, length);
                    i += intro + length - 1;
                }
            }

            return person;
        }

        // Skip what comes before the name in the run: "đồng chí", a post ("nguyên là …" stays outside the run).
        for (int i = start; i < end; i++)
        {
            int intro = PersonNames.IntroducerAt(tokens, i);
            if (intro > 0 && PersonNames.NameAt(tokens, i + intro, introduced: true) is int length and > 0 && i + intro + length == end)
            {
                return PersonNames.Normalize(tokens, text, i + intro, length);
            }
        }

        // "đồng chí A, nguyên là Phó Chủ nhiệm …, được … tặng": a person introduced earlier in the clause, with an apposition.
        if (end > clauseStart && tokens[end - 1].Key == ",")
        {
            for (int i = clauseStart; i < end; i++)
            {
                int intro = PersonNames.IntroducerAt(tokens, i);
                if (intro > 0 && PersonNames.NameAt(tokens, i + intro, introduced: true) is int length and > 0)
                {
                    return PersonNames.Normalize(tokens, text, i + intro, length);
                }
            }
        }

        if (start < end && tokens[start].IsCapitalized && end - start >= 2)
        {
            return text[tokens[start].Span.Start..tokens[end - 1].Span.End];
        }

        return null;
    }

    /// <summary>Where the run of a body's or a person's name that ends at <paramref name="end"/> starts (<paramref name="end"/> when none does).</summary>
    private static int SubjectRunStart(ReadOnlySpan<Token> tokens, int clauseStart, int end)
    {
        int start = end;
        while (start > clauseStart && (IsBodyToken(tokens[start - 1]) || (tokens[start - 1].Kind == TokenKind.Word && tokens[start - 1].IsCapitalized) ||
                                       DashInName(tokens, start - 1, end)))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// End of a named recipient body starting at <paramref name="first"/>: body words, names, "," and "và", up to a
    /// reason ("vì", "có thành tích" …) or the clause's end; null unless it names something (a capital) and counts nothing.
    /// </summary>
    private static int? RecipientPhrase(ReadOnlySpan<Token> tokens, int first, int clauseEnd)
    {
        int end = first;
        bool named = false;
        // A body's head word ("Công ty", "Hợp tác xã", "Trường"): its name may hold lower-case words before a capital
        // ("Công ty Cổ phần A", "Trường THPT chuyên B").
        int headLength = 0;
        bool headed = Awards.OrganizationNouns.TryMatch(tokens, first, out _, out headLength);
        if (headed)
        {
            end += headLength;
            named = tokens[first].IsCapitalized;
        }
        else if (Awards.CommunityRecipients.TryMatch(tokens, first, out _, out int communityLength))
        {
            // "Nhân dân và cán bộ xã A": the community's words, then its place.
            end += communityLength;
        }

        // "cho Công ty Cổ phần A tại Lễ kỷ niệm …", "cho Cà Mau tại Hội nghị …": where the honour was given ends the name.
        while (end < clauseEnd && end - first < 14 && !DetailOpeners.StartsAt(tokens, end) && !HonourStartsAt(tokens, end) &&
               !(tokens[end].Key == "tại" && Events.StartsAt(tokens, end + 1)))
        {
            var token = tokens[end];
            bool part = IsBodyToken(token) || token.Key is "," or "và" or "nhân" or "dân" || Officials.UnitLevels.StartsAt(tokens, end) || DashInName(tokens, end, clauseEnd) ||
                        (headed && token.Kind == TokenKind.Word && end + 1 < clauseEnd &&
                         ((tokens[end + 1].IsCapitalized && tokens[end + 1].Kind == TokenKind.Word) || DashInName(tokens, end + 1, clauseEnd) ||
                          AndInName(tokens, end + 1, clauseEnd)));
            // "Tổng công ty May 10", "Trường THCS số 2": a number that ends a named body is part of its name; "cho Trường A 15
            // suất học bổng" counts something else.
            bool numberEndsName = token.Kind == TokenKind.Number && named && token.Key.Length <= 3 && end > first &&
                                  tokens[end - 1].IsWordLike && (end + 1 >= clauseEnd || tokens[end + 1].Kind == TokenKind.Punctuation);
            if (numberEndsName)
            {
                end++;
                break;
            }

            // "cho Trạm cứu hộ Sa Kỳ", "cho Trung tâm cứu hộ cứu nạn II": a headed name written in lower case up to its proper part;
            // not past "và" into the next recipient ("… và cô giáo A").
            if (!part && headed && tokens[end - 1].Key is not ("và" or ",") && PersonNames.IntroducerAt(tokens, end) == 0 &&
                LowerCaseNamePart(tokens, end, clauseEnd) is int proper)
            {
                end = proper;
                continue;
            }

            // "… cho Trường THPT A và trao Bằng khen …": "và" before another giving verb ends the recipient.
            if (!part || token.Kind is TokenKind.Number or TokenKind.Percent || (token.Key == "và" && end + 1 < clauseEnd && IsVerbWord(tokens[end + 1])))
            {
                break;
            }

            named |= token.IsCapitalized;
            end++;
        }

        while (end > first && tokens[end - 1].Key is "," or "và")
        {
            end--;
        }

        return named && end - first >= 2 ? end : null;
    }

    /// <summary>An introduced person in the clause before the honour (<c>ông A được tặng 2 Huân chương …</c>): the honours are theirs.</summary>
    private static bool PersonBefore(ReadOnlySpan<Token> tokens, int clauseStart, int at)
    {
        for (int k = Math.Max(0, clauseStart); k < at; k++)
        {
            if (PersonNames.IntroducerAt(tokens, k) is int intro and > 0 && PersonNames.NameAt(tokens, k + intro, introduced: true) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A collective's noun (<c>tập thể</c>, <c>đơn vị</c>) in the clause before the honour: what its count counts.</summary>
    private static bool CollectiveBefore(ReadOnlySpan<Token> tokens, int clauseStart, int at)
    {
        for (int k = Math.Max(0, clauseStart); k + 1 < at; k++)
        {
            // Not the recipient-noun tables: their "tổ chức" (an organisation) is also the verb of "tổ chức lễ trao".
            if (TokenPatterns.At(tokens, k, "tập", "thể") || TokenPatterns.At(tokens, k, "đơn", "vị"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="receiver"/> with the people joined to it by <c>và</c> or commas before the honour at <paramref name="at"/>
    /// (<c>ông A và bà B được tặng …</c>, <c>kình ngư A và B được …</c>), in the order written; the receiver alone when anything
    /// but the verb follows the list.
    /// </summary>
    private static List<string> WithJoined(ReadOnlySpan<Token> tokens, string text, string receiver, int clauseStart, int at)
    {
        var joined = new List<string> { receiver };
        int i = -1;
        for (int k = Math.Max(0, clauseStart); k < at; k++)
        {
            if (text.AsSpan(tokens[k].Span.Start).StartsWith(receiver, StringComparison.Ordinal))
            {
                i = k;
                break;
            }
        }

        if (i < 0)
        {
            return joined;
        }

        // Before it: "Ông A, ông B và bà C được …", "kình ngư A và B được …" (the receiver read last, or after the last comma).
        bool receiverIntroduced = i > clauseStart && PersonNames.IntroducerAt(tokens, i - 1) == 1;
        // Bare names join a bare person ("kình ngư A và B"), not a body ("tại Khách sạn Hoàng Anh Gia Lai, Công ty A tổ chức lễ đón
        // nhận …": the name before the comma ends the venue's).
        bool receiverBare = !receiverIntroduced && PersonNames.NameAt(tokens, i, introduced: false) > 0;
        int first = i - (receiverIntroduced ? 1 : 0);
        while (first - 2 >= clauseStart && tokens[first - 1].Key is "và" or ",")
        {
            int found = -1, foundIntro = 0, foundLength = 0;
            for (int k = Math.Max(clauseStart, first - 8); k < first - 1 && found < 0; k++)
            {
                // Introduced like the receiver: "Bệnh viện Bạch Mai và ông A" names a hospital, not a Bạch Mai; a bare receiver
                // lists bare names ("kình ngư A và B được …"). A body ending in a person's name before a bare receiver ("Trường THPT
                // Phan Bội Châu và B") is read whole as the recipient before this is asked.
                int intro = PersonNames.IntroducerAt(tokens, k);
                int length = intro > 0 ? PersonNames.NameAt(tokens, k + intro, introduced: true)
                    : receiverBare ? PersonNames.NameAt(tokens, k, introduced: false) : 0;
                if (length > 0 && k + intro + length == first - 1)
                {
                    (found, foundIntro, foundLength) = (k, intro, length);
                }
            }

            if (found < 0)
            {
                break;
            }

            joined.Insert(0, PersonNames.Normalize(tokens, text, found + foundIntro, foundLength));
            first = found;
        }

        // Past the receiver's own name.
        int end = i;
        while (end < at && tokens[end].Span.End <= tokens[i].Span.Start + receiver.Length)
        {
            end++;
        }

        // "ông A (huyện X) và B (huyện Y) nhận …": where each one is from, in brackets, is passed over; so is when each was born
        // and joined the Party ("cụ A sinh năm 1936 vào Đảng ngày 3/2/1961 và cụ B sinh năm 1930 … được trao …").
        end = PastLifeFacts(tokens, Bodies.SkipAside(tokens, end, at), at);
        while (end + 1 < at && tokens[end].Key is "và" or ",")
        {
            int intro = PersonNames.IntroducerAt(tokens, end + 1);
            int length = PersonNames.NameAt(tokens, end + 1 + intro, introduced: intro > 0);
            if (length == 0)
            {
                break;
            }

            joined.Add(PersonNames.Normalize(tokens, text, end + 1 + intro, length));
            end = PastLifeFacts(tokens, Bodies.SkipAside(tokens, end + 1 + intro + length, at), at);
        }

        // The list must run into the verb: "A và B được tặng", not "A và B cùng dự lễ; C được tặng".
        return end < at && (tokens[end].Key is "được" or "vinh" or "đã" or "cùng" or "đều" || Awards.ReceiveVerbs.StartsAt(tokens, end)) ? joined : [receiver];
    }

    /// <summary>
    /// Past what the news tells of a person right after his name, each a life-story clause with its dates (<c>sinh năm 1936</c>,
    /// <c>vào Đảng CSVN ngày 3/2/1961</c>: <see cref="Officials.LifeStoryClauses"/>), up to <paramref name="to"/>; a clause with no
    /// date after it is not passed, nor anything after it. <paramref name="from"/> when none follows.
    /// </summary>
    private static int PastLifeFacts(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int k = from;
        while (k < to && Officials.LifeStoryClauses.TryMatch(tokens, k, out _, out int clause))
        {
            // The dates: numbers, initials (CSVN) and the words that name a day or a year, never another word.
            int next = k + clause;
            while (next < to && (tokens[next].Kind != TokenKind.Word || tokens[next].Key is "ngày" or "tháng" or "năm") && tokens[next].Key is not ("," or ";"))
            {
                next++;
            }

            if (next == k + clause || tokens[next - 1].Kind is not (TokenKind.Number or TokenKind.Date))
            {
                break;
            }

            k = next;
        }

        return k;
    }

    /// <summary>
    /// Past the money that comes with an honour, a few words after <paramref name="from"/> (<c>đột xuất kèm (theo) số tiền 20 triệu
    /// đồng</c>): the index after <c>đồng</c>, or <paramref name="from"/> when there is none.
    /// </summary>
    private static int PastMoney(ReadOnlySpan<Token> tokens, int from, int clauseEnd) =>
        TokenPatterns.IndexOf(tokens, from, Math.Min(clauseEnd, from + 4), "kèm") is int with and >= 0 &&
        TokenPatterns.IndexOf(tokens, with + 1, Math.Min(clauseEnd, with + 10), "đồng") is int money and >= 0
            ? money + 1
            : from;

    /// <summary>
    /// A person introduced (<c>ông A</c>) or named after what they were (<c>liệt sĩ A</c>, <c>thương binh B</c>) at
    /// <paramref name="at"/>: the one a giving verb right after an honour gives it to.
    /// </summary>
    private static bool PersonGivenTo(ReadOnlySpan<Token> tokens, int at, int clauseEnd)
    {
        if (at >= clauseEnd)
        {
            return false;
        }

        int intro = PersonNames.IntroducerAt(tokens, at);
        if (intro == 0 && RecipientNounAt(tokens, at, out var kind, out int noun) && kind == RecipientKind.Individual && !tokens[at].IsCapitalized)
        {
            intro = noun;
        }

        return intro > 0 && at + intro < clauseEnd && PersonNames.NameAt(tokens, at + intro, introduced: true) > 0;
    }

    /// <summary>Words that may stand between a recipient and the verb of receiving (<c>A đã vinh dự nhận …</c>).</summary>
    private static readonly string[] BeforeReceiving = ["đã", "cũng", "vừa", "từng", "vinh", "dự", "đều", "tiếp", "tục", "lại", "mới"];

    /// <summary><see cref="BeforeReceiving"/> and the passive's <c>được</c> (<c>A được tặng …</c>).</summary>
    private static readonly string[] BeforeReceivingOrPassive = [.. BeforeReceiving, "được"];

    /// <summary>Words between a subject and its receiving verb: <see cref="BeforeReceivingOrPassive"/> and <c>long trọng</c>.</summary>
    private static readonly string[] ReceivingAdverbs = [.. BeforeReceivingOrPassive, "long", "trọng"];

    /// <summary>Verbs of addressing the recipients (<c>chúc mừng</c>, <c>tri ân</c>): their subject only congratulates.</summary>
    private static readonly PhraseTable<bool> Addressing = PhraseTableBuilder.Of("award-addressing", true,
        "chúc mừng", "tri ân", "khen ngợi", "động viên", "biểu dương", "phát biểu", "nhấn mạnh", "mong muốn", "đề nghị", "yêu cầu");

    /// <summary>
    /// True when the honour at <paramref name="at"/> is named inside <c>trong số …</c>, which refers back to recipients already
    /// told: with no number between (<c>Trong số đảng viên được tặng Huy hiệu Đảng đợt này có 23 đảng viên …</c>), or, at the
    /// clause's start, with only the total an honour of the same kind was given to (<c>Trong số 366 cá nhân được tặng Kỷ niệm
    /// chương …, các VKSND cấp cao có 8 cá nhân; …</c> splits that total by unit). A part counted before its own honour
    /// (<c>Trong số 91 đảng viên, có 2 đồng chí nhận Huy hiệu 75 năm …</c>) is that part's.
    /// </summary>
    private static bool WithinTheNumberOf(ExtractionContext context, ReadOnlySpan<Token> tokens, string text, int at, AwardKind kind)
    {
        int start = TokenPatterns.ClauseStart(tokens, at);
        int numbers = 0, firstNumber = -1;
        for (int k = at - 1; k >= start; k--)
        {
            if (TokenPatterns.At(tokens, k, "trong", "số"))
            {
                return numbers == 0
                    ? at - k <= 8
                    : numbers == 1 && firstNumber == k + 2 && k - start <= 2 && TokenPatterns.ReadCount(tokens, text, k + 2, out int total, out _) > 0 &&
                      context.Awards.Exists(a => a.Kind == kind && a.Recipients.Any(r => r.Count == total));
            }

            if (tokens[k].Kind == TokenKind.Number)
            {
                (numbers, firstNumber) = (numbers + 1, k);
            }
        }

        return false;
    }

    /// <summary>
    /// True when a verb of honouring at <paramref name="at"/> (<see cref="OtherHonouring"/>) starts another statement: always once
    /// recipients were read; before any, only when no recipients follow it, since <c>khen thưởng, biểu dương 17 tập thể …</c> pairs
    /// the two verbs in one statement.
    /// </summary>
    private static bool OtherHonouringStarts(ReadOnlySpan<Token> tokens, int at, int to, bool recipientsRead)
    {
        if (!OtherHonouring.TryMatch(tokens, at, out _, out int length))
        {
            return false;
        }

        int next = at + length;
        return recipientsRead || next >= to || !(tokens[next].Kind == TokenKind.Number || RecipientNounAt(tokens, next, out _, out _));
    }

    /// <summary>Verbs of honouring without an honour of a kind this reader counts (<c>tuyên dương</c>, <c>biểu dương</c>).</summary>
    private static readonly PhraseTable<bool> OtherHonouring = PhraseTableBuilder.Of("other-honouring", true, "tuyên dương", "biểu dương", "vinh danh");

    /// <summary>The giver: "được X tặng", "X (đã) khen thưởng", "Bằng khen của X".</summary>
    private static string? Grantor(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart, int clauseEnd, int after)
    {
        // "Thừa ủy quyền (ủy nhiệm) (của) Chủ tịch nước, …": the one who confers it, not the one who hands it over.
        for (int i = clauseStart; i + 2 < at; i++)
        {
            if (Officials.Delegations.TryMatch(tokens, i, out _, out int delegation))
            {
                int from = i + delegation + (tokens[i + delegation].Key == "của" ? 1 : 0);
                int end = from;
                // "Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Nội vụ A trao …": the presenter's post, written without a comma,
                // ends the grantor.
                // "thừa ủy quyền Chủ tịch nước trao Huân chương …": so does the verb of handing it over.
                while (end < at && tokens[end].Key != "," && end - from < 8 && !(end - from >= 2 && tokens[end].IsCapitalized && Officials.Positions.StartsAt(tokens, end)) &&
                       !(end > from && !tokens[end].IsCapitalized && Awards.GiveVerbs.StartsAt(tokens, end)))
                {
                    end++;
                }

                return end > from ? text[tokens[from].Span.Start..tokens[end - 1].Span.End] : null;
            }
        }

        string? run = GrantorRun(tokens, text, at, clauseStart, clauseEnd, after);
        if (run is not null)
        {
            var runTokens = Tokenizer.Tokenize(run).ToArray();
            // "Nhận Huy hiệu … có đồng chí A": a verb that opens the sentence is no giver; nor is a proposal ("Đề xuất khen thưởng …"),
            // nor the noun that makes the act a subject ("Việc trao tặng Huân chương … cho A thể hiện …").
            if (runTokens.Length > 0 && (IsVerbWord(runTokens[0]) || Awards.ReceiveVerbs.StartsAt(runTokens, 0) || ProposalMarkers.StartsAt(runTokens, 0) ||
                                         runTokens[0].Key is "xét" or "việc" or "sự"))
            {
                return null;
            }

            // "Đoàn (công tác) đã trao …": a visiting delegation hands the honour over; "Đoàn Thanh niên" is a body.
            if (runTokens.Length > 0 && runTokens[0].Key == "đoàn" && (runTokens.Length == 1 || !runTokens[1].IsCapitalized))
            {
                return null;
            }

            // "Thủ tướng Nguyễn Xuân Phúc trao …": a person who hands the honour over is not its grantor. A place after its level
            // ("Đảng ủy phường Kim Long") is no person, whatever family name it opens with.
            for (int k = 0; k < runTokens.Length; k++)
            {
                if (PersonNames.NameAt(runTokens, k, introduced: false) is int length and >= 2 && k + length == runTokens.Length &&
                    !Officials.UnitLevels.EndsBefore(runTokens, k, 3))
                {
                    return null;
                }
            }
        }

        return run;
    }

    private static string? GrantorRun(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart, int clauseEnd, int after)
    {
        if (after + 1 < clauseEnd && tokens[after].Key == "của")
        {
            int end = BodyRunForward(tokens, after + 1, clauseEnd);
            if (end > after + 1)
            {
                return text[tokens[after + 1].Span.Start..tokens[end - 1].Span.End];
            }
        }

        // "đón nhận Huân chương Lao động hạng Nhất do Chủ tịch nước trao tặng": the giver after "do", before the verb of giving.
        if (after + 2 < clauseEnd && tokens[after].Key == "do" && tokens[after + 1].IsCapitalized)
        {
            int end = BodyRunForward(tokens, after + 1, clauseEnd);
            if (end > after + 1 && end < clauseEnd && Awards.GiveVerbs.StartsAt(tokens, end))
            {
                return text[tokens[after + 1].Span.Start..tokens[end - 1].Span.End];
            }
        }

        // "Bằng khen Thủ tướng Chính phủ", "Cờ thi đua Chính phủ": a giver's head right after the honour, with no "của".
        if (after < clauseEnd && tokens[after].IsCapitalized && Awards.GiverHeads.StartsAt(tokens, after))
        {
            int end = BodyRunForward(tokens, after, clauseEnd);
            if (end > after)
            {
                return text[tokens[after].Span.Start..tokens[end - 1].Span.End];
            }
        }

        // The verb just before the award ("tặng nhiều Bằng khen"), then the body just before the verb.
        int verb = at;
        // "tặng nhiều Bằng khen", "đã tặng 04 Huân chương": a quantifier or a count of the honours between the verb and them.
        while (verb > clauseStart && at - verb < 2 && (Awards.HonourQuantifiers.Contains(tokens[verb - 1].Key) || tokens[verb - 1].Kind == TokenKind.Number))
        {
            verb--;
        }

        int verbEnd = verb;
        while (verb > clauseStart && verbEnd - verb < 3 && IsVerbWord(tokens[verb - 1]))
        {
            verb--;
        }

        int i = verb;
        // "X tổ chức Lễ trao …", "X tổ chức trao …": the giver is X, not the ceremony.
        if (i > clauseStart && tokens[i - 1].Key == "lễ")
        {
            i--;
        }

        if (i - 2 >= clauseStart && TokenPatterns.At(tokens, i - 2, "tổ", "chức"))
        {
            i -= 2;
            // "Đảng ủy phường Bà Rịa (TPHCM) tổ chức lễ trao …": where the host is, in brackets after its name.
            if (i - 1 > clauseStart && tokens[i - 1].Key == ")" && TokenPatterns.IndexOf(tokens, Math.Max(clauseStart, i - 6), i - 1, "(") is int open and > 0 &&
                open > clauseStart)
            {
                i = open;
            }
        }

        // "… quyết định số 2590/QĐ-UBND tặng …": the decision's number names no giver.
        if (i - 3 >= clauseStart && tokens[i - 1].Kind == TokenKind.Abbreviation && tokens[i - 2].Key == "/" && tokens[i - 3].Kind == TokenKind.Number)
        {
            i -= i - 4 >= clauseStart && tokens[i - 4].Key == "số" ? 4 : 3;
        }

        // "Chủ tịch nước (đã ký) quyết định tặng thưởng …", "Bộ Công an đã có (ra) quyết định khen thưởng …": the decision is the giver's.
        if (i - 2 >= clauseStart && TokenPatterns.At(tokens, i - 2, "quyết", "định"))
        {
            i -= i - 3 >= clauseStart && tokens[i - 3].Key is "ký" or "có" or "ra" ? 3 : 2;
        }

        while (i > clauseStart && tokens[i - 1].Key is "đã" or "cũng" or "vừa" or "mới" or "đều")
        {
            i--;
        }

        // "Thủ tướng Chính phủ (Nước) Cộng hòa xã hội chủ nghĩa Việt Nam đã tặng …", "Chủ tịch nước Cộng hòa …": the state's name
        // after the post is not the giver (it read "Việt Nam"); "nước" stays with "Chủ tịch nước".
        for (int k = Math.Max(clauseStart, i - 8); k < i; k++)
        {
            if (Awards.StateNames.TryMatch(tokens, k, out _, out int stateLength) && k + stateLength == i)
            {
                i = k > clauseStart && tokens[k - 1].Key == "nước" && !(k - 2 >= clauseStart && tokens[k - 2].Key == "tịch") ? k - 1 : k;
                break;
            }
        }

        // "Thủ tướng trao Huân chương …": a post that only hands the honour over (plain "trao") presents it; "được Thủ tướng tặng",
        // "Chủ tịch nước tặng" grant it.
        bool presents = verbEnd - verb == 1 && tokens[verb].Key == "trao";
        int start = GiverStart(tokens, clauseStart, i, posts: !presents);
        // "đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã trao …": the body closes the presenter's post, so a person
        // hands the honour over and names no giver (records.md: left out when only the presenter is named).
        if (presents && start < i && PresenterPostBefore(tokens, clauseStart, start))
        {
            return null;
        }

        if (start < i && (tokens[start].IsCapitalized || tokens[start].Kind == TokenKind.Abbreviation))
        {
            // "được Bộ Quốc phòng, UBND tỉnh A và Công đoàn ngành Y tế tặng": several givers listed between "được" and the verb, as
            // written; a lower-case word may stand inside a name before a capital ("ngành Y tế").
            if (start > clauseStart && tokens[start - 1].Key is "," or "và")
            {
                for (int k = start - 1; k >= Math.Max(clauseStart, start - 16); k--)
                {
                    var word = tokens[k];
                    if (word.Key == "được")
                    {
                        start = k + 1 < start && tokens[k + 1].IsCapitalized ? k + 1 : start;
                        break;
                    }

                    if (!(IsBodyToken(word) || word.Key is "," or "và" || (word.Kind == TokenKind.Word && k + 1 < i && tokens[k + 1].IsCapitalized)))
                    {
                        break;
                    }
                }
            }

            return text[tokens[start].Span.Start..tokens[i - 1].Span.End];
        }

        return null;
    }

    /// <summary>A post in apposition (after a comma or dash: a person's title chain) ends right before <paramref name="start"/>.</summary>
    private static bool PresenterPostBefore(ReadOnlySpan<Token> tokens, int clauseStart, int start)
    {
        for (int k = 1; k <= 3 && start - k > clauseStart; k++)
        {
            if (Officials.Positions.TryMatch(tokens, start - k, out _, out int length) && length == k &&
                tokens[start - k - 1].Key is "," or "-" or "–")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Start of a giver's name that ends just before <paramref name="end"/>: a body's words, or a post written with a lower-case
    /// word (<c>Chủ tịch nước</c>, <c>Thủ tướng Chính phủ</c>, <c>Đảng, Nhà nước</c>); <paramref name="end"/> when there is none.
    /// </summary>
    private static int GiverStart(ReadOnlySpan<Token> tokens, int clauseStart, int end, bool posts = true)
    {
        for (int k = Math.Max(clauseStart, end - 4); posts && k < end; k++)
        {
            if (Awards.GrantorPosts.TryMatch(tokens, k, out _, out int length) && k + length == end && tokens[k].IsCapitalized)
            {
                return k;
            }
        }

        // "Sở Giáo dục và Đào tạo tặng": "và" between a body's words and a capital goes on with the name (or a list of givers, as written).
        int start = end;
        while (start > clauseStart && (IsBodyToken(tokens[start - 1]) ||
               (tokens[start - 1].Key == "và" && start < end && tokens[start].IsCapitalized && start - 2 >= clauseStart && IsBodyToken(tokens[start - 2])) ||
               // "Đảng ủy Công ty Điện lực A tổ chức trao …": a body's word of two syllables, its second in lower case.
               (start - 2 >= clauseStart && tokens[start - 2].IsCapitalized && Officials.BodyCompounds.TryMatch(tokens, start - 2, out _, out int compound) && compound == 2)))
        {
            start--;
            // "Bộ Văn hóa, Thể thao và Du lịch tặng": a body named after a list of fields goes on across its commas, back to
            // the field that opens it.
            if (start - 2 >= clauseStart && IsBodyToken(tokens[start - 2]) && FieldsAfterComma(tokens, start - 1, end) >= 0)
            {
                start--;
            }
        }

        // "Chủ tịch UBND tỉnh (vừa ký quyết định) tặng", "Giám đốc Công an tỉnh tặng": the post whose body follows gives it.
        for (int k = Math.Max(clauseStart, start - 3); posts && start < end && k < start; k++)
        {
            if (tokens[k].IsCapitalized && Officials.Positions.TryMatch(tokens, k, out _, out int length) && k + length == start)
            {
                return k;
            }
        }

        return start;
    }

    /// <summary>
    /// The <c>cho</c> that opens an honour's recipients, a few words after it, or -1; past the giver the honour is "of" however long
    /// its name (<c>Giấy khen của Giám đốc Công an thành phố Hà Nội cho Thiếu tá A</c>).
    /// </summary>
    private static int RecipientOpenerAfter(ReadOnlySpan<Token> tokens, int from, int clauseEnd)
    {
        int reach = from + 8;
        if (from + 1 < clauseEnd && tokens[from].Key == "của")
        {
            reach = Math.Max(reach, BodyRunForward(tokens, from + 1, clauseEnd) + 1);
        }

        // "khen thưởng đột xuất kèm số tiền 20 triệu đồng cho Phòng A": the money that comes with it lies between.
        reach = Math.Max(reach, PastMoney(tokens, from, clauseEnd) + 1);

        int cho = TokenPatterns.IndexOf(tokens, from, Math.Min(clauseEnd, reach), "cho");
        if (cho >= 0)
        {
            return cho;
        }

        // "quyết định khen thưởng đột xuất đối với Công an thành phố A": "đối với" right after the honour (and a manner word) opens
        // its recipient as "cho" does.
        int doi = TokenPatterns.IndexOf(tokens, from, Math.Min(clauseEnd - 1, from + 3), "đối");
        return doi >= 0 && tokens[doi + 1].Key == "với" ? doi + 1 : -1;
    }

    private static bool IsVerbWord(Token token) => token.Key is "tặng" or "trao" or "thưởng" or "truy" or "khen";

    private static int BodyRunForward(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int i = from;
        // "Bằng khen của Thủ tướng Chính phủ", "của Chủ tịch nước", "của Chủ tịch UBND tỉnh": a post, then its body.
        if (tokens[i].IsCapitalized && Officials.Positions.TryMatch(tokens, i, out _, out int post))
        {
            i += post;
            if (i < to && tokens[i].Key == "nước")
            {
                i++;
            }
        }

        // "Đảng ủy Khối các cơ quan tỉnh", "Khối các doanh nghiệp": "các" inside a bloc's name.
        // "Cờ thi đua của Chính phủ": a two-syllable word of a name that writes its second syllable in lower case.
        while (i < to && (IsBodyToken(tokens[i]) || (tokens[i].Key == "các" && i > from && tokens[i - 1].Key == "khối" && i + 1 < to && IsBodyToken(tokens[i + 1])) ||
               (i > from && Officials.BodyCompounds.TryMatch(tokens, i - 1, out _, out int compound) && compound == 2)))
        {
            i++;
        }

        // "của Bộ Văn hóa, Thể thao và Du lịch": a body named after a list of fields goes on across its comma to the last field.
        if (i > from && FieldsAfterComma(tokens, i, to) is int lastAnd and >= 0)
        {
            i = lastAnd + 1;
            while (i < to && IsBodyToken(tokens[i]))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>
    /// The <c>và</c> before the last field when the comma at <paramref name="comma"/> goes on with a body's list of fields
    /// (<c>Bộ Văn hóa, Thể thao và Du lịch</c>): a capitalised field of a few words, then <c>và</c> and a capitalised one; else -1.
    /// </summary>
    private static int FieldsAfterComma(ReadOnlySpan<Token> tokens, int comma, int to)
    {
        if (comma + 1 >= to || tokens[comma].Key != "," || !tokens[comma + 1].IsCapitalized)
        {
            return -1;
        }

        int j = comma + 1;
        while (j < to && j - comma <= 4 && tokens[j].Key != "và" && tokens[j].Kind == TokenKind.Word)
        {
            j++;
        }

        return j + 1 < to && tokens[j].Key == "và" && tokens[j + 1].IsCapitalized ? j : -1;
    }

    private static bool IsBodyToken(Token token) =>
        token.Kind == TokenKind.Abbreviation || (token.Kind == TokenKind.Word && (token.IsCapitalized || Officials.BodyWords.Contains(token.Key)));

    /// <summary>
    /// A dash at <paramref name="i"/> inside one name (<c>Trường Cao đẳng Kinh tế - Kỹ thuật A</c>, <c>tỉnh Thừa Thiên -
    /// Huế</c>, <c>Điện tử - Điện lạnh</c>), not one that opens a post, a former post or a person after a body (<c>Công ty A -
    /// Giám đốc B</c>, <c>Trường A - ông B</c>), a body it belongs to (<c>Trung tâm A – Thành Đoàn B</c>) or a word of another language
    /// (<c>Báo A- Video</c>, a foreign name).
    /// </summary>
    private static bool DashInName(ReadOnlySpan<Token> tokens, int i, int limit) =>
        i > 0 && i + 1 < limit && tokens[i].Key is "-" or "–" && tokens[i - 1].Kind == TokenKind.Word &&
        tokens[i + 1].IsCapitalized && tokens[i + 1].Kind == TokenKind.Word && !Officials.Positions.StartsAt(tokens, i + 1) &&
        !Officials.FormerMarkers.StartsAt(tokens, i + 1) && PersonNames.IntroducerAt(tokens, i + 1) == 0 &&
        PersonNames.NameAt(tokens, i + 1, introduced: false) == 0 && Text.SyllableShape.IsSyllable(tokens[i + 1].Key) && tokens[i + 1].Key != "ảnh" &&
        !Awards.OrganizationNouns.StartsAt(tokens, i + 1) && !Officials.LevelCommittees.StartsAt(tokens, i + 1) && !PersonNames.YouthUnionOfLevel(tokens, i + 2);

    private static string? Detail(ReadOnlySpan<Token> tokens, string text, int from, int clauseEnd)
    {
        for (int i = from; i < Math.Min(clauseEnd, from + 6); i++)
        {
            if (!DetailOpeners.StartsAt(tokens, i))
            {
                continue;
            }

            int end = i;
            while (end < clauseEnd && !(tokens[end].Key is "." or ";" || (tokens[end].Key == "," && end > i + 2 && !InQuote(tokens, i, end))))
            {
                end++;
            }

            var span = text.AsSpan(tokens[i].Span.Start, tokens[end - 1].Span.End - tokens[i].Span.Start).Trim().Trim("\"“”./ ");
            return span.IsEmpty ? null : span.ToString();
        }

        return null;
    }

    private static bool InQuote(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int quotes = 0;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Key == "\"")
            {
                quotes++;
            }
        }

        return quotes % 2 == 1;
    }

    /// <summary>
    /// The last passive <c>được</c> between <paramref name="from"/> and <paramref name="to"/>, or -1; a capitalised <c>Được</c>
    /// after a capitalised word ends a name (<c>Chủ tịch UBND TP Nguyễn Văn Được trao tặng …</c>) and is no passive.
    /// </summary>
    private static int LastPassive(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = Math.Min(to, tokens.Length) - 1; i >= Math.Max(0, from); i--)
        {
            if (IsPassive(tokens, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when the token at <paramref name="i"/> is the <c>được</c> of a passive, not the last syllable of a name.</summary>
    private static bool IsPassive(ReadOnlySpan<Token> tokens, int i) =>
        (tokens[i].Key == "được" && !(i > 0 && tokens[i].IsCapitalized && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].IsCapitalized)) ||
        ProposedFor(tokens, i);

    /// <summary>
    /// "2 tập thể, 2 cá nhân đề nghị tặng thưởng Huân chương …": after recipients, <c>đề nghị</c> and a verb of giving say they are
    /// proposed for the honour, as <c>được đề nghị tặng</c> does (a body that proposes names no recipient kind before it).
    /// </summary>
    private static bool ProposedFor(ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && i + 2 < tokens.Length && TokenPatterns.At(tokens, i, "đề", "nghị") && Awards.GiveVerbs.StartsAt(tokens, i + 2) &&
        (RecipientNouns.EndsBefore(tokens, i, 5) || Awards.MoreRecipientNouns.EndsBefore(tokens, i, 5));

    private static int LastIndexOf(ReadOnlySpan<Token> tokens, int from, int to, string key)
    {
        for (int i = Math.Min(to, tokens.Length) - 1; i >= Math.Max(0, from); i--)
        {
            if (tokens[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A name's key with abbreviations written out: "UBKT Huyện ủy A" and "Ủy ban Kiểm tra Huyện ủy A" are one body.</summary>
    private static string ExpandedKey(string name, bool legalForms = true) => string.Join(' ', Tokenizer.Tokenize(name).Select(t =>
        Officials.Abbreviations.TryGetValue(t.Key, out var abbreviation) && PersonNames.IsAbbreviationLike(t)
            ? Text.VietnameseOrthography.Key(abbreviation.Expansion)
            : legalForms && LegalFormWords.TryGetValue(t.Key, out var words) && PersonNames.IsAbbreviationLike(t) ? words : t.Key));

    /// <summary>
    /// A firm's abbreviated legal form in words, so that one firm written both ways is one recipient (<c>Công ty CP A</c>, <c>Công ty
    /// cổ phần A</c>); names keep the form as written.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> LegalFormWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cp"] = "cổ phần", ["ctcp"] = "công ty cổ phần", ["tnhh"] = "trách nhiệm hữu hạn", ["mtv"] = "một thành viên",
    };

    /// <summary>
    /// A body's name shortened in a headline or caption: every word of <paramref name="shorter"/> (three or more) stands in
    /// <paramref name="longer"/> in order ("Công ty Thủy sản A" for "Công ty Cổ phần Thủy sản A").
    /// </summary>
    private static bool Shortened(string shorter, string longer)
    {
        var small = shorter.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var large = longer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (small.Length < 3 || small.Length >= large.Length)
        {
            return false;
        }

        int k = 0;
        foreach (string word in large)
        {
            if (k < small.Length && word == small[k])
            {
                k++;
            }
        }

        return k == small.Length && small[^1] == large[^1];
    }

    /// <summary>
    /// The sentence of <paramref name="award"/> when it opens by detailing what was told before (<c>Cụ thể</c>, <c>Trong đó</c>);
    /// else null.
    /// </summary>
    private static int? DetailsBefore(ArticleDocument document, Award award)
    {
        if (award.Evidence.End == 0 || document.SentenceStartingAt(award.Evidence.Start) is not int at)
        {
            return null;
        }

        var tokens = document.TokensOf(document.Sentences[at]);
        return TokenPatterns.At(tokens, 0, "cụ", "thể") || Awards.PartOpeners.StartsAt(tokens, 0) ? at : null;
    }

    /// <summary>
    /// Two givers of one honour: equal, one unstated or one inside the other. Only certificates are told apart by their givers
    /// (a person holds Bằng khen of several bodies); a badge or an order read twice with its giver read two ways is one honour.
    /// </summary>
    private static bool SameGiver(AwardKind kind, string? a, string? b)
    {
        if (kind is not (AwardKind.CertificateOfMerit or AwardKind.CertificateOfCommendation) || a is null || b is null)
        {
            return true;
        }

        string x = Text.VietnameseOrthography.Key(a);
        string y = Text.VietnameseOrthography.Key(b);
        if (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))
        {
            return true;
        }

        // "Giấy khen của Chủ tịch UBND huyện" and, in a caption, "Chủ tịch UBND huyện Bá Thước trao Giấy khen" read as "UBND huyện Bá
        // Thước": the head of a body gives in its name.
        string headless = WithoutLeadingPost(x), otherHeadless = WithoutLeadingPost(y);
        return (headless != x || otherHeadless != y) &&
               (headless.Contains(otherHeadless, StringComparison.Ordinal) || otherHeadless.Contains(headless, StringComparison.Ordinal));
    }

    /// <summary>A giver's key without the post that opens it (<c>chủ tịch ubnd huyện</c> → <c>ubnd huyện</c>).</summary>
    private static string WithoutLeadingPost(string key)
    {
        var tokens = Tokenizer.Tokenize(key).ToArray();
        return Officials.Positions.TryMatch(tokens, 0, out _, out int length) && length < tokens.Length
            ? key[tokens[length].Span.Start..]
            : key;
    }

    /// <summary>Two details of one honour: equal, or one unstated or cut short ("Lao động" and "Lao động hạng Ba").</summary>
    private static bool SameDetail(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        string x = RanksAsNumbers(Text.VietnameseOrthography.Key(a));
        string y = RanksAsNumbers(Text.VietnameseOrthography.Key(b));
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    /// <summary>A detail's key with its rank as a number: "lao động hạng ba" and "lao động hạng iii" are one order.</summary>
    private static string RanksAsNumbers(string key)
    {
        if (!key.Contains("hạng ", StringComparison.Ordinal))
        {
            return key;
        }

        var words = key.Split(' ');
        for (int w = 1; w < words.Length; w++)
        {
            // "hạng nhất, hạng nhì": a rank with the list's punctuation after it.
            string word = words[w].TrimEnd(',', ';', '.', ')');
            if (words[w - 1] == "hạng" && Ranks.TryGetValue(word, out var rank))
            {
                words[w] = rank + words[w][word.Length..];
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// One count per kind of recipient: "bằng khen cho 14 cá nhân thuộc Bộ A; 1 cá nhân thuộc Bệnh viện B; 79 tập thể và 86 cá nhân
    /// thuộc Bộ C" is one honour to 101 individuals and 79 collectives. A kind counted once, or without numbers, is kept as read;
    /// a kind told without a number beside its count ("nhiều tổ chức và cá nhân … 4 cá nhân được tặng") is that count: a
    /// record lists each kind once.
    /// </summary>
    private static Award WithKindsSummed(Award award)
    {
        if (award.Recipients.Count < 2)
        {
            return award;
        }

        var summed = new List<AwardRecipients>(award.Recipients.Count);
        foreach (var recipient in award.Recipients)
        {
            int at = summed.FindIndex(r => r.Kind == recipient.Kind && r.Count is not null && recipient.Count is not null);
            if (at >= 0)
            {
                summed[at] = summed[at] with { Count = summed[at].Count + recipient.Count };
            }
            else
            {
                summed.Add(recipient);
            }
        }

        summed.RemoveAll(r => r.Count is null && summed.Exists(c => c.Kind == r.Kind && c.Count is not null));
        return summed.Count == award.Recipients.Count ? award : award with { Recipients = summed };
    }

    /// <summary>
    /// The people an honour goes to, as the honour counts them, however the text does: only party members receive the Party's badge
    /// ("trao Huy hiệu Đảng cho 13 người" → 13 party members); a state order or medal, and a commemorative medal, the Party's own
    /// included, honour people as individuals ("2 đồng chí được Chủ tịch nước tặng Huân chương …" → 2 individuals).
    /// </summary>
    private static Award AsReceivedBy(Award award)
    {
        (RecipientKind From, RecipientKind To)? recount = award.Kind switch
        {
            AwardKind.PartyBadge => (RecipientKind.Individual, RecipientKind.PartyMember),
            AwardKind.Order or AwardKind.Medal or AwardKind.CommemorativeMedal => (RecipientKind.PartyMember, RecipientKind.Individual),
            _ => null,
        };

        return recount is (RecipientKind from, RecipientKind to) && award.Recipients.Any(r => r.Kind == from)
            ? award with { Recipients = award.Recipients.Select(r => r.Kind == from ? r with { Kind = to } : r).ToList() }
            : award;
    }

    /// <summary>
    /// A name whose dash between two words is spaced on one side only (<c>Trường Cao đẳng Kinh tế- Kỹ thuật A</c>, a slip of typing)
    /// with the dash spaced on both, as the name is written elsewhere; null when there is none.
    /// </summary>
    private static string? SpacedDashes(string name)
    {
        System.Text.StringBuilder? spaced = null;
        int copied = 0;
        for (int i = 1; i < name.Length - 1; i++)
        {
            // "Jong-un" (spaced on neither side) and "Bà Rịa - Vũng Tàu" (on both) stay as written.
            if (name[i] is not ('-' or '–') || (name[i - 1] == ' ') == (name[i + 1] == ' '))
            {
                continue;
            }

            spaced ??= new System.Text.StringBuilder(name.Length + 2);
            spaced.Append(name, copied, i - copied).Append(name[i - 1] == ' ' ? "" : " ").Append(name[i]).Append(name[i + 1] == ' ' ? "" : " ");
            copied = i + 1;
        }

        return spaced?.Append(name, copied, name.Length - copied).ToString();
    }

    /// <summary>
    /// Adds an award unless the article already reported the same one (a caption and its story name
    /// the same recipient; the same counted award is read once per sentence).
    /// </summary>
    private static void Add(List<Award> awards, Dictionary<string, int> seen, Award award)
    {
        award = WithKindsSummed(AsReceivedBy(award));
        if (award.RecipientName is string written && SpacedDashes(written) is string spaced)
        {
            award = award with { RecipientName = spaced };
        }

        // "cho Đảng bộ, chính quyền và Nhân dân xã A" and, in a caption, "cho xã A" are one award.
        if (award.RecipientName is not null)
        {
            string name = ExpandedKey(award.RecipientName);
            foreach (var (seenKey, seenIndex) in seen)
            {
                if (seenKey.StartsWith($"{award.Kind}|{award.Status}|name|", StringComparison.Ordinal))
                {
                    string other = seenKey[(seenKey.LastIndexOf('|') + 1)..];
                    other = other.Contains('#') ? other[..other.IndexOf('#')] : other;
                    if ((other.Contains(name, StringComparison.Ordinal) || name.Contains(other, StringComparison.Ordinal) || Shortened(name, other) || Shortened(other, name)) &&
                        SameDetail(awards[seenIndex].Detail, award.Detail) && SameGiver(award.Kind, awards[seenIndex].Grantor, award.Grantor))
                    {
                        // A headline's shortened name gives way to the full one ("Công ty Dệt A" → "Công ty Cổ phần Dệt A").
                        var first = awards[seenIndex];
                        // So does a name cut short at its end ("Bệnh viện Đa khoa tỉnh" → "Bệnh viện Đa khoa tỉnh Bắc Hòa"), and a headline's
                        // bare place or body ("Thạch Châu đón nhận …" → "xã Thạch Châu", "Nhân dân và cán bộ huyện A").
                        // One name, shortened once by the writer and written out once ("BV Chợ Rẫy", "Bệnh viện Chợ Rẫy"), is given written
                        // out; a firm's legal form ("Công ty CP A") is part of its registered name and stays as first written.
                        string recipient = Shortened(other, name) || name.StartsWith(other + " ", StringComparison.Ordinal) || name.EndsWith(" " + other, StringComparison.Ordinal) ||
                                           (name == other && award.RecipientName.Length > first.RecipientName!.Length &&
                                            ExpandedKey(award.RecipientName, legalForms: false) == ExpandedKey(first.RecipientName, legalForms: false))
                            ? award.RecipientName : first.RecipientName!;
                        awards[seenIndex] = first with
                        {
                            RecipientName = recipient, Grantor = first.Grantor ?? award.Grantor,
                            Detail = first.Detail is null || (award.Detail is not null && award.Detail.Length > first.Detail.Length) ? award.Detail : first.Detail,
                        };
                        return;
                    }
                }
            }
        }

        string key = award.RecipientName is not null
            ? $"{award.Kind}|{award.Status}|name|{ExpandedKey(award.RecipientName)}"
            : $"{award.Kind}|{award.Status}|{string.Join(",", award.Recipients)}";
        // One person's two orders ("Huân chương Độc lập hạng Nhất, Huân chương Kháng chiến hạng Nhì") are two honours, and so are two
        // Bằng khen of two givers ("Bằng khen của Thủ tướng; … Bằng khen của UBND tỉnh").
        // Counted awards are told apart by their details too: "2 đảng viên nhận Huy hiệu 55 năm; 2 đảng viên nhận Huy hiệu 50 năm".
        if (seen.TryGetValue(key, out int held) &&
            (!SameDetail(awards[held].Detail, award.Detail) || (award.RecipientName is not null && !SameGiver(award.Kind, awards[held].Grantor, award.Grantor))))
        {
            key += "#" + RanksAsNumbers(Text.VietnameseOrthography.Key(award.Detail ?? "")) + "#" + Text.VietnameseOrthography.Key(award.Grantor ?? "");
        }

        if (seen.TryGetValue(key, out int index))
        {
            // The fuller statement decides: "trao Huân chương Chiến công cho tập thể, cá nhân" in the lead and "trao Huân chương Chiến
            // công hạng Ba cho 11 tập thể, cá nhân" later are one honour, with the class and the surer reading of the later.
            var existing = awards[index];
            awards[index] = existing with
            {
                Grantor = existing.Grantor ?? award.Grantor,
                Detail = existing.Detail is null || (award.Detail is not null && award.Detail.Length > existing.Detail.Length) ? award.Detail : existing.Detail,
                Confidence = Math.Max(existing.Confidence, award.Confidence),
            };
            return;
        }

        seen[key] = awards.Count;
        awards.Add(award);
    }
}
