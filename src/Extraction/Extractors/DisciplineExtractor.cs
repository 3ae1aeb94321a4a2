using Extraction.Documents;
using Extraction.Records;
using Extraction.Rules;

namespace Extraction.Extractors;

/// <summary>
/// Party discipline (thi hành kỷ luật), by form. Reads the total (<c>kỷ luật 36 đảng viên</c>,
/// <c>36 đảng viên bị kỷ luật</c>) and the forms in any order and phrasing (<c>khiển trách 26</c>,
/// <c>26 đồng chí bị khiển trách</c>, <c>cảnh cáo: 3</c>, <c>bằng hình thức khai trừ</c>), or
/// counts the people a decision names (<c>khai trừ … đối với các ông A, B</c>). Proposals
/// (<c>đề nghị thi hành kỷ luật</c>), reviews (<c>kiểm điểm</c>) and administrative penalties are not party discipline.
/// </summary>
internal sealed class DisciplineExtractor : IExtractor
{
    private const int Window = 40;

    /// <summary>
    /// Tokens a list of names after one form may run over: a decision may name four or five people, each with a long title chain
    /// (<c>… đối với các đồng chí: A, Phó Bí thư Đảng ủy xã B; C, …</c>). The list still ends at a form, a proposal or a clause.
    /// </summary>
    private const int NamesWindow = 4 * Window;

    /// <summary>How many sentences on a deciding body named once still decides ("Theo đó, …", "Cụ thể, …").</summary>
    private const int DeciderReach = 8;

    /// <summary>How many sentences after a stated total the people it counts may be named.</summary>
    private const int TotalReach = 4;

    /// <summary>
    /// How many sentences after a total the people it counts may be named (<c>Ông A … bị cảnh cáo</c>), past the background a
    /// report gives between them: again after a breakdown, or all of them after a bare total.
    /// </summary>
    private const int RestateReach = 8;

    /// <summary>How many tokens a post may run between a form and the "đối với" that introduces its people.</summary>
    private const int PostReach = 12;

    /// <summary>Words after a form that make it a state penalty, not party discipline.</summary>
    private static readonly PhraseTable<bool> StateDiscipline = PhraseTableBuilder.Of("state-discipline", true,
        "về mặt chính quyền", "về chính quyền", "về hành chính", "kỷ luật hành chính");

    /// <summary>The forms of discipline, by how they are written.</summary>
    private static readonly PhraseTable<DisciplineForm> Forms = new("discipline-forms", new (string, DisciplineForm)[]
    {
        ("khiển trách", DisciplineForm.Reprimand), ("khiến trách", DisciplineForm.Reprimand), ("cảnh cáo", DisciplineForm.Warning), ("cách chức", DisciplineForm.Dismissal),
        ("cách hết các chức vụ", DisciplineForm.Dismissal), ("cách hết chức vụ", DisciplineForm.Dismissal),
        ("cách tất cả các chức vụ", DisciplineForm.Dismissal), ("cách tất cả chức vụ", DisciplineForm.Dismissal),
        ("cách tất cả mọi chức vụ", DisciplineForm.Dismissal), ("cách mọi chức vụ", DisciplineForm.Dismissal), ("cách hết mọi chức vụ", DisciplineForm.Dismissal),
        ("cách các chức vụ", DisciplineForm.Dismissal), ("cách toàn bộ chức vụ", DisciplineForm.Dismissal), ("cách toàn bộ các chức vụ", DisciplineForm.Dismissal),
        ("cách chức tất cả các chức vụ", DisciplineForm.Dismissal), ("cách chức tất cả chức vụ", DisciplineForm.Dismissal), ("cách chức hết các chức vụ", DisciplineForm.Dismissal),
        ("khai trừ", DisciplineForm.Expulsion),
        ("khai trừ ra khỏi đảng", DisciplineForm.Expulsion), ("khai trừ khỏi đảng", DisciplineForm.Expulsion), ("khai trừ đảng", DisciplineForm.Expulsion),
        ("giải tán", DisciplineForm.Dissolution),
    },
    // "xóa tư cách chức vụ" (a state sanction: the title struck off) holds the syllables of "cách chức" across two words.
    enclosingWords: ["tư cách"]);

    /// <summary>Words that say a discipline was imposed.</summary>
    private static readonly PhraseTable<bool> Triggers = PhraseTableBuilder.Of("discipline-triggers", true, "kỷ luật", "kỉ luật");

    /// <summary>Who: members or organisations.</summary>
    private static readonly PhraseTable<DisciplineSubject> Subjects = new("discipline-subjects", new (string, DisciplineSubject)[]
    {
        ("đảng viên", DisciplineSubject.Member), ("đồng chí", DisciplineSubject.Member), ("trường hợp", DisciplineSubject.Member),
        // "mười đảng viên (ĐV) … chín ĐV bị cảnh cáo": the abbreviation news defines once and then uses.
        ("đv", DisciplineSubject.Member),
        ("cán bộ", DisciplineSubject.Member), ("cán bộ đảng viên", DisciplineSubject.Member), ("người", DisciplineSubject.Member),
        ("cán bộ, đảng viên", DisciplineSubject.Member), ("cá nhân", DisciplineSubject.Member), ("ủy viên trung ương", DisciplineSubject.Member),
        ("ủy viên trung ương đảng", DisciplineSubject.Member), ("ủy viên", DisciplineSubject.Member), ("tổ chức đảng", DisciplineSubject.Organization),
        ("tổ chức cơ sở đảng", DisciplineSubject.Organization), ("tổ chức", DisciplineSubject.Organization), ("bcs", DisciplineSubject.Organization),
        ("bcs đảng", DisciplineSubject.Organization),
        ("chi bộ", DisciplineSubject.Organization), ("đảng bộ", DisciplineSubject.Organization), ("tập thể", DisciplineSubject.Organization),
        ("cấp ủy", DisciplineSubject.Organization), ("đảng ủy", DisciplineSubject.Organization), ("ban thường vụ", DisciplineSubject.Organization),
        // Party bodies a central or provincial decision disciplines by name ("khiển trách Ban cán sự đảng Bộ X nhiệm kỳ …").
        ("ban cán sự đảng", DisciplineSubject.Organization), ("ban cán sự", DisciplineSubject.Organization), ("đảng đoàn", DisciplineSubject.Organization),
        ("ban chấp hành", DisciplineSubject.Organization), ("ủy ban kiểm tra", DisciplineSubject.Organization), ("ubkt", DisciplineSubject.Organization),
        // A cell's committee is a body ("khiển trách tập thể Chi ủy Chi bộ A"); its members are people.
        ("chi ủy", DisciplineSubject.Organization), ("chi ủy viên", DisciplineSubject.Member), ("đảng ủy viên", DisciplineSubject.Member),
        ("cấp ủy viên", DisciplineSubject.Member),
        // Members of a committee counted by its level ("kỷ luật 3 Thành ủy viên", "2 Huyện ủy viên"): people.
        ("tỉnh ủy viên", DisciplineSubject.Member), ("thành ủy viên", DisciplineSubject.Member), ("huyện ủy viên", DisciplineSubject.Member),
        ("quận ủy viên", DisciplineSubject.Member), ("thị ủy viên", DisciplineSubject.Member),
        // "3 lãnh đạo cấp phòng", "2 cán bộ lãnh đạo": officials counted as such.
        ("lãnh đạo", DisciplineSubject.Member), ("cán bộ lãnh đạo", DisciplineSubject.Member),
        // Staff counted by their job ("cảnh cáo 3 cán bộ …; khiển trách một kiểm soát viên", "2 chuyên viên"): people, members
        // when a party body decides.
        ("chuyên viên", DisciplineSubject.Member), ("kiểm soát viên", DisciplineSubject.Member), ("nhân viên", DisciplineSubject.Member),
        ("kế toán viên", DisciplineSubject.Member), ("thanh tra viên", DisciplineSubject.Member), ("kiểm sát viên", DisciplineSubject.Member),
        ("điều tra viên", DisciplineSubject.Member), ("công chức", DisciplineSubject.Member), ("viên chức", DisciplineSubject.Member),
        // Officers counted by rank ("khai trừ … đối với hai thiếu tướng", "cách chức 7 tướng lĩnh", "5 sĩ quan", also spelt "sỹ quan").
        ("tướng lĩnh", DisciplineSubject.Member), ("sĩ quan", DisciplineSubject.Member), ("sỹ quan", DisciplineSubject.Member),
        ("hạ sĩ quan", DisciplineSubject.Member), ("hạ sỹ quan", DisciplineSubject.Member), ("chiến sĩ", DisciplineSubject.Member),
        ("chiến sỹ", DisciplineSubject.Member),
        // Members prosecuted, counted as such ("khai trừ Đảng 7 bị can liên quan đến vụ …, gồm: A, B, …").
        ("bị can", DisciplineSubject.Member), ("bị cáo", DisciplineSubject.Member),
    }.Concat(Ranks.All.Select(rank => (rank, DisciplineSubject.Member))));

    /// <summary>Words just before the trigger that make it something other than an imposed discipline.</summary>
    private static readonly PhraseTable<bool> NotImposed = PhraseTableBuilder.Of("discipline-not-imposed", true,
        "đề nghị", "đề nghị thi hành", "đề nghị xử lý", "xem xét đề nghị", "kiến nghị", "kỷ cương", "chấp hành", "giữ nghiêm",
        "tăng cường", "nghiêm", "lao động", "hành chính", "kiểm điểm", "sai phạm đến mức", "phải", "chưa đến mức",
        // "giải quyết khiếu nại kỷ luật đối với 5 đảng viên": appeals against disciplines imposed before.
        "khiếu nại",
        // "lý do kỷ luật ba cán bộ trên": why a decision told before was made.
        "lý do", "nguyên nhân",
        // "Xem xét kỷ luật khai trừ … với Bí thư xã …", "dự kiến kỷ luật": a decision being weighed, not taken.
        "xem xét", "dự kiến");

    /// <summary>
    /// Subjects that make a clause a tally of violations, not of people disciplined: <c>Lỗi phạm bị thi hành kỷ luật gồm: 23 trường
    /// hợp vi phạm nghị quyết …</c>, <c>Nội dung vi phạm bị kỷ luật chủ yếu là …</c>.
    /// </summary>
    private static readonly PhraseTable<bool> ViolationSubjects = PhraseTableBuilder.Of("discipline-violation-subjects", true,
        "lỗi phạm", "lỗi vi phạm", "các lỗi vi phạm", "nội dung vi phạm", "các nội dung vi phạm", "hành vi vi phạm", "các hành vi vi phạm");

    /// <summary>
    /// Words that make a clause the outcome of an appeal, not a new discipline: <c>giữ nguyên hình thức kỷ luật khiển trách đối
    /// với 2 trường hợp</c>, <c>giảm hình thức kỷ luật … xuống hình thức cảnh cáo</c>, <c>xoá bỏ hình thức kỷ luật 1 trường hợp</c>.
    /// </summary>
    private static readonly PhraseTable<bool> AppealOutcomes = PhraseTableBuilder.Of("discipline-appeal-outcomes", true,
        "giữ nguyên hình thức", "giảm hình thức", "xuống hình thức", "tăng hình thức",
        // "xóa bỏ hình thức kỷ luật 1 trường hợp; thay đổi hình thức kỷ luật 4 trường hợp": an appeal annuls or changes a discipline.
        "xóa bỏ hình thức", "hủy bỏ hình thức", "thay đổi hình thức");

    /// <summary>Words that put a sentence outside party discipline: schools, workplaces, sport, administrative fines.</summary>
    private static readonly PhraseTable<bool> NonPartyContext = PhraseTableBuilder.Of("discipline-non-party", true,
        "kỷ luật lao động", "xử phạt", "vi phạm hành chính", "học sinh", "sinh viên", "cầu thủ", "thi đấu", "đội bóng", "công nhân",
        "nhà trường", "hội đồng kỷ luật", "giải bóng đá", "trọng tài", "thẻ vàng", "thẻ đỏ", "nội quy", "người lao động", "vận động viên");

    /// <summary>
    /// True when words of <see cref="NonPartyContext"/> put the sentence outside party discipline. Not such words inside a post
    /// (<c>ông A, Hiệu trưởng nhà trường</c>, <c>Chủ tịch Công đoàn … người lao động</c>): they say who a disciplined member is;
    /// nor inside a name, every word capitalised (<c>theo nguồn tin của Báo Người Lao Động, …</c>: the paper that reports it).
    /// </summary>
    private static bool OutsideParty(ReadOnlySpan<Token> tokens)
    {
        for (int at = NonPartyContext.Find(tokens, 0, tokens.Length, out _, out int length); at >= 0;
             at = NonPartyContext.Find(tokens, at + length, tokens.Length, out _, out length))
        {
            if (!Officials.Positions.EndsBefore(tokens, at, 4) && !NamePart(tokens, at, length))
            {
                return true;
            }
        }

        return false;

        static bool NamePart(ReadOnlySpan<Token> tokens, int at, int length)
        {
            foreach (var token in tokens.Slice(at, length))
            {
                if (!token.IsCapitalized)
                {
                    return false;
                }
            }

            return at > 0 && tokens[at - 1].IsCapitalized;
        }
    }

    /// <summary>Words that put a sentence inside party work.</summary>
    private static readonly PhraseTable<bool> PartyContext = PhraseTableBuilder.Of("discipline-party", true,
        "đảng", "đảng viên", "chi bộ", "ủy ban kiểm tra", "ubkt", "ubkttư", "ubkttw", "ubkttu", "đồng chí", "đ/c", "huyện ủy", "tỉnh ủy", "thành ủy", "thị ủy", "đảng ủy",
        "quận ủy", "bộ chính trị", "ban bí thư", "cấp ủy",
        // The army's party committee, and the inspection committee written short ("UB Kiểm tra TƯ").
        "quân ủy", "ub kiểm tra");

    /// <summary>
    /// Words that open the examination of a matter ("Xem xét kết quả kiểm tra … đối với …", "Xét đề nghị …", "kết luận"): a
    /// decision after them on other people is another case, with a record of its own.
    /// </summary>
    private static readonly PhraseTable<bool> MatterOpeners = PhraseTableBuilder.Of("discipline-matter-openers", true, "xem xét", "xét", "kết luận");

    /// <summary>Words that "xét" opens other than an examination: a medical test (<c>xét nghiệm</c>), a trial (<c>xét xử</c>), an admission to a school (<c>xét tuyển</c>).</summary>
    private static readonly string[] NotExamining = ["nghiệm", "xử", "tuyển"];

    /// <summary>True when the sentence opens the examination of a matter (<see cref="MatterOpeners"/>).</summary>
    private static bool OpensMatter(ReadOnlySpan<Token> tokens)
    {
        for (int at = MatterOpeners.Find(tokens, 0, tokens.Length, out _, out int length); at >= 0;
             at = MatterOpeners.Find(tokens, at + length, tokens.Length, out _, out length))
        {
            // "Ông B, Phó Giám đốc Sở, bị kết luận vi phạm …": a finding on one person of the matter at hand, not an examination.
            bool finding = at > 0 && tokens[at - 1].Key == "bị";
            if (!finding && (at + length >= tokens.Length || !NotExamining.Contains(tokens[at + length].Key)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that introduce a named person after a form.</summary>
    private static readonly PhraseTable<bool> PersonWords = PhraseTableBuilder.Of("discipline-person-words", true,
    [
        "ông", "bà", "các ông", "các bà", "các ông bà", "ông bà", "đồng chí", "các đồng chí", "đ/c", "đảng viên", "các đảng viên",
        // "đối với ông A và chị L.T.T.": younger people too (a name or initials must follow).
        "anh", "chị",
        // "cách tất cả chức vụ trong Đảng nhiều cán bộ, gồm: A, nguyên …; B, …": a colon after "gồm" opens the list as "các ông:" does.
        "gồm :",
        // "cảnh cáo đối với Thiếu tướng A và Đại tá B": a rank says a name follows.
        .. Ranks.All,
    ]);

    public string Name => "disciplines";

    /// <summary>Every record is read from a trigger (<c>kỷ luật</c>) or a form (<c>cảnh cáo</c>).</summary>
    public TriggerKeys RequiredKeys { get; } = new(Triggers.FirstKeys.Concat(Forms.FirstKeys));

    public void Extract(ExtractionContext context)
    {
        bool stateDecided = ExtractFromText(context);
        if (!HeadlineTellsDiscipline(context.Document))
        {
            return;
        }

        // "Kỷ luật cảnh cáo nguyên Chủ tịch tỉnh A" over a text where the Prime Minister decides it: the headline tells the
        // state's decision, not a party one the text left out.
        if (context.Disciplines.Count == 0 && !stateDecided)
        {
            ReadWithHeadline(context);
        }
        else
        {
            CompleteFromHeadline(context);
        }
    }

    /// <summary>
    /// A total the text states bare (<c>kỷ luật 11 đảng viên</c>) takes the forms the headline gives the same total (<c>11 cán bộ
    /// bị kỷ luật, 5 người bị khai trừ</c>): one record, told in part twice.
    /// </summary>
    private void CompleteFromHeadline(ExtractionContext context)
    {
        var headline = ArticleDocument.Analyze(new CleanedArticle([context.Document.Cleaned.Title!]), context.CancellationToken);
        var inner = context.Over(headline);
        ExtractFromText(inner);
        foreach (var told in inner.Disciplines)
        {
            if (told.Total is not int total || told.Forms.Sum is not int sum || sum > total)
            {
                continue;
            }

            int bare = context.Disciplines.FindIndex(d => d.Subject == told.Subject && d.Total == total && d.Forms.Sum is null);
            if (bare >= 0 && context.Disciplines.Count(d => d.Subject == told.Subject && d.Total == total) == 1)
            {
                context.Disciplines[bare] = context.Disciplines[bare] with { Forms = told.Forms, Consistent = sum == total };
            }
        }
    }

    /// <summary>
    /// True when the headline stands apart from the text and holds a discipline word (<c>Bộ Chính trị thi hành kỷ luật cảnh cáo
    /// Ban cán sự đảng Bộ A</c> over a text that tells the meeting but not the form).
    /// </summary>
    private static bool HeadlineTellsDiscipline(ArticleDocument document)
    {
        var title = document.TitleTokens;
        return title.Length > 0 && (Triggers.Find(title, 0, title.Length, out _, out _) >= 0 || Forms.Find(title, 0, title.Length, out _, out _) >= 0);
    }

    /// <summary>
    /// Reads the document again with its headline as the first paragraph, and keeps what it finds: a record read from the
    /// headline has the headline as its evidence, with empty offsets (it is not part of the cleaned text), as the award
    /// extractor's do; a record read from the text has its offsets moved back into the text.
    /// </summary>
    private void ReadWithHeadline(ExtractionContext context)
    {
        var cleaned = context.Document.Cleaned;
        var withHeadline = ArticleDocument.Analyze(new CleanedArticle([cleaned.Title!, .. cleaned.Paragraphs], [ArticleSection.Headline, .. cleaned.Sections])
        {
            Title = cleaned.Title,
        });
        var inner = context.Over(withHeadline);
        ExtractFromText(inner);
        string headline = context.Document.Cleaned.Title!;
        int shift = headline.Length + CleanedArticle.ParagraphSeparator.Length;
        foreach (var discipline in inner.Disciplines)
        {
            var evidence = discipline.Evidence;
            // "Ban Bí thư kỷ luật 14 cán bộ …" over a text that tells "… kiến nghị Ban Bí thư kỷ luật 14 cán bộ": the headline
            // tells the recommendation as done; the text says what it is.
            if (evidence.Start < shift && discipline.Total is int told && ProposesCount(context.Document, told))
            {
                continue;
            }

            context.Disciplines.Add(discipline with
            {
                Evidence = evidence.Start < shift ? new Evidence(headline, 0, 0) : evidence with { Start = evidence.Start - shift, End = evidence.End - shift },
            });
        }

        context.Warnings.AddRange(inner.Warnings);
    }

    /// <summary>True when a sentence of the text proposes disciplining as many as <paramref name="count"/> (<c>kiến nghị … kỷ luật 14 cán bộ</c>).</summary>
    private static bool ProposesCount(ArticleDocument document, int count)
    {
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            for (int i = Triggers.Find(tokens, 0, tokens.Length, out _, out int length); i >= 0; i = Triggers.Find(tokens, i + length, tokens.Length, out _, out length))
            {
                int at = i + length;
                if (ProposedInClause(tokens, i) && at < tokens.Length && TokenPatterns.ReadCount(tokens, document.Text, at, out int proposed, out _) > 0 && proposed == count)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads the document's records into <paramref name="context"/>; true when a state body decided a discipline in it.</summary>
    private bool ExtractFromText(ExtractionContext context)
    {
        var document = context.Document;
        var sentences = document.Sentences;
        string text = document.Text;
        var cases = new List<NamedCase>();
        // People a state body (Thủ tướng, UBND, a ministry) disciplined, with the form: not party discipline.
        var stateDecided = new Dictionary<string, DisciplineForm>(StringComparer.Ordinal);
        bool stateDecides = false;
        // Totals stated with no deciding body named, given the article's subject for want of one.
        var unattributed = new HashSet<Discipline>();
        // A body written bare ("Ban Thường vụ Huyện ủy") is the article's own unit's, when the article names one of that level.
        // The article's units are read only once a bare body needs one.
        UnitPlaces? places = null;
        string Complete(string name) => UnitPlaces.BareLevel(name) is not null ? (places ??= UnitPlaces.Of(document, context.Province)).Complete(name) : name;
        NamedBody? Completed(NamedBody? body) => body is NamedBody b && Complete(b.Name) is var name && !ReferenceEquals(name, b.Name) ? b with { Name = name } : body;
        // The party body that last decided something: a later "Theo đó, thi hành kỷ luật …" is its decision.
        // The one party body the article shows deciding (the headline's "Huyện ủy A kỷ luật …"): a record whose sentence
        // follows no named decider is that body's, not the article subject's (which may be the disciplined people's unit).
        // Read only once a record needs it: most articles have no discipline at all.
        var articleDecider = new Lazy<string?>(() => ArticleDecider(document, Completed), LazyThreadSafetyMode.None);
        // The bodies the article names with two or more terms, read once, when a decision first names a body bare.
        var termsTold = new Lazy<List<TermsOfBody>>(() => TermsTold(document), LazyThreadSafetyMode.None);
        NamedBody? current = null;
        int currentSentence = -1;
        // "Ủy ban Kiểm tra Tỉnh ủy A quyết định … Cùng với đó, Ủy ban Kiểm tra cũng quyết định …": a body named by the start of the
        // deciding body's name, while that body still decides, is that body again, not another.
        NamedBody? Known(NamedBody? body) => body is NamedBody b && current is NamedBody c &&
            Bodies.Key(c.Name).StartsWith(Bodies.Key(b.Name) + " ", StringComparison.Ordinal) ? c : body;
        // A party body a sentence shows deciding is the one that decides what follows.
        void FollowPartyDecider(ReadOnlySpan<Token> tokens, int s)
        {
            if (Known(Completed(Bodies.DeciderBefore(tokens, text, 0, tokens.Length, strict: true))) is { Kind: BodyKind.Party } named)
            {
                (current, currentSentence) = (named, s);
            }
        }

        int lastDiscipline = int.MinValue / 2;
        int proposedSentence = -2; // the last sentence whose decision word was only proposed
        int lastMatter = -1;
        int lastStateOn = -2; // the last sentence read as going on with a state body's decision
        for (int s = 0; s < sentences.Length; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // The headline told again under its image is no decision of its own (annotation.md: the same record); the headline
            // itself is read when the text tells no discipline, or to complete a bare total (Extract).
            if (document.Cleaned.RepeatsTitle(sentences[s].Paragraph))
            {
                continue;
            }

            var tokens = document.TokensOf(sentences[s]);
            // "UBKT … đề nghị thi hành kỷ luật đối với 10 đảng viên. Cụ thể, kỷ luật về Đảng: khai trừ năm đảng viên; …": the detail of a
            // proposal is proposed too, unless it names a body deciding it.
            if (s == proposedSentence + 1 && lastDiscipline != proposedSentence && Elaborations.StartsAt(tokens, 0) &&
                !TokenPatterns.Contains(tokens, 0, tokens.Length, "quyết", "định") && Bodies.DeciderBefore(tokens, text, 0, tokens.Length, strict: true) is null)
            {
                proposedSentence = s;
                continue;
            }

            // "… thi hành kỷ luật Cảnh cáo các đồng chí:" then one line per person ("- A, Bí thư …;"): the lines are the list the
            // colon opens, read as one clause with it.
            int listEnd = ListedLinesAfter(document, s, tokens);
            if (listEnd > s)
            {
                tokens = JoinedList(document, s, listEnd);
            }
            else if (ProposedItemsAfter(document, s, tokens) is int proposedEnd and > 0)
            {
                // "… đề nghị Ban Bí thư thi hành kỷ luật:" then "- Khai trừ ra khỏi Đảng đối với đồng chí A": proposals, item by item.
                FollowPartyDecider(tokens, s);
                s = proposedEnd;
                continue;
            }
            // Only a matter opened after a case splits it; before the first case there is nothing to split.
            if (cases.Count > 0 && OpensMatter(tokens))
            {
                lastMatter = s;
            }

            if (current is not null && s - currentSentence > DeciderReach)
            {
                current = null;
            }

            // A sentence without party words still continues a party decision read just before ("Ông A bị kỷ luật cảnh cáo …").
            bool continues = s - lastDiscipline <= TotalReach || current is not null;
            int firstPartyWord = PartyContext.Find(tokens, 0, tokens.Length, out _, out _);
            bool partyWords = firstPartyWord >= 0;
            // "Ông A, Chủ tịch UBND xã, bị kỷ luật khiển trách. … Quyết định do Ban Thường vụ Huyện ủy ban hành": in an article
            // that names one party body deciding, a discipline with no party word of its own is still that body's.
            if (!continues && !partyWords && Triggers.Find(tokens, 0, tokens.Length, out _, out _) >= 0 && Forms.Find(tokens, 0, tokens.Length, out _, out _) >= 0)
            {
                continues = articleDecider.Value is not null;
            }

            // "Phó Thủ tướng … vừa ký thay Thủ tướng quyết định kỷ luật đối với ông A. Theo đó, … thi hành kỷ luật bằng hình thức
            // khiển trách đối với ông A": a sentence without party words right after a state body's decision goes on with it.
            // Party words only after the decision ("… khiển trách đối với ông A, … và Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật về
            // đảng") tell of the Party's own decision in passing; they do not make this one the Party's.
            // "Ngoài ra, thi hành kỷ luật … đối với ông B": a run of such sentences goes on with the state's decision.
            bool statesOn = s > 0 && (partyWords ? PartyOnlyInPassing(tokens, firstPartyWord) : continues) &&
                            (lastStateOn == s - 1 || StateDecision(document.TokensOf(sentences[s - 1]), text));
            lastStateOn = statesOn ? s : lastStateOn;
            stateDecides |= statesOn;
            if (OutsideParty(tokens) || (!partyWords && !continues) || statesOn)
            {
                FollowPartyDecider(tokens, s);
                continue;
            }

            // "Cùng bị xử lý hình thức kỷ luật như trên còn có hai cán bộ khác, gồm: ông A, …; ông B, …": people given the one form
            // of the decision told just before join its case.
            if (cases.Count > 0 && cases[^1] is { Subject: DisciplineSubject.Member, People.Count: > 0 } above && s - above.Last <= 2 &&
                SameFormAsAbove(tokens) is int listFrom && above.People.Values.Distinct().Count() == 1)
            {
                var joined = new List<string>();
                ReadNames(tokens, text, listFrom, tokens.Length, joined, acrossClauses: true);
                if (joined.Count > 0)
                {
                    var imposed = above.People.Values.First();
                    foreach (string person in joined)
                    {
                        above.People.TryAdd(person, imposed);
                    }

                    above.Last = s;
                    lastDiscipline = s;
                    continue;
                }
            }

            int consumedTo = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (i < consumedTo)
                {
                    continue;
                }

                bool trigger = Triggers.TryMatch(tokens, i, out _, out int triggerLength);
                bool form = !trigger && Forms.StartsAt(tokens, i);
                if (!trigger && !form)
                {
                    continue;
                }

                // "bị phạt cảnh cáo", "xử phạt cảnh cáo": an administrative fine ("phạt tù và khai trừ" still expels).
                bool proposed = ProposedInClause(tokens, i);
                int clauseStart = TokenPatterns.ClauseStart(tokens, i);
                if (NotImposed.Find(tokens, NotImposedWindowStart(tokens, i), i, out _, out _) >= 0 || NotImposed.StartsAt(tokens, i + triggerLength) || proposed ||
                    AppealOutcomes.Find(tokens, clauseStart, i, out _, out _) >= 0 || ViolationSubjects.StartsAt(tokens, clauseStart) ||
                    (lastDiscipline >= 0 && MembersOfOneViolation(tokens, i)) || SelfAssigned(tokens, clauseStart, i) ||
                    PastInClause(tokens, text, i) || (trigger && InspectedTask(tokens, i)) ||
                    (i > 0 && tokens[i - 1].Key == "phạt"))
                {
                    consumedTo = trigger ? i + triggerLength : i + 1;
                    // "Xem xét kỷ luật khai trừ … với ông A": the form right after a decision word that imposes nothing imposes nothing.
                    consumedTo += trigger && Forms.TryMatch(tokens, consumedTo, out _, out int weighed) ? weighed : 0;
                    // "Ban Bí thư họp, xem xét đề nghị của UBKT Trung ương về việc thi hành kỷ luật ông A. Theo đó, ông A bị cách
                    // chức …": the body weighing another's proposal goes on to decide it; what follows is its decision.
                    proposedSentence = proposed && trigger && !WeighsProposal(tokens, i) ? s : proposedSentence;
                    // "UBKT Tỉnh ủy đề nghị Ban Thường vụ thi hành kỷ luật:" then "- Khai trừ … đối với đồng chí A": the list a proposed
                    // trigger's colon opens is proposed too, item by item.
                    if (proposed && trigger && TokenPatterns.IndexOf(tokens, consumedTo, Math.Min(tokens.Length, consumedTo + 6), ":") is int colon and >= 0 &&
                        Forms.Find(tokens, consumedTo, colon, out _, out _) < 0)
                    {
                        consumedTo = tokens.Length;
                    }

                    continue;
                }

                // "Cấp thi hành kỷ luật gồm: Ban Thường vụ Tỉnh ủy 1; Ủy ban Kiểm tra Tỉnh ủy 10; …; chi bộ 374 đảng viên": a tally
                // by deciding body, one record each (train vr56 keeps each level's tally).
                if (trigger && DecidingBodyList(tokens, text, i + triggerLength) is var (listed, listedSubject, listedEnd))
                {
                    var listedEvidence = context.EvidenceOf(sentences[s]);
                    int? listedYear = TokenPatterns.StatedYearBefore(tokens, i) ?? context.Period;
                    foreach (var (body, count) in listed)
                    {
                        context.Disciplines.Add(Make(listedSubject, count, [], context, listedYear, listedEvidence, 0.9) with { Organization = Complete(body) });
                    }

                    lastDiscipline = s;
                    consumedTo = listedEnd;
                    continue;
                }

                // Who decided: a state body (Thủ tướng, UBND, Sở) or an enterprise imposes no party discipline. Not a body in the
                // titles of people the clause opens with ("…; đối với Chủ tịch UBND huyện A: kỷ luật cách chức …").
                var decider = Known(Completed(OfFrontedProvince(FrontedAt(tokens, i) is int fronted ? FrontedDecider(tokens, text, fronted, i)
                    : Bodies.DeciderBefore(tokens, text, 0, i, strict: false), tokens, text)));
                // A state body's decision said to be the Party's ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh A thống nhất hình thức kỷ luật cảnh
                // cáo về mặt Đảng đối với Thượng tá B") is party discipline, with the body the article shows deciding it.
                if ((decider is { Kind: BodyKind.State } && !PartyScoped(tokens, i, trigger ? triggerLength : 0)) || StateScoped(tokens, i, trigger ? triggerLength : 0))
                {
                    if (decider is { Kind: BodyKind.State })
                    {
                        stateDecides = true;
                        // "Ông A bị kỷ luật cảnh cáo." then "Phó Thủ tướng … ký Quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối
                        // với ông A": the lead told the state's decision first; CloseCases drops it from a party case no party body decided.
                        foreach (var (_, people) in Read(context, s, tokens, trigger ? i : -1, trigger ? i + triggerLength : i, Math.Min(tokens.Length, i + Window), out _))
                        {
                            foreach (var (person, imposed) in people ?? [])
                            {
                                stateDecided[person] = imposed;
                            }
                        }
                    }

                    consumedTo = trigger ? i + triggerLength : i + 1;
                    continue;
                }

                // "Thành ủy, UBND TP A đã công bố quyết định kỷ luật về mặt Đảng và chính quyền …": of two bodies deciding together,
                // the Party's decision is the party body's.
                if (decider is { Kind: BodyKind.State } state && JoinedPartyBodyBefore(tokens, text, state) is NamedBody joined)
                {
                    decider = Known(Completed(joined));
                }

                // "Đảng ủy Sở A vừa công bố quyết định kỷ luật … Sở A cho biết, vừa ra quyết định kỷ luật về mặt Đảng …": the state
                // body reports the decision of the party body just named; it decides as that body only when no party body does.
                if (decider is NamedBody deciding && !(deciding.Kind == BodyKind.State && current is { Kind: BodyKind.Party }))
                {
                    (current, currentSentence) = (decider, s);
                }

                int window = WithBracketClosed(tokens, i, Math.Min(tokens.Length, i + Window));
                int end = ReachEnd(tokens, text, i, trigger ? MannerReach(tokens, i, window) : window);
                var drafts = Read(context, s, tokens, trigger ? i : -1, trigger ? i + triggerLength : i, end, out int readTo);
                consumedTo = Math.Max(readTo, i + 1);
                // A stated total with no decider named is a tally of the reporting organisation (the subject); a decision on
                // people ("Ông A bị kỷ luật cảnh cáo") is the article's deciding body's.
                // Bodies written in lower case ("cấp ủy các cấp", "ủy ban kiểm tra các cấp") name no body: the tally is the subject's.
                string? tallied = (current is { Name: [var head, ..] } named && !char.IsLower(head) ? named.Name : null) ?? context.Subject?.Name;
                if (drafts.Count > 0)
                {
                    lastDiscipline = s;
                    currentSentence = current is null ? currentSentence : s;
                }

                foreach (var draft in drafts)
                {
                    var (discipline, people) = draft;
                    // "… thi hành kỷ luật 117 đảng viên. Cụ thể, khiển trách 68 người, …": forms that break down the bare total of the
                    // sentence before are the same tally's, not the article's deciding body's.
                    string? organization = discipline.Total is null && current is null
                        ? TotalBrokenDown(context, tokens, s)?.Organization ?? articleDecider.Value ?? tallied
                        : tallied;
                    // "Ngoài ra, 4 cán bộ khác cũng bị kỷ luật cảnh cáo" after the body's decision on named people: others added to
                    // that case, counted by their one form, not a tally of their own.
                    if (people is null && current is not null && discipline.Total is int added && discipline.Forms.Sum == added &&
                        Additions.Find(tokens, 0, tokens.Length, out _, out _) >= 0 && organization is not null && Bodies.Key(organization) is string deciderKey &&
                        cases.Any(c => c.BodyKey == deciderKey && c.Subject == discipline.Subject && c.People.Keys.Any(p => !Anonymous(p))))
                    {
                        discipline = discipline with { Total = null, Consistent = null };
                    }

                    // Forms counted without names by a named deciding body ("cảnh cáo 1 đảng viên … Đồng thời, khiển trách 6 đảng
                    // viên") belong to its case like named people: one record per body and case. Not the breakdown of a total the
                    // sentence before stated ("46 cán bộ, đảng viên … đã bị xử lý kỷ luật. Trong đó có 42 trường hợp bị khiển trách,
                    // …"): those forms are the total's.
                    if (people is null && discipline.Total is null && current is not null && !BreaksDownTotalBefore(context, tokens, s))
                    {
                        people = Counted(discipline, s);
                    }

                    if (people is null)
                    {
                        context.Disciplines.Add(discipline with { Organization = organization });
                        if (current is null && discipline.Total is not null)
                        {
                            unattributed.Add(context.Disciplines[^1]);
                        }

                        continue;
                    }

                    people = WithFullNames(people, cases);
                    if (discipline.Subject == DisciplineSubject.Organization)
                    {
                        people = WithTermsToldElsewhere(people, termsTold, s);
                    }

                    // "Ông A chính thức bị khai trừ ra khỏi Đảng" after the decision that expelled him, under another body or none:
                    // the same person with the same form is that decision told again, not a second one.
                    // A lead that named them with no deciding body ("Ông A bị kỷ luật khiển trách") takes the body the decision names.
                    if (people.Count > 0 && people.All(p => !Anonymous(p.Key)) &&
                        cases.FirstOrDefault(c => c.Subject == discipline.Subject &&
                            people.All(p => c.People.TryGetValue(p.Key, out var had) && had == p.Value)) is NamedCase told)
                    {
                        if (!told.Decided && current is not null && organization is not null)
                        {
                            (told.Decided, told.Sentence, told.Evidence, told.Organization) = (true, s, discipline.Evidence, organization);
                        }

                        // The case is told here, so a matter examined before this sentence ("Xét nội dung … kết luận, UBKT quyết định
                        // khai trừ ông A") opened it, not another one after it.
                        told.Last = Math.Max(told.Last, s);
                        continue;
                    }

                    // One record per deciding body and kind of subject: the people it names are counted once each.
                    string key = organization is null ? "" : Bodies.Key(organization);
                    var open = cases.LastOrDefault(c => c.BodyKey == key && c.Subject == discipline.Subject);
                    // "… Ban Bí thư kỷ luật cảnh cáo 2 tổ chức đảng …" told again further on: the same counts of the same body,
                    // with no word of another decision, restate it.
                    if (open is not null && Restates(open, people) && Additions.Find(tokens, 0, tokens.Length, out _, out _) < 0)
                    {
                        continue;
                    }

                    // A new matter: the body, named again after a sentence that examines another case ("Xem xét kết quả kiểm tra
                    // đối với …"), decides on other people. One record per case.
                    // So does a decision told with a date of its own ("Trước đó, hồi tháng 7, Bộ Chính trị … cảnh cáo ông A, ông B." …
                    // "Ngày 30/9, Bộ Chính trị … cảnh cáo ông C"): other people, decided on another day.
                    // So does, within one sentence, the decision word said again after a semicolon for other people ("… quyết định thi
                    // hành kỷ luật đồng chí A bằng hình thức khai trừ; thi hành kỷ luật đồng chí B … bằng hình thức cách chức"): one
                    // decision word with several forms is one case ("khai trừ ông A; cảnh cáo ông B").
                    bool byName = people.Keys.All(p => !Anonymous(p)) && open is not null && open.People.Keys.All(p => !Anonymous(p));
                    if (open is not null && open.People.Count > 0 && decider is not null && !people.Keys.Any(open.People.ContainsKey) &&
                        ((s > open.Last && ((lastMatter > open.Last && !(open.Last == open.Sentence && Subheading(document, open.Sentence))) ||
                                            (byName && OpensApart(tokens)))) ||
                         (s == open.Last && byName && trigger && TriggerSaidAgain(tokens, text, i))))
                    {
                        open = null;
                    }

                    // So does another decision announced with no body named ("Ngoài ra, đoàn công tác cũng công bố quyết định về việc
                    // thi hành kỷ luật ông B …"): another document, whose body the article leaves unsaid, not the one told before; so
                    // the body is the article's subject (annotation.md), not the one that decided before.
                    if (open is not null && open.People.Count > 0 && decider is null && byName && s > open.Last && trigger &&
                        TokenPatterns.At(tokens, 0, "ngoài", "ra") && TokenPatterns.IndexOf(tokens, 2, i, "quyết") is int noun and >= 0 &&
                        TokenPatterns.At(tokens, noun, "quyết", "định") && !people.Keys.Any(open.People.ContainsKey))
                    {
                        (open, organization) = (null, context.Subject?.Name);
                    }

                    // So does the body told again deciding "too" on someone of another unit ("Ngoài cách chức … đối với ông A, Huyện
                    // ủy B cũng đã thi hành kỷ luật … đối với ông C, Bí thư Đảng ủy xã D"; "Cũng theo thông báo trên, Ban Chấp hành …
                    // kỷ luật ông E, Bí thư Huyện ủy F"): another matter of the same body. The people of the first, told again with
                    // the same forms, stay in theirs.
                    if (open is not null && open.People.Count > 0 && decider is { } also && byName && s > open.Sentence && listEnd <= s &&
                        people.Any(p => !open.People.ContainsKey(p.Key)) &&
                        people.All(p => !open.People.TryGetValue(p.Key, out var had) || had == p.Value) &&
                        DecidesAlso(tokens, also, i) && NewUnit(document, s, i, open, also))
                    {
                        var first = open;
                        people = people.Where(p => !first.People.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value);
                        open = null;
                    }

                    if (open is null)
                    {
                        open = new NamedCase(organization, discipline.Subject, s, discipline.Evidence, discipline.Year, current is not null);
                        cases.Add(open);
                    }

                    // A lead that named people before the decider ("Ông A bị kỷ luật khiển trách …") joins the decision read later:
                    // the case stands where the decision does, so a total stated just before the decision still counts its people.
                    if (!open.Decided && current is not null)
                    {
                        (open.Decided, open.Sentence, open.Evidence) = (true, s, discipline.Evidence);
                    }

                    open.Last = s;
                    bool withOthers = people.Keys.Any(Anonymous);
                    foreach (var (written, imposed) in people)
                    {
                        string person = discipline.Subject == DisciplineSubject.Organization ? SameBodyKey(open, written) : written;
                        // "Trong đó, cảnh cáo 1 đồng chí … Ông A bị cảnh cáo": a person named after a counted breakdown is one of
                        // its count, not one more; one named with others counted beside him ("ông B và 2 cán bộ khác") is a group of
                        // its own.
                        if (!Anonymous(person) && !open.People.ContainsKey(person) && !withOthers &&
                            open.People.FirstOrDefault(p => Anonymous(p.Key) && p.Value == imposed && !people.ContainsKey(p.Key)).Key is string counted)
                        {
                            open.People.Remove(counted);
                        }

                        open.People[person] = open.People.TryGetValue(person, out var had) && Severity(had) >= Severity(imposed) ? had : imposed;
                    }
                }
            }

            FollowPartyDecider(tokens, s);
            s = Math.Max(s, listEnd);
        }

        Consolidate(context.Disciplines);
        MergeBreakdowns(context);
        MergeCountedParts(context);
        CloseCases(context, cases, stateDecided, unattributed);
        // A breakdown counted in people ("Cụ thể, 26 tổ chức đảng bị kỷ luật bằng hình thức cảnh cáo, …") becomes a record when its
        // case closes.
        MergeBreakdowns(context);
        DropPickedOutParts(context);
        DropRestatingLines(context);
        foreach (var discipline in context.Disciplines.Where(d => d.Consistent == false))
        {
            context.Warnings.Add($"A discipline breakdown does not add up: {discipline.Forms} against a total of {discipline.Total} ({discipline.Evidence.Sentence.Trim()}).");
        }

        return stateDecides;
    }

    /// <summary>
    /// How far a decision word reads, from <paramref name="end"/> on: past the form its clause names with <c>bằng hình thức</c>
    /// (<c>thi hành kỷ luật đối với ông A - Ủy viên …, Bí thư …, Phó Giám đốc Sở … bằng hình thức ‘Cảnh cáo’</c>), however long the
    /// person's titles run before it, and past a semicolon before the posts held before (<c>…; nguyên Giám đốc Sở X</c>).
    /// </summary>
    private static int MannerReach(ReadOnlySpan<Token> tokens, int trigger, int end)
    {
        int clauseEnd = TokenPatterns.ClauseEnd(tokens, trigger);
        // "… ông A, Phó Chủ tịch UBND tỉnh; nguyên Bí thư Đảng ủy, nguyên Giám đốc Sở X - bằng hình thức …": a semicolon before the
        // posts the person held before stays inside the clause.
        while (clauseEnd < tokens.Length && Officials.FormerMarkers.StartsAt(tokens, clauseEnd + 1) &&
               Officials.Positions.StartsAt(tokens, Officials.PastFormerMarker(tokens, clauseEnd + 1)))
        {
            clauseEnd = TokenPatterns.ClauseEnd(tokens, clauseEnd + 1);
        }

        for (int k = end - 3; k + 3 < clauseEnd; k++)
        {
            if (k <= trigger || MannerFormAt(tokens, k) is not (int form and >= 0))
            {
                continue;
            }

            return Forms.TryMatch(tokens, form, out _, out int length) ? Math.Max(end, Math.Min(tokens.Length, form + length + 1)) : end;
        }

        return end;
    }

    /// <summary>
    /// Where the form named by a manner phrase at <paramref name="at"/> starts (<c>bằng hình thức cảnh cáo</c>, <c>với hình thức
    /// ‘Khiển trách’</c>, a quotation mark passed over), or -1 when no manner phrase starts there.
    /// </summary>
    private static int MannerFormAt(ReadOnlySpan<Token> tokens, int at) =>
        at + 3 < tokens.Length && tokens[at].Key is "bằng" or "với" && TokenPatterns.At(tokens, at + 1, "hình", "thức")
            ? at + 3 + (tokens[at + 3].Kind == TokenKind.Punctuation ? 1 : 0)
            : -1;

    /// <summary>
    /// The window from <paramref name="from"/> to <paramref name="end"/>, stretched to close a bracket open at its end: "… 244
    /// đảng viên (khiển trách 194 …, khai trừ 9 đảng viên) và 4 tổ chức đảng (khiển trách 3, cảnh cáo 1)" breaks its last count
    /// down in brackets that a long first breakdown pushes past the usual window.
    /// </summary>
    private static int WithBracketClosed(ReadOnlySpan<Token> tokens, int from, int end)
    {
        const int BracketReach = 16;
        int depth = 0;
        for (int k = from; k < end; k++)
        {
            depth += tokens[k].Key switch { "(" => 1, ")" => depth > 0 ? -1 : 0, _ => 0 };
        }

        if (depth == 0)
        {
            return end;
        }

        int close = TokenPatterns.IndexOf(tokens, end, Math.Min(tokens.Length, end + BracketReach), ")");
        return close < 0 ? end : close + 1;
    }

    /// <summary>
    /// Where the decision read from <paramref name="from"/> stops reaching, before <paramref name="end"/>: at a <c>;</c> whose clause
    /// opens with another body deciding before its first form (<c>Tỉnh ủy A kỷ luật cảnh cáo ba trường hợp; Công an tỉnh xử lý cảnh
    /// cáo hai trường hợp</c>). That clause is the other body's decision, read on its own. So is a comma, while no form, count or
    /// person has been read yet, before a body that opens its clause deciding (<c>Thực hiện kết luận … về việc xem xét, xử lý kỷ luật các tập thể, cá
    /// nhân liên quan, UBKT Trung ương quyết định khai trừ …</c>): the decision word before it named the matter, and the body's
    /// own decision follows.
    /// </summary>
    private static int ReachEnd(ReadOnlySpan<Token> tokens, string text, int from, int end)
    {
        // Whether the reading has met a form, a count or someone introduced: after one, a comma goes on with the same decision
        // ("Ban Thường vụ Tỉnh ủy thi hành kỷ luật 1, huyện ủy … thi hành kỷ luật 8" is a tally by body; "Sau khi xem xét việc thi
        // hành kỷ luật với ông A, Ban Thường vụ quyết định khai trừ ông": A is the one decided on).
        bool read = false;
        for (int k = from; k < end; k++)
        {
            read |= Forms.StartsAt(tokens, k) || tokens[k].Kind == TokenKind.Number || PersonNames.IntroducerAt(tokens, k) > 0;
            if (k == from || tokens[k].Key is not ("," or ";") || (tokens[k].Key == "," && read))
            {
                continue;
            }

            int first = FirstDecisionWord(tokens, k + 1);
            if (first <= k + 1 || Bodies.DeciderBefore(tokens, text, k + 1, first, strict: true) is not { } other)
            {
                continue;
            }

            // After ";", the clause opens with the body and a decision word follows it ("; ông B, nguyên Phó Chủ tịch UBND tỉnh và
            // cảnh cáo …" goes on with the same decision). After ",", the body opens the clause and decides within a few words.
            if (tokens[k].Key == ";" ? other.Start <= k + 2 : other.Start == k + 1 && first - other.End <= 3)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The first form or decision word of the clause that starts at <paramref name="at"/>, or -1.</summary>
    private static int FirstDecisionWord(ReadOnlySpan<Token> tokens, int at)
    {
        int clauseEnd = TokenPatterns.ClauseEnd(tokens, at);
        int form = Forms.Find(tokens, at, clauseEnd, out _, out _);
        int trigger = Triggers.Find(tokens, at, clauseEnd, out _, out _);
        return form < 0 ? trigger : trigger < 0 ? form : Math.Min(form, trigger);
    }

    /// <summary>
    /// True when the member names the form himself, in his self-criticism (<c>Chủ tịch xã tự nhận hình thức kỷ luật khiển
    /// trách</c>, <c>ông A đã có đơn tự kiểm điểm, nhận kỷ luật cảnh cáo</c>): a form offered for the body to decide on, not one
    /// imposed.
    /// </summary>
    private static bool SelfAssigned(ReadOnlySpan<Token> tokens, int clauseStart, int at)
    {
        int from = Math.Max(0, at - 8);
        for (int k = at - 1; k >= from; k--)
        {
            if (tokens[k].Key == "nhận")
            {
                return (k > 0 && tokens[k - 1].Key == "tự") ||
                       (TokenPatterns.IndexOf(tokens, Math.Max(0, k - 6), k, "tự") is int self and >= 0 && TokenPatterns.At(tokens, self + 1, "kiểm", "điểm"));
            }
        }

        return false;
    }

    /// <summary>
    /// True when the clause before the trigger at <paramref name="at"/> counts the members of one violation (<c>số đảng viên vi
    /// phạm chính sách dân số bị xử lý kỷ luật lên đến 212 người</c>): after the article's own count of those disciplined, a
    /// breakdown by what they violated, not a record of its own.
    /// </summary>
    private static bool MembersOfOneViolation(ReadOnlySpan<Token> tokens, int at)
    {
        // Back to the clause's comma: a dash inside the violation ("dân số - kế hoạch hóa gia đình") does not end it.
        for (int k = at - 3; k >= Math.Max(1, at - 24) && tokens[k].Key is not ("," or ";" or ":"); k--)
        {
            if (!TokenPatterns.At(tokens, k, "vi", "phạm") || tokens[k + 2].Kind != TokenKind.Word || tokens[k + 2].Key is "bị" or "đã" or "và" or "nên" or "phải")
            {
                continue;
            }

            for (int n = k - 1; n >= Math.Max(0, k - 3); n--)
            {
                if (Subjects.TryMatch(tokens, n, out var subject, out int length) && n + length == k && subject == DisciplineSubject.Member)
                {
                    return n == 0 || tokens[n - 1].Key is "số" or "các" or "những" or "," or ":";
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence's party words all follow its first decision and impose no form of their own (<c>… khiển trách đối
    /// với ông A … và Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật về đảng</c>): the Party's own decision told in passing. Not
    /// when a form follows them (<c>… và Ban Bí thư đã thi hành kỷ luật bằng hình thức khai trừ ra khỏi Đảng</c>).
    /// </summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="party">Where its first party word stands.</param>
    private static bool PartyOnlyInPassing(ReadOnlySpan<Token> tokens, int party)
    {
        for (int k = 0; k < party; k++)
        {
            if (Triggers.StartsAt(tokens, k) || Forms.StartsAt(tokens, k))
            {
                return Forms.Find(tokens, party, tokens.Length, out _, out _) < 0;
            }
        }

        return false;
    }

    /// <summary>
    /// True when sentence <paramref name="s"/> opens a breakdown (<c>Trong đó …</c>) of the bare total the last record, told in the
    /// sentence right before, states (<c>46 cán bộ, đảng viên … đã bị xử lý kỷ luật.</c>).
    /// </summary>
    private static bool BreaksDownTotalBefore(ExtractionContext context, ReadOnlySpan<Token> tokens, int s) =>
        OfWhich.StartsAt(tokens, 0) && BareTotalJustBefore(context, s) is not null;

    /// <summary>
    /// The bare total (<c>… đã thi hành kỷ luật 117 đảng viên.</c>) that sentence <paramref name="s"/> breaks down when it opens with
    /// <c>Trong đó</c>, <c>Cụ thể</c> or <c>Theo đó</c> right after it, or null.
    /// </summary>
    private static Discipline? TotalBrokenDown(ExtractionContext context, ReadOnlySpan<Token> tokens, int s) =>
        OfWhich.StartsAt(tokens, 0) || Elaborations.StartsAt(tokens, 0) ? BareTotalJustBefore(context, s) : null;

    /// <summary>The last record when it is a total with no forms, told in the sentence before <paramref name="s"/>; else null.</summary>
    private static Discipline? BareTotalJustBefore(ExtractionContext context, int s) =>
        context.Disciplines.Count > 0 && context.Disciplines[^1] is { Total: int, Forms.Sum: null } tally &&
        context.Document.SentenceStartingAt(tally.Evidence.Start) == s - 1
            ? tally
            : null;

    /// <summary>
    /// The province's committee in a sentence that opens with that province and then its committee, bare or pointed back to
    /// (<c>Tại Trà Vinh, Tỉnh ủy tỉnh này cũng quyết định …</c>): another body than the one that decided before, which a bare
    /// <c>Tỉnh ủy</c> would otherwise be taken for. Any other sentence keeps <paramref name="body"/>.
    /// </summary>
    private static NamedBody? OfFrontedProvince(NamedBody? body, ReadOnlySpan<Token> tokens, string text)
    {
        // ("+ Tại Trà Vinh, …": an item of a list of provinces.)
        int at = Math.Max(0, TokenPatterns.ListItemStart(tokens));
        if (tokens.Length < at + 5 || tokens[at].Key is not ("tại" or "ở") || (body is NamedBody named && UnitPlaces.BareLevel(named.Name) is null))
        {
            return body;
        }

        int province = Places.ProvinceNameLength(tokens, text, at + 1, Math.Min(tokens.Length, at + 6));
        int committee = at + 2 + province;
        if (province == 0 || tokens[at + 1 + province].Key != "," || !Officials.LevelCommittees.TryMatch(tokens, committee, out string? level, out int length) ||
            level != "tỉnh" || (committee + length < tokens.Length && tokens[committee + length].IsCapitalized))
        {
            return body;
        }

        string name = $"{text[tokens[committee].Span.Start..tokens[committee + length - 1].Span.End]} {text[tokens[at + 1].Span.Start..tokens[at + province].Span.End]}";
        return new NamedBody(name, BodyKind.Party, committee, committee + length);
    }

    /// <summary>Words that point back to the decision just told (<c>như trên</c>, <c>như vừa nêu</c>).</summary>
    private static readonly PhraseTable<bool> AsToldAbove = PhraseTableBuilder.Of("discipline-as-told-above", true,
        "như trên", "như vừa nêu", "như đã nêu", "như đã nêu trên", "như nêu trên");

    /// <summary>
    /// Where the people start in a sentence that gives them the form told just before (<c>Cùng bị xử lý hình thức kỷ luật như trên
    /// còn có hai cán bộ khác, gồm: ông A, …</c>, <c>Ngoài hai ông A, B bị kỷ luật như vừa nêu, còn có ông C</c>): after the <c>gồm</c>
    /// that follows <c>như trên</c>, else right after it; null when no decision word stands a few words before <c>như trên</c> or the
    /// sentence names a form of its own.
    /// </summary>
    private static int? SameFormAsAbove(ReadOnlySpan<Token> tokens)
    {
        int above = -1;
        for (int k = 1; k + 1 < tokens.Length && above < 0; k++)
        {
            if (AsToldAbove.TryMatch(tokens, k, out _, out int told) && Triggers.Find(tokens, Math.Max(0, k - 6), k, out _, out _) >= 0)
            {
                above = k + told;
            }
        }

        if (above < 0 || Forms.Find(tokens, 0, tokens.Length, out _, out _) >= 0)
        {
            return null;
        }

        int including = TokenPatterns.IndexOf(tokens, above, Math.Min(tokens.Length, above + 10), "gồm");
        int from = including >= 0 ? including + 1 : above;
        return from < tokens.Length && tokens[from].Key == ":" ? from + 1 : from;
    }

    /// <summary>
    /// True when a state body decides a discipline in the sentence (<c>Thủ tướng … quyết định kỷ luật …</c>), not one it says is the
    /// Party's (<c>Sở A cho biết, vừa ra quyết định kỷ luật về mặt Đảng đối với ông B</c>).
    /// </summary>
    private static bool StateDecision(ReadOnlySpan<Token> tokens, string text) =>
        Triggers.Find(tokens, 0, tokens.Length, out _, out int length) is int trigger and >= 0 && !PartyScoped(tokens, trigger, length) &&
        Bodies.DeciderBefore(tokens, text, 0, tokens.Length, strict: true) is { Kind: BodyKind.State };

    /// <summary>
    /// One record per fact for the article: a decision naming people in several clauses of one sentence is one
    /// record ("khai trừ ông A, ông B; cảnh cáo ông C"), and a total restated with its breakdown elsewhere
    /// ("kỷ luật 12 đảng viên" … "12 đảng viên bị kỷ luật gồm: khiển trách 8, …") keeps only the detailed mention.
    /// </summary>
    private static void Consolidate(List<Discipline> disciplines)
    {
        for (int k = disciplines.Count - 1; k > 0; k--)
        {
            var later = disciplines[k];
            for (int j = 0; j < k; j++)
            {
                var earlier = disciplines[j];
                if (earlier.Subject != later.Subject || earlier.Year != later.Year)
                {
                    continue;
                }

                if (earlier.Total is null && later.Total is null && earlier.Evidence.Start == later.Evidence.Start)
                {
                    disciplines[j] = Sum(earlier, later);
                    disciplines.RemoveAt(k);
                    break;
                }

                // Not two bodies' own totals in one sentence ("Ban Chấp hành Đảng bộ huyện thi hành kỷ luật 1 đảng viên …; Đảng ủy
                // cơ sở thi hành kỷ luật 1 đảng viên …"): equal counts there are two facts.
                bool twoBodies = earlier.Evidence.Start == later.Evidence.Start && earlier.Organization is string a && later.Organization is string b &&
                                 !SameBody(Bodies.Key(a), Bodies.Key(b));
                if (earlier.Total is int total && later.Total == total && !twoBodies &&
                    (earlier.Forms.Sum is null || later.Forms.Sum is null || earlier.Forms == later.Forms))
                {
                    disciplines[j] = earlier.Forms.Sum is null ? later : earlier;
                    disciplines.RemoveAt(k);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Words before a count that make it a round figure (<c>hơn 6.000</c>, <c>gần 90</c>, <c>khoảng 200</c>) or stress how large it is
    /// (<c>thi hành kỷ luật tới 1.811 đảng viên</c>, <c>lên tới</c>): the count after them is still the one read.
    /// </summary>
    private static readonly PhraseTable<bool> Approximations = PhraseTableBuilder.Of("discipline-approximations", true,
        "hơn", "trên", "gần", "khoảng", "xấp xỉ", "chừng", "ngót", "tới", "lên tới", "lên đến");

    /// <summary>The length of a word of approximation at <paramref name="at"/> that a count follows (<c>gần 20</c>, <c>hơn 24.160</c>), else 0.</summary>
    private static int ApproximationBefore(ReadOnlySpan<Token> tokens, string text, int at) =>
        Approximations.TryMatch(tokens, at, out _, out int length) && TokenPatterns.ReadCount(tokens, text, at + length, out _, out _) > 0 ? length : 0;

    /// <summary>The party body named deciding in the headline or the text, when the article names exactly one; else null.</summary>
    private static string? ArticleDecider(ArticleDocument document, Func<NamedBody?, NamedBody?> complete)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(NamedBody? body)
        {
            if (complete(body) is { Kind: BodyKind.Party } b)
            {
                found.TryAdd(Bodies.Key(b.Name), b.Name);
            }
        }

        if (document.Cleaned.Title is string title)
        {
            Add(Bodies.DeciderBefore(document.TitleTokens, title, 0, document.TitleTokens.Length, strict: true));
        }

        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            Add(Bodies.DeciderBefore(tokens, document.Text, 0, tokens.Length, strict: true));
        }

        return found.Count == 1 ? found.Values.First() : null;
    }

    /// <summary>
    /// After a trigger, a colon and a list of deciding bodies, each with the count it disciplined, the items separated by
    /// semicolons (<c>Cấp thi hành kỷ luật gồm: Ban Thường vụ Tỉnh ủy 1; Ủy ban Kiểm tra Tỉnh ủy 10; huyện ủy, ban thường vụ
    /// huyện ủy và tương đương 47; chi bộ 374 đảng viên</c>): the bodies as written with their counts, the kind of subject the
    /// items' noun names (members when none does), and where the list ends; null unless two or more items read so.
    /// </summary>
    private static (List<(string Body, int Count)> Items, DisciplineSubject Subject, int End)? DecidingBodyList(ReadOnlySpan<Token> tokens, string text, int after)
    {
        const int MaxBodyWords = 12;
        int k = after;
        k += k < tokens.Length && tokens[k].Key == "gồm" ? 1 : TokenPatterns.At(tokens, k, "bao", "gồm") ? 2 : 0;
        if (k >= tokens.Length || tokens[k].Key != ":")
        {
            return null;
        }

        var items = new List<(string Body, int Count)>();
        var subject = DisciplineSubject.Member;
        int start = k + 1;
        for (int i = start; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Number)
            {
                // A body's name is words (and the commas and "và" that join its parts): anything else is no such list, and
                // neither is one of forms ("Kết quả kỷ luật: khiển trách 5; cảnh cáo 2 đảng viên").
                if (!(tokens[i].IsWordLike || tokens[i].Key is "," or "-") || i - start >= MaxBodyWords || Forms.StartsAt(tokens, i))
                {
                    return null;
                }

                continue;
            }

            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
            if (read == 0 || i == start || !tokens[start].IsWordLike)
            {
                return null;
            }

            int end = i + read;
            if (end < tokens.Length && Subjects.TryMatch(tokens, end, out var noun, out int nounLength))
            {
                subject = noun;
                end += nounLength;
            }

            if (end < tokens.Length && tokens[end].Key is not (";" or "."))
            {
                return null;
            }

            items.Add((text[tokens[start].Span.Start..tokens[i - 1].Span.End], count));
            if (end >= tokens.Length || tokens[end].Key == ".")
            {
                return items.Count >= 2 ? (items, subject, end) : null;
            }

            start = end + 1;
            i = end;
        }

        return null;
    }

    /// <summary>Words that open the breakdown of a total stated just before ("Trong đó, cảnh cáo 1 …, khiển trách 6 …").</summary>
    private static readonly PhraseTable<bool> BreakdownOpeners = PhraseTableBuilder.Of("discipline-breakdown-openers", true,
        "trong đó", "cụ thể", "gồm", "bao gồm", "với các hình thức", "bằng các hình thức", "các hình thức",
        // "Về hình thức kỷ luật: khiển trách 5, …", "Trong số đảng viên bị kỷ luật, …": the breakdown comes back to the total.
        "về hình thức", "hình thức kỷ luật", "trong số", "trong số đó", "trong số này");

    /// <summary>How many tokens into its sentence a breakdown's opener may stand ("Cụ thể, …", "Theo đó, trong đó …").</summary>
    private const int OpenerReach = 4;

    /// <summary>
    /// A total stated without forms ("thi hành kỷ luật 7 đảng viên") and the breakdown that follows it in the next sentences
    /// ("Trong đó, cảnh cáo 1 đảng viên, khiển trách 6 đảng viên"), also past a few sentences of background when an opener
    /// brings it back to the total ("Về hình thức kỷ luật: …"), are one record: the total with its forms.
    /// </summary>
    private static void MergeBreakdowns(ExtractionContext context)
    {
        var disciplines = context.Disciplines;
        var document = context.Document;
        var sentences = document.Sentences;
        for (int k = disciplines.Count - 1; k > 0; k--)
        {
            var breakdown = disciplines[k];
            if (breakdown.Total is not null || breakdown.Forms.Sum is not int sum || document.SentenceStartingAt(breakdown.Evidence.Start) is not int at)
            {
                continue;
            }

            var tokens = context.Document.TokensOf(sentences[at]);
            if (BreakdownOpeners.Find(tokens, 0, Math.Min(tokens.Length, OpenerReach), out _, out _) < 0)
            {
                continue;
            }

            for (int j = k - 1; j >= 0; j--)
            {
                var stated = disciplines[j];
                if (stated.Subject == breakdown.Subject && stated.Total is int total && stated.Forms.Sum is null && sum <= total &&
                    document.SentenceStartingAt(stated.Evidence.Start) is int from && from < at && at - from <= TotalReach &&
                    (stated.Organization == breakdown.Organization || NamesNoDecider(document, at)))
                {
                    disciplines[j] = stated with { Forms = breakdown.Forms, Consistent = sum == total };
                    disciplines.RemoveAt(k);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when the breakdown in sentence <paramref name="at"/> names no deciding body of its own, so the body it carries came from
    /// the sentences before: "Cấp ủy … đã thi hành kỷ luật 29 tổ chức đảng và 1.740 đảng viên. Ủy ban Kiểm tra các cấp thi hành kỷ
    /// luật 363 đảng viên. Cụ thể, 26 tổ chức đảng bị kỷ luật bằng hình thức cảnh cáo, …" breaks down the 29 organisations.
    /// </summary>
    private static bool NamesNoDecider(ArticleDocument document, int at)
    {
        var tokens = document.TokensOf(document.Sentences[at]);
        return Bodies.DeciderBefore(tokens, document.Text, 0, tokens.Length, strict: false) is null;
    }

    /// <summary>
    /// A total whose breakdown is told part by part, each part a counted passive of its own (<c>kỷ luật 4 đảng viên, trong đó có
    /// 3 đảng viên … bị kỷ luật bằng hình thức cảnh cáo và 1 đảng viên … bị kỷ luật bằng hình thức khiển trách</c>): each part
    /// reads as a total of one form; after a breakdown's opener, in the total's sentence or opening the next ones, the parts
    /// are the total's forms.
    /// </summary>
    private static void MergeCountedParts(ExtractionContext context)
    {
        var disciplines = context.Disciplines;
        var document = context.Document;
        var sentences = document.Sentences;
        for (int j = 0; j + 1 < disciplines.Count; j++)
        {
            var stated = disciplines[j];
            // The total may have read the first parts itself ("… trong đó có 9 đảng viên bị “khiển trách” và 3 đảng viên bị kỷ
            // luật mức “cảnh cáo”": the second part has a trigger of its own).
            if (stated.Total is not int total || stated.Forms.Sum >= total || document.SentenceStartingAt(stated.Evidence.Start) is not int from)
            {
                continue;
            }

            int k = j + 1;
            var merged = stated;
            int? partsSentence = null;
            while (k < disciplines.Count && disciplines[k] is var part && part.Subject == stated.Subject && part.Organization == stated.Organization &&
                   (part.Total is null ? part.Forms.Sum is int : part.Forms.Sum == part.Total) && document.SentenceStartingAt(part.Evidence.Start) is int at &&
                   (partsSentence == at || (partsSentence is null && at - from <= TotalReach && OpensBreakdown(document, at, at == from))))
            {
                merged = Sum(merged, part);
                partsSentence = at;
                k++;
            }

            // "7 đảng viên bị kỷ luật, trong đó 3 đảng viên bị cách chức … Bên cạnh đó, 2 người bị kỷ luật bằng hình thức khiển trách
            // … Hai đảng viên bị kỷ luật bằng hình thức cảnh cáo …": parts in the next sentences with no opener, each a counted
            // passive of one form, are the total's forms too when together they fill it exactly.
            var filled = merged;
            int next = k;
            while (next < disciplines.Count && disciplines[next] is var more && more.Subject == stated.Subject && more.Organization == stated.Organization &&
                   more.Total is int part && more.Forms.Sum == part && more.Forms.StatedCount == 1 && (filled.Forms.Sum ?? 0) + part <= total &&
                   document.SentenceStartingAt(more.Evidence.Start) is int later && later > from && later - from <= TotalReach)
            {
                filled = Sum(filled, more);
                next++;
            }

            if (next > k && filled.Forms.Sum == total)
            {
                (merged, k) = (filled, next);
            }

            if (k > j + 1 && merged.Forms.Sum is int sum && sum <= total)
            {
                disciplines[j] = merged with { Consistent = sum == total };
                disciplines.RemoveRange(j + 1, k - j - 1);
            }
        }
    }

    /// <summary>
    /// People picked out of a total without a form of their own (<c>kỷ luật 104 đảng viên. Trong số này có 40 cấp ủy viên bị kỷ
    /// luật</c>): a part of the total by kind of person, as an admission's <c>trong đó 40 đoàn viên</c> is, and no record. Only
    /// after <c>trong đó</c> or <c>trong số</c>, in the total's sentence or opening one of the next, and when a passive and no
    /// deciding body follow the opener.
    /// </summary>
    private static void DropPickedOutParts(ExtractionContext context)
    {
        var disciplines = context.Disciplines;
        var document = context.Document;
        for (int k = disciplines.Count - 1; k > 0; k--)
        {
            var part = disciplines[k];
            if (part.Total is not int count || part.Forms.Sum is not null || document.SentenceStartingAt(part.Evidence.Start) is not int at)
            {
                continue;
            }

            var tokens = document.TokensOf(document.Sentences[at]);
            for (int j = k - 1; j >= 0; j--)
            {
                var stated = disciplines[j];
                if (stated.Subject != part.Subject || stated.Total is not int total || count >= total || stated.Organization != part.Organization ||
                    document.SentenceStartingAt(stated.Evidence.Start) is not int from || from > at || at - from > TotalReach)
                {
                    continue;
                }

                // The people picked out are the subject of a passive ("40 cấp ủy viên bị kỷ luật"); a breakdown by who decided
                // ("Trong đó, UBKT cấp tỉnh kỷ luật 1 đồng chí; cấp huyện kỷ luật 8 …") gives records of their own.
                int opener = OfWhich.Find(tokens, 0, from == at ? tokens.Length : Math.Min(tokens.Length, OpenerReach), out _, out _);
                if (opener >= 0 && TokenPatterns.IndexOf(tokens, opener, tokens.Length, "bị") > opener &&
                    Bodies.DeciderBefore(tokens, document.Text, opener, tokens.Length, strict: false) is null)
                {
                    disciplines.RemoveAt(k);
                }

                break;
            }
        }
    }

    /// <summary>True when sentence <paramref name="at"/> opens a breakdown: anywhere in it when it also states the total, else near its start.</summary>
    private static bool OpensBreakdown(ArticleDocument document, int at, bool withTotal)
    {
        var tokens = document.TokensOf(document.Sentences[at]);
        return BreakdownOpeners.Find(tokens, 0, withTotal ? tokens.Length : Math.Min(tokens.Length, OpenerReach), out _, out _) >= 0;
    }

    /// <summary>People a deciding body disciplined, across the sentences that name them, each once with the heaviest form.</summary>
    private sealed class NamedCase(string? organization, DisciplineSubject subject, int sentence, Evidence evidence, int? year, bool decided)
    {
        /// <summary>True when a deciding body was named, not taken from the article's subject.</summary>
        public bool Decided { get; set; } = decided;

        public string? Organization { get; set; } = organization;

        /// <summary>The deciding body's grouping key ("" when none is named).</summary>
        public string BodyKey => Organization is null ? "" : Bodies.Key(Organization);

        public DisciplineSubject Subject { get; } = subject;

        public int Sentence { get; set; } = sentence;

        /// <summary>The last sentence that named people of this case.</summary>
        public int Last { get; set; } = sentence;

        public Evidence Evidence { get; set; } = evidence;

        public int? Year { get; } = year;

        public Dictionary<string, DisciplineForm> People { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A party body named in sentence <paramref name="Sentence"/> with two or more terms: its key and each term's key.</summary>
    private readonly record struct TermsOfBody(int Sentence, string Body, List<string> Terms);

    /// <summary>
    /// Bodies a decision names bare whose terms another sentence of the article tells (<c>Ban Thường vụ Tỉnh ủy A nhiệm kỳ 2010-2015,
    /// nhiệm kỳ 2015-2020 … đã vi phạm …</c>, then <c>quyết định … cảnh cáo Ban Thường vụ Tỉnh ủy</c>): counted once per term, as when
    /// the decision writes the terms itself (annotation.md). A bare name is the one body told with terms in another sentence that it
    /// names whole or names the start of (the place left out); with two such bodies it stays as it is.
    /// </summary>
    private static Dictionary<string, DisciplineForm> WithTermsToldElsewhere(Dictionary<string, DisciplineForm> bodies, Lazy<List<TermsOfBody>> termsTold,
        int sentence)
    {
        static bool Bare(string key) => !key.Contains('#') && !key.Contains(TermMark);
        if (!bodies.Keys.Any(Bare) || termsTold.Value.Count == 0)
        {
            return bodies;
        }

        var counted = new Dictionary<string, DisciplineForm>(StringComparer.Ordinal);
        foreach (var (body, form) in bodies)
        {
            var same = Bare(body)
                ? termsTold.Value.Where(t => t.Sentence != sentence && (t.Body == body || t.Body.StartsWith(body + " ", StringComparison.Ordinal))).Take(2).ToList()
                : [];
            if (same is [var told])
            {
                foreach (string term in told.Terms)
                {
                    counted[$"{body}{TermMark}{term}"] = form;
                }
            }
            else
            {
                counted[body] = form;
            }
        }

        return counted;
    }

    /// <summary>The party bodies the article names with two or more terms, sentence by sentence.</summary>
    private static List<TermsOfBody> TermsTold(ArticleDocument document)
    {
        var told = new List<TermsOfBody>();
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var tokens = document.TokensOf(document.Sentences[s]);
            for (int k = 0; k < tokens.Length; k++)
            {
                if (!BodyAt(tokens, k, tokens.Length) || !Bodies.TryRead(tokens, document.Text, k, out var named))
                {
                    continue;
                }

                int terms = Terms(tokens, named.End, tokens.Length, out int termsEnd);
                if (terms > 1 && TermKeys(tokens, named.End, termsEnd, terms) is { } keys)
                {
                    told.Add(new TermsOfBody(s, Bodies.Key(Bodies.Expand(tokens, document.Text, k, named.End)), keys));
                }

                k = Math.Max(k, named.End - 1);
            }
        }

        return told;
    }

    /// <summary>
    /// People called by the given name alone (<c>ông Hải</c>) under the full name a case already holds (<c>Lê Văn Hải</c>),
    /// when exactly one full name ends with it: the same person is counted once.
    /// </summary>
    private static Dictionary<string, DisciplineForm> WithFullNames(Dictionary<string, DisciplineForm> people, List<NamedCase> cases)
    {
        if (cases.Count == 0 || people.Keys.All(p => p.Contains(' ')))
        {
            return people;
        }

        var resolved = new Dictionary<string, DisciplineForm>(StringComparer.Ordinal);
        foreach (var (person, imposed) in people)
        {
            string key = person;
            if (!person.Contains(' ') &&
                cases.SelectMany(c => c.People.Keys).Where(k => k.EndsWith(" " + person, StringComparison.Ordinal)).Distinct().ToList() is [string full])
            {
                key = full;
            }

            resolved[key] = resolved.TryGetValue(key, out var had) && Severity(had) >= Severity(imposed) ? had : imposed;
        }

        return resolved;
    }

    /// <summary>The forms of a record counted without names, as people of their own (keys unique to the sentence and form).</summary>
    private static Dictionary<string, DisciplineForm> Counted(Discipline discipline, int sentence)
    {
        var people = new Dictionary<string, DisciplineForm>(StringComparer.Ordinal);
        foreach (var (form, count) in new[]
                 {
                     (DisciplineForm.Reprimand, discipline.Forms.Reprimand), (DisciplineForm.Warning, discipline.Forms.Warning),
                     (DisciplineForm.Dismissal, discipline.Forms.Dismissal), (DisciplineForm.Expulsion, discipline.Forms.Expulsion),
                     (DisciplineForm.Dissolution, discipline.Forms.Dissolution),
                 })
        {
            for (int k = 0; k < (count ?? 0); k++)
            {
                people[$"#{sentence}:{form}:{k}"] = form;
            }
        }

        return people;
    }

    /// <summary>
    /// Where to look back from the decision word at <paramref name="at"/> for words that make it no imposed discipline: three tokens,
    /// not past a comma that ends another item of a list ("31 đảng viên phải xử lý hành chính, khiển trách 287, …").
    /// </summary>
    private static int NotImposedWindowStart(ReadOnlySpan<Token> tokens, int at)
    {
        int start = Math.Max(0, at - 3);
        for (int k = at - 1; k >= start; k--)
        {
            if (tokens[k].Key is "," or ";")
            {
                return k + 1;
            }
        }

        return start;
    }

    /// <summary>Words that make counted forms another decision, not a restatement: <c>cảnh cáo thêm 1 đảng viên khác</c>.</summary>
    private static readonly PhraseTable<bool> Additions = PhraseTableBuilder.Of("discipline-additions", true,
        "khác", "thêm", "nữa", "đồng thời", "ngoài ra", "tiếp tục");

    /// <summary>
    /// True when <paramref name="people"/> are only counted (no names) and one earlier sentence of <paramref name="open"/> counted
    /// exactly the same forms, or the people it names have exactly those forms (<c>khai trừ … các ông A, B, C</c>, then the
    /// headline told again: <c>3 nguyên Bí thư bị khai trừ</c>): the same decision told again.
    /// </summary>
    private static bool Restates(NamedCase open, Dictionary<string, DisciplineForm> people)
    {
        if (people.Count == 0)
        {
            return false;
        }

        // "… khai trừ đối với nguyên chủ tịch xã A và 3 lãnh đạo cấp phòng" told in the lead and again in the body: the person named
        // again with the same form, and as many unnamed others with the same forms as one earlier sentence counted, are those people.
        if (!people.Keys.All(Anonymous))
        {
            var others = Tally(people.Where(p => Anonymous(p.Key)));
            return others.Count > 0 &&
                   people.Where(p => !Anonymous(p.Key)).All(p => open.People.TryGetValue(p.Key, out var had) && had == p.Value) &&
                   AnonymousBySentence(open).Any(sentence => SameCounts(Tally(sentence), others));
        }

        var told = Tally(people);
        return SameCounts(Tally(open.People.Where(p => !Anonymous(p.Key))), told) ||
               (!people.Keys.Any(open.People.ContainsKey) && AnonymousBySentence(open).Any(sentence => SameCounts(Tally(sentence), told)));
    }

    /// <summary>How many people each form was imposed on.</summary>
    private static Dictionary<DisciplineForm, int> Tally(IEnumerable<KeyValuePair<string, DisciplineForm>> people) =>
        people.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The unnamed people of a case, grouped by the sentence that counted them (their keys start with its place).</summary>
    private static IEnumerable<IGrouping<string, KeyValuePair<string, DisciplineForm>>> AnonymousBySentence(NamedCase open) =>
        open.People.Where(p => Anonymous(p.Key)).GroupBy(p => p.Key[..p.Key.IndexOf(':')]);

    /// <summary>True when two tallies count the same forms alike.</summary>
    private static bool SameCounts(Dictionary<DisciplineForm, int> a, Dictionary<DisciplineForm, int> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out int n) && n == f.Value);

    /// <summary>True for the key of someone counted but not named (<c>cảnh cáo 1 đồng chí</c>); a pronoun's person is one named before.</summary>
    private static bool Anonymous(string person) => person.StartsWith('#') && !person.EndsWith(":pronoun", StringComparison.Ordinal);

    /// <summary>The heavier form wins when one person is named with two (khai trừ và cách chức → khai trừ).</summary>
    private static int Severity(DisciplineForm form) => form switch
    {
        DisciplineForm.Reprimand => 1,
        DisciplineForm.Warning => 2,
        DisciplineForm.Dismissal => 3,
        DisciplineForm.Expulsion => 4,
        _ => 5,
    };

    /// <summary>Words that open a sentence telling in detail what the one before announced (<c>Theo đó, …</c>, <c>Cụ thể, …</c>).</summary>
    private static readonly PhraseTable<bool> Elaborations = PhraseTableBuilder.Of("discipline-elaborations", true, "theo đó", "cụ thể");

    /// <summary>
    /// True when the decision word at <paramref name="trigger"/> opens a clause of its own after a semicolon (<c>…; thi hành kỷ luật
    /// đồng chí B, Bí thư Tỉnh ủy Tây Ninh</c>), after an earlier decision word of the sentence, and names a unit the clauses before
    /// did not: another place, another matter. Not when the clause is joined on (<c>…; đồng thời thi hành kỷ luật …</c>) or stays
    /// with the same units (<c>… ông A, Bí thư Đảng ủy xã B; kỷ luật cảnh cáo ông C, Phó Chủ tịch UBND xã</c>).
    /// </summary>
    private static bool TriggerSaidAgain(ReadOnlySpan<Token> tokens, string text, int trigger)
    {
        int semicolon = trigger - 1;
        // Back over the decision's own words to the semicolon; a clause joined on ("…; đồng thời thi hành kỷ luật …") stops short
        // of it, and stays with the same decision.
        while (semicolon >= 0 && trigger - semicolon <= 5 && tokens[semicolon].Key is "quyết" or "định" or "đã" or "thi" or "hành" or "xử" or "lý")
        {
            semicolon--;
        }

        return semicolon > 0 && tokens[semicolon].Key == ";" && Triggers.Find(tokens, 0, semicolon, out _, out _) >= 0 &&
               UnitPlaces.NamesOtherUnit(tokens, text, trigger, tokens.Length, 0, semicolon);
    }

    /// <summary>
    /// True when the body named at <paramref name="decider"/> decides "too": <c>cũng</c> stands between it and the decision word at
    /// <paramref name="trigger"/> (<c>Huyện ủy A cũng đã thi hành kỷ luật …</c>), or opens the sentence (<c>Cũng theo thông báo
    /// trên, …</c>).
    /// </summary>
    private static bool DecidesAlso(ReadOnlySpan<Token> tokens, NamedBody decider, int trigger) =>
        TokenPatterns.At(tokens, 0, "cũng", "theo") ||
        (decider.End <= trigger && trigger - decider.End <= 4 && TokenPatterns.IndexOf(tokens, decider.End, trigger, "cũng") >= 0);

    /// <summary>
    /// True when sentence <paramref name="sentence"/> from <paramref name="from"/> on names a unit (a province, a district, a commune)
    /// that the sentences of <paramref name="open"/> before it and the deciding body's own name (<paramref name="decider"/>: "Tỉnh ủy
    /// Quảng Ngãi" names the province of "Đảng ủy Công an tỉnh Quảng Ngãi") do not: the people decided on work somewhere else.
    /// </summary>
    private static bool NewUnit(ArticleDocument document, int sentence, int from, NamedCase open, NamedBody decider)
    {
        var sentences = document.Sentences;
        var here = sentences[sentence];
        // The case's own sentences before this one (the first person told again here makes this its last).
        int openStart = sentences[Math.Min(open.Sentence, open.Last)].FirstToken;
        var last = sentences[Math.Min(open.Last, sentence - 1)];
        return UnitPlaces.NamesOtherUnit(document.Tokens, document.Text, here.FirstToken + from, here.FirstToken + here.TokenCount,
            openStart, last.FirstToken + last.TokenCount, (here.FirstToken + decider.Start)..(here.FirstToken + decider.End));
    }

    /// <summary>
    /// True when a sentence opens as an event told apart: with a date of its own (<c>Ngày 10.7.2018, …</c>, <c>Đầu tháng 10.2017,
    /// …</c>, <c>Tháng 5/2019, …</c>), or as made at the same time as the one before (<c>Cùng thời điểm, …</c>, <c>Cùng ngày, …</c>).
    /// </summary>
    private static bool OpensApart(ReadOnlySpan<Token> tokens)
    {
        if (TokenPatterns.At(tokens, 0, "cùng", "thời", "điểm") || TokenPatterns.At(tokens, 0, "cùng", "ngày", ","))
        {
            return true;
        }

        int i = 0;
        // "Trước đó, ngày …", "Cũng trong ngày …".
        while (i < Math.Min(tokens.Length, 3) && tokens[i].Key is "trước" or "đó" or "," or "cũng" or "trong" or "vào" or "đến")
        {
            i++;
        }

        if (i < tokens.Length && tokens[i].Key is "đầu" or "cuối" or "giữa")
        {
            i++;
        }

        return i + 1 < tokens.Length && tokens[i].Key is "ngày" or "tháng" && tokens[i + 1].Kind is TokenKind.Number or TokenKind.Date;
    }

    /// <summary>
    /// Turns each deciding body's named people into one record. When the article stated the total just before
    /// naming them ("kỷ luật 4 ủy viên trung ương Đảng. … Ông A bị kỷ luật cảnh cáo …"), the names give that total's forms.
    /// </summary>
    private static void CloseCases(ExtractionContext context, List<NamedCase> cases, Dictionary<string, DisciplineForm> stateDecided, HashSet<Discipline> unattributed)
    {
        var document = context.Document;
        // A lead that names a person before the article names the deciding body is the same decision: count them there. A lead
        // whose person and form a state body decided is that state decision told first, not a party one.
        foreach (var c in cases.Where(c => !c.Decided))
        {
            foreach (string person in c.People.Keys.ToList())
            {
                if (cases.Any(d => d.Decided && d.Subject == c.Subject && d.People.ContainsKey(person)) ||
                    (!Anonymous(person) && stateDecided.TryGetValue(person, out var imposed) && imposed == c.People[person]))
                {
                    c.People.Remove(person);
                }
            }
        }

        foreach (var c in cases.Where(c => c.People.Count > 0))
        {
            var forms = new DisciplineForms
            {
                Reprimand = Count(c.People, DisciplineForm.Reprimand),
                Warning = Count(c.People, DisciplineForm.Warning),
                Dismissal = Count(c.People, DisciplineForm.Dismissal),
                Expulsion = Count(c.People, DisciplineForm.Expulsion),
                Dissolution = Count(c.People, DisciplineForm.Dissolution),
            };
            // "Ủy ban Kiểm tra Tỉnh ủy vừa có thông báo kết quả xem xét, xử lý kỷ luật đối với ba đảng viên. Theo đó, Ban Thường vụ
            // Tỉnh ủy đã quyết định … khai trừ … các ông: A; B và C": the announced total is the named decision told ahead by the body
            // that announces it. The decision is the record, its total null as for any decision that names its people. (Told by the
            // deciding body itself, "kỷ luật 11 đảng viên. Cụ thể, …" is a total with its breakdown: the merge below.)
            int announced = context.Disciplines.FindIndex(d =>
                d.Subject == c.Subject && d.Total is int total && total == c.People.Count && d.Forms.Sum is null && c.Decided &&
                !SameBody(d.Organization is null ? "" : Bodies.Key(d.Organization), c.BodyKey) &&
                document.SentenceStartingAt(d.Evidence.Start) is int at && at == c.Sentence - 1 &&
                Elaborations.StartsAt(document.TokensOf(document.Sentences[c.Sentence]), 0));
            if (announced >= 0)
            {
                context.Disciplines.RemoveAt(announced);
            }

            int index = context.Disciplines.FindIndex(d =>
                d.Subject == c.Subject && d.Total is int total && d.Forms.Sum is null && c.People.Count <= total &&
                // "Ông A, Chủ nhiệm UBKT B, cho biết cơ quan vừa thi hành kỷ luật với hai đảng viên. … UBKT B quyết định khai trừ
                // ông C và bà D": a total no body was named deciding is the decision that names as many people.
                (SameBody(d.Organization is null ? "" : Bodies.Key(d.Organization), c.BodyKey) || ((d.Organization is null || unattributed.Contains(d)) && c.People.Count == total && c.Decided)) &&
                d.Evidence.Start <= c.Evidence.Start && document.SentenceStartingAt(d.Evidence.Start) is int at &&
                // Past a paragraph of background only when the names count the whole total ("kỷ luật 3 đảng viên" … three names).
                c.Sentence - at <= (c.People.Count == total ? RestateReach : TotalReach) &&
                // "Năm 2019, Ban Bí thư kỷ luật 3 tổ chức đảng. … Ngày 10.7.2019, Ban Bí thư quyết định cảnh cáo A": one decision
                // told with a date of its own is an example of the total, not its breakdown.
                (c.People.Count == total || !OpensApart(document.TokensOf(document.Sentences[c.Sentence]))));
            if (index >= 0)
            {
                var stated = context.Disciplines[index];
                context.Disciplines[index] = stated with { Forms = forms, Consistent = forms.Sum == stated.Total, Organization = unattributed.Contains(stated) ? c.Organization : stated.Organization ?? c.Organization };
                continue;
            }

            // "kỷ luật đối với 3 cán bộ gồm: ông A, …, bị khiển trách …. Ông B, … bị cách chức Đảng ủy viên …": the first part of
            // the breakdown was read with the total, the rest names people one sentence at a time; they fill the total up.
            index = context.Disciplines.FindIndex(d =>
                d.Subject == c.Subject && d.Total is int total && d.Forms.Sum is int had && had < total && had + c.People.Count <= total &&
                d.Organization is not null && SameBody(Bodies.Key(d.Organization), c.BodyKey) && d.Evidence.Start < c.Evidence.Start &&
                document.SentenceStartingAt(d.Evidence.Start) is int at && c.Sentence - at <= TotalReach);
            if (index >= 0)
            {
                var partial = context.Disciplines[index];
                var filled = Sum(partial, new Discipline { Subject = c.Subject, Forms = forms, Evidence = c.Evidence });
                context.Disciplines[index] = filled with { Consistent = filled.Forms.Sum == partial.Total };
                continue;
            }

            // "kỷ luật 3 đảng viên, trong đó cảnh cáo 1, khiển trách 2. Ông A … bị cảnh cáo. Ông B và bà C bị khiển trách.": people
            // named after a total with its breakdown, within it form by form, restate that record.
            if (context.Disciplines.Any(d =>
                    d.Subject == c.Subject && d.Total is int total && d.Forms.Sum is int && c.People.Count <= total && Within(forms, d.Forms) &&
                    (!c.Decided || d.Organization is null || SameBody(Bodies.Key(d.Organization), c.BodyKey)) &&
                    document.SentenceStartingAt(d.Evidence.Start) is int at && at <= c.Sentence && c.Sentence - at <= RestateReach))
            {
                continue;
            }

            // "Nguyên Chủ tịch xã A và 3 cựu lãnh đạo cấp phòng bị khai trừ Đảng." as the lead, then the deciding body's decision on
            // the same four: the lead's counts are that decision, told first.
            // A decision whose own sentence names another body, with the same counts, is another decision.
            context.Disciplines.RemoveAll(d => d.Subject == c.Subject && d.Total is null && d.Forms == forms &&
                (d.Organization is null || !d.Evidence.Sentence.Contains(d.Organization, StringComparison.Ordinal) ||
                 SameBody(Bodies.Key(d.Organization), c.BodyKey)) &&
                document.SentenceStartingAt(d.Evidence.Start) is int lead && lead <= 1 && lead < c.Sentence);
            // "… Ông A bị cảnh cáo, ông B và ông C bị khiển trách. Như vậy, có chín cán bộ đảng viên của đài bị kỷ luật": the sum told
            // right after the decision is its total.
            int summed = context.Disciplines.FindIndex(d =>
                d.Subject == c.Subject && d.Total is int total && d.Forms.Sum is null && c.People.Count <= total &&
                document.SentenceStartingAt(d.Evidence.Start) is int at && at > c.Sentence && at - c.Sentence <= TotalReach &&
                SumsUpOne(document.TokensOf(document.Sentences[at])));
            int? summedTotal = summed >= 0 ? context.Disciplines[summed].Total : null;
            if (summed >= 0)
            {
                context.Disciplines.RemoveAt(summed);
            }

            context.Disciplines.Add(new Discipline
            {
                Subject = c.Subject,
                Total = summedTotal,
                Forms = forms,
                Consistent = summedTotal is int sum ? forms.Sum == sum : null,
                Organization = c.Organization,
                Year = c.Year,
                Evidence = c.Evidence,
                Confidence = 0.8,
            });
        }
    }

    /// <summary>
    /// True when a sentence sums up the one decision told just before (<c>Như vậy, có chín … bị kỷ luật</c>); not a sum over the
    /// whole affair (<c>Như vậy, cho đến nay, … tổng cộng đã có 95 đảng viên bị xử lý</c>).
    /// </summary>
    private static bool SumsUpOne(ReadOnlySpan<Token> sentence) =>
        Summations.StartsAt(sentence, 0) && Cumulative.Find(sentence, 0, sentence.Length, out _, out _) < 0;

    /// <summary>Words that open a sentence summing up what the ones before told (<c>Như vậy, …</c>, <c>Tổng cộng, …</c>).</summary>
    private static readonly PhraseTable<bool> Summations = PhraseTableBuilder.Of("discipline-summations", true,
        "như vậy", "tổng cộng", "tính chung", "tính ra");

    /// <summary>Words that make a sum run over more than one decision: <c>đến nay</c>, <c>từ đầu năm</c>, <c>lũy kế</c>.</summary>
    private static readonly PhraseTable<bool> Cumulative = PhraseTableBuilder.Of("discipline-cumulative", true,
        "đến nay", "từ đầu", "lũy kế", "luỹ kế");

    /// <summary>
    /// True when two bodies' keys name one body or one of its organs: "Thị ủy A đã cách chức …" after "Ban Thường vụ Thị ủy A
    /// … đã thi hành kỷ luật 5 đảng viên" is the same committee speaking. A committee's inspection committee (Ủy ban Kiểm tra
    /// Tỉnh ủy A) is a body of its own that decides its own cases: "Tỉnh ủy A cảnh cáo ông B. Ủy ban Kiểm tra Tỉnh ủy A cũng cảnh
    /// cáo ông C" are two decisions.
    /// </summary>
    private static bool SameBody(string a, string b) =>
        a == b || (a.Length > 0 && b.Length > 0 && InspectionCommittee(a) == InspectionCommittee(b) &&
                   (a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal)));

    /// <summary>True when a body's key names an inspection committee (<c>ủy ban kiểm tra tỉnh ủy a</c>).</summary>
    private static bool InspectionCommittee(string key) => key.StartsWith("ủy ban kiểm tra ", StringComparison.Ordinal);

    /// <summary>The most tokens a subheading or caption line holds; a longer line without a stop is a paragraph cut short.</summary>
    private const int SubheadingLength = 40;

    /// <summary>
    /// A line without a closing stop (a subheading or an image's caption: <c>Ban Thường vụ Thành ủy A kỷ luật cảnh cáo đối với
    /// Đảng ủy B</c>) that tells part of what a sentence of the text tells whole, for the same body and kind of subject, is that
    /// record told again (annotation.md: a caption repeating a body sentence is the same record).
    /// </summary>
    private static void DropRestatingLines(ExtractionContext context)
    {
        var document = context.Document;
        var sentences = document.Sentences;
        var unstopped = new HashSet<Discipline>(ReferenceEqualityComparer.Instance);
        foreach (var discipline in context.Disciplines)
        {
            if (document.SentenceStartingAt(discipline.Evidence.Start) is not int s)
            {
                continue;
            }

            if (Subheading(document, s))
            {
                unstopped.Add(discipline);
            }
        }

        context.Disciplines.RemoveAll(d => d.Total is null && d.Forms.Sum is not null && unstopped.Contains(d) &&
            context.Disciplines.Any(o => !unstopped.Contains(o) && o.Subject == d.Subject && o.Organization == d.Organization &&
                o.Forms.Sum > d.Forms.Sum && Within(d.Forms, o.Forms)));
    }

    /// <summary>
    /// True when sentence <paramref name="s"/> is a line of its own without a closing stop and not the text's last (a subheading or
    /// an image's caption); a long last line without a stop is a text cut short, not a subheading.
    /// </summary>
    private static bool Subheading(ArticleDocument document, int s)
    {
        var sentences = document.Sentences;
        int paragraph = sentences[s].Paragraph;
        var line = document.Cleaned.Paragraphs[paragraph].AsSpan().TrimEnd();
        return line.Length > 0 && line[^1] is not ('.' or ';' or ':' or '!' or '?' or '…') && s + 1 < sentences.Length &&
               sentences[s + 1].Paragraph != paragraph && (s == 0 || sentences[s - 1].Paragraph != paragraph) &&
               document.TokensOf(sentences[s]).Length <= SubheadingLength;
    }

    /// <summary>True when every form of <paramref name="part"/> counts no more than the same form of <paramref name="whole"/>.</summary>
    private static bool Within(DisciplineForms part, DisciplineForms whole) =>
        (part.Reprimand ?? 0) <= (whole.Reprimand ?? 0) && (part.Warning ?? 0) <= (whole.Warning ?? 0) &&
        (part.Dismissal ?? 0) <= (whole.Dismissal ?? 0) && (part.Expulsion ?? 0) <= (whole.Expulsion ?? 0) &&
        (part.Dissolution ?? 0) <= (whole.Dissolution ?? 0);

    private static int? Count(Dictionary<string, DisciplineForm> people, DisciplineForm form)
    {
        int n = people.Values.Count(f => f == form);
        return n == 0 ? null : n;
    }

    private static Discipline Sum(Discipline a, Discipline b) => a with
    {
        Forms = new DisciplineForms
        {
            Reprimand = Add(a.Forms.Reprimand, b.Forms.Reprimand),
            Warning = Add(a.Forms.Warning, b.Forms.Warning),
            Dismissal = Add(a.Forms.Dismissal, b.Forms.Dismissal),
            Expulsion = Add(a.Forms.Expulsion, b.Forms.Expulsion),
            Dissolution = Add(a.Forms.Dissolution, b.Forms.Dissolution),
        },
    };

    private static int? Add(int? a, int? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    /// <summary>
    /// Words earlier in a clause that leave its discipline undecided: a proposal (<c>đề nghị Ủy ban Kiểm tra … xem xét, thi hành kỷ
    /// luật</c>), a request or instruction to another body (<c>yêu cầu …</c>, <c>chỉ đạo … xem xét, xử lý kỷ luật</c>), a plan or a
    /// possibility (<c>sẽ xem xét</c>, <c>có thể bị kỷ luật</c>, <c>nếu …</c>), an examination still going on (<c>đang xem xét</c>) or not
    /// begun (<c>chưa xem xét</c>).
    /// </summary>
    private static readonly PhraseTable<bool> Pending = PhraseTableBuilder.Of("discipline-pending", true,
        "đề nghị", "kiến nghị", "yêu cầu", "chỉ đạo", "sẽ", "có thể", "nếu", "đang xem xét", "chưa", "dự kiến",
        // "hoàn tất các thủ tục để trình Tỉnh ủy về việc cách chức …": submitted to the body that will decide.
        "để trình", "tờ trình");

    /// <summary>
    /// Words that put a discipline before the one reported (<c>Trước đó, năm 2019, ông A đã bị kỷ luật cảnh cáo</c>, <c>ông A từng bị
    /// khiển trách</c>). A bare <c>từng</c> also means "each" (<c>từng cá nhân</c>), so only <c>đã từng</c> and <c>từng bị</c> count.
    /// </summary>
    private static readonly PhraseTable<bool> PastMarkers = PhraseTableBuilder.Of("discipline-past", true,
        "trước đó", "trước đây", "đã từng", "từng bị");

    /// <summary>
    /// True when the trigger or form at <paramref name="at"/> is a past discipline: a past marker stands earlier in its clause and
    /// no body is named deciding it. A past decision of a named body (<c>Trước đó, Ủy ban Kiểm tra Huyện ủy A đã thi hành kỷ luật
    /// …</c>) is that body's record; a person's earlier discipline told as background is none, and must not change the form
    /// the present decision gives him.
    /// </summary>
    private static bool PastInClause(ReadOnlySpan<Token> tokens, string text, int at)
    {
        int start = TokenPatterns.ClauseStart(tokens, at);
        return PastMarkers.Find(tokens, start, at, out _, out _) >= 0 && Bodies.DeciderBefore(tokens, text, start, at, strict: false) is null;
    }

    /// <summary>Words by which a deciding body takes up a proposal made to it (<c>xem xét đề nghị của UBKT …</c>).</summary>
    private static readonly PhraseTable<bool> ProposalsWeighed = PhraseTableBuilder.Of("discipline-proposals-weighed", true,
        "xem xét đề nghị của", "xét đề nghị của", "xem xét tờ trình của", "xét tờ trình của");

    /// <summary>
    /// True when the clause of the trigger at <paramref name="trigger"/> weighs another body's proposal (<c>Ban Bí thư đã họp, xem
    /// xét đề nghị của Ủy ban Kiểm tra Trung ương về việc thi hành kỷ luật …</c>): the proposal is the decider's agenda, not the
    /// last word. <c>của</c> keeps out <c>xem xét đề nghị Ban Bí thư kỷ luật</c> (weighing whether to propose).
    /// </summary>
    private static bool WeighsProposal(ReadOnlySpan<Token> tokens, int trigger) =>
        ProposalsWeighed.Find(tokens, TokenPatterns.ClauseStart(tokens, trigger), trigger, out _, out _) >= 0;

    /// <summary>Words after a pending word that say the discipline was imposed after all: <c>đề nghị … và Ban Thường vụ đã quyết định …</c>.</summary>
    private static readonly PhraseTable<bool> Decided = PhraseTableBuilder.Of("discipline-decided", true, "quyết định", "đã");

    /// <summary>
    /// True when the trigger at <paramref name="i"/> names a task that was inspected, not a decision: <c>kiểm tra việc thi hành kỷ
    /// luật …</c>, <c>kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật Đảng 160 tổ chức cơ sở đảng</c> (the
    /// count is of the bodies inspected).
    /// </summary>
    private static bool InspectedTask(ReadOnlySpan<Token> tokens, int i)
    {
        int k = i - 1;
        if (k >= 1 && TokenPatterns.At(tokens, k - 1, "thi", "hành"))
        {
            k -= 2;
        }

        while (k >= 0 && tokens[k].Key is "kiểm" or "tra" or "giám" or "sát" or "," or "và")
        {
            k--;
        }

        if (k < 1 || !(tokens[k].Key == "việc" || TokenPatterns.At(tokens, k - 1, "nhiệm", "vụ")))
        {
            return false;
        }

        // What was inspected ("kiểm tra (việc) thực hiện nhiệm vụ …"), not what a body considered ("xem xét việc thi hành kỷ luật với ông A").
        for (int j = k - 1; j >= Math.Max(1, k - 5); j--)
        {
            if (TokenPatterns.At(tokens, j - 1, "kiểm", "tra") || TokenPatterns.At(tokens, j - 1, "giám", "sát"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The party body named right before <paramref name="state"/> and joined to it by a comma or <c>và</c> (<c>Thành ủy, UBND TP A
    /// đã công bố …</c>), or null.
    /// </summary>
    private static NamedBody? JoinedPartyBodyBefore(ReadOnlySpan<Token> tokens, string text, NamedBody state)
    {
        int joint = state.Start - 1;
        if (joint < 1 || tokens[joint].Key is not ("," or "và"))
        {
            return null;
        }

        for (int k = Math.Max(0, joint - MaxJoinedBody); k < joint; k++)
        {
            if (Bodies.TryRead(tokens, text, k, out var body) && body.End == joint)
            {
                return body.Kind == BodyKind.Party ? body : null;
            }
        }

        return null;
    }

    /// <summary>How many tokens a party body named jointly before a state one may take (<c>Ban Thường vụ Tỉnh ủy A, UBND tỉnh A</c>).</summary>
    private const int MaxJoinedBody = 8;

    /// <summary>True when a pending word (<see cref="Pending"/>) stands earlier in the trigger's clause with no decision after it.</summary>
    private static bool ProposedInClause(ReadOnlySpan<Token> tokens, int trigger)
    {
        bool proposed = false;
        for (int i = TokenPatterns.ClauseStart(tokens, trigger); i < trigger; i++)
        {
            if (Pending.TryMatch(tokens, i, out _, out int length))
            {
                proposed = true;
                i += length - 1;
            }
            else if (Decided.StartsAt(tokens, i))
            {
                proposed = false;
            }
        }

        return proposed;
    }

    private static List<(Discipline Record, Dictionary<string, DisciplineForm>? People)> Read(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, int trigger, int from, int end, out int readTo)
    {
        string text = context.Document.Text;
        // The forms that follow belong to this trigger only up to the next one or a proposal.
        // A trigger inside the manner of a form ("… đối với ông A với hình thức kỷ luật khiển trách") is no other decision.
        for (int k = from; k < end; k++)
        {
            if ((Triggers.StartsAt(tokens, k) && !(k >= 2 && TokenPatterns.At(tokens, k - 2, "hình", "thức"))) || TokenPatterns.At(tokens, k, "đề", "nghị"))
            {
                end = k;
                break;
            }
        }

        var totals = new List<(DisciplineSubject Subject, int? Count, List<FormCount>? Own)>();
        List<FormCount>? namedBodies = null;
        bool bodyThenMembers = false;
        readTo = from;

        // "vừa khiển trách, cảnh cáo 14 người": forms named together before one count share it; the count is a total, and how
        // it splits is told elsewhere, if at all.
        if (SharedCount(tokens, text, from, end) is (int sharedCount, var sharedBy, int sharedEnd))
        {
            totals.Add((sharedBy, sharedCount, null));
            readTo = sharedEnd;
        }

        // Totals after the trigger: "kỷ luật 2 tổ chức đảng (khiển trách 2) và 36 đảng viên",
        // "kỷ luật đảng viên năm 2023: 13 trường hợp".
        int i = from;
        for (int skipped = 0; i < end && skipped < 8; skipped++)
        {
            if (tokens[i].Key is "đối" or "với" or "được" or "đã" or "tổng" or "số" or ":" or "là" or "cho" or "gồm" or "năm" or "mới" || TokenPatterns.Year(tokens[i]) is not null)
            {
                i++;
            }
            else if (Subjects.TryMatch(tokens, i, out _, out int nounLength) && TokenPatterns.ReadCount(tokens, text, i - 1, out _, out _) == 0)
            {
                i += nounLength;
            }
            else if (SinceUntilNow(tokens, i, end) is int sinceEnd)
            {
                // "bị thi hành kỷ luật từ đầu nhiệm kỳ đến nay là 37 người": the time the total covers.
                i = sinceEnd;
            }
            else if (TokenPatterns.At(tokens, i, "theo", "thẩm", "quyền"))
            {
                // "xử lý kỷ luật theo thẩm quyền 35 trường hợp": by the bodies' own powers.
                i += 3;
            }
            else if (i == from && PartyScope.TryMatch(tokens, i, out _, out int scope))
            {
                // "thi hành kỷ luật Đảng đối với 3 cán bộ", "kỷ luật về Đảng đối với 5 đảng viên": the discipline is the Party's.
                i += scope;
            }
            else
            {
                break;
            }
        }

        // "kỷ luật cảnh cáo 2 tổ chức đảng, 19 đảng viên (cách chức 5, khai trừ 14)": the leading form is the first kind's
        // alone; the other kind has its own total, split in its brackets. Carrying the form over would count the 19 twice.
        if (trigger >= 0 && LeadingFormBeforeOwnBreakdown(tokens, text, i, end) is (var leadForm, int leadCount, var leadSubject, int leadEnd))
        {
            totals.Add((leadSubject, null, [new FormCount(leadForm, leadCount)]));
            i = leadEnd;
        }

        // "kỷ luật khiển trách Chi bộ A và 11 đảng viên trong chi bộ, trong đó khiển trách 10 trường hợp, cảnh cáo 1": the body named
        // first takes the form before it; the members counted after "và" are a total of their own, split by what follows.
        if (trigger >= 0 && totals.Count == 0 && BodyThenCountedMembers(tokens, text, i, end) is (var bodyForm, var firstBodies, int membersAt))
        {
            namedBodies = [new FormCount(bodyForm, firstBodies.Count, Organization: true, Names: firstBodies)];
            i = membersAt;
            bodyThenMembers = true;
        }

        while (trigger >= 0 && i < end)
        {
            // "kỷ luật gần 20 đảng viên": an approximate total is still the total.
            i += ApproximationBefore(tokens, text, i);

            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
            var subject = DisciplineSubject.Member;
            int nounLength = 0;
            bool counted = read > 0 && Subjects.TryMatch(tokens, i + read, out subject, out nounLength);
            // "Trong đó, Ban Thường vụ Tỉnh ủy thi hành kỷ luật 1, huyện ủy và tương đương thi hành kỷ luật 8, …, chi bộ thi hành kỷ
            // luật 29 trường hợp": in a breakdown by deciding body, a part's people go uncounted by a noun but the last one's.
            bool elided = !counted && read > 0 && tokens[i].Kind == TokenKind.Number && i + read < end && tokens[i + read].Key is "," or ";" &&
                          OfWhich.StartsAt(tokens, 0);
            if (!(counted || elided) || (counted && tokens[i].Kind == TokenKind.Word && tokens[i + read].Key == "người"))
            {
                // "Kỷ luật một người để cứu nhiều người": a saying, not a count.
                break;
            }

            // (The parts of such a breakdown count members, with no noun of their own.)
            (subject, nounLength) = elided ? (DisciplineSubject.Member, 0) : (subject, nounLength);

            // "kỷ luật trên 18 nghìn tổ chức đảng và đảng viên": one count of both kinds, which no record's subject can hold.
            if (subject == DisciplineSubject.Organization && i + read + nounLength + 1 < end && tokens[i + read + nounLength].Key is "và" or "," &&
                Subjects.TryMatch(tokens, i + read + nounLength + 1, out var joined, out _) && joined == DisciplineSubject.Member)
            {
                break;
            }

            i += read + nounLength;
            List<FormCount>? own = null;
            if (i < end && tokens[i].Key == "(")
            {
                int close = TokenPatterns.IndexOf(tokens, i, end, ")");
                own = ReadForms(tokens, text, i + 1, close < 0 ? end : close, out _, out _);
                i = close < 0 ? end : close + 1;
                // "kỷ luật 10 tổ chức đảng (khiển trách)": one form named alone in the brackets is the whole total's.
                if (own.Count == 1 && own[0].Count is null && own[0].Names is null)
                {
                    own[0] = own[0] with { Count = count };
                }

                // "kỷ luật 548 đảng viên (giảm 69 đảng viên so với năm 2017) bằng các hình thức: …": an aside with no forms
                // leaves the forms to the words after it.
                own = own.Count > 0 ? own : null;
            }
            else if (OwnFormBeforeNextTotal(tokens, text, i, end) is (var form, int formEnd))
            {
                // "kỷ luật 1 đảng ủy cơ sở bằng hình thức cảnh cáo và 366 đảng viên bằng các hình thức: …": the form told between
                // two totals is the first one's; the second has its own.
                own = [new FormCount(form, count)];
                i = formEnd;
            }

            totals.Add((subject, count, own));
            readTo = i;
            // "12 tổ chức đảng, giảm 52% và 628 đảng viên, giảm 14,1%": a comparison with the year before is passed over.
            i = ComparisonEnd(tokens, text, i, end) ?? i;
            // "606 tổ chức đảng, hơn 24.160 đảng viên": the next total may be approximate.
            if (i + 1 < end && tokens[i].Key is "và" or "," && TokenPatterns.ReadCount(tokens, text, i + 1 + ApproximationBefore(tokens, text, i + 1), out _, out _) > 0)
            {
                i++;
            }
        }

        // Totals before the trigger: "36 đảng viên bị (thi hành) kỷ luật", "2 tập thể và 11 đảng viên bị xử lý kỷ luật",
        // "3 đảng viên Chi bộ thôn 5 đã bị Ủy ban Kiểm tra Huyện ủy A thi hành kỷ luật" (the members' unit and the deciding
        // body between the count and the trigger).
        bool countedBefore = false;
        if (trigger >= 0 && totals.Count == 0)
        {
            int agent = AgentPassive(tokens, text, trigger) ?? trigger;
            for (int j = agent - 1; j >= Math.Max(0, agent - 20); j--)
            {
                // "7 đảng viên bị kỷ luật", "bảy đảng viên bị kỷ luật"; a spelled count is read from its first word ("mười hai").
                int read = TokenPatterns.ReadCount(tokens, text, j, out int count, out _);
                // "4 cán bộ này bị kỷ luật do …": the people counted before, told again with why; no total of their own.
                if (read > 0 && Subjects.TryMatch(tokens, j + read, out _, out int referredLength) &&
                    BackReferences.TryMatch(tokens, j + read + referredLength, out _, out int backLength) &&
                    j + read + referredLength + backLength < agent && PassiveLead.Contains(tokens[j + read + referredLength + backLength].Key))
                {
                    break;
                }

                // "Nguyên nhân 4 sĩ quan biên phòng bị kỷ luật là do …", "Lý do khiến 3 đảng viên bị kỷ luật": why the people were
                // disciplined, a decision told before; no total of its own.
                if (read > 0 && CauseOpenings.EndsBefore(tokens, j, 3))
                {
                    break;
                }

                if (read > 0 && (tokens[j].Kind == TokenKind.Number || CountEndingAt(tokens, text, j + read, out _) == j) &&
                    Subjects.TryMatch(tokens, j + read, out var subject, out int nounLength) &&
                    TokenPatterns.OnlyBetween(tokens, RelativeClauseEnd(tokens, MembersUnitEnd(tokens, text, PastOthers(tokens, j + read + nounLength, agent), agent, subject), agent, subject), agent,
                        "bị", "đã", "cũng", "vừa", "thi", "hành", "xử", "lý", "phải", "đều"))
                {
                    // "4 cán bộ xã bị thi hành kỷ luật với hình thức cảnh cáo gồm: ông A, …": the people counted are named after the
                    // form; a decision that names its people states no total (NamesOfDecision reads them).
                    if (subject == DisciplineSubject.Member && ListedAfterForm(tokens, text, from, end, count) is not null)
                    {
                        break;
                    }

                    totals.Add((subject, count, null));
                    countedBefore = true;
                    // An earlier part of the same list: "2 tập thể và …", "12 tổ chức và hơn 300 đảng viên".
                    int k = j > 0 && Approximations.StartsAt(tokens, j - 1) ? j - 2 : j - 1;
                    while (k >= 2 && tokens[k].Key is "và" or ",")
                    {
                        int found = -1;
                        for (int m = k - 1; m >= Math.Max(0, k - 4); m--)
                        {
                            int r = TokenPatterns.ReadCount(tokens, text, m, out int c, out _);
                            if (r > 0 && tokens[m].Kind == TokenKind.Number && Subjects.TryMatch(tokens, m + r, out var s2, out int l2) && m + r + l2 == k)
                            {
                                totals.Insert(0, (s2, c, null));
                                found = m;
                                break;
                            }
                        }

                        if (found < 0)
                        {
                            break;
                        }

                        k = found - 1;
                    }

                    break;
                }
            }
        }

        bool byNames = false;
        var forms = new List<FormCount>();
        if (!totals.Any(t => t.Own is not null))
        {
            forms = ReadForms(tokens, text, readTo, end, out int formsEnd, out byNames);
            readTo = Math.Max(readTo, formsEnd);
            if (trigger >= 0 && forms.Count == 0 && EquivalentForm(context, sentenceIndex, tokens, trigger, end) is DisciplineForm same)
            {
                forms.Add(new FormCount(same, null));
            }
            if (trigger >= 0 && totals.Count == 0 && FormsByManner(tokens, text, from, out int mannerEnd) is { } byManner)
            {
                (forms, byNames) = (byManner, true);
                readTo = Math.Max(readTo, mannerEnd);
            }
        }
        else
        {
            // "kỷ luật 7 đảng viên (1 cảnh cáo, 6 khiển trách) và khiển trách tập thể Chi ủy …": a body named after the
            // bracketed breakdown is a record of its own.
            // A body named before the members' count ("khiển trách Chi bộ A và 9 đảng viên (…)") keeps its record too.
            var after = ReadForms(tokens, text, readTo, end, out int formsEnd, out _).Where(f => f.Organization && f.Names is not null).ToList();
            if (after.Count > 0)
            {
                readTo = Math.Max(readTo, formsEnd);
            }

            namedBodies = [.. namedBodies ?? [], .. after];
        }

        // Forms that name nobody themselves apply to the people named with the decision: "kỷ luật ông A, … ở mức
        // khiển trách", "Ông A bị kỷ luật cảnh cáo", "khai trừ đảng và cách chức … đối với ông A".
        if (totals.Count == 0 && forms.Any(f => f.Count is null))
        {
            for (int f = forms.Count - 2; f >= 0; f--)
            {
                // Not from a passive form: "… kỷ luật khiển trách; ông A bị cảnh cáo" names A for the warning only. Nor across a ";":
                // "kỷ luật tập thể Ban Thường vụ Huyện ủy A bằng hình thức cảnh cáo; khiển trách đối với ông B" is two decisions.
                if (forms[f].Count is null && forms[f + 1].Names is { } next && !forms[f + 1].Passive &&
                    !(forms[f].At >= 0 && forms[f + 1].At > forms[f].At && TokenPatterns.IndexOf(tokens, forms[f].At, forms[f + 1].At, ";") >= 0))
                {
                    forms[f] = forms[f] with { Count = next.Count, Names = next };
                }
            }

            // "thi hành kỷ luật lần lượt bằng hình thức cảnh cáo, khiển trách đối với ông A và ông B": as many forms as the people
            // they now share, one each in order.
            if (forms.Count > 1 && forms[^1].Names is { } all && all.Count == forms.Count && forms.All(f => ReferenceEquals(f.Names, all)) &&
                Respectively.Find(tokens, 0, end, out _, out _) >= 0)
            {
                for (int f = 0; f < forms.Count; f++)
                {
                    forms[f] = forms[f] with { Count = 1, Names = [all[f]] };
                }
            }

            // "thi hành kỷ luật Đảng ủy xã A bằng hình thức khiển trách", "Đảng ủy xã A bị thi hành kỷ luật bằng hình thức cảnh
            // cáo": the decision is on a body.
            var disciplinedBodies = BodiesOfDecision(tokens, text, trigger, from, end);
            for (int f = 0; f < forms.Count && disciplinedBodies.Count > 0; f++)
            {
                // "kỷ luật Đảng ủy xã A …, đồng thời cách chức … nhiều cá nhân": a body is reprimanded, warned or dissolved; removal
                // from a post and expulsion are forms for members only.
                if (forms[f].Count is null && forms[f].Form is not (DisciplineForm.Dismissal or DisciplineForm.Expulsion))
                {
                    forms[f] = forms[f] with { Count = disciplinedBodies.Count, Organization = true, Names = disciplinedBodies };
                    byNames = true;
                }
            }

            var shared = NamesOfDecision(tokens, text, trigger, from, end);
            // "thi hành kỷ luật nguyên Bí thư Đảng ủy, nguyên Giám đốc Sở A, cùng nguyên Giám đốc Công ty B, bằng hình thức khai trừ":
            // people named by their posts alone, one for each item the list joins.
            if (shared.Count == 0 && trigger >= 0 && PeopleByPosts(tokens, PastObjectMarker(tokens, from, end), end) is { } byPosts)
            {
                shared = byPosts;
            }

            // "quyết định kỷ luật cảnh cáo về Đảng và đề nghị cơ quan nhà nước cảnh cáo về chính quyền đối với ông A": the party's
            // form and the state's proposed one share the person named after both.
            if (shared.Count == 0 && trigger >= 0 && AfterStateProposal(tokens, end) is int concerned)
            {
                ReadNames(tokens, text, concerned, Math.Min(tokens.Length, concerned + NamesWindow), shared);
            }
            if (shared.Count == 0 && PronounAfter(tokens, from, end))
            {
                // "… quyết định thi hành kỷ luật ông bằng hình thức cảnh cáo": the one person the article spoke of.
                var before = new List<string>();
                ReadNames(tokens, text, 0, Math.Max(0, trigger), before, acrossClauses: true);
                shared = [before.Count > 0 ? before[^1] : $"#{sentenceIndex}:pronoun"];
            }

            // "Thủ tướng … buộc thôi việc đối với ông A … do đã có những vi phạm … và Ban Bí thư đã thi hành kỷ luật bằng hình thức khai
            // trừ ra khỏi Đảng": a party body's form with no one after it is on the person the sentence named before.
            // A passive's agent ("A … bị Chi bộ B thi hành kỷ luật bằng hình thức …") is read as a passive.
            if (shared.Count == 0 && trigger >= 0 && TokenPatterns.At(tokens, from, "bằng", "hình", "thức") && PartyDeciderBefore(tokens, trigger) &&
                TokenPatterns.IndexOf(tokens, 0, trigger, "bị") < 0)
            {
                // The person introduced last before the body, also the object of a state decision told first ("UBND tỉnh kỷ luật ông A
                // do … và Ban Bí thư đã …").
                shared = PersonNames.LastIntroducedIn(tokens, text, 0, trigger) is string person ? [person]
                    // "Ban Thường vụ Tỉnh ủy A xem xét kết quả kiểm tra đối với ông B, …" then "Ban Thường vụ đã biểu quyết thi hành kỷ
                    // luật bằng hình thức khai trừ": no one in the sentence, so the one person the sentence before spoke of.
                    : sentenceIndex > 0 && PersonNames.OnlyIntroducedIn(context.Document.TokensOf(context.Document.Sentences[sentenceIndex - 1]), text) is string before ? [before]
                    : [];
            }

            // "Hai ông lần lượt bị kỷ luật …", "Các cán bộ này bị cảnh cáo": the passive's subject points back to people named before.
            if (shared.Count == 0 && sentenceIndex > 0 && (PluralReferenceAfter(tokens, from, end) || PluralSubjectBefore(tokens, text, trigger >= 0 ? trigger : from)))
            {
                // "… cảnh cáo đối với các cán bộ này": the people the sentence before named ("Đó là ông A …; ông B … và ông C …"), wherever
                // they stand in it ("Ban Thường vụ Tỉnh ủy A quyết định thi hành kỷ luật ông B … và ông C …").
                var previous = context.Document.TokensOf(context.Document.Sentences[sentenceIndex - 1]);
                var named = new List<string>();
                ReadNames(previous, context.Document.Text, AfterLastTrigger(previous), previous.Length, named, acrossClauses: true, anywhere: true);
                shared = named.Count >= 2 ? named : [];
            }

            // "ông A … và ông B … lần lượt bị cảnh cáo và khiển trách": as many forms as people, one each in order. The first form
            // of a passive list ("Các ông A, B và C lần lượt bị kỷ luật khiển trách, cảnh cáo và cách chức") read all the people as
            // its own; they are shared out too.
            var sharedPeople = shared;
            var open = Enumerable.Range(0, forms.Count)
                .Where(f => forms[f].Count is null || (forms[f].Passive && forms[f].Names is { } n && n.SequenceEqual(sharedPeople))).ToList();
            bool respectively = shared.Count > 1 && open.Count == shared.Count && Respectively.Find(tokens, 0, end, out _, out _) >= 0;
            for (int n = 0; n < open.Count && shared.Count > 0; n++)
            {
                var names = respectively ? [shared[n]] : shared;
                forms[open[n]] = forms[open[n]] with { Count = names.Count, Names = names };
                byNames = true;
            }
        }

        // "kỷ luật 3 đảng viên bằng hình thức cách chức hoặc khai trừ", "5 đảng viên bị khiển trách, cảnh cáo": a count shared by a
        // list of forms is the total, and how it splits is not told.
        if (forms is [{ SharedByList: true, Count: int listedCount }])
        {
            if (totals.Count == 0)
            {
                totals.Add((DisciplineSubject.Member, listedCount, null));
            }

            if (totals.Count == 1 && totals[0].Count == listedCount)
            {
                forms.Clear();
            }
        }

        // "cảnh cáo đối với 2 đảng viên", "khiển trách đối với 2 chi ủy": the single form's count is the stated total, of members
        // or of bodies (records.md: the number said to be disciplined).
        if (totals.Count == 0 && forms.Count == 1 && forms[0].CountsMembers && forms[0].Count is int stated)
        {
            totals.Add((forms[0].Organization ? DisciplineSubject.Organization : DisciplineSubject.Member, stated, null));
        }

        // "kỷ luật cảnh cáo Chi bộ A và 3 đảng viên": with no forms of their own, the members share the body's.
        if (bodyThenMembers && totals is [{ Own: null, Count: int membersCount }] && forms.Count == 0)
        {
            forms.Add(new FormCount(namedBodies![0].Form, membersCount));
        }

        // "kỷ luật 5 đảng viên bằng hình thức khiển trách": one form, no count: it is the total's.
        if (totals.Count == 1 && forms.Count == 1 && forms[0].Count is null)
        {
            forms[0] = forms[0] with { Count = totals[0].Count };
        }

        // "6 tổ chức đảng bị kỷ luật bằng hình thức cảnh cáo, 3 bằng hình thức khiển trách": the count before the passive is its
        // first form's part of a breakdown whose other parts are counted, not a total.
        if (countedBefore && totals.Count == 1 && forms.Count > 1 && forms[0].Count is null && forms.Skip(1).All(f => f.Count is int && f.Names is null))
        {
            bool bodies = totals[0].Subject == DisciplineSubject.Organization;
            forms[0] = forms[0] with { Count = totals[0].Count };
            for (int f = 0; f < forms.Count; f++)
            {
                forms[f] = forms[f] with { Organization = bodies };
            }

            totals.Clear();
        }

        forms.RemoveAll(f => f.Count is null);
        if (forms.Count == 0 && totals.Count == 0)
        {
            return [];
        }

        var sentence = context.Document.Sentences[sentenceIndex];
        var evidence = context.EvidenceOf(sentence);
        int? year = TokenPatterns.StatedYearBefore(tokens, Math.Max(0, trigger)) ?? context.Period;
        var records = new List<(Discipline, Dictionary<string, DisciplineForm>?)>();
        if (totals.Count == 0)
        {
            var subject = forms.Any(f => f.Form == DisciplineForm.Dissolution || f.Organization) && forms.All(f => f.Form == DisciplineForm.Dissolution || f.Organization)
                ? DisciplineSubject.Organization
                : DisciplineSubject.Member;
            // Forms of both kinds, counted ("khiển trách 1 tập thể; cảnh cáo 2 cá nhân") or named ("khiển trách Ban Thường vụ
            // Đảng ủy A; cảnh cáo các ông B, C"): one record per kind.
            if (forms.Any(f => f.Organization) && subject == DisciplineSubject.Member)
            {
                var bodies = forms.Where(f => f.Organization).ToList();
                records.Add((Make(DisciplineSubject.Organization, null, bodies, context, year, evidence, byNames ? 0.8 : 0.7), byNames ? People(bodies, evidence) : null));
                forms = forms.Where(f => !f.Organization).ToList();
            }

            records.Add((Make(subject, null, forms, context, year, evidence, byNames ? 0.8 : 0.7), byNames ? People(forms, evidence) : null));
            return records;
        }

        foreach (var (subject, count, own) in totals)
        {
            // With two totals and one shared list, dissolution and the forms counted on bodies ("trong đó khiển trách 1 tổ chức
            // đảng và 26 đảng viên") belong to organisations, the rest to members.
            var mine = own ?? (totals.Count == 1
                ? forms
                : forms.Where(f => (f.Form == DisciplineForm.Dissolution || f.Organization) == (subject == DisciplineSubject.Organization)).ToList());
            mine.RemoveAll(f => f.Count is null);
            records.Add((Make(subject, count, mine, context, year, evidence, 0.9), null));
        }

        if (namedBodies is { Count: > 0 })
        {
            records.Add((Make(DisciplineSubject.Organization, null, namedBodies, context, year, evidence, 0.8), People(namedBodies, evidence)));
        }

        return records;
    }

    /// <summary>
    /// At <paramref name="at"/>, a form, the bodies it disciplines by name, then <c>và</c> and a count of members (<c>khiển trách
    /// Chi bộ A và 11 đảng viên</c>): the bodies' form, their keys, and where the count starts; else null. Removal from a post and
    /// expulsion are members' forms, so they do not open it.
    /// </summary>
    private static (DisciplineForm Form, List<string> Bodies, int MembersAt)? BodyThenCountedMembers(ReadOnlySpan<Token> tokens, string text, int at, int end)
    {
        if (!Forms.TryMatch(tokens, at, out var form, out int formLength) || form is DisciplineForm.Dismissal or DisciplineForm.Expulsion)
        {
            return null;
        }

        var bodies = new List<string>();
        int bodiesEnd = ReadBodies(tokens, text, at + formLength, end, bodies);
        // The body's name may run on in words the body reader stops at ("Chi bộ Ban Quản lý rừng phòng hộ A").
        while (bodies.Count > 0 && bodiesEnd < Math.Min(end, at + formLength + 16) && tokens[bodiesEnd].Kind == TokenKind.Word && tokens[bodiesEnd].Key != "và" &&
               !Forms.StartsAt(tokens, bodiesEnd) && !PersonWords.StartsAt(tokens, bodiesEnd))
        {
            bodiesEnd++;
        }

        int members = bodiesEnd + 1;
        return bodies.Count > 0 && members < end && tokens[bodiesEnd].Key == "và" &&
               TokenPatterns.ReadCount(tokens, text, members, out _, out _) is int countLength and > 0 && tokens[members].Kind == TokenKind.Number &&
               Subjects.TryMatch(tokens, members + countLength, out var subject, out _) && subject == DisciplineSubject.Member
            ? (form, bodies, members)
            : null;
    }

    /// <summary>
    /// Where the people come after a proposal to the state that follows the party's own form (<c>… cảnh cáo về Đảng và đề nghị
    /// cơ quan nhà nước cảnh cáo về chức vụ chính quyền đối với ông A</c>): after its <c>đối với</c>, when the proposal at
    /// <paramref name="proposal"/> follows <c>và</c> and speaks of the state's side; else null.
    /// </summary>
    private static int? AfterStateProposal(ReadOnlySpan<Token> tokens, int proposal)
    {
        // "… và yêu cầu UBND huyện kỷ luật cảnh cáo về mặt Nhà nước với ông A": the request may name the state body before its own
        // trigger, where the party decision's reading stops.
        for (int p = proposal; p >= Math.Max(1, proposal - 6); p--)
        {
            if (tokens[p - 1].Key == "và" && Requests.StartsAt(tokens, p))
            {
                proposal = p;
                break;
            }
        }

        if (proposal < 1 || proposal + 2 >= tokens.Length || tokens[proposal - 1].Key != "và" || !Requests.StartsAt(tokens, proposal))
        {
            return null;
        }

        bool state = false;
        for (int k = proposal + 2; k + 1 < tokens.Length && k - proposal < 24 && tokens[k].Key is not (";" or "."); k++)
        {
            state |= TokenPatterns.At(tokens, k, "chính", "quyền") || TokenPatterns.At(tokens, k, "nhà", "nước") ||
                     (tokens[k].Key == "ubnd" && tokens[k].Kind == TokenKind.Abbreviation);
            if (state && TokenPatterns.At(tokens, k, "đối", "với"))
            {
                return k + 2;
            }

            // "… về mặt Nhà nước với ông A": "với" alone before the person.
            if (state && tokens[k].Key == "với" && tokens[k - 1].Key != "đối" && PersonWords.StartsAt(tokens, k + 1))
            {
                return k + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// People listed after the trigger, each group closed by the manner of its own form: <c>thi hành kỷ luật ông A (…); ông B (…)
    /// bằng hình thức cảnh cáo; ông C (…) bằng hình thức khiển trách</c> → A and B warned, C reprimanded. Null unless two or more
    /// forms are so written and every group names someone.
    /// </summary>
    private static List<FormCount>? FormsByManner(ReadOnlySpan<Token> tokens, string text, int from, out int readTo)
    {
        List<FormCount>? groups = null;
        int start = from;
        readTo = from;
        // A list of people with their posts runs long: up to the sentence's end, or another decision or a proposal.
        for (int k = from + 2; k < tokens.Length && !Triggers.StartsAt(tokens, k) && !TokenPatterns.At(tokens, k, "đề", "nghị"); k++)
        {
            if (!Forms.TryMatch(tokens, k, out var form, out int length) || !TokenPatterns.At(tokens, k - 2, "hình", "thức"))
            {
                continue;
            }

            var people = new List<string>();
            ReadNames(tokens, text, start, k - 2, people, acrossClauses: true, anywhere: true);
            if (people.Count == 0)
            {
                return null;
            }

            (groups ??= []).Add(new FormCount(form, people.Count, Names: people));
            start = k + length;
            readTo = start;
        }

        return groups is { Count: >= 2 } ? groups : null;
    }

    /// <summary>
    /// The form right after a total at <paramref name="at"/> (<c>bằng hình thức cảnh cáo</c>) when another counted total follows it
    /// (<c>… và 366 đảng viên</c>), with where the form ends; else null.
    /// </summary>
    private static (DisciplineForm Form, int End)? OwnFormBeforeNextTotal(ReadOnlySpan<Token> tokens, string text, int at, int end)
    {
        // Past the rest of the subject's noun ("1 đảng ủy cơ sở bằng hình thức …").
        int manner = TokenPatterns.IndexOf(tokens, at, Math.Min(end, at + 3), "bằng");
        if (MannerFormAt(tokens, manner >= 0 && TokenPatterns.At(tokens, manner, "bằng", "hình", "thức") ? manner : at, end) is not (var form, int next))
        {
            return null;
        }

        return next + 1 < end && tokens[next].Key is "," or "và" && tokens[next + 1].Kind == TokenKind.Number &&
               TokenPatterns.ReadCount(tokens, text, next + 1, out _, out _) is int read and > 0 && Subjects.StartsAt(tokens, next + 1 + read)
            ? (form, next)
            : null;
    }

    /// <summary>
    /// A form at <paramref name="at"/>, after an optional <c>bằng hình thức</c>, that a count can carry (not <c>giải tán</c>), with where
    /// it ends; else null.
    /// </summary>
    private static (DisciplineForm Form, int End)? MannerFormAt(ReadOnlySpan<Token> tokens, int at, int end)
    {
        at += TokenPatterns.At(tokens, at, "bằng", "hình", "thức") ? 3 : 0;
        return at < end && Forms.TryMatch(tokens, at, out var form, out int length) && form != DisciplineForm.Dissolution ? (form, at + length) : null;
    }

    /// <summary>
    /// A counted form at <paramref name="at"/> whose count is followed by the other kind of subject with a bracketed breakdown
    /// of its own: <c>cảnh cáo 2 tổ chức đảng, 19 đảng viên (cách chức 5, khai trừ 14)</c>. Returns the form, its count and
    /// subject, and where the second kind's count starts; null for any other shape.
    /// </summary>
    private static (DisciplineForm Form, int Count, DisciplineSubject Subject, int End)? LeadingFormBeforeOwnBreakdown(ReadOnlySpan<Token> tokens, string text, int at, int end)
    {
        // "… bằng hình thức khiển trách đối với 1 tổ chức đảng và 76 đảng viên (khiển trách 56, …)": the manner and "đối với" too.
        if (MannerFormAt(tokens, at, end) is not (var form, int formEnd))
        {
            return null;
        }

        int countAt = formEnd + (TokenPatterns.At(tokens, formEnd, "đối", "với") ? 2 : 0);
        int read = TokenPatterns.ReadCount(tokens, text, countAt, out int count, out _);
        if (read == 0 || countAt >= end || tokens[countAt].Kind != TokenKind.Number ||
            !Subjects.TryMatch(tokens, countAt + read, out var subject, out int nounLength))
        {
            return null;
        }

        int next = countAt + read + nounLength;
        if (next + 1 >= end || tokens[next].Key is not ("," or "và"))
        {
            return null;
        }

        int otherRead = TokenPatterns.ReadCount(tokens, text, next + 1, out _, out _);
        if (otherRead == 0 || tokens[next + 1].Kind != TokenKind.Number ||
            !Subjects.TryMatch(tokens, next + 1 + otherRead, out var other, out int otherLength) || other == subject)
        {
            return null;
        }

        int open = next + 1 + otherRead + otherLength;
        bool ownBreakdown = open + 1 < end && tokens[open].Key == "(" &&
            (Forms.StartsAt(tokens, open + 1) || (tokens[open + 1].Kind == TokenKind.Number && Forms.StartsAt(tokens, open + 2)));
        return ownBreakdown ? (form, count, subject, next + 1) : null;
    }

    /// <summary>Each named person (or body) once, with the heaviest form; counted forms without names get keys of their own.</summary>
    private static Dictionary<string, DisciplineForm> People(List<FormCount> forms, Evidence evidence)
    {
        var people = new Dictionary<string, DisciplineForm>(StringComparer.Ordinal);
        for (int f = 0; f < forms.Count; f++)
        {
            var form = forms[f];
            var names = form.Names ?? Enumerable.Range(0, form.Count ?? 0).Select(k => $"#{evidence.Start}:{f}:{k}").ToList();
            foreach (string name in names)
            {
                people[name] = people.TryGetValue(name, out var had) && Severity(had) >= Severity(form.Form) ? had : form.Form;
            }
        }

        return people;
    }

    /// <summary>
    /// The people a decision names by their posts alone between its object's start and the form its clause names with <c>bằng
    /// hình thức</c> (<c>kỷ luật nguyên Bí thư Đảng ủy, nguyên Giám đốc Sở A, cùng nguyên Giám đốc Công ty B, bằng hình thức khai
    /// trừ</c>), one key each, or null. A comma goes on with one person's posts; <c>và</c>, <c>cùng</c> or <c>;</c> before another
    /// post opens the next person.
    /// </summary>
    private static List<string>? PeopleByPosts(ReadOnlySpan<Token> tokens, int start, int end)
    {
        int manner = -1;
        for (int k = start + 1; k + 3 < end && manner < 0; k++)
        {
            if (MannerFormAt(tokens, k) is int form and >= 0 && Forms.StartsAt(tokens, form))
            {
                manner = k;
            }
        }

        var people = new List<string>();
        int item = start;
        while (manner > 0 && item < manner)
        {
            int post = Officials.PastFormerMarker(tokens, item);
            if (!Officials.Positions.StartsAt(tokens, post))
            {
                return null;
            }

            people.Add($"#post:{tokens[item].Span.Start}");
            int next = -1;
            for (int k = post + 1; k < manner && next < 0; k++)
            {
                // A person introduced or a decision of its own: the names' reading decides, not this one.
                if (PersonNames.IntroducerAt(tokens, k) > 0 || Triggers.StartsAt(tokens, k) || Forms.StartsAt(tokens, k))
                {
                    return null;
                }

                if (tokens[k].Key is "và" or "cùng" or ";")
                {
                    int opens = k + 1 + (k + 1 < manner && tokens[k + 1].Key == "với" ? 1 : 0);
                    next = Officials.Positions.StartsAt(tokens, Officials.PastFormerMarker(tokens, opens)) ? opens : -1;
                }
            }

            if (next < 0)
            {
                break;
            }

            item = next;
        }

        return people.Count > 0 ? people : null;
    }

    /// <summary>Where a decision's object starts after <c>đối với</c> or a colon (<c>kỷ luật đối với ông A</c>, <c>kỷ luật: …</c>).</summary>
    private static int PastObjectMarker(ReadOnlySpan<Token> tokens, int from, int end)
    {
        int i = from;
        while (i < end && tokens[i].Key is "đối" or "với" or ":")
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The people a decision names outside its forms: right after the trigger ("kỷ luật ông A, Phó Bí thư …") or
    /// before a passive "bị" ("Ông A bị kỷ luật cảnh cáo", "Các ông A và B bị khai trừ").
    /// </summary>
    private static List<string> NamesOfDecision(ReadOnlySpan<Token> tokens, string text, int trigger, int from, int end)
    {
        var names = new List<string>();
        if (trigger >= 0)
        {
            int i = PastObjectMarker(tokens, from, end);

            ReadNames(tokens, text, i, end, names);
            if (names.Count > 0)
            {
                return names;
            }
        }

        int at = trigger >= 0 ? trigger : from;
        int passive = -1;
        for (int k = at - 1; k >= Math.Max(0, at - 4); k--)
        {
            if (tokens[k].Key == "bị" || ReceivedAt(tokens, k))
            {
                passive = k;
                break;
            }
        }

        passive = passive < 0 ? AgentPassive(tokens, text, at) ?? -1 : passive;
        if (passive > 0)
        {
            // From the sentence's start, or from the form before it: names may be listed across ";" ("Bà A, …; bà B, …; và ông C
            // cũng bị …"), but "ông A bị cảnh cáo, ông B bị khiển trách" gives each his own.
            ReadPassiveSubjects(tokens, text, PassiveStart(tokens, passive), passive, names);
        }

        return names;
    }

    /// <summary>
    /// The <paramref name="count"/> people a list opened by <c>gồm</c> names after a decision's form (<c>… với hình thức cảnh cáo
    /// gồm: ông A, …</c>), within a form's reach of <paramref name="from"/> and in the same clause; else null.
    /// </summary>
    private static List<string>? ListedAfterForm(ReadOnlySpan<Token> tokens, string text, int from, int end, int count)
    {
        if (count < 2)
        {
            return null;
        }

        for (int k = from; k < Math.Min(end, from + PostReach) && tokens[k].Key is not (";" or "."); k++)
        {
            if (tokens[k].Key == "gồm")
            {
                return CountedNames(tokens, text, k, end, count) is ({ } names, _) ? names : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The people named as the subject of a passive "bị" in [from, passive); "ông này" (<see cref="SingularReferences"/>) alone is
    /// one person the article named before ("Về mặt Đảng, ông này cũng bị Thường trực Tỉnh ủy kỷ luật …").
    /// </summary>
    private static void ReadPassiveSubjects(ReadOnlySpan<Token> tokens, string text, int from, int passive, List<string> names)
    {
        // "Trong đó, 2 đảng viên là A và B bị khai trừ": members counted, then named after "là", as many as the count says.
        if (CountedThenNamed(tokens, text, from, passive) is { } counted)
        {
            names.AddRange(counted);
            return;
        }

        ReadNames(tokens, text, from, passive, names, acrossClauses: true, anywhere: true);
        // Not "các cán bộ này", "hai đảng viên này": the plural is PluralReferences'.
        if (names.Count == 0 && SingularReferences.Find(tokens, from, passive, out _, out _) is int reference and >= 0 &&
            !(reference > 0 && (tokens[reference - 1].Key is "các" or "những" || TokenPatterns.ReadCount(tokens, text, reference - 1, out _, out _) > 0 ||
                                // "đơn vị này" (this unit, UnitReferences) holds "vị này" (this person).
                                UnitReferences.StartsAt(tokens, reference - 1))))
        {
            names.Add($"#reference:{tokens[reference].Span.Start}");
        }
        else if (names.Count == 0 && BarePersonBefore(tokens, from, passive) is int bare)
        {
            // "Tháng 3/2022, ông bị Ủy ban Kiểm tra Trung ương cảnh cáo …": "ông" alone is the person the article is about.
            names.Add($"#reference:{tokens[bare].Span.Start}");
        }
    }

    /// <summary>
    /// Where a bare <c>ông</c>, <c>bà</c> or <c>đồng chí</c> (no name after it, no plural or count before it) stands right before
    /// the passive at <paramref name="passive"/>; else null.
    /// </summary>
    private static int? BarePersonBefore(ReadOnlySpan<Token> tokens, int from, int passive)
    {
        // "Ông đã bị Ủy ban Kiểm tra Trung ương kỷ luật …", "ông cũng từng bị …": the time words before the passive belong to it.
        while (passive - 1 > from && tokens[passive - 1].Key is "đã" or "cũng" or "vừa" or "từng" or "mới")
        {
            passive--;
        }

        int at = passive - 1 >= from && tokens[passive - 1].Key is "ông" or "bà" ? passive - 1 :
                 passive - 2 >= from && TokenPatterns.At(tokens, passive - 2, "đồng", "chí") ? passive - 2 : -1;
        if (at < 0 || (at > 0 && (tokens[at - 1].Key is "các" or "những" or "hai" or "ba" || tokens[at - 1].Kind == TokenKind.Number)))
        {
            return null;
        }

        return at;
    }

    /// <summary>Measures short of party discipline that a person may be given instead (<c>bị kiểm điểm rút kinh nghiệm</c>).</summary>
    private static readonly PhraseTable<bool> OtherMeasures = PhraseTableBuilder.Of("discipline-other-measures", true,
        "kiểm điểm", "phê bình", "nhắc nhở", "đình chỉ", "tạm đình chỉ", "điều chuyển", "xử lý hành chính", "xử phạt", "rút kinh nghiệm");

    /// <summary>Words between a passive "bị" and its form: <c>bị kỷ luật cảnh cáo</c>, <c>bị thi hành kỷ luật bằng hình thức khiển trách</c>.</summary>
    private static readonly IReadOnlySet<string> PassiveBridge = new HashSet<string>(StringComparer.Ordinal)
    {
        "kỷ", "kỉ", "luật", "thi", "hành", "xử", "lý", "bằng", "hình", "thức", "đảng",
        // "bị kỷ luật (ở) mức “cảnh cáo”": a form written as a level, in quotes.
        "mức", "ở", "“", "\"", "‘",
    };

    /// <summary>
    /// "nhận kỷ luật", "chịu hình thức kỷ luật", "nhận mức cảnh cáo": the disciplined person receives the discipline, a passive in
    /// all but its word (<c>Các ông A, B nhận kỷ luật khai trừ ra khỏi Đảng</c>, <c>ông A và ông B nhận mức cảnh cáo</c>).
    /// </summary>
    private static bool ReceivedAt(ReadOnlySpan<Token> tokens, int k)
    {
        if (tokens[k].Key is not ("nhận" or "chịu"))
        {
            return false;
        }

        int next = TokenPatterns.At(tokens, k + 1, "hình", "thức") ? k + 3 : TokenPatterns.At(tokens, k + 1, "mức") ? k + 2 : k + 1;
        return Triggers.StartsAt(tokens, next) || (next > k + 1 && Forms.StartsAt(tokens, next));
    }

    /// <summary>
    /// Where a comparison set off after a total ends (<c>, giảm 52%</c>, <c>, tăng 35 đảng viên so với cùng kỳ năm 2023</c>), when
    /// another count follows it after <c>và</c> or a comma; else null.
    /// </summary>
    private static int? ComparisonEnd(ReadOnlySpan<Token> tokens, string text, int at, int end)
    {
        const int MaxComparedTokens = 8;
        if (at + 2 >= end || tokens[at].Key != "," || tokens[at + 1].Key is not ("giảm" or "tăng"))
        {
            return null;
        }

        int k = at + 2;
        // A percentage is one number token ("52%", "14,1%").
        int read = text[tokens[k].Span.End - 1] == '%' ? 1 : TokenPatterns.ReadCount(tokens, text, k, out _, out _);
        if (read == 0)
        {
            return null;
        }

        k += read;
        k += k < end && tokens[k].Key == "%" ? 1 : Subjects.TryMatch(tokens, k, out _, out int noun) ? noun : 0;
        // "… so với cùng kỳ năm 2023": what it is compared with.
        if (TokenPatterns.At(tokens, k, "so", "với"))
        {
            int stop = Math.Min(end, k + MaxComparedTokens);
            k += 2;
            while (k < stop && tokens[k].Key is not ("," or "và"))
            {
                k++;
            }
        }

        return k + 1 < end && tokens[k].Key is "và" or "," && TokenPatterns.ReadCount(tokens, text, k + 1, out _, out _) > 0 ? k : null;
    }

    /// <summary>The "bị" that makes the form at <paramref name="form"/> passive (<c>ông A bị cảnh cáo</c>), or null.</summary>
    private static int? PassiveBefore(ReadOnlySpan<Token> tokens, int form)
    {
        for (int k = form - 1; k >= Math.Max(0, form - 8); k--)
        {
            if (tokens[k].Key == "bị" || ReceivedAt(tokens, k))
            {
                return k;
            }

            if (!PassiveBridge.Contains(tokens[k].Key))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the people of a passive form (its "bị" at <paramref name="passive"/>) may start: after the form before it in the
    /// sentence, past that form's own people when it named them after it (<c>cảnh cáo ông A, Bí thư …; ông B … bị khiển trách</c>),
    /// else the sentence's start.
    /// </summary>
    private static int PassiveStart(ReadOnlySpan<Token> tokens, int passive)
    {
        // "Ông A, Bí thư Đảng ủy xã, cho biết, đảng viên B … vừa nhận mức kỷ luật khiển trách": the people before a reporting verb
        // tell the news; the passive's people follow it.
        int start = PassiveStartInClause(tokens, passive);
        for (int k = passive - 1; k >= start; k--)
        {
            if ((ReportingVerbs.TryMatch(tokens, k, out _, out int length) || PassiveClauseOpeners.TryMatch(tokens, k, out _, out length)) && k + length < passive)
            {
                return k + length + (tokens[k + length].Key == "," ? 1 : 0);
            }
        }

        return start;
    }

    /// <summary>Verbs that report what a speaker told: the people named before them are the source, not the news.</summary>
    private static readonly PhraseTable<bool> ReportingVerbs = PhraseTableBuilder.Of("discipline-reporting-verbs", true,
        "cho biết", "cho hay", "khẳng định", "xác nhận", "chia sẻ");

    /// <summary>
    /// Words that open a clause of its own before a passive: <c>Đây là hình thức cao nhất về chính quyền đối với ông A, bởi trước
    /// đó, ông A đã bị Ủy ban Kiểm tra Trung ương kỷ luật cảnh cáo</c>: the people of the earlier clause are not the passive's.
    /// </summary>
    private static readonly PhraseTable<bool> PassiveClauseOpeners = PhraseTableBuilder.Of("discipline-passive-clause-openers", true,
        "bởi", "bởi vì", "trước đó");

    private static int PassiveStartInClause(ReadOnlySpan<Token> tokens, int passive)
    {
        int previous = -1;
        int previousEnd = 0;
        for (int k = 0; k < passive; k++)
        {
            // "… thi hành kỷ luật các đảng viên vi phạm, trong đó ông A bị cảnh cáo": a decision's trigger opens its people too.
            if (Forms.TryMatch(tokens, k, out _, out int length) || Triggers.TryMatch(tokens, k, out _, out length))
            {
                (previous, previousEnd) = (k, k + length);
                k += length - 1;
            }
        }

        // "…; ông B, Phó trưởng Công an huyện, bị kiểm điểm rút kinh nghiệm; ông C, Đội trưởng; và ông D … bị kỷ luật với hình thức
        // cảnh cáo": a person given another passive (a review) in a clause of his own is not among this one's people.
        // ("thiết bị", "chuẩn bị" hold the syllable too: only "bị" before another measure counts.)
        int start = previous < 0 ? 0 : previousEnd;
        for (int k = passive - 1; k > start; k--)
        {
            if (tokens[k].Key == "bị" && OtherMeasures.StartsAt(tokens, k + 1) && TokenPatterns.IndexOf(tokens, k, passive, ";") is int clauseEnd and >= 0)
            {
                return clauseEnd + 1;
            }
        }

        if (previous < 0)
        {
            return 0;
        }

        // An active form's people follow it up to a ";": "cảnh cáo đối với ông A, …; ông B … bị khiển trách".
        bool active = PassiveBefore(tokens, previous) is null;
        if (active)
        {
            for (int k = passive - 1; k >= previousEnd; k--)
            {
                if (tokens[k].Key == ";")
                {
                    return k + 1;
                }
            }
        }

        return previousEnd;
    }

    private static Discipline Make(DisciplineSubject subject, int? total, List<FormCount> forms, ExtractionContext context, int? year, Evidence evidence, double confidence)
    {
        var counts = new DisciplineForms
        {
            Reprimand = Sum(forms, DisciplineForm.Reprimand),
            Warning = Sum(forms, DisciplineForm.Warning),
            Dismissal = Sum(forms, DisciplineForm.Dismissal),
            Expulsion = Sum(forms, DisciplineForm.Expulsion),
            Dissolution = Sum(forms, DisciplineForm.Dissolution),
        };
        bool? consistent = total is int t && counts.Sum is int sum ? sum == t : null;
        return new Discipline
        {
            Subject = subject,
            Total = total,
            Forms = counts,
            Consistent = consistent,
            Organization = context.Subject?.Name,
            Year = year,
            Evidence = evidence,
            Confidence = confidence,
        };
    }

    private static int? Sum(List<FormCount> forms, DisciplineForm form)
    {
        int? sum = null;
        foreach (var f in forms)
        {
            if (f.Form == form && f.Count is int c)
            {
                sum = (sum ?? 0) + c;
            }
        }

        return sum;
    }

    /// <summary>
    /// The people of a passive's subject counted and then named after <c>là</c> (<c>2 đảng viên là A và B bị …</c>), read by
    /// <see cref="CountedNames"/>; null when the subject is not so written or the names are not as many as the count.
    /// </summary>
    private static List<string>? CountedThenNamed(ReadOnlySpan<Token> tokens, string text, int from, int passive)
    {
        for (int k = from; k < passive; k++)
        {
            int read = TokenPatterns.ReadCount(tokens, text, k, out int count, out _);
            if (read > 0 && count >= 2 && Subjects.TryMatch(tokens, k + read, out var subject, out int noun) && subject == DisciplineSubject.Member &&
                k + read + noun < passive && tokens[k + read + noun].Key == "là")
            {
                return CountedNames(tokens, text, k + read + noun, passive, count) is ({ } names, _) ? names : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The people named right after a count of members (<c>2 cán bộ A và B</c>, <c>2 đồng chí: ông A, ông B</c>) when there are as
    /// many of them as the count says, with where their list ends; else null.
    /// </summary>
    private static (List<string> Names, int End)? CountedNames(ReadOnlySpan<Token> tokens, string text, int at, int end, int count)
    {
        // "3 phó Ban Bồi thường giải phóng mặt bằng quận, gồm: ông A, B, C": the rest of the people's post, then the list it opens.
        for (int k = at; k < Math.Min(end, at + PostReach); k++)
        {
            if (tokens[k].Key is "gồm" or ":")
            {
                at = k;
                break;
            }

            if (tokens[k].Key is ";" or "." || Forms.StartsAt(tokens, k) || Triggers.StartsAt(tokens, k))
            {
                break;
            }
        }

        while (at < end && tokens[at].Key is ":" or "là" or "gồm" or "(" or ",")
        {
            at++;
        }

        int introducer = PersonWords.TryMatch(tokens, at, out _, out int length) ? length : 0;
        if (at < end && introducer == 0 && PersonNames.NameAt(tokens, at, introduced: false) == 0 && NameAfterPostChain(tokens, at, end) is int named)
        {
            // "khiển trách hai Ủy viên Ban cán sự đảng, Thứ trưởng Bộ GTVT A, B": the rest of the holders' chain of posts, then their names.
            at = named;
        }

        if (at >= end || PersonNames.NameAt(tokens, at + introducer, introduced: true) == 0)
        {
            return null;
        }

        var names = new List<string>();
        int namesEnd = ReadNames(tokens, text, at, Math.Min(tokens.Length, at + NamesWindow), names);
        if (names.Count == count)
        {
            return (names, namesEnd);
        }

        // "khiển trách hai Thứ trưởng A, B và ông C, nguyên Bí thư …": the holders counted, then someone introduced on their own
        // after "và", under the same form.
        for (int k = at; names.Count > count && k < namesEnd; k++)
        {
            if (tokens[k].Key == "và" && PersonWords.StartsAt(tokens, k + 1))
            {
                var counted = new List<string>();
                ReadNames(tokens, text, at, k, counted);
                return counted.Count == count ? (names, namesEnd) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a full name starts within a post's reach of <paramref name="at"/>, the words before it being the rest of a chain of
    /// posts (body words, abbreviations, commas, further posts); null when a clause ends or a form comes first.
    /// </summary>
    private static int? NameAfterPostChain(ReadOnlySpan<Token> tokens, int at, int end)
    {
        for (int k = at; k < Math.Min(end, at + PostReach); k++)
        {
            if (tokens[k].Key is ";" or "." or ":" or "và" or "(" || Forms.StartsAt(tokens, k) || Triggers.StartsAt(tokens, k))
            {
                return null;
            }

            if (BareName(tokens, k) > 0)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the form at <paramref name="at"/> bounds a range: right after "từ" (<c>từ khiển trách …</c>), or after "(cho) đến" /
    /// "tới" with "từ" earlier in its clause (<c>từ kiểm điểm … cho đến khai trừ</c>).
    /// </summary>
    private static bool RangeBound(ReadOnlySpan<Token> tokens, int at, int from)
    {
        if (at <= from)
        {
            return false;
        }

        if (tokens[at - 1].Key == "từ")
        {
            return true;
        }

        if (tokens[at - 1].Key is not ("đến" or "tới"))
        {
            return false;
        }

        for (int k = at - 2; k >= Math.Max(from, at - 16) && tokens[k].Key is not (";" or "."); k--)
        {
            if (tokens[k].Key == "từ")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that give a form as the one told before: <c>(với) hình thức tương đương</c>.</summary>
    private static readonly PhraseTable<bool> SameFormAsBefore = PhraseTableBuilder.Of("discipline-same-form", true,
        "hình thức tương đương", "hình thức tương tự", "mức tương đương", "mức tương tự");

    /// <summary>
    /// The form a decision takes over from the one told just before it ("UBND tỉnh kỷ luật ông A với hình thức khiển trách về mặt
    /// chính quyền. Về mặt Đảng, ông này cũng bị … kỷ luật với hình thức tương đương"): the last form before the trigger in its
    /// sentence or in the sentence before, a state one included; else null.
    /// </summary>
    private static DisciplineForm? EquivalentForm(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, int trigger, int end)
    {
        if (SameFormAsBefore.Find(tokens, trigger, end, out _, out _) < 0)
        {
            return null;
        }

        if (LastForm(tokens, 0, trigger) is DisciplineForm here)
        {
            return here;
        }

        return sentenceIndex > 0 && context.Document.TokensOf(context.Document.Sentences[sentenceIndex - 1]) is var previous
            ? LastForm(previous, 0, previous.Length)
            : null;
    }

    /// <summary>The last form named in [from, to), else null.</summary>
    private static DisciplineForm? LastForm(ReadOnlySpan<Token> tokens, int from, int to)
    {
        DisciplineForm? last = null;
        for (int k = from; k < to; k++)
        {
            if (Forms.TryMatch(tokens, k, out var form, out int length))
            {
                last = form;
                k += length - 1;
            }
        }

        return last;
    }

    /// <summary>End of a time phrase "từ … đến nay" / "từ … tới nay" at <paramref name="at"/> (<c>từ đầu nhiệm kỳ đến nay</c>), else null.</summary>
    private static int? SinceUntilNow(ReadOnlySpan<Token> tokens, int at, int end)
    {
        if (tokens[at].Key != "từ")
        {
            return null;
        }

        for (int k = at + 1; k + 1 < Math.Min(end, at + 8); k++)
        {
            if (tokens[k].Key is "," or ";")
            {
                return null;
            }

            if (tokens[k].Key is "đến" or "tới" && tokens[k + 1].Key == "nay")
            {
                return k + 2;
            }
        }

        return null;
    }

    /// <param name="Form">The form.</param>
    /// <param name="Count">How many, when stated.</param>
    /// <param name="CountsMembers">The count came as "đối với N đảng viên": it also states the total.</param>
    /// <param name="Organization">The form was imposed on a named party body.</param>
    /// <param name="Names">The keys of the people (or bodies) it was imposed on, when they are named.</param>
    /// <param name="Passive">The names stood before the form, as the subject of its "bị".</param>
    /// <param name="SharedByList">The count stood before a list of forms ("3 đảng viên bằng hình thức cách chức hoặc khai trừ"): it is
    /// how many were disciplined, not how many had this form.</param>
    private readonly record struct FormCount(DisciplineForm Form, int? Count, bool CountsMembers = false, bool Organization = false, List<string>? Names = null,
        bool Passive = false, bool SharedByList = false)
    {
        /// <summary>Where the form's words start in the sentence, where it is known; -1 otherwise.</summary>
        public int At { get; init; } = -1;
    }

    /// <summary>
    /// The forms named in [from, end) with their counts: <c>khiển trách 26</c>, <c>khiển trách: 26 đồng chí</c>,
    /// <c>26 đồng chí bị khiển trách</c>, <c>cảnh cáo đối với 2 đảng viên</c>, <c>khai trừ … các ông A, B</c> (2),
    /// <c>cảnh cáo Ban Thường vụ Đảng ủy xã A</c> (1 organisation). A count of other people (<c>3 học sinh</c>) is not a party form.
    /// </summary>
    private static List<FormCount> ReadForms(ReadOnlySpan<Token> tokens, string text, int from, int end, out int readTo, out bool byNames)
    {
        var forms = new List<FormCount>();
        readTo = from;
        byNames = false;
        for (int i = from; i < end; i++)
        {
            // "khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó, UBKT Đảng ủy Khối cảnh cáo 1, khai trừ 4)": after counted forms, a
            // "trong đó" part tells who decided some of them; its forms are already counted.
            if (tokens[i].Key is "(" or "," or ";" && TokenPatterns.At(tokens, i + 1, "trong", "đó") && forms.Exists(f => f.Count is not null))
            {
                int close = tokens[i].Key == "(" ? TokenPatterns.IndexOf(tokens, i + 3, end, ")") : -1;
                readTo = close < 0 ? end : close + 1;
                i = readTo - 1;
                continue;
            }

            if (!Forms.TryMatch(tokens, i, out var form, out int formLength))
            {
                continue;
            }

            // "bằng các hình thức từ kiểm điểm … cho đến khai trừ": the bounds of a range of forms say of no one which form he had.
            if (RangeBound(tokens, i, from))
            {
                readTo = i + formLength;
                i = readTo - 1;
                continue;
            }

            // "… và cảnh cáo về chính quyền": a state penalty beside the party's; "cách chức Trưởng phòng …": removal from a state or
            // agency post, not from a party committee; "khai trừ khỏi Hội …": another organisation's.
            if (StateScoped(tokens, i, 0) || (form == DisciplineForm.Dismissal && formLength == 2 && StatePostAt(tokens, i + formLength)) ||
                (form == DisciplineForm.Expulsion && OtherBodyLeft(tokens, i + formLength)) || BareRemovalAfterPartyForm(tokens, i, form, formLength))
            {
                readTo = i + formLength;
                i = readTo - 1;
                continue;
            }

            int after = i + formLength;
            // "cách tất cả các chức vụ trong Đảng (và chính quyền) đối với 4 cán bộ": where the form applies, before whom.
            after += FormScopes.TryMatch(tokens, after, out _, out int scopeLength) ? scopeLength : 0;
            // "cách tất cả chức vụ trong Đảng trong 2 nhiệm kỳ liên tiếp đối với 3 cán bộ": a short phrase of how long, before whom.
            after = ObjectAfterExtent(tokens, after, end);
            // "khai trừ Đảng và cách chức Phó Chủ tịch UBND xã đối với ông A": a state post taken away beside the party form stands
            // between it and the people it concerns.
            // So does a bare removal after a form said to be the Party's ("cảnh cáo về mặt Đảng, cách chức đối với ông A").
            if (after + 3 < end && tokens[after].Key is "và" or "," && Forms.TryMatch(tokens, after + 1, out var beside, out int besideLength) &&
                beside == DisciplineForm.Dismissal && besideLength == 2 &&
                (StatePostAt(tokens, after + 1 + besideLength) || BareRemovalAfterPartyForm(tokens, after + 1, beside, besideLength)) &&
                TokenPatterns.IndexOf(tokens, after + 1 + besideLength, Math.Min(end, after + 1 + besideLength + PostReach), "đối") is int concern and >= 0 &&
                TokenPatterns.At(tokens, concern, "đối", "với"))
            {
                after = concern;
            }

            bool viaDoiVoi = false;
            while (after < end && tokens[after].Key is ":" or "(" or "với" or "đối" or "là")
            {
                viaDoiVoi |= tokens[after].Key is "đối" or "với";
                after++;
            }

            // "cách chức Bí thư Chi bộ đối với 1 đồng chí": the count comes after the post the member is removed from.
            if (form == DisciplineForm.Dismissal && CountAfterPost(tokens, after, end) is int countAt)
            {
                (after, viaDoiVoi) = (countAt, true);
            }

            int read = TokenPatterns.ReadCount(tokens, text, after, out int count, out _);
            if (read > 0 && (tokens[after].Kind == TokenKind.Number || SpelledCountAfterForm(tokens, after, read)))
            {
                int next = after + read;
                // "khai trừ ra khỏi Đảng 3 nguyên Bí thư Tỉnh ủy", "… 3 cựu lãnh đạo": former members, or members counted by a post.
                int formerAt = next + Former(tokens, next, end);
                bool noun = Subjects.TryMatch(tokens, formerAt, out var counted, out int nounLength);
                if (!noun && Officials.Positions.TryMatch(tokens, formerAt, out _, out int postLength))
                {
                    (noun, counted, nounLength) = (true, DisciplineSubject.Member, postLength);
                }

                nounLength += noun ? formerAt - next : 0;
                if (!noun && next < end && tokens[next].Kind == TokenKind.Word && !Forms.StartsAt(tokens, next) && tokens[next].Key is not ("và" or "trường" or "người"))
                {
                    // "cảnh cáo 3 học sinh": not party members.
                    readTo = next;
                    i = next - 1;
                    continue;
                }

                readTo = next + (noun ? nounLength : 0);
                // "khiển trách đối với 2 cá nhân trên": the people named before, counted again; they are read by name, not counted.
                if (noun && counted == DisciplineSubject.Member && BackReferenceAt(tokens, readTo) is int backLength and > 0)
                {
                    forms.Add(new FormCount(form, null));
                    readTo += backLength;
                    i = readTo - 1;
                    continue;
                }

                // "cảnh cáo đối với 2 cán bộ A và B": the count is of the people the decision names, as many as it counts; a
                // decision that names its people states no total.
                if (noun && counted == DisciplineSubject.Member && CountedNames(tokens, text, readTo, end, count) is ({ } countedPeople, int countedEnd))
                {
                    forms.Add(new FormCount(form, countedPeople.Count, Names: countedPeople));
                    byNames = true;
                    readTo = countedEnd;
                    i = readTo - 1;
                    continue;
                }

                forms.Add(new FormCount(form, count, viaDoiVoi && noun, noun && counted == DisciplineSubject.Organization && form != DisciplineForm.Dissolution));
                // "kỷ luật cảnh cáo 2 tổ chức đảng và 17 đảng viên": the other kind of subject, counted after "và", is under the same form.
                if (noun && readTo + 1 < end && tokens[readTo].Key is "và" or "," &&
                    TokenPatterns.ReadCount(tokens, text, readTo + 1, out int other, out _) is int otherRead and > 0 &&
                    tokens[readTo + 1].Kind == TokenKind.Number &&
                    Subjects.TryMatch(tokens, readTo + 1 + otherRead, out var otherSubject, out int otherLength) && otherSubject != counted &&
                    form is not DisciplineForm.Dissolution)
                {
                    forms.Add(new FormCount(form, other, viaDoiVoi, otherSubject == DisciplineSubject.Organization));
                    readTo += 1 + otherRead + otherLength;
                }

                i = readTo - 1;
                continue;
            }

            // "ông A (khiển trách) và ông B (cảnh cáo)", "- Ông A, Chủ tịch UBND xã: cảnh cáo.": a form set off after the person it
            // is imposed on, by brackets or a colon with nothing after it.
            if (SetOffPeople(tokens, text, i, formLength, out int setOffStart) is { Count: > 0 } setOff)
            {
                // "thi hành kỷ luật Đảng ủy Sở A nhiệm kỳ 2020-2025 và ông B, Phó Giám đốc Sở bằng hình thức khiển trách": the bodies
                // named first share the form.
                var setOffBodies = new List<string>();
                if (MannerBefore(tokens, i) is int setOffManner and >= 0 &&
                    ReadBodies(tokens, text, PastObjectMarker(tokens, setOffStart, i), setOffManner, setOffBodies) is int setOffBodiesEnd &&
                    setOffBodiesEnd > setOffStart && setOffBodies.Count > 0)
                {
                    forms.Add(new FormCount(form, setOffBodies.Count, Organization: true, Names: setOffBodies, Passive: true));
                    // The people stand after the bodies: a name-shaped place or namesake that ends a body's name ("Đảng ủy Sở Y tế
                    // Lâm Đồng", "Chi bộ Trường Lê Lợi … bằng hình thức cảnh cáo") is no person of its own.
                    setOff = [];
                    ReadNames(tokens, text, setOffBodiesEnd, setOffManner, setOff, acrossClauses: false, anywhere: true);
                }

                if (setOff.Count > 0)
                {
                    forms.Add(new FormCount(form, setOff.Count, Names: setOff, Passive: true));
                }
                readTo = Math.Max(readTo, i + formLength);
                byNames = true;
                i = i + formLength - 1;
                continue;
            }

            // "26 đồng chí (bị) khiển trách", "3 trường hợp cảnh cáo".
            if (CountBefore(tokens, text, i) is int b)
            {
                // "3 đảng viên bằng hình thức cách chức hoặc khai trừ": one count before a list of forms says how many were
                // disciplined, not how many had each form.
                if (UncountedFormsAfter(tokens, text, after, end) is int formsEnd)
                {
                    forms.Add(new FormCount(form, b, SharedByList: true));
                    readTo = formsEnd;
                    i = formsEnd - 1;
                    continue;
                }

                forms.Add(new FormCount(form, b));
                readTo = after;
                continue;
            }

            // "cảnh cáo Ban Thường vụ Đảng ủy xã A", "khiển trách tập thể Ban cán sự đảng Bộ B": a named party body, once
            // for each term it is disciplined for ("… các nhiệm kỳ 2010-2015, 2015-2020").
            // Several bodies under one form: "khiển trách Chi bộ thôn A và Chi ủy Chi bộ thôn B".
            // Bodies and names after one form have a window of their own: a central decision may name many, each with its terms
            // or its titles. A list a colon opens ("… các đồng chí: A, …; B, …", "… khiển trách đối với: Đảng ủy Sở A nhiệm kỳ …;
            // …", "… nhiều cựu cán bộ tỉnh này, gồm các ông bà: A, …") runs to its end, however long.
            int colon = TokenPatterns.IndexOf(tokens, after, Math.Min(tokens.Length, after + 24), ":");
            bool colonList = colon >= 0 && TokenPatterns.IndexOf(tokens, after, colon, ";") < 0;
            int listEnd = Math.Max(end, Math.Min(tokens.Length, colonList ? tokens.Length : after + NamesWindow));
            var bodies = new List<string>();
            int bodiesEnd = ReadBodies(tokens, text, after, listEnd, bodies);
            if (bodiesEnd > after)
            {
                forms.Add(new FormCount(form, bodies.Count, Organization: true, Names: bodies));
                readTo = after + 1;
                // Named, the bodies are counted once each however often the article tells of them.
                byNames = true;
                // "khiển trách tập thể Ban Thường vụ Đảng ủy xã A và cá nhân ông B, Bí thư …": people under the same form.
                // (The bodies' own window may run past the form's: "các Đảng ủy: A nhiệm kỳ …, B …, C …, D … và các đồng chí: …".)
                int k = bodiesEnd < listEnd && tokens[bodiesEnd].Key is "và" or "," ? bodiesEnd + 1 : listEnd;
                k += TokenPatterns.At(tokens, k, "các", "cá", "nhân") ? 3 : TokenPatterns.At(tokens, k, "cá", "nhân") ? 2 : 0;
                // "… và các cá nhân gồm ông B, …", "… và các cá nhân: ông B, …": the list the individuals open.
                // "… và các đồng chí: A; B; C; D": a list the colon opens runs to its end, as the form's own does.
                bool alongsideListed = TokenPatterns.IndexOf(tokens, k, Math.Min(tokens.Length, k + 4), ":") >= 0;
                while (k < listEnd && tokens[k].Key is "gồm" or ":" && !PersonWords.StartsAt(tokens, k))
                {
                    k++;
                }

                var alongside = new List<string>();
                if (k < listEnd && PersonWords.StartsAt(tokens, k))
                {
                    int alongsideEnd = ReadNames(tokens, text, k, alongsideListed ? tokens.Length : Math.Min(tokens.Length, k + Window), alongside);
                    if (alongside.Count > 0)
                    {
                        forms.Add(new FormCount(form, alongside.Count, Names: alongside));
                        readTo = alongsideEnd;
                        byNames = true;
                        i = alongsideEnd - 1;
                    }
                }

                continue;
            }

            // "ông A, Bí thư … bị cảnh cáo, ông B, Chủ tịch … bị khiển trách": a passive form's people stand before it;
            // "Đảng ủy xã A nhiệm kỳ 2020-2025 bị cảnh cáo": a body. The deciding body may stand inside the passive ("hai nguyên Phó
            // Chủ tịch tỉnh bị Ủy ban Kiểm tra Trung ương kỷ luật cảnh cáo").
            if (PassiveOrAgentPassive(tokens, text, i) is int passive)
            {
                if (PassiveBodies(tokens, text, passive) is { Count: > 0 } disciplinedBodies)
                {
                    forms.Add(new FormCount(form, disciplinedBodies.Count, Organization: true, Names: disciplinedBodies, Passive: true));
                    readTo = after;
                    byNames = true;
                    continue;
                }

                var subjects = new List<string>();
                int subjectStart = PassiveStart(tokens, passive);
                ReadPassiveSubjects(tokens, text, subjectStart, passive, subjects);

                if (subjects.Count > 0)
                {
                    forms.Add(new FormCount(form, subjects.Count, Names: subjects, Passive: true));
                    readTo = after;
                    byNames = true;
                    continue;
                }

                if ((CountedPosts(tokens, text, subjectStart, passive) ?? CountedPostsAfterOpener(tokens, text, subjectStart, passive)) is int holders)
                {
                    forms.Add(new FormCount(form, holders, Passive: true));
                    readTo = after;
                    continue;
                }
            }

            var people = new List<string>();
            int namesEnd = ReadNames(tokens, text, colonList ? IntroducerBefore(tokens, after, colon) : after, listEnd, people);
            if (people.Count > 0)
            {
                forms.Add(new FormCount(form, people.Count, Names: people) { At = i });
                readTo = namesEnd;
                byNames = true;
                i = namesEnd - 1;
                continue;
            }

            // "Đối với ông A, Bí thư Đảng ủy xã B, Ban Thường vụ Huyện ủy quyết định kỷ luật cảnh cáo": no one after the form, so
            // the people stand first; so may a body ("…; đối với tập thể Ban Thường vụ Huyện ủy C: kỷ luật cảnh cáo; …").
            if (FrontedBodies(tokens, text, i) is { } frontedBodies)
            {
                forms.Add(new FormCount(form, frontedBodies.Count, Organization: true, Names: frontedBodies));
                readTo = after;
                byNames = true;
                continue;
            }

            if (FrontedPeople(tokens, text, i) is { Count: > 0 } fronted)
            {
                forms.Add(new FormCount(form, fronted.Count, Names: fronted));
                readTo = after;
                byNames = true;
                continue;
            }

            // "khai trừ ra khỏi Đảng đối với Trưởng phòng Lao động - Thương binh và Xã hội huyện X": someone named by the post alone
            // is one person, known by that post.
            // "… đối với nguyên chủ tịch xã A và 3 lãnh đạo cấp phòng": a former post too, and the people counted after it.
            int former = Former(tokens, after, end);
            if (viaDoiVoi && Officials.Positions.StartsAt(tokens, after + former))
            {
                int postEnd = after + former + 1, postLimit = Math.Min(end, TokenPatterns.ClauseEnd(tokens, after));
                while (postEnd < postLimit && tokens[postEnd].Key is not ("và" or "," or ";" or "(") && !Forms.StartsAt(tokens, postEnd))
                {
                    postEnd++;
                }

                string post = text[tokens[after].Span.Start..tokens[Math.Max(after, postEnd - 1)].Span.End];
                forms.Add(new FormCount(form, 1, Names: [Text.VietnameseOrthography.Key(post)]));
                if (postEnd + 1 < postLimit && tokens[postEnd].Key == "và" && CountAt(tokens, text, postEnd + 1, out int others) is int counted and > 0 &&
                    Subjects.TryMatch(tokens, postEnd + 1 + counted, out var kind, out int nounLength) && kind == DisciplineSubject.Member)
                {
                    forms.Add(new FormCount(form, others));
                    postEnd += 1 + counted + nounLength;
                }

                readTo = postEnd;
                byNames = true;
                i = postEnd - 1;
                continue;
            }

            // "UBKT Tỉnh ủy A vừa quyết định cách chức Bí thư Đảng ủy xã B." with no one named in the clause: the holder of the post is
            // the one person disciplined. Unnamed, he is the person the article names later with the same form, not one more.
            if (former == 0 && PostHolderToClauseEnd(tokens, i, after, end) is int holderEnd)
            {
                forms.Add(new FormCount(form, 1, Names: [$"#post:{tokens[after].Span.Start}"]));
                readTo = holderEnd;
                byNames = true;
                i = holderEnd - 1;
                continue;
            }

            forms.Add(new FormCount(form, null) { At = i });
            readTo = after;
        }

        return forms;
    }

    /// <summary>
    /// Where a post standing right after the form at <paramref name="form"/> (<c>cách chức Bí thư Đảng ủy xã A</c>) ends, when it
    /// runs to the end of the clause with no person introduced, no other form and no <c>đối với</c> in it, and no person is
    /// introduced before the form (<c>kỷ luật đồng chí A bằng hình thức cách chức Ủy viên …; cách chức Phó Bí thư …</c> takes posts
    /// from A); else null.
    /// </summary>
    private static int? PostHolderToClauseEnd(ReadOnlySpan<Token> tokens, int form, int at, int end)
    {
        if (!Officials.Positions.TryMatch(tokens, at, out _, out int postLength))
        {
            return null;
        }

        for (int before = 0; before < form; before++)
        {
            if (PersonNames.IntroducerAt(tokens, before) > 0)
            {
                return null;
            }
        }

        int k = at + postLength;
        while (k < end && tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number && !Forms.StartsAt(tokens, k) &&
               !PersonWords.StartsAt(tokens, k) && tokens[k].Key is not ("và" or "do" or "vì" or "đối" or "với" or "là"))
        {
            k++;
        }

        return k >= end || tokens[k].Key is "." or ";" ? k : null;
    }

    /// <summary>
    /// The end of more forms listed after a form ending at <paramref name="at"/> (<c>, khai trừ</c>, <c>hoặc khai trừ</c>) when none
    /// has a count of its own; null when no form follows, or one does with its count (<c>cảnh cáo, khiển trách 2 đảng viên</c>).
    /// </summary>
    private static int? UncountedFormsAfter(ReadOnlySpan<Token> tokens, string text, int at, int end)
    {
        if (at + 1 >= end || !FormJoiners.Contains(tokens[at].Key) || !Forms.StartsAt(tokens, at + 1))
        {
            return null;
        }

        int k = FormListEnd(tokens, at + 1, end, out _);
        return k >= end || TokenPatterns.ReadCount(tokens, text, k, out _, out _) == 0 ? k : null;
    }

    /// <summary>Words that join forms named together: <c>khiển trách, cảnh cáo</c>, <c>cách chức hoặc khai trừ</c>.</summary>
    private static readonly IReadOnlySet<string> FormJoiners = new HashSet<string>(StringComparer.Ordinal) { ",", "và", "hoặc", "hay" };

    /// <summary>
    /// Where a list of forms named together from <paramref name="at"/> ends (<c>khiển trách, cảnh cáo</c>, <c>cách chức hoặc khai
    /// trừ</c>), with how many it names (0, and <paramref name="at"/>, when no form starts there).
    /// </summary>
    private static int FormListEnd(ReadOnlySpan<Token> tokens, int at, int end, out int forms)
    {
        forms = 0;
        int k = at;
        while (k < end && Forms.TryMatch(tokens, k, out _, out int length))
        {
            forms++;
            k += length;
            if (k + 1 < end && FormJoiners.Contains(tokens[k].Key) && Forms.StartsAt(tokens, k + 1))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>
    /// Where <c>đối với</c> stands when a short phrase of time or extent (<c>trong 2 nhiệm kỳ liên tiếp</c>) separates it from the
    /// form ending at <paramref name="at"/>; else <paramref name="at"/>.
    /// </summary>
    private static int ObjectAfterExtent(ReadOnlySpan<Token> tokens, int at, int end)
    {
        if (at >= end || tokens[at].Key is not ("trong" or "thời" or "từ"))
        {
            return at;
        }

        for (int k = at + 1; k + 1 < end && k <= at + 6; k++)
        {
            if (TokenPatterns.At(tokens, k, "đối", "với"))
            {
                return k;
            }

            if ((!tokens[k].IsWordLike && tokens[k].Kind != TokenKind.Number) || Forms.StartsAt(tokens, k) || Triggers.StartsAt(tokens, k))
            {
                return at;
            }
        }

        return at;
    }

    /// <summary>
    /// Where the form a decision word imposes ends: the form at <paramref name="at"/> itself, or after a trigger of
    /// <paramref name="triggerLength"/> tokens its first form in the clause; -1 when the clause names none.
    /// </summary>
    private static int FormEnd(ReadOnlySpan<Token> tokens, int at, int triggerLength, int clauseEnd)
    {
        if (triggerLength == 0 && Forms.TryMatch(tokens, at, out _, out int formLength))
        {
            return at + formLength;
        }

        int first = Forms.Find(tokens, at + triggerLength, clauseEnd, out _, out int firstLength);
        return first < 0 ? -1 : first + firstLength;
    }

    /// <summary>
    /// True when the form the decision word at <paramref name="at"/> imposes is said to be the Party's: <c>kỷ luật cảnh cáo về mặt
    /// Đảng</c>, <c>khiển trách về Đảng</c>, <c>cách chức trong Đảng</c> (<see cref="FormScopes"/>), or the decision word itself is
    /// (<c>Sở A cho biết, vừa ra quyết định kỷ luật về mặt Đảng đối với ông B … bằng hình thức cảnh cáo</c>).
    /// </summary>
    private static bool PartyScoped(ReadOnlySpan<Token> tokens, int at, int triggerLength) =>
        (FormEnd(tokens, at, triggerLength, TokenPatterns.ClauseEnd(tokens, at)) is int end and >= 0 && FormScopes.StartsAt(tokens, end)) ||
        (triggerLength > 0 && TokenPatterns.At(tokens, at + triggerLength, "về") && PartyScope.StartsAt(tokens, at + triggerLength));

    /// <summary>
    /// True when the form at <paramref name="at"/> (or, after a trigger of <paramref name="triggerLength"/> tokens, its first
    /// form) is imposed by the state: "cách chức về mặt chính quyền", "kỷ luật về hành chính đối với ông A". Another form in
    /// the clause keeps its own scope: "khiển trách về Đảng và cảnh cáo về chính quyền" is a party reprimand.
    /// </summary>
    private static bool StateScoped(ReadOnlySpan<Token> tokens, int at, int triggerLength)
    {
        int clauseEnd = TokenPatterns.ClauseEnd(tokens, at);
        // "ký quyết định kỷ luật hành chính bằng hình thức khiển trách đối với ông A": the state penalty named just before the form.
        int stated = StateDiscipline.Find(tokens, TokenPatterns.ClauseStart(tokens, at), at, out _, out int statedLength);
        if (stated >= 0 && OnlyMannerBetween(tokens, stated + statedLength, at))
        {
            return true;
        }

        int from = FormEnd(tokens, at, triggerLength, clauseEnd) is int formEnd and >= 0 ? formEnd : at + triggerLength;

        int to = Forms.Find(tokens, from, clauseEnd, out _, out _);
        int state = StateDiscipline.Find(tokens, at, to < 0 ? clauseEnd : to, out _, out _);
        // "… cảnh cáo 7 người … và yêu cầu xử lý về hành chính với những người này": a request for a state penalty besides.
        return state >= 0 && Requests.Find(tokens, from, state, out _, out _) < 0;
    }

    /// <summary>
    /// A bare removal from office right after a form said to be the Party's (<c>kỷ luật cảnh cáo về mặt Đảng, cách chức đối với ông
    /// A</c>): the scope set against it makes the removal the state's, not a second party form. A removal with a scope or a party
    /// post of its own (<c>cách chức trong Đảng</c>, <c>cách chức Bí thư chi bộ</c>) is the Party's.
    /// </summary>
    private static bool BareRemovalAfterPartyForm(ReadOnlySpan<Token> tokens, int at, DisciplineForm form, int formLength) =>
        form == DisciplineForm.Dismissal && formLength == 2 && at >= 3 && tokens[at - 1].Key is "," or "và" && FormScopes.EndsBefore(tokens, at - 1, 5) &&
        !FormScopes.StartsAt(tokens, at + formLength) && !PartyPosts.StartsAt(tokens, at + formLength);

    /// <summary>Words that ask another body to act: a state penalty after them is asked for, not the form's scope.</summary>
    private static readonly PhraseTable<bool> Requests = PhraseTableBuilder.Of("discipline-requests", true, "yêu cầu", "đề nghị", "kiến nghị", "chỉ đạo");

    /// <summary>Posts in a party committee: removal from one (<c>cách chức Bí thư chi bộ</c>) is party dismissal.</summary>
    private static readonly PhraseTable<bool> PartyPosts = PhraseTableBuilder.Of("discipline-party-posts", true,
        "bí thư", "phó bí thư", "ủy viên", "chi ủy viên", "đảng ủy viên", "cấp ủy viên", "tỉnh ủy viên", "huyện ủy viên", "thành ủy viên",
        "quận ủy viên", "thị ủy viên", "chủ nhiệm ủy ban kiểm tra", "phó chủ nhiệm ủy ban kiểm tra", "chủ nhiệm", "phó chủ nhiệm");

    /// <summary>
    /// Where the count stands after a party post, directly or after "đối với" (<c>cách chức Bí thư Chi bộ đối với 1 đồng chí</c>,
    /// <c>cách chức chức vụ Bí thư Chi bộ 1 đồng chí</c>), or null when no party post opens at <paramref name="at"/> or no count
    /// of members follows it before the next form or clause. A number before a name (<c>Chi bộ 4 đồng chí Nguyễn Văn A</c>) names a cell.
    /// </summary>
    private static int? CountAfterPost(ReadOnlySpan<Token> tokens, int at, int end)
    {
        // "cách chức vụ Bí thư", "cách chức chức vụ Bí thư".
        at += TokenPatterns.At(tokens, at, "chức", "vụ") ? 2 : TokenPatterns.At(tokens, at, "vụ") ? 1 : 0;
        if (!PartyPosts.StartsAt(tokens, at))
        {
            return null;
        }

        // The post may name its cell at length ("Bí thư Chi bộ thôn A, xã B đối với 1 đồng chí"); a count right after it
        // stands before any comma: "1 đồng chí bị cách chức Bí thư Chi bộ, 2 đồng chí bị cảnh cáo" is the next part of a breakdown.
        bool comma = false;
        for (int k = at + 1; k + 1 < end && k < at + 2 * PostReach; k++)
        {
            if (tokens[k].Key == ";" || Forms.StartsAt(tokens, k))
            {
                return null;
            }

            comma |= tokens[k].Key == ",";
            bool doiVoi = TokenPatterns.At(tokens, k, "đối", "với");
            int count = doiVoi ? k + 2 : k;
            if ((doiVoi || !comma) && count < end && tokens[count].Kind == TokenKind.Number &&
                Subjects.TryMatch(tokens, count + 1, out var subject, out int nounLength) && subject == DisciplineSubject.Member &&
                (count + 1 + nounLength >= tokens.Length || !tokens[count + 1 + nounLength].IsCapitalized))
            {
                return count;
            }

            if (doiVoi)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when a post that is not a party committee's is named at <paramref name="at"/> ("Trưởng phòng …", "Giám đốc …").</summary>
    private static bool StatePostAt(ReadOnlySpan<Token> tokens, int at) =>
        Officials.Positions.StartsAt(tokens, at) && !PartyPosts.StartsAt(tokens, at);

    /// <summary>"khai trừ (ra) khỏi Hội Nhà văn", "khai trừ khỏi Đoàn": leaving an organisation other than the Party.</summary>
    private static bool OtherBodyLeft(ReadOnlySpan<Token> tokens, int at)
    {
        int k = at;
        if (k < tokens.Length && tokens[k].Key == "ra")
        {
            k++;
        }

        return k + 1 < tokens.Length && tokens[k].Key == "khỏi" && tokens[k + 1].Key != "đảng";
    }

    /// <summary>
    /// How many terms a body is disciplined for, from the terms written after its name: one for "nhiệm kỳ 2015-2020",
    /// two for "các nhiệm kỳ 2010-2015, 2015-2020", "nhiệm kỳ 2010-2015 và 2015-2020" or "các khóa XIII, XIV".
    /// </summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="from">Just after the body's name.</param>
    /// <param name="end">Where to stop reading.</param>
    /// <param name="termsEnd">Where the terms end (<paramref name="from"/> when none is written).</param>
    private static int Terms(ReadOnlySpan<Token> tokens, int from, int end, out int termsEnd)
    {
        termsEnd = from;
        // "Ban Thường vụ Huyện ủy A, nhiệm kỳ 2015-2020 và nhiệm kỳ 2020-2025": a comma may set the terms off from the body.
        int i = from + (from + 1 < end && tokens[from].Key == "," && (TokenPatterns.At(tokens, from + 1, "nhiệm", "kỳ") || TokenPatterns.At(tokens, from + 1, "các", "nhiệm", "kỳ")) ? 1 : 0);
        // "(nhiệm kỳ 2010-2015 và 2015-2020)", "các nhiệm kỳ …", "các khóa XIII, XIV", "trong hai nhiệm kỳ …".
        if (i + 2 < end && tokens[i].Key == "trong" && (TokenPatterns.At(tokens, i + 1, "nhiệm", "kỳ") || TokenPatterns.At(tokens, i + 2, "nhiệm", "kỳ")))
        {
            i++;
        }

        while (i < end && (tokens[i].Key is "các" or "(" || (TokenPatterns.At(tokens, i + 1, "nhiệm", "kỳ") && (tokens[i].Kind == TokenKind.Number || Text.VietnameseNumbers.TryReadWords(tokens, i, out _) == 1))))
        {
            i++;
        }

        // "khóa XIII, XIV": one term per numbered congress; "khóa XXII, nhiệm kỳ 2015-2020" is still one.
        int congresses = 0;
        if (i < end && tokens[i].Key == "khóa")
        {
            for (i++; i < end; i++)
            {
                if (CongressNumber(tokens[i]))
                {
                    congresses++;
                    termsEnd = i + 1;
                }
                else if (tokens[i].Key is not ("," or "và" or "khóa"))
                {
                    break;
                }
            }

            // Back to the comma before a term written after the congress ("khóa XXII, nhiệm kỳ …").
            i = termsEnd < end && tokens[termsEnd].Key == "," ? termsEnd + 1 : termsEnd;
        }

        if (!TokenPatterns.At(tokens, i, "nhiệm", "kỳ"))
        {
            return Math.Max(1, congresses);
        }

        int years = 0;
        for (i += 2; i < end; i++)
        {
            if (TokenPatterns.Year(tokens[i]) is not null)
            {
                years++;
                termsEnd = i + 1;
            }
            else if (tokens[i].Key is not ("-" or "–" or "," or "và") && !(TokenPatterns.At(tokens, i, "nhiệm", "kỳ") && tokens[i - 1].Key is "và" or ","))
            {
                break;
            }
            else if (tokens[i].Key == "nhiệm")
            {
                // "nhiệm kỳ 2000-2005 và nhiệm kỳ 2005-2010": the second term written in full.
                i++;
            }
        }

        termsEnd += termsEnd < end && tokens[termsEnd].Key == ")" ? 1 : 0;
        return Math.Max(1, Math.Max(congresses, years / 2));
    }

    /// <summary>
    /// Joins a body's key to the term it is disciplined for: "cảnh cáo Ban Thường vụ Huyện ủy A nhiệm kỳ 2005-2010; khiển trách Ban
    /// Thường vụ Huyện ủy A nhiệm kỳ 2010-2015" disciplines two bodies, one per term. The body named again with no term is
    /// the one named before (<see cref="SameBodyKey"/>).
    /// </summary>
    private const char TermMark = '@';

    /// <summary>Each term's years (<c>2005-2010</c>) or congress number, in order; null when they cannot be told apart.</summary>
    private static List<string>? TermKeys(ReadOnlySpan<Token> tokens, int from, int to, int terms)
    {
        var years = new List<string>();
        var congresses = new List<string>();
        for (int i = from; i < to; i++)
        {
            if (TokenPatterns.Year(tokens[i]) is int year)
            {
                years.Add(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (i > from && tokens[i - 1].Key is "khóa" or "," or "và" && CongressNumber(tokens[i]))
            {
                congresses.Add(tokens[i].Key);
            }
        }

        if (years.Count == 2 * terms)
        {
            return [.. Enumerable.Range(0, terms).Select(t => $"{years[2 * t]}-{years[(2 * t) + 1]}")];
        }

        return congresses.Count == terms && years.Count == 0 ? congresses : null;
    }

    /// <summary>
    /// The key under which a case already holds the body <paramref name="key"/>: the same body and term, or the same body where
    /// one of the two mentions gives no term; else <paramref name="key"/>.
    /// </summary>
    private static string SameBodyKey(NamedCase open, string key)
    {
        int mark = key.IndexOf(TermMark);
        string body = mark < 0 ? key : key[..mark];
        foreach (string had in open.People.Keys)
        {
            int hadMark = had.IndexOf(TermMark);
            if ((hadMark < 0 ? had : had[..hadMark]) == body && (mark < 0 || hadMark < 0 || had == key))
            {
                return had;
            }
        }

        return key;
    }

    /// <summary>A congress's number: a Roman numeral (<c>XIII</c>) or digits (<c>khóa 12</c>).</summary>
    private static bool CongressNumber(Token token) =>
        token.Kind == TokenKind.Number || (token.Key.Length <= 6 && token.IsAllCaps && token.Key.All(c => c is 'i' or 'v' or 'x' or 'l'));

    /// <summary>True when a party body disciplined as an organisation is named at <paramref name="at"/> (<c>Đảng ủy xã A</c>, <c>Chi ủy Chi bộ B</c>).</summary>
    private static bool BodyAt(ReadOnlySpan<Token> tokens, int at, int end) =>
        at < end && ((Subjects.TryMatch(tokens, at, out var subject, out int length) && subject == DisciplineSubject.Organization &&
                      (tokens[at].IsCapitalized || NamedUnitInLowerCase(tokens, at, length, end))) ||
                     StandingCommitteeAt(tokens, at, end));

    /// <summary>
    /// <c>Thường vụ Huyện ủy A</c>, capitalised, for <c>Ban Thường vụ Huyện ủy A</c>: a body. Not <c>hai thường vụ Huyện ủy là ông
    /// B, …</c> (members of it, counted in lower case), which is why "thường vụ" is no subject word of its own.
    /// </summary>
    private static bool StandingCommitteeAt(ReadOnlySpan<Token> tokens, int at, int end) =>
        at + 2 < end && tokens[at].IsCapitalized && TokenPatterns.At(tokens, at, "thường", "vụ") && tokens[at + 2].IsCapitalized &&
        (Officials.LevelCommittees.StartsAt(tokens, at + 2) || TokenPatterns.At(tokens, at + 2, "đảng", "ủy"));

    /// <summary>
    /// A party unit written in lower case but named after it (<c>cảnh cáo với chi bộ VII</c>, <c>chi bộ 3</c>, <c>đảng ủy xã A</c>
    /// is not: its level word comes first): the unit word, then a number, a Roman numeral or a capitalised name.
    /// </summary>
    private static bool NamedUnitInLowerCase(ReadOnlySpan<Token> tokens, int at, int length, int end) =>
        tokens[at].Key is "chi" or "đảng" && at + length < end && tokens[at + length] is var name &&
        (name.Kind == TokenKind.Number || (name.IsWordLike && name.IsAllCaps) || (name.IsWordLike && name.IsCapitalized));

    /// <summary>
    /// Reads the party bodies named at <paramref name="at"/> into <paramref name="keys"/>, each once per term it is disciplined for:
    /// <c>Ban Thường vụ Đảng ủy xã A nhiệm kỳ 2015-2020</c>, <c>tập thể Ban cán sự đảng Bộ B</c>, <c>Chi bộ thôn C và Chi ủy Chi bộ
    /// thôn D</c> (two). Returns where the bodies end, or <paramref name="at"/> when none is named there.
    /// </summary>
    private static int ReadBodies(ReadOnlySpan<Token> tokens, string text, int at, int end, List<string> keys)
    {
        // "khiển trách đối với các Đảng ủy Sở A nhiệm kỳ …; Sở B nhiệm kỳ …": one kind of body, then the places that have one.
        bool shared = at + 1 < end && tokens[at].Key == "các" && BodyAt(tokens, at + 1, end);
        int k = shared ? at + 1 : at;
        int readTo = at;
        string? head = null;
        while (true)
        {
            int bodyAt = TokenPatterns.At(tokens, k, "tập", "thể") ? k + 2 : k;
            if (head is not null && SharedHeadItem(tokens, bodyAt, end) is int itemEnd)
            {
                string itemKey = Bodies.Key(head + " " + text[tokens[bodyAt].Span.Start..tokens[itemEnd - 1].Span.End]);
                int itemTerms = Terms(tokens, itemEnd, end, out int itemTermsEnd);
                keys.AddRange(Enumerable.Range(0, itemTerms).Select(t => t == 0 ? itemKey : $"{itemKey}#{t}"));
                readTo = Math.Max(itemEnd, itemTermsEnd);
                if (readTo + 1 < end && tokens[readTo].Key is "," or ";" or "và")
                {
                    k = readTo + 1;
                    continue;
                }

                return readTo;
            }

            if (!BodyAt(tokens, bodyAt, end))
            {
                return readTo;
            }

            int bodyEnd = Bodies.TryRead(tokens, text, bodyAt, out var named) ? named.End : bodyAt + 1;
            // A name read on over "và" into another body ("Chi bộ thôn C và Chi ủy Chi bộ thôn D") is two bodies.
            for (int m = bodyAt + 1; m + 1 < bodyEnd; m++)
            {
                if (tokens[m].Key == "và" && BodyAt(tokens, m + 1, bodyEnd))
                {
                    bodyEnd = m;
                    break;
                }
            }

            string key = Bodies.Key(Bodies.Expand(tokens, text, bodyAt, bodyEnd));
            if (shared && head is null && Subjects.TryMatch(tokens, bodyAt, out _, out int headLength))
            {
                head = text[tokens[bodyAt].Span.Start..tokens[bodyAt + headLength - 1].Span.End];
            }

            // "khiển trách đối với các Đảng ủy: Sở Y tế nhiệm kỳ …, Bệnh viện A nhiệm kỳ …": the kind, a colon, then the places.
            if (head is not null && readTo == at && bodyEnd + 1 < end && tokens[bodyEnd].Key == ":")
            {
                k = bodyEnd + 1;
                readTo = k;
                continue;
            }

            int terms = Terms(tokens, bodyEnd, end, out int termsEnd);
            var termKeys = TermKeys(tokens, bodyEnd, termsEnd, terms);
            keys.AddRange(Enumerable.Range(0, terms).Select(t => termKeys is not null ? $"{key}{TermMark}{termKeys[t]}" : t == 0 ? key : $"{key}#{t}"));
            readTo = Math.Max(bodyEnd, termsEnd);
            // "… Ban cán sự đảng UBND tỉnh A các nhiệm kỳ …; Đảng ủy Tổng Công ty B nhiệm kỳ … và các ông …": the bodies go on across ";".
            if (readTo + 1 < end && tokens[readTo].Key is "và" or "," or ";" && (BodyAt(tokens, readTo + 1, end) || TokenPatterns.At(tokens, readTo + 1, "tập", "thể") ||
                (head is not null && SharedHeadItem(tokens, readTo + 1, end) is not null)))
            {
                k = readTo + 1;
                continue;
            }

            return readTo;
        }
    }

    /// <summary>
    /// The end of an item of a list of bodies that share the kind named before it (<c>các Đảng ủy Sở A nhiệm kỳ …; Sở B nhiệm kỳ
    /// …</c>): capitalised words up to the term that every item states; null for anything else.
    /// </summary>
    private static int? SharedHeadItem(ReadOnlySpan<Token> tokens, int at, int end)
    {
        if (at >= end || !tokens[at].IsCapitalized || BodyAt(tokens, at, end) || PersonWords.StartsAt(tokens, at))
        {
            return null;
        }

        for (int k = at + 1; k < Math.Min(end, at + 8); k++)
        {
            if (tokens[k].Key == "nhiệm" && k + 1 < end && tokens[k + 1].Key == "kỳ")
            {
                return k;
            }

            if (tokens[k].Kind != TokenKind.Word && tokens[k].Kind != TokenKind.Abbreviation)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The "bị" of a passive whose deciding body stands between it and the decision at <paramref name="at"/>: <c>Ông A đã bị
    /// Ban Thường vụ Tỉnh ủy B khai trừ ra khỏi Đảng</c>, <c>Đảng ủy C đã bị Ủy ban Kiểm tra D thi hành kỷ luật …</c>; else null.
    /// </summary>
    private static int? AgentPassive(ReadOnlySpan<Token> tokens, string text, int at)
    {
        // Far enough for a body's long name and a decision's number and date between it and the decision word.
        for (int k = at - 2; k >= Math.Max(1, at - 24); k--)
        {
            if (tokens[k - 1].Key == "bị" && Bodies.TryRead(tokens, text, k, out var agent) && agent.Kind == BodyKind.Party &&
                OnlyDecisionBetween(tokens, AfterWhereBelongs(tokens, agent.End, at), at))
            {
                return k - 1;
            }
        }

        return null;
    }

    /// <summary>Words of deciding between a passive's body and its decision: <c>bị UBKT Trung ương ra Quyết định …</c>.</summary>
    private static readonly IReadOnlySet<string> DecidingWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "đã", "quyết", "định", "thi", "hành", "xử", "lý", "kỷ", "luật", "ra", "ban", "ký", "có",
        // "bị Ban Thường vụ Tỉnh ủy A xem xét, quyết định thi hành kỷ luật …".
        "xem", "xét", ",",
    };

    /// <summary>
    /// True when [<paramref name="from"/>, <paramref name="to"/>) holds only words of deciding and the decision's number and date
    /// (<c>ra Quyết định số 1192-QĐ/UBKTTW ngày 7-6-2019</c>).
    /// </summary>
    private static bool OnlyDecisionBetween(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            int reference = Bodies.ReferenceEnd(tokens, k, to);
            if (reference > k)
            {
                k = reference - 1;
            }
            else if (!DecidingWords.Contains(tokens[k].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The "bị" before the form or trigger at <paramref name="at"/>, with the deciding body between them or not.</summary>
    private static int? PassiveOrAgentPassive(ReadOnlySpan<Token> tokens, string text, int at) => PassiveBefore(tokens, at) ?? AgentPassive(tokens, text, at);

    /// <summary>
    /// Past a clause saying the member belongs to the body just named (<c>bị chi bộ nơi ông sinh hoạt kỷ luật</c>): lower-case words
    /// after <c>nơi</c>, up to <paramref name="to"/>; else <paramref name="at"/>.
    /// </summary>
    private static int AfterWhereBelongs(ReadOnlySpan<Token> tokens, int at, int to)
    {
        if (at >= to || tokens[at].Key != "nơi")
        {
            return at;
        }

        int k = at + 1;
        while (k < to && k - at <= 6 && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && !Triggers.StartsAt(tokens, k) &&
               tokens[k].Key is not ("đã" or "quyết" or "thi" or "xử"))
        {
            k++;
        }

        return k;
    }

    /// <summary>Words after the trigger that say the discipline is the Party's: <c>kỷ luật Đảng</c>, <c>kỷ luật về (mặt) Đảng</c>.</summary>
    private static readonly PhraseTable<bool> PartyScope = PhraseTableBuilder.Of("discipline-party-scope", true, "đảng", "về đảng", "về mặt đảng");

    /// <summary>Where a form applies, written after it: <c>cách tất cả các chức vụ trong Đảng và chính quyền</c>.</summary>
    private static readonly PhraseTable<bool> FormScopes = PhraseTableBuilder.Of("discipline-form-scopes", true,
        "trong đảng", "trong đảng và chính quyền", "trong đảng và trong chính quyền", "trong đảng và ngoài chính quyền", "về đảng", "về mặt đảng");

    /// <summary>
    /// The last of the lines after sentence <paramref name="s"/> that list the people its colon introduces: <paramref name="s"/>
    /// holds a form or trigger and ends in ":", and each line opens with a bullet and a name, or a paragraph with a name and its
    /// comma, and imposes no form of its own (<c>- A, Bí thư Đảng ủy, Giám đốc Sở X;</c>, <c>2. Ông B, …</c>, <c>C, nguyên …;</c>). Returns <paramref name="s"/> when no such lines follow.
    /// </summary>
    private static int ListedLinesAfter(ArticleDocument document, int s, ReadOnlySpan<Token> intro)
    {
        var sentences = document.Sentences;
        if (intro.Length < 3 || intro[^1].Key != ":" || (Forms.Find(intro, 0, intro.Length, out _, out _) < 0 && Triggers.Find(intro, 0, intro.Length, out _, out _) < 0))
        {
            return s;
        }

        int last = s;
        for (int t = s + 1; t < sentences.Length; t++)
        {
            var line = document.TokensOf(sentences[t]);
            int start = TokenPatterns.ListItemStart(line);
            // "… đối với các ông:" then "Mai Văn A, nguyên Bí thư …; Đậu Văn B, …" on lines of their own, without bullets: a line that
            // opens with a name and its comma, in a paragraph of its own.
            if (start < 0 && line.Length > 2 && (line[0].Flags & TokenFlags.ParagraphStart) != 0 && PersonNames.NameAt(line, 0, introduced: true) is int bare and > 0 &&
                bare < line.Length && line[bare].Key == ",")
            {
                start = 0;
            }

            // "… khiển trách đối với:" then "Đảng ủy Sở A nhiệm kỳ 2020 - 2025;" or "(1) Chi bộ thôn B …": party bodies, one a line.
            bool bodies = start < 0 ? (line[0].Flags & TokenFlags.ParagraphStart) != 0 && BodyLine(line, document.Text, 0) : BodyLine(line, document.Text, start);
            start = start < 0 && bodies ? 0 : start;
            if (start < 0 || line.Length < start + 2 ||
                (!bodies && PersonNames.NameAt(line, start + (PersonWords.TryMatch(line, start, out _, out int introducer) ? introducer : 0), introduced: true) == 0) ||
                Forms.Find(line, 0, line.Length, out _, out _) >= 0 || Triggers.Find(line, 0, line.Length, out _, out _) >= 0)
            {
                break;
            }

            last = t;
        }

        return last;
    }

    /// <summary>
    /// True when the line from <paramref name="start"/> is party bodies and nothing else (<c>Đảng ủy Sở A nhiệm kỳ 2015 - 2020,
    /// 2020 - 2025;</c>): a list item, not a sentence that opens with a body (<c>Đảng ủy xã A đã công bố quyết định.</c>).
    /// </summary>
    private static bool BodyLine(ReadOnlySpan<Token> line, string text, int start)
    {
        if (!BodyAt(line, start, line.Length))
        {
            return false;
        }

        int end = line.Length;
        while (end > start + 1 && line[end - 1].Key is ";" or "." or ",")
        {
            end--;
        }

        return ReadBodies(line, text, start, end, []) == end;
    }

    /// <summary>
    /// The last of the list lines after sentence <paramref name="s"/> when <paramref name="s"/> ends in a proposed trigger and its
    /// colon (<c>UBKT Trung ương đề nghị Ban Bí thư thi hành kỷ luật:</c>); 0 when it does not, or no item line follows.
    /// </summary>
    private static int ProposedItemsAfter(ArticleDocument document, int s, ReadOnlySpan<Token> intro)
    {
        if (intro.Length < 4 || intro[^1].Key != ":")
        {
            return 0;
        }

        int trigger = Triggers.Find(intro, 0, intro.Length, out _, out int length);
        if (trigger < 0 || !ProposedInClause(intro, trigger) || Forms.Find(intro, trigger + length, intro.Length, out _, out _) >= 0)
        {
            return 0;
        }

        int last = 0;
        for (int t = s + 1; t < document.Sentences.Length && TokenPatterns.ListItemStart(document.TokensOf(document.Sentences[t])) >= 0; t++)
        {
            last = t;
        }

        return last;
    }

    /// <summary>
    /// Sentence <paramref name="s"/> and the list lines up to <paramref name="last"/> as one run of tokens: bullets dropped, each
    /// line ending in ";" so that the colon's list goes on across them.
    /// </summary>
    private static Token[] JoinedList(ArticleDocument document, int s, int last)
    {
        var joined = new List<Token>();
        foreach (var token in document.TokensOf(document.Sentences[s]))
        {
            joined.Add(token);
        }

        for (int t = s + 1; t <= last; t++)
        {
            var line = document.TokensOf(document.Sentences[t]);
            int end = line.Length;
            while (end > 1 && line[end - 1].Key is ";" or "." or ",")
            {
                end--;
            }

            // A line without a bullet (a paragraph that opens with the name) is joined from its start.
            foreach (var token in line[Math.Max(0, TokenPatterns.ListItemStart(line))..end])
            {
                joined.Add(token);
            }

            // A separator carried by the line's last token keeps the offsets of the text; the list goes on after it.
            var separator = end < line.Length ? line[end] : line[end - 1];
            joined.Add(separator with { Kind = TokenKind.Punctuation, Flags = default, Key = ";" });
        }

        return joined.ToArray();
    }

    /// <summary>Words that open the passive of counted members' discipline: <c>(đã, cũng, vừa, đều) bị …</c>.</summary>
    private static readonly IReadOnlySet<string> PassiveLead = new HashSet<string>(StringComparer.Ordinal) { "bị", "đã", "cũng", "vừa", "đều" };

    /// <summary>Words that make a clause after counted members something other than what they did: a negation, a past or a chance.</summary>
    private static readonly IReadOnlySet<string> NotRelative = new HashSet<string>(StringComparer.Ordinal)
    {
        "không", "chưa", "chẳng", "được", "từng", "sẽ", "nếu", "có", "phải", "cần", "nguy", "thể",
    };

    /// <summary>
    /// Where a short clause saying what counted members did ends, when the passive of their discipline follows it (<c>3 đảng
    /// viên sinh con thứ 4 bị kỷ luật …</c>, <c>2 đảng viên vi phạm chính sách dân số bị …</c>); else <paramref name="at"/>.
    /// The clause is lower-case words and numbers only (and the Party's name), so a list, a name or a body ends it.
    /// </summary>
    private static int RelativeClauseEnd(ReadOnlySpan<Token> tokens, int at, int end, DisciplineSubject subject)
    {
        // "4 đảng viên (2 tại xã A, 2 tại xã B) bị kỷ luật …": where they are, in brackets, before the passive.
        if (at < end && tokens[at].Key == "(" && TokenPatterns.IndexOf(tokens, at, Math.Min(end, at + 16), ")") is int close and > 0)
        {
            at = close + 1;
            if (at < end && PassiveLead.Contains(tokens[at].Key))
            {
                return at;
            }
        }

        if (subject != DisciplineSubject.Member || at >= end || tokens[at].Kind != TokenKind.Word)
        {
            return at;
        }

        // "272 đảng viên sinh hoạt tại các tổ chức Đảng của địa phương này bị thi hành kỷ luật": the Party's own name, capitalised,
        // names no unit that would end the clause.
        // "46 cán bộ, đảng viên có khuyết điểm, vi phạm, đã bị xử lý kỷ luật": the faults they had, listed with commas after "có".
        bool had = tokens[at].Key == "có" && Faults.StartsAt(tokens, at + 1);
        int k = had ? at + 1 : at;
        while (k < end && k - at < 12 && (InRelativeClause(tokens, k) || (had && ListComma(tokens, k, end))))
        {
            k++;
        }

        return k > at && k < end && PassiveLead.Contains(tokens[k].Key) ? k : at;
    }

    /// <summary>Faults the people counted had (<c>có khuyết điểm, vi phạm</c>), said before the passive of their discipline.</summary>
    private static readonly PhraseTable<bool> Faults = PhraseTableBuilder.Of("discipline-faults", true, "khuyết điểm", "vi phạm", "sai phạm");

    /// <summary>A word of a short clause on what counted members did: lower case (or the Party's name), no passive, trigger or form.</summary>
    private static bool InRelativeClause(ReadOnlySpan<Token> tokens, int k) =>
        tokens[k].Kind is TokenKind.Word or TokenKind.Number && (!tokens[k].IsCapitalized || tokens[k].Key == "đảng") &&
        !PassiveLead.Contains(tokens[k].Key) && !NotRelative.Contains(tokens[k].Key) && !Triggers.StartsAt(tokens, k) && !Forms.StartsAt(tokens, k);

    /// <summary>A comma between lower-case words of a list (<c>khuyết điểm, vi phạm</c>).</summary>
    private static bool ListComma(ReadOnlySpan<Token> tokens, int k, int end) =>
        tokens[k].Key == "," && k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].IsCapitalized;

    /// <summary>Past <c>khác</c> after the people counted (<c>4 cán bộ khác của xã A</c>), else <paramref name="at"/>.</summary>
    private static int PastOthers(ReadOnlySpan<Token> tokens, int at, int end) => at < end && tokens[at].Key == "khác" ? at + 1 : at;

    /// <summary>
    /// Where the unit counted members belong to ends, when one follows them (<c>3 đảng viên Chi bộ thôn 5</c>,
    /// <c>5 cán bộ, đảng viên xã Tân Lập</c>); else <paramref name="at"/>. Only members have such a unit: a body counted is itself a unit.
    /// </summary>
    private static int MembersUnitEnd(ReadOnlySpan<Token> tokens, string text, int at, int end, DisciplineSubject subject)
    {
        if (subject != DisciplineSubject.Member)
        {
            return at;
        }

        // Members are also "in" their unit ("4 cán bộ, đảng viên trong Đảng bộ bị khai trừ").
        int i = at < end && (TokenPatterns.UnitLinks.Contains(tokens[at].Key) || tokens[at].Key == "trong") ? at + 1 : at;
        if (Bodies.TryRead(tokens, text, i, out var unit) && unit.Kind == BodyKind.Party)
        {
            return Math.Min(unit.End, end);
        }

        // "Đảng bộ huyện", "Đảng bộ xã Tân Lập": a party organisation, which is no deciding body.
        if (Subjects.TryMatch(tokens, i, out var kind, out int length) && kind == DisciplineSubject.Organization && tokens[i].IsCapitalized)
        {
            int k = i + length;
            while (k < end && tokens[k].IsWordLike && (tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Number || Officials.BodyWords.Contains(tokens[k].Key)))
            {
                k++;
            }

            return k;
        }

        // A place: its level in lower case, then its name ("xã Tân Lập", "phường 3").
        if (i + 1 < end && Officials.UnitLevels.TryMatch(tokens, i, out _, out int level) && i + level < end && (tokens[i + level].IsCapitalized || tokens[i + level].Kind == TokenKind.Number))
        {
            int k = i + level;
            while (k < end && (tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Number) && tokens[k].IsWordLike)
            {
                k++;
            }

            return k;
        }

        // "7 đảng viên của đơn vị này bị … khai trừ": a unit pointed back to after a link word.
        if (i > at && UnitReferences.TryMatch(tokens, i, out _, out int reference) && i + reference <= end)
        {
            return i + reference;
        }

        // "799 đảng viên ở Điện Biên bị thi hành kỷ luật": a place named bare after a link word.
        if (i > at && i < end && tokens[i].IsWordLike && tokens[i].IsCapitalized)
        {
            int k = i;
            while (k < end && k - i < 4 && tokens[k].IsWordLike && tokens[k].IsCapitalized)
            {
                k++;
            }

            return k;
        }

        return at;
    }

    /// <summary>
    /// The bodies a decision with no form of their own names: right after its trigger (<c>kỷ luật Đảng ủy xã A bằng hình thức
    /// khiển trách</c>) or as the subject of its passive (<c>Đảng ủy xã A bị thi hành kỷ luật …</c>).
    /// </summary>
    private static List<string> BodiesOfDecision(ReadOnlySpan<Token> tokens, string text, int trigger, int from, int end)
    {
        var keys = new List<string>();
        if (trigger >= 0)
        {
            int i = PastObjectMarker(tokens, from, end);

            if (ReadBodies(tokens, text, i, end, keys) > i)
            {
                return keys;
            }
        }

        int at = trigger >= 0 ? trigger : from;
        return PassiveOrAgentPassive(tokens, text, at) is int passive ? PassiveBodies(tokens, text, passive) : keys;
    }

    /// <summary>Words between a body disciplined and its passive "bị": <c>Đảng ủy xã A cũng đã bị …</c>.</summary>
    private static readonly IReadOnlySet<string> PassiveAuxiliaries = new HashSet<string>(StringComparer.Ordinal) { "cũng", "đã", "đều", "vừa" };

    /// <summary>
    /// The bodies that are the subject of the passive "bị" at <paramref name="passive"/>: <c>Đảng ủy xã A nhiệm kỳ 2020-2025 bị thi
    /// hành kỷ luật …</c>. The bodies must run from the start of the clause up to the "bị"; a body in a person's title
    /// (<c>ông B, Bí thư Đảng ủy xã A bị …</c>) is not the clause's subject.
    /// </summary>
    private static List<string> PassiveBodies(ReadOnlySpan<Token> tokens, string text, int passive)
    {
        int stop = passive;
        while (stop > 0 && PassiveAuxiliaries.Contains(tokens[stop - 1].Key))
        {
            stop--;
        }

        int start = TokenPatterns.ClauseStart(tokens, passive);
        // Past an opener: "Theo đó, …", "Theo thông báo của UBKT Trung ương, …" end in a comma; "Riêng Đảng ủy xã A …".
        for (int k = start; k < stop; k++)
        {
            if (BodyAt(tokens, k, stop) && (k == start || tokens[k - 1].Key is "," or "riêng"))
            {
                // The body's name may run on in words a name reader stops at ("Đảng ủy Ban quản lý dự án 9 …"); the clause's
                // subject is still the body when no person and no comma stands between it and the "bị".
                var keys = new List<string>();
                int read = ReadBodies(tokens, text, k, stop, keys);
                bool rest = read > k;
                for (int m = read; rest && m < stop; m++)
                {
                    rest = tokens[m].Key != "," && !PersonWords.StartsAt(tokens, m);
                }

                if (rest)
                {
                    return keys;
                }
            }
        }

        return [];
    }

    private static int? CountBefore(ReadOnlySpan<Token> tokens, string text, int formIndex)
    {
        int j = formIndex - 1;
        // "24 trường hợp đã bị khai trừ", "274 đảng viên bị thi hành bằng hình thức khiển trách" (kỷ luật left unsaid).
        while (j >= 0 && tokens[j].Key is "bị" or "bằng" or "hình" or "thức" or "với" or "xử" or "lý" or "mức" or "“" or "\"" or "‘" or "thi" or "hành" ||
               (j > 0 && tokens[j].Key is "đã" or "đều" or "cũng" && tokens[j + 1].Key == "bị"))
        {
            j--;
        }

        // Back over the noun: "26 đồng chí", "sáu đồng chí", "4 cán bộ, đảng viên".
        for (int k = j; k >= Math.Max(0, j - 4); k--)
        {
            if (Subjects.TryMatch(tokens, k, out _, out int nounLength) && k + nounLength - 1 == j && k > 0 &&
                CountEndingAt(tokens, text, k > 1 ? k - Former(tokens, k - 1, k) : k, out int count) >= 0)
            {
                return count;
            }
        }

        // "4 cán bộ huyện A bị khai trừ", "3 đảng viên Chi bộ thôn B bị cảnh cáo": the members' unit between them and the passive.
        if (j + 1 < formIndex && tokens[j + 1].Key == "bị")
        {
            for (int m = j - 1; m >= Math.Max(0, j - 12); m--)
            {
                int read = TokenPatterns.ReadCount(tokens, text, m, out int counted, out _);
                int noun = m + read + Former(tokens, m + read, j);
                // Not a number in a name ("Quận 4"); the existential "Có" opening the sentence is capitalised only for that.
                if (read > 0 && tokens[m].Kind == TokenKind.Number &&
                    (m == 0 || !tokens[m - 1].IsWordLike || !tokens[m - 1].IsCapitalized || (m == 1 && tokens[0].Key == "có")) &&
                    Subjects.TryMatch(tokens, noun, out var subject, out int nounLength) && noun + nounLength <= j &&
                    MembersUnitEnd(tokens, text, noun + nounLength, j + 1, subject) == j + 1)
                {
                    return counted;
                }
            }
        }

        // A breakdown that puts the count first: "(1 cảnh cáo, 6 khiển trách)", "gồm: 2 khiển trách và 1 cảnh cáo", "…, 3 bằng
        // hình thức khiển trách", "chín đảng viên bị cảnh cáo, một bị cách chức" (the noun said once).
        bool passive = j + 1 < formIndex && tokens[j + 1].Key == "bị";
        if (j >= 1 && OnlyMannerBetween(tokens, j + (passive ? 2 : 1), formIndex) && tokens[j - 1].Key is "(" or "," or ":" or ";" or "và" &&
            (tokens[j].Kind == TokenKind.Number ? TokenPatterns.ReadCount(tokens, text, j, out int bare, out _) == 1
                : passive && CountAt(tokens, text, j, out bare) == 1))
        {
            return bare;
        }

        // "…; phó chủ tịch xã nhận hình thức kỷ luật khiển trách", "Chủ tịch UBND xã A bị cảnh cáo.": one person, named only by the post.
        // "Một Hiệu trưởng … đã bị Ban Thường vụ Huyện ủy A kỷ luật cách …": the passive's agent may stand before the form.
        return PassiveOrAgentPassive(tokens, text, formIndex) is int passiveAt && PostAlone(tokens, passiveAt) ? 1 : null;
    }

    /// <summary>
    /// True when the clause before a passive at <paramref name="passive"/> is a post alone, from the sentence's start or a
    /// <c>;</c>: the post, then only words of bodies and at most two capitalised words of a place (<c>Chủ tịch UBND xã Lũng
    /// Cao</c>). A longer capitalised run may hold a name, which the names' reading counts.
    /// </summary>
    private static bool PostAlone(ReadOnlySpan<Token> tokens, int passive)
    {
        // "…, Phó Chủ tịch HĐND huyện A (Bình Phước) bị cách …": the province in brackets after the post's body.
        if (passive > 3 && tokens[passive - 1].Key == ")" && TokenPatterns.IndexOf(tokens, passive - 5, passive - 1, "(") is int open and >= 0)
        {
            passive = open;
        }

        // "… đã bị …": the passive's auxiliaries are no words of the post's body.
        while (passive > 1 && tokens[passive - 1].Key is "đã" or "vừa" or "cũng")
        {
            passive--;
        }

        int start = passive;
        while (start > 0 && passive - start <= 10 && tokens[start - 1].IsWordLike)
        {
            start--;
        }

        if (start > 0 && tokens[start - 1].Key is not (";" or ":") && !(tokens[start - 1].Key == "," && NoOneBefore(tokens, start - 1)))
        {
            return false;
        }

        // "Một Phó Chủ tịch xã ở huyện A bị cách chức": one person, counted before the post.
        start += tokens[start].Key == "một" && start + 1 < passive ? 1 : 0;
        if (passive - start > 10 || !Officials.Positions.TryMatch(tokens, start, out _, out int length) || start + length > passive)
        {
            return false;
        }

        int capitalised = 0;
        for (int k = start + length; k < passive; k++)
        {
            var token = tokens[k];
            // Where the body is ("Hiệu trưởng trường THPT ở Vĩnh Linh"): a place after "ở", counted with the place's words.
            bool bodyWord = PersonNames.IsAbbreviationLike(token) || Officials.BodyWords.Contains(token.Key) || Officials.UnitLevels.StartsAt(tokens, k) ||
                            (token.Key == "ở" && k + 1 < passive && tokens[k + 1].IsCapitalized);
            if (!bodyWord && !(token.IsCapitalized && ++capitalised <= 2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the words before <paramref name="at"/> name no one and hold no post: an opening clause (<c>Có hành vi chống đối
    /// tại chốt kiểm dịch, …</c>), not a person the post after the comma stands beside (<c>Ông A, Phó Chủ tịch …</c>).
    /// </summary>
    private static bool NoOneBefore(ReadOnlySpan<Token> tokens, int at) =>
        PersonWords.Find(tokens, 0, at, out _, out _) < 0 && Officials.Positions.Find(tokens, 0, at, out _, out _) < 0 && !HasFullName(tokens, at);

    private static bool HasFullName(ReadOnlySpan<Token> tokens, int at)
    {
        for (int k = 0; k < at; k++)
        {
            if (BareName(tokens, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// People counted by their posts before a passive: <c>2 chủ tịch UBND xã, 1 chủ tịch HĐND xã và Chỉ huy trưởng Ban Chỉ huy
    /// quân sự xã … đã bị kỷ luật</c> (4). Every part opens with a post, a bare post is one person, and at least one part is
    /// counted, so a single post named as the subject (<c>Phó Chủ tịch UBND tỉnh bị cảnh cáo</c>) is left to the names.
    /// </summary>
    private static int? CountedPosts(ReadOnlySpan<Token> tokens, string text, int start, int end)
    {
        // "Trong số đảng viên bị kỷ luật … có 19 trường hợp …, trong đó có 5 chủ tịch UBND xã … bị cách chức": posts picked out
        // of people already counted are no discipline of their own.
        if (OfWhich.Find(tokens, 0, end, out _, out _) >= 0)
        {
            return null;
        }

        int total = 0;
        bool counted = false;
        int k = start;
        while (k < end)
        {
            int read = CountAt(tokens, text, k, out int count);
            // "Nguyên Chủ tịch UBND xã A và 3 cựu lãnh đạo cấp phòng … bị khai trừ Đảng": former holders, and former members counted
            // as such (members counted plainly are the total's reader's: "3 đảng viên … bị khiển trách").
            bool former = Former(tokens, k + read, end) == 1;
            read += former ? 1 : 0;
            if (!Officials.Positions.TryMatch(tokens, k + read, out _, out int postLength) &&
                !(former && count > 0 && Subjects.TryMatch(tokens, k + read, out var subject, out postLength) && subject == DisciplineSubject.Member))
            {
                return null;
            }

            counted |= read > 0 && count > 0;
            total += read > 0 && count > 0 ? count : 1;
            // The post's body runs to the next part: ", 1 chủ tịch …", "và Chỉ huy trưởng …".
            int next = -1;
            for (k += read + postLength; k < end && next < 0; k++)
            {
                if (tokens[k].Key is ";" or ":" || Forms.StartsAt(tokens, k) || Triggers.StartsAt(tokens, k))
                {
                    break;
                }

                if (tokens[k].Key is "," or "và" && k + 1 < end && PartOpens(tokens, text, k + 1))
                {
                    next = k + 1;
                }
            }

            if (next < 0)
            {
                break;
            }

            k = next;
        }

        return counted && total > 1 ? total : null;
    }

    /// <summary>
    /// Holders counted after a short opening phrase and its comma (<c>Ngày 12/3, hai nguyên Phó Chủ tịch UBND tỉnh bị … cảnh
    /// cáo</c>): <see cref="CountedPosts"/> after the comma. Not when the phrase holds a post or people itself: then the comma
    /// is inside the list of holders (<c>2 chủ tịch UBND xã, 1 chủ tịch HĐND xã và …</c>).
    /// </summary>
    private static int? CountedPostsAfterOpener(ReadOnlySpan<Token> tokens, string text, int start, int end)
    {
        int comma = TokenPatterns.IndexOf(tokens, start, Math.Min(end, start + 8), ",");
        return comma > start && comma + 1 < end && Officials.Positions.Find(tokens, start, comma, out _, out _) < 0 &&
               Subjects.Find(tokens, start, comma, out _, out _) < 0
            ? CountedPosts(tokens, text, comma + 1, end)
            : null;
    }

    /// <summary>True when a part of a list of holders opens at <paramref name="at"/>: a post, or a count of posts or of former members.</summary>
    private static bool PartOpens(ReadOnlySpan<Token> tokens, string text, int at)
    {
        int read = CountAt(tokens, text, at, out _);
        bool former = Former(tokens, at + read, tokens.Length) == 1;
        int post = at + read + (former ? 1 : 0);
        return Officials.Positions.StartsAt(tokens, post) ||
               (former && read > 0 && Subjects.TryMatch(tokens, post, out var subject, out _) && subject == DisciplineSubject.Member);
    }

    /// <summary>1 when a word saying "former" (<c>nguyên</c>, <c>cựu</c>) stands at <paramref name="at"/> before <paramref name="end"/>, else 0.</summary>
    private static int Former(ReadOnlySpan<Token> tokens, int at, int end) =>
        at >= 0 && at < Math.Min(end, tokens.Length) && tokens[at].Key is "nguyên" or "cựu" ? 1 : 0;

    /// <summary>
    /// True when only words of manner stand in [<paramref name="from"/>, <paramref name="to"/>) before a form: <c>bằng hình
    /// thức</c>, <c>với hình thức</c>, <c>(ở) mức</c>, <c>là</c>, an opening quote.
    /// </summary>
    private static bool OnlyMannerBetween(ReadOnlySpan<Token> tokens, int from, int to) =>
        TokenPatterns.OnlyBetween(tokens, from, to, "bằng", "hình", "thức", "với", "mức", "ở", "là", "“", "\"", "‘");

    /// <summary>Words that pick a part out of people counted before: <c>trong đó</c>, <c>trong số</c>.</summary>
    private static readonly PhraseTable<bool> OfWhich = PhraseTableBuilder.Of("discipline-of-which", true, "trong đó", "trong số");

    /// <summary>
    /// How many tokens a count at <paramref name="at"/> takes (0 when none stands there); spelled, it is lower-case unless it
    /// opens the sentence (a capitalised <c>Ba</c> inside it may be a given name).
    /// </summary>
    private static int CountAt(ReadOnlySpan<Token> tokens, string text, int at, out int count)
    {
        count = 0;
        if (at >= tokens.Length || (tokens[at].Kind == TokenKind.Word && tokens[at].IsCapitalized && at > 0) ||
            tokens[at].Kind is not (TokenKind.Number or TokenKind.Word))
        {
            return 0;
        }

        return Math.Max(0, TokenPatterns.ReadCount(tokens, text, at, out count, out _));
    }

    /// <summary>
    /// Where the count that ends just before <paramref name="end"/> starts: a number (<c>26</c>) or the longest spelled count
    /// (<c>sáu</c>, <c>mười hai</c>); -1 when none ends there.
    /// </summary>
    private static int CountEndingAt(ReadOnlySpan<Token> tokens, string text, int end, out int count)
    {
        count = 0;
        if (end > 0 && tokens[end - 1].Kind == TokenKind.Number)
        {
            return TokenPatterns.ReadCount(tokens, text, end - 1, out count, out _) > 0 ? end - 1 : -1;
        }

        // Spelled counts run to four words ("một trăm linh năm"); the longest that ends here is the count.
        for (int m = Math.Max(0, end - 4); m < end; m++)
        {
            if (tokens[m].Kind == TokenKind.Word && TokenPatterns.ReadCount(tokens, text, m, out count, out _) == end - m)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when a spelled count of <paramref name="read"/> words at <paramref name="at"/>, after a form, is the form's count:
    /// lower case (a capitalised <c>Ba</c> may be a given name) and followed by a noun for who was disciplined or by the end of
    /// the part (<c>khiển trách sáu, cảnh cáo một</c>). <c>khiển trách một số đảng viên</c> counts nobody.
    /// </summary>
    private static bool SpelledCountAfterForm(ReadOnlySpan<Token> tokens, int at, int read)
    {
        if (tokens[at].Kind != TokenKind.Word || tokens[at].IsCapitalized)
        {
            return false;
        }

        int next = at + read;
        // "khiển trách hai nguyên Bí thư chi bộ": former holders of a post.
        int former = Former(tokens, next, tokens.Length) == 1 ? next + 1 : -1;
        // "khiển trách hai Thứ trưởng A và B": holders counted by their post.
        return next >= tokens.Length || tokens[next].Key is "," or ";" or "." or ")" or "và" || Subjects.StartsAt(tokens, next) ||
               Officials.Positions.StartsAt(tokens, next) ||
               (former > 0 && (Subjects.StartsAt(tokens, former) || Officials.Positions.StartsAt(tokens, former)));
    }

    /// <summary>
    /// The count that two or more forms named together share (<c>khiển trách, cảnh cáo 14 người</c>, <c>cảnh cáo và cách chức 3
    /// đảng viên</c>), with who is counted and where the count's noun ends; null when the forms at <paramref name="from"/> are
    /// not such a chain.
    /// </summary>
    private static (int Count, DisciplineSubject Subject, int End)? SharedCount(ReadOnlySpan<Token> tokens, string text, int from, int end)
    {
        int k = FormListEnd(tokens, from, end, out int forms);
        int count = 0;
        int read = forms >= 2 && k < end ? TokenPatterns.ReadCount(tokens, text, k, out count, out _) : 0;
        return read > 0 && (tokens[k].Kind == TokenKind.Number || SpelledCountAfterForm(tokens, k, read)) &&
               Subjects.TryMatch(tokens, k + read, out var subject, out int nounLength)
            ? (count, subject, k + read + nounLength)
            : null;
    }

    /// <summary>True when a party body stands right before the trigger as its agent (<c>… và Ban Bí thư đã thi hành kỷ luật</c>).</summary>
    private static bool PartyDeciderBefore(ReadOnlySpan<Token> tokens, int trigger)
    {
        int k = trigger;
        // "Ban Thường vụ đã biểu quyết (nhất trí, thống nhất, quyết định) thi hành kỷ luật": how the body decided.
        while (k > 0 && tokens[k - 1].Key is "đã" or "cũng" or "vừa" or "thi" or "hành" or "biểu" or "quyết" or "định" or "nhất" or "trí" or "thống")
        {
            k--;
        }

        // "Ban Bí thư", "Bộ Chính trị" end on a lower-case syllable; "Ủy ban Kiểm tra Tỉnh ủy Nghệ An" on a capital.
        return k > 0 && (PartyContext.EndsBefore(tokens, k, 4) ||
                         ((tokens[k - 1].IsCapitalized || tokens[k - 1].Kind == TokenKind.Abbreviation) && PartyContext.Find(tokens, Math.Max(0, k - 6), k, out _, out _) >= 0));
    }

    /// <summary>
    /// True when the decision at <paramref name="from"/> names one person by a pronoun: "kỷ luật ông bằng hình thức …",
    /// "đối với bà", "bằng hình thức cảnh cáo đối với ông." (a singular "ông" or "bà" followed by no name), "đối với cán bộ này".
    /// </summary>
    private static bool PronounAfter(ReadOnlySpan<Token> tokens, int from, int end)
    {
        int i = from;
        // "… thi hành kỷ luật bằng hình thức khai trừ Đảng đối với ông.", "kỷ luật cảnh cáo đối với bà.": past the form the trigger
        // names.
        int form = TokenPatterns.At(tokens, i, "bằng", "hình", "thức") ? i + 3 : i;
        if (Forms.TryMatch(tokens, form, out _, out int formLength) && TokenPatterns.At(tokens, form + formLength, "đối", "với"))
        {
            i = form + formLength;
        }

        while (i < end && tokens[i].Key is "đối" or "với")
        {
            i++;
        }

        // "… khiển trách đối với cán bộ này", "đối với ông này": the one person the article spoke of, pointed back to.
        if (i < end && SingularReferences.StartsAt(tokens, i))
        {
            return true;
        }

        if (i >= end || tokens[i].Key is not ("ông" or "bà"))
        {
            return false;
        }

        int next = i + 1;
        return next >= end || (!tokens[next].IsCapitalized && tokens[next].Kind == TokenKind.Word && tokens[next].Key != "này") || tokens[next].Key is "," or "." or ";";
    }

    /// <summary>Words that give each person named his own form, in order: <c>lần lượt bị cảnh cáo và khiển trách</c>.</summary>
    private static readonly PhraseTable<bool> Respectively = PhraseTableBuilder.Of("discipline-respectively", true, "lần lượt", "tương ứng");

    /// <summary>A unit pointed back to (<c>đơn vị này</c>, <c>địa phương trên</c>): where the members counted before it belong.</summary>
    private static readonly PhraseTable<bool> UnitReferences = PhraseTableBuilder.Of("discipline-unit-references", true,
        "đơn vị này", "đơn vị đó", "đơn vị trên", "cơ quan này", "cơ quan đó", "cơ quan trên", "địa phương này", "địa phương trên",
        "đảng bộ này", "đảng bộ trên", "chi bộ này", "chi bộ trên", "doanh nghiệp này", "công ty này", "tổng công ty này",
        "huyện này", "tỉnh này", "xã này", "ngành này");

    /// <summary>Words that point back to one person named before: <c>ông này</c>, <c>đồng chí này</c>.</summary>
    private static readonly PhraseTable<bool> SingularReferences = PhraseTableBuilder.Of("discipline-singular-references", true,
        "ông này", "bà này", "người này", "đồng chí này", "cán bộ này", "đảng viên này", "vị này", "ông ta", "bà ta");

    /// <summary>Words that point back to people just named: <c>các cán bộ này</c>, <c>những đồng chí trên</c>.</summary>
    private static readonly PhraseTable<bool> PluralReferences = PhraseTableBuilder.Of("discipline-plural-references", true,
        "các cán bộ này", "các ông này", "các đồng chí này", "các đảng viên này", "những cán bộ này", "những người này", "các cán bộ trên",
        "các ông trên", "các đồng chí trên", "các đảng viên trên", "những cán bộ trên", "các cá nhân này", "các cá nhân trên");

    /// <summary>Words that open why people were disciplined (<c>Nguyên nhân 4 cán bộ bị kỷ luật là …</c>), a decision told before.</summary>
    private static readonly PhraseTable<bool> CauseOpenings = PhraseTableBuilder.Of("discipline-cause-openings", true,
        "nguyên nhân", "nguyên nhân khiến", "nguyên nhân để", "lý do", "lý do khiến", "lí do", "lí do khiến");

    /// <summary>Words after a counted group that point back to people already named: <c>2 cá nhân trên</c>, <c>3 đồng chí nói trên</c>.</summary>
    private static readonly PhraseTable<bool> BackReferences = PhraseTableBuilder.Of("discipline-back-references", true,
        "trên", "nói trên", "này", "kể trên", "vừa nêu");

    /// <summary>
    /// How many tokens a word pointing back takes at <paramref name="at"/> (0 when none): it closes the phrase, so "2 đảng viên
    /// trên địa bàn" points nowhere.
    /// </summary>
    private static int BackReferenceAt(ReadOnlySpan<Token> tokens, int at) =>
        BackReferences.TryMatch(tokens, at, out _, out int length) &&
        (at + length >= tokens.Length || tokens[at + length].Kind == TokenKind.Punctuation || tokens[at + length].Key is "vì" or "do" or "bằng" or "về" or "và")
            ? length
            : 0;

    /// <summary>
    /// True when the decision at <paramref name="from"/> (past "đối với" and a form) is on people named before: "cảnh cáo đối với
    /// các cán bộ này", "khiển trách đối với 2 cá nhân trên".
    /// </summary>
    private static bool PluralReferenceAfter(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int i = from; i < Math.Min(end, from + 8); i++)
        {
            if (PluralReferences.StartsAt(tokens, i) ||
                (tokens[i].Kind == TokenKind.Number && Subjects.TryMatch(tokens, i + 1, out var subject, out int noun) && subject == DisciplineSubject.Member &&
                 BackReferenceAt(tokens, i + 1 + noun) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The people a form set off after them is imposed on: <c>ông A (khiển trách)</c>, <c>Ông A, Chủ tịch UBND xã: cảnh cáo</c>,
    /// <c>ông B, Phó Giám đốc bằng hình thức khiển trách</c>. They stand between the bracket, colon or <c>bằng hình thức</c> and the
    /// nearest boundary before it (another bracket or colon, a <c>;</c>, a form or a
    /// trigger); empty when the form at <paramref name="at"/> is not set off that way.
    /// </summary>
    private static List<string> SetOffPeople(ReadOnlySpan<Token> tokens, string text, int at, int formLength, out int start)
    {
        var names = new List<string>();
        start = at;
        int next = at + formLength;
        bool bracketed = at > 0 && tokens[at - 1].Key == "(" && next < tokens.Length && tokens[next].Key == ")";
        bool afterColon = at > 0 && tokens[at - 1].Key == ":" && (next >= tokens.Length || tokens[next].Key is "." or ";" or ",");
        // "…; ông B, Phó Giám đốc Sở bằng hình thức khiển trách": the clause's person, then his form.
        int manner = MannerBefore(tokens, at);
        if (!bracketed && !afterColon && manner < 0)
        {
            return names;
        }

        start = manner >= 0 ? manner + 1 : at - 1;
        while (start > 0 && tokens[start - 1].Key is not ("(" or ")" or ":" or ";") && !Triggers.StartsAt(tokens, start - 1) && !Forms.StartsAt(tokens, start - 1))
        {
            start--;
        }

        // A trigger or a form ends where its words end: start after it.
        if (start > 0 && (Triggers.TryMatch(tokens, start - 1, out _, out int length) || Forms.TryMatch(tokens, start - 1, out _, out length)))
        {
            start += length - 1;
        }

        ReadNames(tokens, text, start, manner >= 0 ? manner : at - 1, names, acrossClauses: false, anywhere: true);
        return names;
    }

    /// <summary>
    /// Where the manner written right before the form at <paramref name="at"/> starts (<c>bằng hình thức</c>, <c>với hình thức kỷ
    /// luật</c>), or -1.
    /// </summary>
    private static int MannerBefore(ReadOnlySpan<Token> tokens, int at)
    {
        int k = at >= 2 && Triggers.TryMatch(tokens, at - 2, out _, out int length) && length == 2 ? at - 2 : at;
        return k >= 3 && tokens[k - 3].Key is "bằng" or "với" && TokenPatterns.At(tokens, k - 2, "hình", "thức") ? k - 3 : -1;
    }

    /// <summary>
    /// Where the people of a sentence may be read from: after its last trigger (<c>… quyết định thi hành kỷ luật ông A … và ông B</c>),
    /// since a name reader stops at a trigger it meets before any name; the sentence's start when it has none (<c>Đó là ông A …</c>).
    /// </summary>
    private static int AfterLastTrigger(ReadOnlySpan<Token> tokens)
    {
        int after = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (Triggers.TryMatch(tokens, k, out _, out int length))
            {
                after = k + length;
                k = after - 1;
            }
        }

        return after;
    }

    /// <summary>Nouns for people that a count or a demonstrative turns into a reference back: <c>hai ông</c>, <c>ba đồng chí</c>.</summary>
    private static readonly PhraseTable<bool> PeopleNouns = PhraseTableBuilder.Of("discipline-people-nouns", true,
        "ông", "bà", "đồng chí", "cán bộ", "đảng viên", "người", "cá nhân", "trường hợp");

    /// <summary>
    /// True when the passive before the decision at <paramref name="at"/> has for its subject people counted but not named
    /// (<c>Hai ông lần lượt bị kỷ luật …</c>, <c>Cả ba đồng chí đều bị khiển trách</c>) or pointed back to (<c>Những người này bị …</c>):
    /// the people are the ones named just before.
    /// </summary>
    private static bool PluralSubjectBefore(ReadOnlySpan<Token> tokens, string text, int at)
    {
        if (PassiveBefore(tokens, at) is not int passive)
        {
            return false;
        }

        for (int k = TokenPatterns.ClauseStart(tokens, passive); k < passive; k++)
        {
            if (PluralReferences.StartsAt(tokens, k))
            {
                return true;
            }

            int read = TokenPatterns.ReadCount(tokens, text, k, out int count, out _);
            if (read > 0 && count >= 2 && PeopleNouns.TryMatch(tokens, k + read, out _, out int nounLength) &&
                (k + read + nounLength >= passive || !tokens[k + read + nounLength].IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the words that introduce a colon's list of people start (<c>gồm các ông bà:</c>, <c>các đồng chí:</c>), when they
    /// end at <paramref name="colon"/>; else <paramref name="from"/>. The people a decision names may come a long aside after
    /// its form (<c>cách tất cả chức vụ trong Đảng nhiều cựu cán bộ chủ chốt của tỉnh này, gồm các ông bà: A, …</c>).
    /// </summary>
    private static int IntroducerBefore(ReadOnlySpan<Token> tokens, int from, int colon)
    {
        // "cách tất cả các chức vụ trong Đảng của ông A, gồm: Ủy viên …": a person named before the colon is the one the decision
        // is on; the colon lists what is taken from him.
        for (int k = from; k < colon; k++)
        {
            if (PersonWords.TryMatch(tokens, k, out _, out int introducer) && k + introducer < colon &&
                PersonNames.NameAt(tokens, k + introducer, introduced: true) > 0)
            {
                return from;
            }
        }

        for (int k = Math.Max(from, colon - 4); k < colon; k++)
        {
            if (PersonWords.TryMatch(tokens, k, out _, out int length) && k + length >= colon)
            {
                return k;
            }
        }

        return from;
    }

    /// <summary>
    /// 1 when a person already named in full is called by the given name alone after a lower-case "ông", "bà" or "đồng chí"
    /// (<c>khai trừ Đảng đối với ông Gương và bà Hà</c>): one capitalised syllable that ends there; else 0.
    /// </summary>
    private static int GivenNameOnly(ReadOnlySpan<Token> tokens, int introducer, int at)
    {
        // A capitalised "Bà" may start a place (Bà Rịa, Bà Chiểu); "Ông" opening the sentence is the person ("Ông Cường bị …").
        bool opens = tokens[introducer].Key == "ông" && (introducer == 0 || !tokens[introducer - 1].IsWordLike);
        if ((tokens[introducer].IsCapitalized && !opens) || tokens[introducer].Key is not ("ông" or "bà" or "đồng") || at >= tokens.Length)
        {
            return 0;
        }

        var name = tokens[at];
        // "thi hành kỷ luật bà Nhung bằng hình thức cảnh cáo": the manner of the form also ends the given name.
        // "… đối với ông Cường là do vừa bị kỷ luật khiển trách": a copula after the name ends it too.
        bool ends = at + 1 == tokens.Length || tokens[at + 1].Key is "," or ";" or "." or "và" or "(" or ")" or ":" or "là" ||
                    Forms.StartsAt(tokens, at + 1) || Triggers.StartsAt(tokens, at + 1) ||
                    TokenPatterns.At(tokens, at + 1, "bằng", "hình", "thức") || TokenPatterns.At(tokens, at + 1, "với", "hình", "thức") ||
                    TokenPatterns.At(tokens, at + 1, "ở", "mức") ||
                    // "ông Phúc và ông Bình bị cảnh cáo, bà Mai nhận mức khiển trách": a passive after the name ends it too.
                    PassiveLead.Contains(tokens[at + 1].Key) || ReceivedAt(tokens, at + 1);
        return name.Kind == TokenKind.Word && name.IsCapitalized && !name.IsAllCaps && ends && !Officials.UnitLevels.StartsAt(tokens, at) ? 1 : 0;
    }

    /// <summary>
    /// The people a sentence opens with after <c>(Riêng, Còn) đối với</c>, when the form at <paramref name="form"/> is the
    /// sentence's first: <c>Đối với ông A, Giám đốc Sở Y tế, Ban chấp hành Đảng bộ tỉnh nhất trí hình thức kỷ luật cách chức</c>.
    /// </summary>
    private static List<string>? FrontedPeople(ReadOnlySpan<Token> tokens, string text, int form) =>
        FrontedAt(tokens, form) is int k ? FrontedPeople(tokens, text, k, form, out _) : null;

    /// <summary>
    /// The people named from <paramref name="at"/> (after a fronted <c>đối với</c>) before the form at <paramref name="form"/>, and
    /// where they end. Someone named by a post alone (<c>đối với Phó Chủ tịch UBND huyện A: …</c>, whose name a place reader may
    /// take for the district's) is one person, known by that post.
    /// </summary>
    private static List<string> FrontedPeople(ReadOnlySpan<Token> tokens, string text, int at, int form, out int end)
    {
        var names = new List<string>();
        end = ReadNames(tokens, text, at, form, names);
        int post = at + Former(tokens, at, form);
        if (names.Count == 0 && Officials.Positions.StartsAt(tokens, post))
        {
            end = post + 1;
            while (end < form && tokens[end].Key is not ("," or ";" or ":" or "(" or "và") && !Triggers.StartsAt(tokens, end))
            {
                end++;
            }

            names.Add(Text.VietnameseOrthography.Key(text.AsSpan(tokens[at].Span.Start, tokens[end - 1].Span.End - tokens[at].Span.Start)));
        }

        return names;
    }

    /// <summary>
    /// The party body deciding on what a clause opening with <c>đối với</c> names (<c>Đối với ông A, Giám đốc Sở Y tế, Ban chấp
    /// hành Đảng bộ tỉnh nhất trí …</c>): named after the people, or before the <c>đối với</c>; never one in the people's titles
    /// (<c>…; đối với Chủ tịch UBND huyện B: kỷ luật cách chức …</c>).
    /// </summary>
    private static NamedBody? FrontedDecider(ReadOnlySpan<Token> tokens, string text, int fronted, int trigger)
    {
        FrontedPeople(tokens, text, fronted, trigger, out int peopleEnd);
        return Bodies.DeciderBefore(tokens, text, Math.Min(peopleEnd, trigger), trigger, strict: false) ??
               Bodies.DeciderBefore(tokens, text, 0, fronted - 2, strict: false);
    }

    /// <summary>
    /// The party bodies a clause opens with after <c>đối với</c>, when the form at <paramref name="form"/> follows them: <c>đối với
    /// tập thể Ban Thường vụ Huyện ủy A: kỷ luật cảnh cáo</c>; null when the clause opens with none.
    /// </summary>
    private static List<string>? FrontedBodies(ReadOnlySpan<Token> tokens, string text, int form)
    {
        if (FrontedAt(tokens, form) is not int k)
        {
            return null;
        }

        k += TokenPatterns.At(tokens, k, "tập", "thể") ? 2 : 0;
        var keys = new List<string>();
        // "Đối với Đảng ủy A nhiệm kỳ 2020-2025, UBKT Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức cảnh cáo": the deciding
        // body and its verb stand between the bodies and the form; the bodies end at the comma, and fill the clause up to it.
        if (DeciderClauseBefore(tokens, k, form) is int comma)
        {
            return ReadBodies(tokens, text, k, comma, keys) == comma && keys.Count > 0 ? keys : null;
        }

        int read = ReadBodies(tokens, text, k, form, keys);
        // Only a colon and the trigger stand between the bodies and the form.
        for (int m = read; m < form; m++)
        {
            if (Triggers.TryMatch(tokens, m, out _, out int length))
            {
                m += length - 1;
            }
            else if (tokens[m].Key != ":")
            {
                return null;
            }
        }

        return keys.Count > 0 ? keys : null;
    }

    /// <summary>
    /// The comma before a deciding body and its decision that close a fronted clause (<c>đối với Đảng ủy A, UBKT Tỉnh ủy quyết
    /// định thi hành kỷ luật bằng hình thức …</c>): the last comma between <paramref name="from"/> and the form at
    /// <paramref name="form"/>, when a party body follows it and the discipline is decided (a trigger or <c>quyết định</c>) after
    /// that body; null otherwise.
    /// </summary>
    private static int? DeciderClauseBefore(ReadOnlySpan<Token> tokens, int from, int form)
    {
        int comma = -1;
        for (int m = form - 1; m > from; m--)
        {
            if (tokens[m].Key == ",")
            {
                comma = m;
                break;
            }
        }

        if (comma < 0 || !BodyAt(tokens, comma + 1, form))
        {
            return null;
        }

        for (int m = comma + 2; m < form; m++)
        {
            if (Triggers.StartsAt(tokens, m) || TokenPatterns.At(tokens, m, "quyết", "định"))
            {
                return comma;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the people or bodies start when the sentence, or its clause after a <c>;</c>, opens with <c>(Riêng, Còn, Cụ thể,)
    /// đối với</c> and the form at <paramref name="form"/> is the clause's first: <c>Đối với ông A, Giám đốc Sở Y tế, Ban chấp
    /// hành Đảng bộ tỉnh nhất trí hình thức kỷ luật cách chức</c>, <c>…; đối với Bí thư Huyện ủy B: kỷ luật cảnh cáo; …</c>.
    /// </summary>
    private static int? FrontedAt(ReadOnlySpan<Token> tokens, int form)
    {
        int k = 0;
        for (int m = form - 1; m >= 0; m--)
        {
            if (tokens[m].Key == ";")
            {
                k = m + 1;
                break;
            }
        }

        k += k < tokens.Length && tokens[k].Key is "riêng" or "còn" ? 1 : 0;
        k += TokenPatterns.At(tokens, k, "cụ", "thể") && k + 2 < tokens.Length && tokens[k + 2].Key == "," ? 3 : 0;
        return TokenPatterns.At(tokens, k, "đối", "với") && Forms.Find(tokens, k + 2, form, out _, out _) < 0 ? k + 2 : null;
    }

    /// <summary>Names that are not people: places and things named after a person.</summary>
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal) { "hồ chí minh" };

    /// <summary>
    /// Reads the people a decision names into <paramref name="names"/> (their keys), up to the next form or <c>;</c>:
    /// "đối với ông A, nguyên Chủ tịch UBND xã, và ông B", "các ông: A, B, C", "nguyên Bí thư Tỉnh ủy B Nguyễn Văn C",
    /// "Các phó trưởng ban Trần Văn D, Phạm Văn E". Returns where the names end.
    /// </summary>
    private static int ReadNames(ReadOnlySpan<Token> tokens, string text, int from, int end, List<string> names, bool acrossClauses = false, bool anywhere = false)
    {
        int readTo = from;
        bool listing = false;
        bool commaSeen = false;
        // "các ông: A, Phó Giám đốc Sở X; B, Trưởng phòng Y": a list opened by a colon goes on across ";" while names follow.
        bool colonList = false;
        // A person was introduced ("đồng chí A, …"): another introduced after ";" under no form of its own is listed with him.
        bool introduced = false;
        // "các đồng chí A, Bí thư …; B, Phó Bí thư … và C, …": a plural introducer's list goes on across ";" too, while
        // the clause after it names a person and imposes no form of its own.
        bool pluralList = false;
        // The first person was written post first, right after the form: the next ones after a comma may be too.
        bool postFirst = false;
        // The first name stands near the start, unless the people are sought anywhere before a passive "bị".
        int limit = anywhere ? end : from + 12;
        // "cách chức Bí thư chi bộ phòng … nhiệm kỳ 2015-2020 đối với ông A": a long post before "đối với" in the same clause.
        for (int k = from; k + 1 < end && k < from + 4 * PostReach; k++)
        {
            if (tokens[k].Key == ";" || (k > from && Forms.StartsAt(tokens, k)))
            {
                break;
            }

            if (PeopleAfter(tokens, k))
            {
                limit = Math.Max(limit, k + 8);
                break;
            }
        }

        for (int i = from; i < end; i++)
        {
            // "đối với đảng viên A (sinh hoạt tại Chi bộ 4A, …; nguyên Phó Chánh Văn phòng) và đảng viên B (…)": what a bracket after a
            // name says of the person, ";" and all, ends nothing.
            if (tokens[i].Key == "(" && names.Count > 0 && TokenPatterns.IndexOf(tokens, i, end, ")") is int close and > 0 &&
                TokenPatterns.IndexOf(tokens, i + 1, close, "(") < 0)
            {
                i = close;
                readTo = Math.Max(readTo, close + 1);
                continue;
            }

            // "cảnh cáo đối với ông A, nguyên Bí thư Huyện ủy; B, Phó Chủ tịch UBND huyện; khiển trách ông C": after ";" a full name
            // with no introducer of its own, set off by its post and with no form of its own, is listed with the introduced one.
            bool bareListed = introduced && BareListedAfter(tokens, i, end);
            bool listGoesOn = tokens[i].Key == ";" && i + 1 < end && !Forms.StartsAt(tokens, i + 1) &&
                              ((colonList && (PersonNames.NameAt(tokens, i + 1, introduced: true) > 0 || NameEndingItem(tokens, i + 1, end) is not null)) ||
                               (pluralList && PersonNames.NameAt(tokens, i + 1, introduced: true) > 0 && NoFormInClause(tokens, i + 1, nextDecisionAfterAnd: true)) ||
                               (introduced && IntroducedUnderSameForm(tokens, i + 1)) || bareListed);
            bool clauseEnds = tokens[i].Key == ";" && !acrossClauses && !listGoesOn;
            // Another decision or a proposal ends the list: "khiển trách ông A … và đề nghị Ban Thường vụ … thi hành kỷ luật ông B"; so
            // does a lesser measure for the next person ("… và rút kinh nghiệm đối với ông B", "và nhắc nhở ông C").
            if (i > from && names.Count > 0 && (clauseEnds || Forms.StartsAt(tokens, i) ||
                TokenPatterns.At(tokens, i, "đề", "nghị") || TokenPatterns.At(tokens, i, "kiến", "nghị") ||
                (tokens[i - 1].Key == "và" && OtherMeasures.StartsAt(tokens, i))))
            {
                break;
            }

            if (listGoesOn)
            {
                listing = true;
                limit = Math.Max(limit, i + 12);
            }

            // A form's people stand in its clause: "… bằng hình thức cảnh cáo; thi hành kỷ luật ông B …" names B for the next one.
            if (names.Count == 0 && ((i > from && (Forms.StartsAt(tokens, i) || Triggers.StartsAt(tokens, i))) || clauseEnds))
            {
                break;
            }

            // "cách chức Bí thư chi bộ … nhiệm kỳ 2015-2020 đối với ông A": the people come after a long post.
            if (PeopleAfter(tokens, i))
            {
                limit = Math.Max(limit, i + 8);
            }

            if (names.Count == 0 && i >= limit)
            {
                break;
            }

            // "đối với ông A, Chủ tịch UBND tỉnh, và 2 cán bộ khác", "A và bảy đảng viên": the unnamed others share the form.
            if (names.Count > 0 && OthersAfterNames(tokens, text, i, end, out int others, out int othersEnd))
            {
                for (int k = 0; k < others; k++)
                {
                    // Keyed by where they are written: the others of two sentences are not the same people.
                    names.Add($"#{tokens[i].Span.Start}:others:{k}");
                }

                i = othersEnd - 1;
                readTo = othersEnd;
                continue;
            }

            // "các cá nhân còn lại bị kỷ luật cảnh cáo, gồm: Chủ tịch UBND xã A, Hạt trưởng và 2 Phó Hạt trưởng Hạt Kiểm lâm B, 2 kiểm
            // lâm viên …": people counted by their posts, one a post unless a count stands before it.
            if (names.Count == 0 && i >= 2 && tokens[i - 1].Key == ":" && tokens[i - 2].Key == "gồm" && NameEndingItem(tokens, i, end) is null &&
                PostsCounted(tokens, i, end, out int postsEnd) is int people and >= 2)
            {
                for (int k = 0; k < people; k++)
                {
                    names.Add($"#{tokens[i].Span.Start}:posts:{k}");
                }

                readTo = postsEnd;
                break;
            }

            // "cách chức Ủy viên Ban Thường vụ Đảng ủy Tổng cục … với một Phó Tổng cục trưởng": one person named by a post alone.
            if (names.Count == 0 && i > 0 && tokens[i - 1].Key == "với" && OnePostAt(tokens, i))
            {
                names.Add($"#{tokens[i].Span.Start}:post");
                readTo = i + 2;
                break;
            }

            int length;
            int at = i;
            if (PersonWords.TryMatch(tokens, i, out _, out int introLength))
            {
                at = i + introLength;
                while (at < end && tokens[at].Key == ":")
                {
                    at++;
                    colonList |= tokens[i].Key == "các";
                }

                colonList |= tokens[i].Key == "gồm";

                listing = true;
                length = PersonNames.NameAt(tokens, at, introduced: true);
                if (length == 0 && at == i + introLength)
                {
                    length = GivenNameOnly(tokens, i, at);
                }

                // "khai trừ đảng đối với ông Bùi Văn Đạt và chị L.T.T.": a person the news names by initials.
                if (length == 0 && at == i + introLength && PersonNames.InitialsAt(tokens, text, at))
                {
                    length = 1;
                }

                if (length == 0 && colonList && NameEndingItem(tokens, at, end) is (int titled, int titledLength))
                {
                    // "các đồng chí: Phó Giám đốc Sở Y tế Trần Thanh Thủy; Giám đốc Bệnh viện B Lê Đức Nhân; …": each item is a post, then
                    // the name.
                    (at, length) = (titled, titledLength);
                }

                introduced |= length > 0;
                pluralList |= length > 0 && tokens[i].Key == "các";
            }
            else if (introduced && i > from && BareListedAfter(tokens, i - 1, end))
            {
                length = BareName(tokens, i);
            }
            else if (listing && i > 0 && (tokens[i - 1].Key is "," or "và" or ":" || ((colonList || pluralList) && tokens[i - 1].Key == ";")))
            {
                length = PersonNames.NameAt(tokens, i, introduced: true);
                // "… đối với Chủ tịch UBND huyện A và Phó Chủ tịch B": after "và" the next person may be written post first too.
                // So does it after a comma when the first was written so ("cảnh cáo nguyên Chủ tịch tỉnh A Trần Văn B, nguyên Chủ tịch
                // tỉnh C Lê Văn D và …").
                if ((colonList && tokens[i - 1].Key == ";" || length == 0 && names.Count > 0 && (tokens[i - 1].Key == "và" || (postFirst && tokens[i - 1].Key == ","))) &&
                    NameEndingItem(tokens, i, end) is (int titled, int titledLength))
                {
                    // "…; Giám đốc Bệnh viện B Lê Đức Nhân; …": the next item of a list written post first.
                    (at, length) = (titled, titledLength);
                }

                // "…; B, Tổng cục trưởng Tổng cục Địa chất, Bộ Nội vụ": a body after a comma is where the last one works, not a name
                // (unless a family name opens it).
                if (length > 0 && at == i && !Officials.FamilyNames.Contains(tokens[i].Key) && Bodies.TryRead(tokens, text, i, out _))
                {
                    length = 0;
                }

                // "…, Tổng Lãnh sự Việt Nam tại Osaka, Nhật Bản; B, …": a country after a comma is where the post is, not a person.
                if (length > 0 && at == i && Officials.Countries.TryMatch(tokens, i, out _, out int country) && country == length)
                {
                    length = 0;
                }

                // In a plural list the titles after each name do not end it: "các đồng chí: A, Phó Bí thư …; B, Đảng ủy viên và C, …".
                listing = length > 0 || colonList || pluralList;
            }
            else if (names.Count == 0 && !commaSeen && TokenPatterns.OnlyBetween(tokens, from, i, "đối", "với") && !PersonWords.StartsAt(tokens, i) &&
                     NameEndingItem(tokens, i, end) is (int titledFirst, int titledFirstLength))
            {
                // "… bằng hình thức cảnh cáo Phó Chủ tịch UBND tỉnh Phạm Văn Thủy.": the person written post first, right after the form.
                (at, length) = (titledFirst, titledFirstLength);
                listing = true;
                postFirst = true;
            }
            else if ((names.Count == 0 && !commaSeen) || ListedAfter(tokens, i, acrossClauses) || (anywhere && names.Count == 0 && PostRightBefore(tokens, i)) ||
                     (anywhere && names.Count > 0 && TitledItemBefore(tokens, readTo, i)) ||
                     // "Do …, Trưởng Ban Quản lý Khu kinh tế A Nguyễn Văn B bị kỷ luật …": the full name right before the passive is its subject.
                     (anywhere && names.Count == 0 && BareName(tokens, i) is int right and > 0 && i + right == end))
            {
                // "Tháng 7/2019, hai nguyên Phó chủ tịch tỉnh A, B bị … cảnh cáo": the subject of a passive named right after a post.
                length = BareName(tokens, i);
                // "khiển trách hai Thứ trưởng Nguyễn Ngọc Đông, Nguyễn Nhật và ông C": after a full name, a comma and a two-syllable name
                // closed by the list's joint (not a place, not a title) is the next person.
                if (length == 0 && names.Count > 0 && tokens[i - 1].Key == "," && ShortListedName(tokens, i))
                {
                    length = 2;
                }
            }
            else
            {
                length = 0;
            }

            commaSeen |= tokens[i].Key is "," or "." or ":";

            if (length == 0)
            {
                continue;
            }

            // "… Nguyễn Văn Thiện Nguyên Bí thư Tỉnh ủy …": a capitalised "Nguyên" before a post starts the next title.
            if (length > 2 && Officials.FormerMarkers.StartsAt(tokens, at + length - 1) && PersonNames.StartsTitle(tokens, at + length))
            {
                length--;
            }

            var key = new System.Text.StringBuilder();
            for (int k = at; k < at + length; k++)
            {
                key.Append(k > at ? " " : "").Append(tokens[k].Key);
            }

            if (!NotPeople.Contains(key.ToString()) && !names.Contains(key.ToString()))
            {
                names.Add(key.ToString());
            }

            i = at + length - 1;
            readTo = i + 1;
        }

        return readTo;
    }

    /// <summary>
    /// The name that ends an item of a colon list written post first (<c>Phó Giám đốc Sở Y tế Trần Thanh Thủy;</c>): a full name
    /// opened by a family name, right before the item's <c>;</c> (or the list's end); null when the item does not end so.
    /// </summary>
    private static (int At, int Length)? NameEndingItem(ReadOnlySpan<Token> tokens, int from, int end)
    {
        // "nguyên Chủ tịch tỉnh A Trần Văn B": a post held before opens the item too.
        if (!PersonNames.StartsTitle(tokens, Officials.PastFormerMarker(tokens, from)))
        {
            return null;
        }

        int itemEnd = from;
        // "Phó Giám đốc Sở A Nguyễn Văn B và Trưởng phòng C Trần Văn D bị …": a name before "và" ends the first item.
        while (itemEnd < end && itemEnd - from < 24 && tokens[itemEnd].Key is not (";" or "." or "," or "..." or "…") && !(itemEnd > from && Forms.StartsAt(tokens, itemEnd)) &&
               !(tokens[itemEnd].Key == "và" && NameEndingAt(tokens, from, itemEnd) is not null))
        {
            itemEnd++;
        }

        return NameEndingAt(tokens, from, itemEnd);
    }

    /// <summary>A full name opened by a capitalised family name that ends right before <paramref name="itemEnd"/>, after <paramref name="from"/>.</summary>
    private static (int At, int Length)? NameEndingAt(ReadOnlySpan<Token> tokens, int from, int itemEnd)
    {
        for (int length = 4; length >= 2; length--)
        {
            int at = itemEnd - length;
            // Not a place after its unit's level ("Bí thư Đảng ủy xã Sơn Lộc"): the post's unit, not its holder.
            if (at > from && Officials.FamilyNames.Contains(tokens[at].Key) && tokens[at].IsCapitalized &&
                PersonNames.NameAt(tokens, at, introduced: true) == length && !PersonNames.UnitNameAfterLevel(tokens, at, length))
            {
                return (at, length);
            }
        }

        return null;
    }

    /// <summary>
    /// True at a <c>;</c> followed by a full name with no introducer, set off by its post (<c>; B, Phó Chủ tịch UBND huyện</c>),
    /// in a clause with no form of its own: the name goes on the list of the introduced person before it.
    /// </summary>
    private static bool BareListedAfter(ReadOnlySpan<Token> tokens, int at, int end) =>
        tokens[at].Key == ";" && at + 1 < end && BareName(tokens, at + 1) is int bare and > 0 && at + 1 + bare < end &&
        tokens[at + 1 + bare].Key == "," && NoFormInClause(tokens, at + 1);

    /// <summary>The kinds of person counted after the named ones: <c>và 2 cán bộ khác</c>, <c>và bảy đảng viên</c>.</summary>
    private static readonly PhraseTable<bool> OtherPeople = PhraseTableBuilder.Of("discipline-other-people", true,
        "cán bộ", "đảng viên", "lãnh đạo", "trường hợp", "đồng chí", "cá nhân", "công chức", "viên chức", "sĩ quan", "sỹ quan", "chiến sĩ", "chiến sỹ", "người khác",
        // "khai trừ Đảng đối với viện trưởng A và 13 thuộc cấp": the head's subordinates.
        "thuộc cấp", "cấp dưới");

    /// <summary>
    /// True at <c>và</c> followed by a count of unnamed people (<c>và 2 cán bộ khác</c>, <c>và bảy đảng viên</c>): how many,
    /// and where the phrase's head ends. A count of bodies or anything else is not people.
    /// </summary>
    private static bool OthersAfterNames(ReadOnlySpan<Token> tokens, string text, int at, int end, out int count, out int phraseEnd)
    {
        count = 0;
        phraseEnd = at;
        if (tokens[at].Key != "và")
        {
            return false;
        }

        int read = TokenPatterns.ReadCount(tokens, text, at + 1, out count, out int? of);
        if (read == 0 || of is not null || count is <= 0 or > 50 || at + 1 + read >= end ||
            !OtherPeople.TryMatch(tokens, at + 1 + read, out _, out int nounLength))
        {
            count = 0;
            return false;
        }

        phraseEnd = at + 1 + read + nounLength;
        if (phraseEnd < end && tokens[phraseEnd].Key == "khác")
        {
            phraseEnd++;
        }

        // "… và 2 đảng viên khác bị khiển trách": the others have a form of their own.
        int next = phraseEnd;
        while (next < end && PassiveAuxiliaries.Contains(tokens[next].Key))
        {
            next++;
        }

        if (next < end && tokens[next].Key == "bị")
        {
            count = 0;
            return false;
        }

        return true;
    }

    /// <summary>
    /// True at the word that brings in the people of a decision after a long post: <c>đối với</c>, or a bare <c>với</c> before
    /// a person (<c>cách chức Bí thư Thành ủy A, cho thôi chức Ủy viên Trung ương Đảng với ông B</c>).
    /// </summary>
    private static bool PeopleAfter(ReadOnlySpan<Token> tokens, int at) =>
        TokenPatterns.At(tokens, at, "đối", "với") ||
        (tokens[at].Key == "với" && (at == 0 || tokens[at - 1].Key != "đối") && (PersonWords.StartsAt(tokens, at + 1) || OnePostAt(tokens, at + 1)));

    /// <summary>
    /// How many people a list of posts counts from <paramref name="at"/> (<c>Chủ tịch UBND xã A, Hạt trưởng và 2 Phó Hạt trưởng Hạt
    /// Kiểm lâm B, 2 kiểm lâm viên …</c>): one for an item that opens with a post, the count for one that opens with a number;
    /// <paramref name="listEnd"/> is where the items read end. Null when the first item is neither.
    /// </summary>
    private static int? PostsCounted(ReadOnlySpan<Token> tokens, int at, int end, out int listEnd)
    {
        listEnd = at;
        int people = 0;
        for (int k = at; k < end;)
        {
            if (tokens[k].Kind == TokenKind.Number && int.TryParse(tokens[k].Key, out int count) && count is > 0 and <= 100 &&
                k + 1 < end && tokens[k + 1].Kind == TokenKind.Word)
            {
                people += count;
            }
            else if (tokens[k].IsCapitalized && Officials.Positions.StartsAt(tokens, k))
            {
                people++;
            }
            else
            {
                break;
            }

            // The item runs to the next "," or "và" (a body's name holds neither).
            int next = k + 1;
            while (next < end && tokens[next].Key is not ("," or "và" or ";" or "." or "(" or ":"))
            {
                next++;
            }

            listEnd = next;
            if (next >= end || tokens[next].Key is not ("," or "và"))
            {
                break;
            }

            k = next + 1;
        }

        return people > 0 ? people : null;
    }

    /// <summary>One person written as "một" (or 1) and a post: <c>một Phó Tổng cục trưởng</c>, <c>01 Phó Chủ tịch UBND xã</c>.</summary>
    private static bool OnePostAt(ReadOnlySpan<Token> tokens, int at) =>
        at + 1 < tokens.Length && (tokens[at].Key == "một" || (tokens[at].Kind == TokenKind.Number && tokens[at].Key is "1" or "01")) &&
        tokens[at + 1].IsCapitalized && Officials.Positions.StartsAt(tokens, at + 1);

    /// <summary>
    /// True when the clause at <paramref name="at"/> (after a ";") names one more person, introduced ("đồng chí B, …", "ông B, …"),
    /// and imposes no form of its own, so that the form before the ";" is his too: <c>cảnh cáo đối với đồng chí A, Chủ tịch UBND
    /// xã; đồng chí B, Phó Chủ tịch UBND xã</c>. A clause with a form (<c>; ông B bị khiển trách</c>) is its own; one that goes
    /// on to another decision after <c>và</c> is not.
    /// </summary>
    private static bool IntroducedUnderSameForm(ReadOnlySpan<Token> tokens, int at) =>
        PersonWords.TryMatch(tokens, at, out _, out int introLength) && PersonNames.NameAt(tokens, at + introLength, introduced: true) > 0 &&
        NoFormInClause(tokens, at, nextDecisionAfterAnd: true);

    /// <summary>
    /// True when the clause from <paramref name="at"/> to the next ";" holds no form and no trigger of its own. With
    /// <paramref name="nextDecisionAfterAnd"/>, a form after "và" or "đồng thời" ("…; ông B, nguyên Phó Chủ tịch UBND TP và cảnh
    /// cáo Đảng ủy Sở Y tế", "…; ông B, Phó Giám đốc, đồng thời khai trừ ông C") is the next decision, on someone else, and not the
    /// clause's own.
    /// </summary>
    private static bool NoFormInClause(ReadOnlySpan<Token> tokens, int at, bool nextDecisionAfterAnd = false)
    {
        for (int k = at; k < tokens.Length && tokens[k].Key != ";"; k++)
        {
            if ((Forms.StartsAt(tokens, k) || Triggers.StartsAt(tokens, k)) &&
                !(nextDecisionAfterAnd && k > 0 && (tokens[k - 1].Key == "và" || TokenPatterns.At(tokens, k - 2, "đồng", "thời"))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name that continues a list: after "," or "và" (or ";" in a list across clauses), maybe with a role between ("và chi ủy viên A").</summary>
    private static bool ListedAfter(ReadOnlySpan<Token> tokens, int i, bool semicolons)
    {
        for (int k = i - 1; k >= Math.Max(0, i - 5); k--)
        {
            // "Các ông A, Phó Giám đốc; B, Trưởng khoa … bị khiển trách": a subject's list goes on across ";".
            if (tokens[k].Key is "," or "và" || (semicolons && tokens[k].Key == ";"))
            {
                return true;
            }

            if (tokens[k].IsCapitalized || tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A two-syllable name at <paramref name="i"/> that a list joint closes (<c>,</c>, <c>và</c>, <c>;</c>, <c>.</c>): a family name and
    /// one more capitalised word, which name no province or district.
    /// </summary>
    private static bool ShortListedName(ReadOnlySpan<Token> tokens, int i) =>
        i + 2 < tokens.Length && PersonNames.NameAt(tokens, i, introduced: false) == 2 && Officials.FamilyNames.Contains(tokens[i].Key) &&
        tokens[i + 2].Key is "," or "và" or ";" or "." && !Places.Provinces.Contains($"{tokens[i].Key} {tokens[i + 1].Key}") &&
        !Gazetteer.Default.IsDistrict($"{tokens[i].Key} {tokens[i + 1].Key}");

    /// <summary>
    /// A name with no introducer: three or more capitalised syllables that start with a family name, not part of a place. After
    /// <c>tỉnh</c> such a run is still a name unless it is a province (<c>nguyên Phó chủ tịch tỉnh Đỗ Thế Nhữ</c>): wards, streets and
    /// districts are named after people (<c>huyện Trần Văn Thời</c>), provinces are not.
    /// </summary>
    private static int BareName(ReadOnlySpan<Token> tokens, int i)
    {
        if (i > 0 && ((Officials.UnitLevels.StartsAt(tokens, i - 1) && !PersonAfterProvinceWord(tokens, i)) || tokens[i - 1].IsCapitalized && tokens[i - 1].Kind == TokenKind.Word && !PersonNames.StartsTitle(tokens, i - 1) && !Officials.Positions.StartsAt(tokens, i - 1) && Officials.FamilyNames.Contains(tokens[i - 1].Key)))
        {
            return 0;
        }

        int length = PersonNames.NameAt(tokens, i, introduced: false);
        return length >= 3 ? length : 0;
    }

    /// <summary>
    /// True when the name at <paramref name="i"/> ends an item joined on after the last name read (which ended at
    /// <paramref name="lastEnd"/>) and written post first: <c>Nguyên Chủ tịch tỉnh A Vương Bình Thạnh và nguyên Chủ tịch tỉnh B Trần
    /// Văn Chuyện lần lượt bị …</c>. The passive's subjects are listed so, each after his own post.
    /// </summary>
    private static bool TitledItemBefore(ReadOnlySpan<Token> tokens, int lastEnd, int i)
    {
        if (!tokens[i].IsCapitalized || !Officials.FamilyNames.Contains(tokens[i].Key))
        {
            return false;
        }

        int join = i - 1;
        while (join >= lastEnd && i - join <= PostReach && tokens[join].Key is not ("và" or "," or ";" or "." or ":" or "("))
        {
            join--;
        }

        // Only "và": after a comma a post is the last person's own ("Ông A, Phó Giám đốc Nhà hát Cao Văn Lầu, bị …").
        if (join < lastEnd || tokens[join].Key != "và")
        {
            return false;
        }

        int post = join + 1;
        if (post < i && Officials.FormerMarkers.TryMatch(tokens, post, out _, out int former))
        {
            post += former;
        }

        return post < i && PersonNames.StartsTitle(tokens, post);
    }

    /// <summary>A post ends right before <paramref name="i"/>, or right before a bare <c>tỉnh</c> there (<c>Phó chủ tịch tỉnh</c>).</summary>
    private static bool PostRightBefore(ReadOnlySpan<Token> tokens, int i) =>
        Officials.Positions.EndsBefore(tokens, i, 4) || (i > 1 && tokens[i - 1].Key == "tỉnh" && Officials.Positions.EndsBefore(tokens, i - 1, 4));

    /// <summary>True when a full name after <c>tỉnh</c> at <paramref name="i"/> is no province's: a person's.</summary>
    private static bool PersonAfterProvinceWord(ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i - 1].Key != "tỉnh" || PersonNames.NameAt(tokens, i, introduced: false) is not (>= 3 and var length))
        {
            return false;
        }

        // The run, and the run without its last word ("tỉnh Hà Nam Ninh", a province whose name starts as a person's does).
        var keys = new string[length];
        for (int k = 0; k < length; k++)
        {
            keys[k] = tokens[i + k].Key;
        }

        return !Places.Provinces.Contains(string.Join(' ', keys)) && !Places.Provinces.Contains(string.Join(' ', keys, 0, length - 1));
    }
}

/// <summary>A form of party discipline.</summary>
internal enum DisciplineForm
{
    Reprimand,
    Warning,
    Dismissal,
    Expulsion,
    Dissolution,
}
