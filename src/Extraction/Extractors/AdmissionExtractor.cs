using Extraction.Documents;
using Extraction.Records;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>
/// New party members admitted (kết nạp đảng viên mới). Reads <c>kết nạp [được] N đảng viên
/// [mới]</c>, <c>kết nạp N/M quần chúng vào Đảng</c>, <c>kết nạp đảng viên mới: N</c>,
/// <c>N quần chúng được kết nạp</c>, <c>phát triển N đảng viên mới</c>, and breakdowns after
/// <c>trong đó</c>; tells results from targets (<c>phấn đấu</c>, <c>chỉ tiêu</c>, <c>trở lên</c>,
/// a plan for a later year) and proposals (<c>đề nghị kết nạp</c>). Candidates sent to a class,
/// members of other bodies (<c>hội viên</c>, <c>đoàn viên</c>) and totals of membership are not admissions.
/// </summary>
internal sealed class AdmissionExtractor : IExtractor
{
    private const int CountWindow = 12;

    /// <summary>How many earlier sentences of a paragraph may set a plan or a year: bounded, so a huge paragraph stays linear.</summary>
    private const int LookBack = 6;

    /// <summary>Nouns that make a count a count of new party members.</summary>
    private static readonly PhraseTable<bool> PartyNouns = PhraseTableBuilder.Of("admission-nouns", true,
        "đảng viên", "đảng viện", "quần chúng", "quần chúng ưu tú", "đồng chí", "người", "trường hợp", "quần chúng vào đảng",
        "đv", "đ/c", "đ.c");

    /// <summary>Words before a number that make it a name ("khu phố 3", "đợt 2"), not a count.</summary>
    private static readonly HashSet<string> NumberedNames = new(StringComparer.Ordinal)
    {
        "phố", "thôn", "tổ", "xóm", "ấp", "khu", "quận", "phường", "đội", "lớp", "khóa", "khoá", "đợt", "lần", "số", "chi", "bộ", "năm",
        // "nhiệm kỳ 2020-2025", "giai đoạn 2021-2025": a term's first year.
        "kỳ", "đoạn",
        // "chậm nhất đến tháng 9-2023": a date's month or day.
        "tháng", "ngày",
    };

    /// <summary>
    /// Things a number may count that are not people: rounds, periods, steps, ages (<c>theo 4 đợt</c>, <c>trong 8 tháng</c>, <c>học sinh
    /// đủ 18 tuổi</c>).
    /// </summary>
    private static readonly PhraseTable<bool> CountedThings = PhraseTableBuilder.Of("admission-counted-things", true,
        "đợt", "lần", "tháng", "năm", "ngày", "tuần", "quý", "tuổi", "buổi", "lớp", "khóa", "bước", "giai đoạn", "nhóm", "nội dung", "tiêu chí", "chi bộ", "đảng bộ");

    /// <summary>Words that open the name of a party unit or a place in a breakdown: <c>Đảng bộ Trường THPT A</c>, <c>xã Tân An</c>.</summary>
    private static readonly PhraseTable<bool> UnitHeads = PhraseTableBuilder.Of("admission-unit-heads", true,
        "đảng bộ", "chi bộ", "đảng ủy", "đảng uỷ", "xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "thành phố", "khối", "cụm");

    /// <summary>Nouns of other bodies' members: their admissions are not party admissions.</summary>
    private static readonly PhraseTable<bool> OtherMemberNouns = PhraseTableBuilder.Of("non-party-members", true,
        "hội viên", "đoàn viên", "thành viên", "đội viên", "học viên", "công đoàn viên", "xã viên", "lớp", "nước", "quốc gia");

    /// <summary>Words before the verb in the same clause that make it a plan or goal.</summary>
    private static readonly PhraseTable<bool> TargetMarkers = PhraseTableBuilder.Of("admission-target-markers", true,
        "phấn đấu", "chỉ tiêu", "mục tiêu", "kế hoạch", "dự kiến", "sẽ", "cần", "phải", "đề ra", "giao", "nghị quyết đề ra", "định hướng");

    /// <summary>Words that open a clause carrying out a plan: <c>Thực hiện Nghị quyết …</c>, <c>Triển khai kế hoạch …</c>.</summary>
    private static readonly PhraseTable<bool> CarryingOut = PhraseTableBuilder.Of("admission-carrying-out", true,
        "thực hiện", "triển khai", "quán triệt", "để thực hiện");

    /// <summary>Words in earlier sentences of the paragraph that open a plan for the coming year.</summary>
    private static readonly PhraseTable<bool> PlanOpeners = PhraseTableBuilder.Of("plan-openers", true,
        "phương hướng", "phấn đấu", "mục tiêu", "nhiệm vụ trọng tâm năm", "nhiệm vụ năm", "kế hoạch năm", "chỉ tiêu năm");

    /// <summary>Words of a class or course: the people it is held for (<c>cho 86 đảng viên mới được kết nạp</c>) are learners, not admissions.</summary>
    private static readonly PhraseTable<bool> TrainingWords = PhraseTableBuilder.Of("admission-training-words", true,
        "lớp", "bồi dưỡng", "tập huấn", "đào tạo", "học tập", "cảm tình");

    /// <summary>Words before the count that make it a total over a term or several years.</summary>
    private static readonly PhraseTable<bool> TermWords = PhraseTableBuilder.Of("admission-term-words", true,
        "nhiệm kỳ", "cả nhiệm kỳ", "giai đoạn", "5 năm", "năm năm", "5 năm qua", "những năm qua", "các năm", "từ năm");

    /// <summary>Words just before the verb that make it a proposal.</summary>
    private static readonly PhraseTable<bool> ProposalMarkers = PhraseTableBuilder.Of("admission-proposal-markers", true,
        "đề nghị", "xét đề nghị", "đề xuất", "trình", "chuẩn y");

    public string Name => "admissions";

    /// <summary>
    /// Every record is read from a verb of admission (<see cref="VerbAt"/>): <c>kết nạp</c>, <c>đứng vào hàng ngũ của Đảng</c>,
    /// <c>phát triển … đảng viên</c>, each holding one of these syllables.
    /// </summary>
    public TriggerKeys RequiredKeys { get; } = new(["nạp", "ngũ", "triển"]);

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var sentences = document.Sentences;
        var facts = new Dictionary<string, List<(int Index, YearSource Source)>>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Length; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentences[s]);
            var seen = new HashSet<int>();
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                int verbLength = VerbAt(tokens, i);
                if (verbLength == 0 || CandidatePool(tokens, i))
                {
                    continue;
                }

                if (!TryReadCount(tokens, document.Text, i, verbLength, out var found))
                {
                    // "Một số đảng bộ có số đảng viên mới được kết nạp cao so với chỉ tiêu là Thanh Hải 11/15, Đồng Cốc 8/7": units named
                    // bare, each with its admitted count over its plan.
                    // "Một số đảng bộ kết nạp được nhiều đảng viên mới là: Trường A (12 đảng viên), Bệnh viện B (6 đảng viên); xã C,
                    // phường D (mỗi nơi 4 đảng viên)": units, each with its count in brackets.
                    int opener = ListOpener(tokens, i + verbLength);
                    var parts = PlacesWithCounts(tokens, document.Text, opener);
                    if (parts.Count == 0)
                    {
                        parts = UnitsWithBracketedCounts(tokens, document.Text, opener);
                    }

                    int shared = -1;
                    foreach (var part in parts)
                    {
                        // Units sharing one bracket ("mỗi nơi 4 đảng viên") share its count's place too.
                        if (seen.Add(part.CountIndex) || part.CountIndex == shared)
                        {
                            AddAdmissions(context, facts, seen, s, tokens, i, verbLength, part);
                        }

                        shared = part.CountIndex;
                    }
                }
                else if (SlashedTotal(tokens, document.Text, found) is Found slashed)
                {
                    // Read with this verb, so the unit before it is the record's.
                    seen.Add(found.CountIndex);
                    if (seen.Add(slashed.CountIndex))
                    {
                        AddAdmissions(context, facts, seen, s, tokens, i, verbLength, slashed);
                    }
                }
                else if (PerUnitQuota(tokens, i, found.CountIndex))
                {
                    seen.Add(found.CountIndex);
                }
                else
                {
                    // "riêng khối doanh nghiệp có 31/30 đảng viên (14 đảng viên được kết nạp tại công ty A, 17 tại công ty B)": the parts in
                    // brackets add up to the count before them, which is the record.
                    if (BracketedParts(tokens, document.Text, found.CountIndex, seen) is Found whole)
                    {
                        found = whole;
                    }

                    if (seen.Add(found.CountIndex))
                    {
                        AddAdmissions(context, facts, seen, s, tokens, i, verbLength, found);
                        foreach (var more in CoordinatedCounts(tokens, document.Text, found).Concat(ElidedCounts(tokens, document.Text, found)))
                        {
                            if (seen.Add(more.CountIndex))
                            {
                                AddAdmissions(context, facts, seen, s, tokens, i, verbLength, more);
                            }
                        }
                    }
                }
            }
        }

        AttachProvenTargets(context.Admissions, document);
        AttachPlansToResults(context.Admissions, document);
        DropPartsOfTotalsToldBefore(context.Admissions, document);
        ReadHeadline(context);
    }

    /// <summary>The sentence index the headline is read under: it is none of the document's sentences.</summary>
    private const int HeadlineIndex = -1;

    /// <summary>
    /// The headline may tell a count the body does not (<c>Kết nạp 7 đảng viên là học sinh</c> over two schools' 4 and 3, <c>14 tân binh
    /// đứng vào hàng ngũ của Đảng</c> over a body that never counts them). It is read last, and a count no record has yet is added,
    /// its evidence the headline (empty offsets, as it is not part of the cleaned text); a headline restating the body adds nothing,
    /// also when it rounds the body's figure (<c>phấn đấu kết nạp trên 2.800 đảng viên</c> over 2.814: within 5 %) or bounds it
    /// (<c>trên 200</c> over 230, <c>gần 500</c> over 468: within a quarter).
    /// </summary>
    private static void ReadHeadline(ExtractionContext context)
    {
        var document = context.Document;
        if (document.Cleaned.Title is not string headline)
        {
            return;
        }

        var tokens = document.TitleTokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            int verbLength = VerbAt(tokens, i);
            if (verbLength == 0 || CandidatePool(tokens, i) || !TryReadCount(tokens, headline, i, verbLength, out var found) ||
                PerUnitQuota(tokens, i, found.CountIndex))
            {
                continue;
            }

            // A headline rounds the body's figure: within 5 %, or within a fifth when written in thousands ("kết nạp hơn 1 ngàn đảng
            // viên" over the body's 1.054).
            bool thousands = tokens[found.CountIndex].Kind == TokenKind.Number && TokenPatterns.ReadCount(tokens, headline, found.CountIndex, out _, out _) == 2;
            if (context.Admissions.Exists(a => Math.Abs(a.Count - found.Count) * (thousands ? 5 : 20) <= found.Count))
            {
                continue;
            }

            // "phấn đấu kết nạp trên 200 đảng viên mới" over the body's "từ 230 đảng viên mới trở lên", "gần 500" over 468: a bound the
            // body's figure keeps, within a quarter, is the same figure.
            string before = found.CountIndex > 0 ? tokens[found.CountIndex - 1].Key : "";
            if (before is "trên" or "hơn" && context.Admissions.Exists(a => a.Count >= found.Count && a.Count * 4 <= found.Count * 5) ||
                before == "gần" && context.Admissions.Exists(a => a.Count <= found.Count && a.Count * 4 >= found.Count * 3))
            {
                continue;
            }

            int? stated = ResultYearBefore(tokens, found.CountIndex) ?? ResultYearAfter(tokens, Math.Max(found.NounEnd, i + 1));
            int headlineClause = TokenPatterns.ClauseStart(tokens, i);
            var status = StatusOf(context, HeadlineIndex, tokens, headline, headlineClause, i, found, percent: null, stated, ResultAfterPlan(tokens, headlineClause, i));
            context.Admissions.Add(new Admission
            {
                Count = found.Count,
                Status = status,
                Organization = OrganizationOf(context, tokens, headline, i, found),
                Year = stated ?? (status == AdmissionStatus.Target && context.Period is int p ? p + 1 : context.Period),
                Evidence = new Evidence(headline, 0, 0),
                Confidence = 0.75,
            });
        }
    }

    /// <summary>
    /// <c>“Bình quân hằng năm phát triển 2.000 đảng viên” … kết nạp được 1.669 đảng viên, chiếm tỷ lệ 83,45%</c>: a plan whose
    /// count the achieved figure's percentage of target proves (1.669 is 83,45% of 2.000, within rounding), told a few sentences
    /// before it, is that figure's target, not a plan of its own. A plan told after the result is next year's, even when it asks
    /// for as many (<c>đạt 109% kế hoạch … Nghị quyết năm 2025 … chỉ tiêu kết nạp 120 đảng viên</c>). A plan already read as the
    /// target of a result in its own sentence and year (<c>giao chỉ tiêu kết nạp 75 …, Đảng bộ kết nạp được 125 …</c>) is dropped.
    /// A plan for another year than the result's is never its target.
    /// </summary>
    private static void AttachProvenTargets(List<Admission> admissions, ArticleDocument document)
    {
        // "giao chỉ tiêu kết nạp 75 đảng viên, Đảng bộ kết nạp được 125 đảng viên": the plan already stands as the result's target.
        admissions.RemoveAll(plan => plan.Status == AdmissionStatus.Target && admissions.Any(result =>
            result.Status == AdmissionStatus.Achieved && result.Target == plan.Count && result.Evidence.Start == plan.Evidence.Start && result.Year == plan.Year));

        for (int a = 0; a < admissions.Count; a++)
        {
            if (admissions[a] is not { Status: AdmissionStatus.Achieved, Target: null, PercentOfTarget: decimal percent and > 0 } achieved ||
                document.SentenceStartingAt(achieved.Evidence.Start) is not int at)
            {
                continue;
            }

            decimal implied = achieved.Count * 100m / percent;
            // Not a plan of another year ("Năm 2024, … phấn đấu kết nạp 230 …. Năm 2023, … kết nạp được 237, bằng 103% kế hoạch"): the
            // percentage proves last year's plan, which happened to ask for as many.
            int plan = admissions.FindIndex(t => t.Status == AdmissionStatus.Target && Math.Abs(t.Count - implied) <= Math.Max(1m, t.Count * 0.005m) &&
                !(t.Year is int planYear && achieved.Year is int resultYear && planYear != resultYear && YearWritten(document, t, planYear)) &&
                document.SentenceStartingAt(t.Evidence.Start) is int told && told <= at && at - told <= 3);
            if (plan >= 0)
            {
                admissions[a] = achieved with { Target = admissions[plan].Count };
                admissions.RemoveAt(plan);
                a = plan < a ? a - 1 : a;
            }
        }
    }

    /// <summary>Whether <paramref name="year"/> is written in the sentence of <paramref name="admission"/>, not inferred for it.</summary>
    private static bool YearWritten(ArticleDocument document, Admission admission, int year)
    {
        if (document.SentenceStartingAt(admission.Evidence.Start) is not int at)
        {
            return false;
        }

        foreach (var token in document.TokensOf(document.Sentences[at]))
        {
            if (TokenPatterns.Year(token) == year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Trong số đảng viên mới kết nạp nói trên, có 21 đảng viên được kết nạp trong doanh nghiệp tư nhân": a sentence that opens on
    /// the members admitted just told and picks some out by where they were admitted is a share of that total, not another
    /// admission (a part named as a unit of its own stays a record).
    /// </summary>
    private static void DropPartsOfTotalsToldBefore(List<Admission> admissions, ArticleDocument document)
    {
        admissions.RemoveAll(part =>
        {
            if (document.SentenceStartingAt(part.Evidence.Start) is not int at || at == 0)
            {
                return false;
            }

            var tokens = document.TokensOf(document.Sentences[at]);
            int comma = TokenPatterns.IndexOf(tokens, 0, Math.Min(tokens.Length, 16), ",");
            bool refersBack = TokenPatterns.At(tokens, 0, "trong", "số") && comma > 2 &&
                              (TokenPatterns.IndexOf(tokens, 2, comma, "trên") >= 0 || TokenPatterns.IndexOf(tokens, 2, comma, "này") >= 0);
            return refersBack && admissions.Any(total => total.Status == part.Status && total.Count > part.Count && total.Organization == part.Organization &&
                document.SentenceStartingAt(total.Evidence.Start) is int told && told < at && at - told <= 2);
        });
    }

    /// <summary>
    /// A plan, then its result told as such: <c>kế hoạch năm 2016 phát triển 200 đảng viên và kết quả cuối cùng là 250 đảng viên
    /// mới được kết nạp</c>, or <c>… năm 2017 … sẽ kết nạp mới 350 đảng viên. Kết quả, ngay trong quý I, … đã kết nạp được 150 đảng
    /// viên mới</c>. The plan is the result's target, not a record of its own, and the result is the plan's year.
    /// </summary>
    private static void AttachPlansToResults(List<Admission> admissions, ArticleDocument document)
    {
        for (int a = 0; a < admissions.Count; a++)
        {
            if (admissions[a] is not { Status: AdmissionStatus.Achieved, Target: null, PercentOfTarget: null } result ||
                document.SentenceStartingAt(result.Evidence.Start) is not int at)
            {
                continue;
            }

            var tokens = document.TokensOf(document.Sentences[at]);
            bool opensWithResult = TokenPatterns.At(tokens, 0, "kết", "quả");
            bool resultInSentence = TokenPatterns.IndexOf(tokens, 1, tokens.Length, "kết") is int k and > 0 && TokenPatterns.At(tokens, k, "kết", "quả");
            int plan = admissions.FindIndex(t => t.Status == AdmissionStatus.Target && t.Organization == result.Organization &&
                document.SentenceStartingAt(t.Evidence.Start) is int told &&
                ((told == at && resultInSentence && t.Year == result.Year) || (told == at - 1 && opensWithResult)));
            if (plan >= 0 && admissions.Count(t => t.Status == AdmissionStatus.Target && t.Evidence.Start == admissions[plan].Evidence.Start) == 1)
            {
                admissions[a] = result with { Target = admissions[plan].Count, Year = admissions[plan].Year ?? result.Year };
                admissions.RemoveAt(plan);
                a = plan < a ? a - 1 : a;
            }
        }
    }

    /// <summary>
    /// Units listed after a whole part with their counts alone, the verb and the members left out: <c>Đảng bộ thành phố A chỉ
    /// tiêu phát triển 150 đảng viên mới; B 110; C 150; D 90 và …</c> → one part each (B 110, C 150, D 90). The list opens with
    /// <c>;</c> right after the first part's members and holds at least two such items; each is one to five capitalised words
    /// (maybe after a unit's word) and a plain number, ended by <c>;</c>, <c>,</c>, <c>và</c> or the sentence's end.
    /// </summary>
    private static List<Found> ElidedCounts(ReadOnlySpan<Token> tokens, string text, Found first)
    {
        var parts = new List<Found>();
        int i = first.NounEnd;
        if (i < tokens.Length && tokens[i].Key == "mới")
        {
            i++;
        }

        if (i >= tokens.Length || tokens[i].Key != ";")
        {
            return parts;
        }

        while (i < tokens.Length && tokens[i].Key is ";" or "," or "và")
        {
            int name = i + 1;
            int k = name + (UnitHeads.TryMatch(tokens, name, out _, out int headLength) ? headLength : 0);
            int words = k;
            // "Công an 12; Quân sự 29": a unit's name may write its word's second syllable in lower case.
            while (k < tokens.Length && k - words < 5 && tokens[k].IsWordLike &&
                   (tokens[k].IsCapitalized || (k > words && tokens[k - 1].IsCapitalized && tokens[k].Kind == TokenKind.Word &&
                                                tokens[k].Key is not ("và" or "có" or "là" or "được" or "đạt" or "chỉ" or "kết" or "phát"))))
            {
                k++;
            }

            // "…; Năm 2023 …": a year is no count.
            if (k == words || k >= tokens.Length || tokens[k].Kind != TokenKind.Number || TokenPatterns.Year(tokens[k]) is not null ||
                TokenPatterns.ReadCount(tokens, text, k, out int count, out int? of) is not 1 || count <= 0 || of is not null ||
                (k + 1 < tokens.Length && tokens[k + 1].Key is not (";" or "," or "và" or ".")))
            {
                break;
            }

            parts.Add(new Found(k, count, null, k + 1, name, k));
            i = k + 1;
        }

        return parts.Count >= 2 ? parts : [];
    }

    /// <summary>Where a list of parts opens after the verb: the first <c>là</c> or colon within a few words of <paramref name="from"/>, else -1.</summary>
    private static int ListOpener(ReadOnlySpan<Token> tokens, int from)
    {
        for (int k = from; k < Math.Min(tokens.Length, from + 16); k++)
        {
            if (tokens[k].Key is "là" or ":")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Where the list after <paramref name="opener"/> begins: past a colon that follows <c>là</c> (<c>là: …</c>).</summary>
    private static int PastOpener(ReadOnlySpan<Token> tokens, int opener) =>
        opener + 1 < tokens.Length && tokens[opener + 1].Key == ":" ? opener + 2 : opener + 1;

    /// <summary>Most words a unit's name in a list takes before its bracketed count.</summary>
    private const int MaxListedUnitName = 16;

    /// <summary>
    /// After the list's <paramref name="opener"/>, units each followed by the members it admitted in brackets (<c>là: Trường Đại
    /// học A (12 đảng viên), Bệnh viện B (6 đảng viên); xã C, phường D (mỗi nơi 4 đảng viên)</c>): one part each; <c>mỗi nơi</c>
    /// gives the count to every unit named before it. The bracketed count of members is what makes the words before it a unit.
    /// An item told otherwise (<c>E và F cùng kết nạp được 11 đảng viên</c>) is skipped up to the comma after its count.
    /// </summary>
    private static List<Found> UnitsWithBracketedCounts(ReadOnlySpan<Token> tokens, string text, int opener)
    {
        var parts = new List<Found>();
        int i = PastOpener(tokens, opener);
        while (opener >= 0 && i < tokens.Length && UnitStartsAt(tokens, i))
        {
            int open = -1, number = -1;
            for (int k = i + 1; k < Math.Min(tokens.Length, i + MaxListedUnitName) && open < 0 && number < 0; k++)
            {
                if (tokens[k].Key == "(")
                {
                    open = k;
                }
                else if (tokens[k].Kind == TokenKind.Number)
                {
                    number = k;
                }
                else if (!tokens[k].IsCapitalized && VerbAt(tokens, k) is int verb and > 0)
                {
                    // The item has a verb of its own ("… cùng kết nạp được 11 đảng viên"): its count follows it. A capitalised one is
                    // part of a name ("Sở Nông nghiệp và Phát triển nông thôn").
                    for (int m = k + verb; m < Math.Min(tokens.Length, k + verb + 4) && number < 0; m++)
                    {
                        number = tokens[m].Kind == TokenKind.Number ? m : -1;
                    }

                    break;
                }
                else if (tokens[k].Key is "." or ";" or ":" or ")")
                {
                    break;
                }
            }

            if (open < 0)
            {
                // "…, Cục Thuế tỉnh và Sở B cùng kết nạp được 11 đảng viên, Bệnh viện C (8 đảng viên)": on past this item.
                int comma = number < 0 ? -1 : TokenPatterns.IndexOf(tokens, number, Math.Min(tokens.Length, number + 6), ",");
                if (comma < 0)
                {
                    break;
                }

                i = comma + 1;
                continue;
            }

            int at = open + 1;
            // A text cut off right after the bracket opens ("…, Bệnh viện C (") has no count in it.
            if (at >= tokens.Length)
            {
                break;
            }

            bool each = tokens[at].Key == "mỗi" && at + 2 < tokens.Length;
            at += each ? 2 : 0;
            int read = TokenPatterns.ReadCount(tokens, text, at, out int count, out int? of);
            if (read == 0 || !PartyNouns.TryMatch(tokens, at + read, out _, out int noun) || at + read + noun >= tokens.Length || tokens[at + read + noun].Key != ")")
            {
                break;
            }

            int close = at + read + noun;
            int name = i;
            for (int k = i + 1; each && k < open; k++)
            {
                if (tokens[k].Key is "," or "và" && UnitStartsAt(tokens, k + 1))
                {
                    parts.Add(new Found(at, count, of, close, name, k));
                    name = k + 1;
                }
            }

            parts.Add(new Found(at, count, of, close, name, open));
            i = close + 1 < tokens.Length && tokens[close + 1].Key is "," or ";" or "và" ? close + 2 : tokens.Length;
        }

        return parts;
    }

    /// <summary>A unit's name starts here: a capitalised word or abbreviation, or a unit level before one (<c>xã Thượng Đạt</c>).</summary>
    private static bool UnitStartsAt(ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length && (tokens[i].Kind == TokenKind.Abbreviation || (tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized) ||
                              (UnitWords.Contains(tokens[i].Key) && i + 1 < tokens.Length && tokens[i + 1].IsCapitalized));

    /// <summary>
    /// After <paramref name="opener"/> (<c>là</c> or a colon), a list of units named bare, each with a count over its plan
    /// (<c>là Thanh Hải 11/15, Đồng Cốc 8/7, Tân Sơn 6/7</c>): one part each. The count over a plan is what makes a bare name a
    /// unit here; a name with a plain number is left alone.
    /// </summary>
    private static List<Found> PlacesWithCounts(ReadOnlySpan<Token> tokens, string text, int opener)
    {
        var parts = new List<Found>();
        for (int i = PastOpener(tokens, opener); opener >= 0 && i < tokens.Length;)
        {
            int name = i;
            while (i < tokens.Length && i - name < 4 && tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized)
            {
                i++;
            }

            int count = 0;
            int? of = null;
            int read = i > name && i < tokens.Length ? TokenPatterns.ReadCount(tokens, text, i, out count, out of) : 0;
            if (read == 0 || of is null)
            {
                break;
            }

            parts.Add(new Found(i, count, of, i + read, name));
            i += read;
            if (i >= tokens.Length || tokens[i].Key is not ("," or ";" or "và"))
            {
                break;
            }

            i++;
        }

        return parts.Count >= 2 ? parts : [];
    }

    /// <summary>
    /// True when the verb names the pool of candidates rather than an admission: <c>tạo nguồn kết nạp 320 quần chúng</c>,
    /// <c>lớp đối tượng kết nạp Đảng</c>, <c>lớp bồi dưỡng kết nạp Đảng cho 100 học viên</c> (a class right before the verb).
    /// </summary>
    private static bool CandidatePool(ReadOnlySpan<Token> tokens, int verb)
    {
        if ((verb >= 1 && tokens[verb - 1].Key == "nguồn") || (verb >= 2 && TokenPatterns.At(tokens, verb - 2, "đối", "tượng")))
        {
            return true;
        }

        // A class's name, not the work of training members up for admission ("đã bồi dưỡng kết nạp 107 đảng viên mới" admits them).
        for (int k = Math.Max(0, verb - 2); k < verb; k++)
        {
            if (TrainingWords.TryMatch(tokens, k, out _, out int length) && k + length == verb &&
                (tokens[k].Key is "lớp" or "cảm" || ClassBefore(tokens, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a class (<c>lớp</c>, <c>khóa</c>) or the holding of one (<c>mở</c>, <c>tổ chức</c>) stands within the three words
    /// before <paramref name="at"/>.
    /// </summary>
    private static bool ClassBefore(ReadOnlySpan<Token> tokens, int at)
    {
        for (int k = at - 1; k >= Math.Max(0, at - 3); k--)
        {
            if (tokens[k].Key is "lớp" or "khóa" or "khoá" or "mở" || TokenPatterns.At(tokens, k, "tổ", "chức"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a record's year comes from; a restatement keeps the better-founded one.</summary>
    private enum YearSource
    {
        /// <summary>The article's period (or the year after it, for a plan): a default.</summary>
        Inferred,

        /// <summary>A total over a term (<c>trong nhiệm kỳ</c>): no single year.</summary>
        Term,

        /// <summary>A year written in the sentence or paragraph (<c>năm 2023</c>).</summary>
        Stated,
    }

    /// <summary>
    /// Adds a record unless the article already reported the same admission (a headline, a subheading, the lead and
    /// a caption often restate one fact): same count, status and organisation, with years
    /// that do not contradict each other (two years written out are two facts; a written year or a term beats a default).
    /// A restatement only fills in what the first mention left out.
    /// </summary>
    private static void Add(ExtractionContext context, Dictionary<string, List<(int Index, YearSource Source)>> facts, Admission admission, YearSource source)
    {
        string key = $"{admission.Count}|{admission.Status}|{(admission.Organization is string organization ? Bodies.Key(organization) : "")}";
        if (!facts.TryGetValue(key, out var earlier))
        {
            facts[key] = earlier = [];
        }

        for (int e = 0; e < earlier.Count; e++)
        {
            var (index, firstSource) = earlier[e];
            var first = context.Admissions[index];
            bool twoYears = firstSource == YearSource.Stated && source == YearSource.Stated && first.Year != admission.Year;
            if (twoYears)
            {
                continue;
            }

            bool better = source > firstSource;
            context.Admissions[index] = first with
            {
                Target = first.Target ?? admission.Target,
                PercentOfTarget = first.PercentOfTarget ?? admission.PercentOfTarget,
                Year = better ? admission.Year : first.Year,
            };
            earlier[e] = (index, better ? source : firstSource);
            return;
        }

        earlier.Add((context.Admissions.Count, source));
        context.Admissions.Add(admission);
    }

    /// <summary>
    /// <c>kết nạp được 121 đảng viên người dân tộc thiểu số/147 đảng viên kết nạp mới</c>: the count is one kind's share of the
    /// admitted members counted after the slash, which are the record (returned); else null.
    /// </summary>
    private static Found? SlashedTotal(ReadOnlySpan<Token> tokens, string text, Found found)
    {
        int k = Math.Max(found.NounEnd, found.CountIndex + 1);
        while (k < tokens.Length && k - found.NounEnd < 6 && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized)
        {
            k++;
        }

        if (k + 3 >= tokens.Length || tokens[k].Key != "/" || tokens[k + 1].Kind != TokenKind.Number)
        {
            return null;
        }

        int read = TokenPatterns.ReadCount(tokens, text, k + 1, out int count, out _);
        return read > 0 && TokenPatterns.At(tokens, k + 1 + read, "đảng", "viên")
            ? new Found(k + 1, count, null, k + 1 + read + 2)
            : null;
    }

    /// <summary>
    /// A number set for each of many units: "các đảng bộ xã, phường kết nạp ít nhất 07 quần chúng vào Đảng", "mỗi chi bộ phấn đấu
    /// kết nạp tối thiểu 1 đảng viên", "mỗi chi bộ phải kết nạp được từ 1 - 2 đảng viên", "bình quân mỗi xã kết nạp 3 đảng viên".
    /// A quota per unit counts no one and is no target of the whole. "mỗi" and "từng" before a unit set one whatever the count;
    /// "các" only with a least number.
    /// </summary>
    private static bool PerUnitQuota(ReadOnlySpan<Token> tokens, int verb, int count)
    {
        bool least = count >= 2 && (TokenPatterns.At(tokens, count - 2, "ít", "nhất") || TokenPatterns.At(tokens, count - 2, "tối", "thiểu"));
        // Back to the clause's start, or to a comma before another subject: "mỗi chi bộ … 1 - 2 đảng viên, toàn Đảng bộ kết nạp 15 …"
        // counts the whole ("mỗi chi bộ phải bồi dưỡng, kết nạp …" is still each cell's).
        int start = TokenPatterns.ClauseStart(tokens, verb);
        for (int k = verb - 2; k > start; k--)
        {
            if (tokens[k].Key == "," && (tokens[k + 1].Key is "toàn" or "cả" or "riêng" || tokens[k + 1].IsCapitalized))
            {
                start = k + 1;
                break;
            }
        }

        for (int k = start; k + 1 < verb; k++)
        {
            if ((tokens[k].Key is "mỗi" or "từng" || (least && tokens[k].Key == "các")) && UnitHeads.StartsAt(tokens, k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of the admission verb at <paramref name="i"/>: <c>kết nạp</c>, <c>đứng vào hàng ngũ của Đảng</c>, or <c>phát triển</c> before party members.</summary>
    private static int VerbAt(ReadOnlySpan<Token> tokens, int i)
    {
        // "kêt nạp" (a dropped tone mark) is a frequent typo.
        if (TokenPatterns.At(tokens, i, "kết", "nạp") || TokenPatterns.At(tokens, i, "kêt", "nạp"))
        {
            // "kết nạp đảng viên chính thức cho 3 đồng chí": a probationer made a full member (chuyển đảng chính thức), not admitted.
            return TokenPatterns.At(tokens, i + 2, "đảng", "viên", "chính", "thức") ? 0 : 2;
        }

        // "(được) đứng vào (trong) hàng ngũ (của) Đảng": read only with the count before it (TryReadCount).
        if (TokenPatterns.At(tokens, i, "đứng", "vào", "hàng", "ngũ") || TokenPatterns.At(tokens, i, "đứng", "trong", "hàng", "ngũ"))
        {
            int party = i + 4 < tokens.Length && tokens[i + 4].Key == "của" ? i + 5 : i + 4;
            return party < tokens.Length && tokens[party].Key == "đảng" ? party + 1 - i : 0;
        }

        // "phát triển (được) 120 đảng viên mới", "phát triển đảng viên mới: 120".
        // "phát triển thêm ít nhất 30 đảng viên": a bound may stand before the count, within the clause.
        // "phát triển tổng số đảng viên của chi bộ lên 26 đồng chí": the membership it reached, not the people admitted.
        if (TokenPatterns.At(tokens, i, "phát", "triển") && !TokenPatterns.At(tokens, i + 2, "tổng", "số"))
        {
            for (int k = i + 2; k + 1 < Math.Min(tokens.Length, i + 8) && tokens[k].Key is not ("," or ";" or "."); k++)
            {
                if (TokenPatterns.At(tokens, k, "đảng", "viên"))
                {
                    return 2;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// A count read; <paramref name="NameStart"/> is where a part's own organisation begins (<c>…, xã Hòa Bình 9 đảng viên</c>), else -1,
    /// and <paramref name="NameEnd"/> where it ends when not right before the count (<c>Trường A (12 đảng viên)</c>), else -1.
    /// </summary>
    private readonly record struct Found(int CountIndex, int Count, int? Of, int NounEnd, int NameStart = -1, int NameEnd = -1);

    private static bool TryReadCount(ReadOnlySpan<Token> tokens, string text, int verb, int verbLength, out Found found)
    {
        // "86 quần chúng ưu tú được đứng vào hàng ngũ của Đảng": who joined stands before this verb, and what follows it
        // ("…, nâng tổng số đảng viên lên 4.520 đồng chí") is another statement.
        // "65 năm đứng trong hàng ngũ của Đảng": years of membership, not people who joined.
        if (tokens[verb].Key == "đứng")
        {
            return CountBefore(tokens, text, verb, verbLength, out found) &&
                   !CountedThings.StartsAt(tokens, found.CountIndex + Math.Max(1, TokenPatterns.ReadCount(tokens, text, found.CountIndex, out _, out _)));
        }

        // "143 quần chúng được kết nạp vào Đảng": in the passive the count comes first.
        bool passive = verb > 0 && tokens[verb - 1].Key == "được";
        return passive
            ? CountBefore(tokens, text, verb, verbLength, out found) || CountAfter(tokens, text, verb, verbLength, out found)
            : CountAfter(tokens, text, verb, verbLength, out found) || CountBefore(tokens, text, verb, verbLength, out found);
    }

    /// <summary>"kết nạp (được|mới|thêm) 175 đảng viên (mới)", "kết nạp đảng viên mới năm 2023 là 180 đồng chí".</summary>
    private static bool CountAfter(ReadOnlySpan<Token> tokens, string text, int verb, int verbLength, out Found found)
    {
        found = default;
        int clauseEnd = TokenPatterns.ClauseEnd(tokens, verb);
        int after = verb + verbLength;
        // "kết nạp Đảng cho 7 học sinh ưu tú", "kết nạp vào Đảng cho …": the Party named before the count, whoever is counted.
        bool verbNamesMembers = PartyNouns.StartsAt(tokens, after) ||
                                (after + 1 < clauseEnd && (TokenPatterns.At(tokens, after, "đảng", "cho") || TokenPatterns.At(tokens, after, "đảng", "được") ||
                                                            TokenPatterns.At(tokens, after, "vào", "đảng"))) ||
                                // "tổ chức “Lễ kết nạp Đảng” cho 19 em học sinh": the ceremony's name quoted.
                                (after + 2 < clauseEnd && tokens[after].Key == "đảng" && tokens[after + 1].Key == "\"" && tokens[after + 2].Key == "cho") ||
                                TokenPatterns.Contains(tokens, after, Math.Min(clauseEnd, after + 4), "đảng", "viên") ||
                                TokenPatterns.Contains(tokens, Math.Max(0, verb - 3), verb, "đảng", "viên");
        bool afterPlanPercent = false;
        for (int i = after; i < Math.Min(clauseEnd, after + CountWindow); i++)
        {
            // "kết nạp đảng viên năm 2023 đạt 107,5% (86/80 đảng viên)": the count may follow the result's percentage, in brackets.
            if (verbNamesMembers && PlanPercentAt(tokens, text, i) is not null)
            {
                afterPlanPercent = true;
                continue;
            }

            // "công tác kết nạp đảng viên, đảng bộ còn cử 6 quần chúng đi học lớp …": people sent somewhere are another statement's.
            if (OtherMemberNouns.StartsAt(tokens, i) || (i > after && VerbAt(tokens, i) > 0) ||
                tokens[i].Key is "vượt" or "so" or "có" or "hiện" or "tăng" or "giảm" or "cử" || (tokens[i].Key == "(" && !afterPlanPercent))
            {
                return false;
            }

            // "khu phố 3", "đợt 2", "Quận 7": a number that names a place or a round, not a count; "tổng số 100 đảng viên" is one.
            // "tháng 9-2023": a date's year.
            if (tokens[i].Kind == TokenKind.Number && i > 0 && ((NumberedNames.Contains(tokens[i - 1].Key) && !TokenPatterns.At(tokens, i - 2, "tổng", "số")) ||
                (tokens[i - 1].Key is "-" or "/" && TokenPatterns.Year(tokens[i]) is not null) ||
                // "đợt 03- 02-2020": a date written apart, whose month follows the day and a dash.
                (tokens[i - 1].Key is "-" or "/" && i >= 2 && tokens[i - 2].Kind == TokenKind.Number)))
            {
                continue;
            }

            // "năm 2023" names the year, not a count.
            if (tokens[i].Key == "năm" && i + 1 < tokens.Length && TokenPatterns.Year(tokens[i + 1]) is not null)
            {
                i++;
                continue;
            }

            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out int? of);
            // "kết nạp Đảng cho 04 đoàn viên ưu tú", "lễ kết nạp đảng viên mới cho hai đoàn viên": the Party named right before "cho",
            // so the members of a mass organisation counted after it are the ones admitted.
            // "Đã kết nạp Đảng được 08 đoàn viên ưu tú": so does "được" (managed to) after the Party.
            bool admittedFor = verbNamesMembers && i > after && tokens[i - 1].Key is "cho" or "được" && TokenPatterns.OnlyBetween(tokens, after, i - 1, PartyWordsBeforeCho);
            if (read == 0 || count <= 0 ||
                (tokens[i].Kind == TokenKind.Word && !PartyNouns.StartsAt(tokens, i + read) && !(admittedFor && OtherMemberNouns.StartsAt(tokens, i + read))))
            {
                if (tokens[i].Kind is TokenKind.Percent or TokenKind.Date)
                {
                    return false;
                }

                continue;
            }

            int noun = i + read;
            // "kết nạp được 10.027 so với chỉ tiêu kế hoạch (9.744 đảng viên)": a count measured against the plan counts members.
            if (TokenPatterns.At(tokens, noun, "so", "với") && PlanWords.StartsAt(tokens, noun + 2) && TokenPatterns.OnlyBetween(tokens, after, i, "được", "mới", "thêm"))
            {
                found = new Found(i, count, of, noun);
                return true;
            }

            if (noun + 1 < clauseEnd && tokens[noun].Key is "-" or "–" or "đến" or "tới")
            {
                // "phấn đấu hằng năm kết nạp đảng viên đạt 3-3,5% (từ 4 đến 5%) tổng số đảng viên": a range of rates, not a count.
                if (tokens[noun + 1].Kind == TokenKind.Percent)
                {
                    return false;
                }

                // "phấn đấu hằng năm kết nạp từ 10 - 12 đảng viên", "kết nạp từ 15 đến 20 đảng viên": a range of people counts from its
                // lower bound, what the plan at least asks for.
                if (tokens[noun + 1].Kind == TokenKind.Number && TokenPatterns.ReadCount(tokens, text, noun + 1, out int upper, out _) is int upperRead and > 0 &&
                    upper > count && PartyNouns.TryMatch(tokens, noun + 1 + upperRead, out _, out int rangeNoun))
                {
                    found = new Found(i, count, of, noun + 1 + upperRead + rangeNoun);
                    return true;
                }
            }

            // "toàn tỉnh đã kết nạp được 821/1.450 chỉ tiêu (đạt 56,62%)": the count over the plan, counted in the plan's units.
            if (of is not null && TokenPatterns.At(tokens, noun, "chỉ", "tiêu") && TokenPatterns.OnlyBetween(tokens, after, i, "được", "mới", "thêm"))
            {
                found = new Found(i, count, of, noun + 2);
                return true;
            }

            if (PartyNouns.TryMatch(tokens, noun, out _, out int nounLength))
            {
                // "Trong đó, kết nạp 150 đảng viên là học sinh, sinh viên, 44 …": after "trong đó", members described by what they
                // are make a breakdown by kind of person, which is no record (annotation.md).
                if (noun + nounLength < clauseEnd && tokens[noun + nounLength].Key == "là" && OpensWithPart(tokens))
                {
                    return false;
                }

                found = new Found(i, count, of, noun + nounLength);
                return true;
            }

            // "kết nạp 35 đoàn viên ưu tú vào Đảng": members of a mass organisation who joined the Party.
            if (OtherMemberNouns.TryMatch(tokens, noun, out _, out int otherLength))
            {
                if (admittedFor)
                {
                    found = new Found(i, count, of, noun + otherLength);
                    return true;
                }

                if (IntoTheParty(tokens, noun, Math.Min(clauseEnd, noun + 6)) is int joined)
                {
                    found = new Found(i, count, of, joined);
                    return true;
                }

                return false;
            }

            // "kết nạp 3 công nhân ưu tú vào Đảng": whoever they were, they joined the Party.
            if (IntoTheParty(tokens, noun, Math.Min(clauseEnd, noun + 6)) is int intoEnd)
            {
                found = new Found(i, count, of, intoEnd);
                return true;
            }

            // "Trong đó, có 45 đảng viên mới kết nạp là trưởng thôn, …, 3 học sinh THPT": after "trong đó", the new members described
            // by what they are, a breakdown by kind of person.
            if (OpensWithPart(tokens) && TokenPatterns.IndexOf(tokens, after, i, "là") >= 0)
            {
                return false;
            }

            // "kết nạp đảng viên mới: 57" or "… được 57 đồng chí": the verb already named who; "theo 4 đợt" counts rounds.
            // "(kế hoạch) phát triển đảng viên 2016": a year with no one counted after it names the year, not a count; "lễ kết nạp
            // đảng viên mới ở Chi bộ Cụm chiến đấu 3": a number after where the ceremony is ends the unit's name.
            // "kết nạp quần chúng Nguyễn Hữu Thái, học sinh 12I …": after a person named, a number is the class or the house, not a count.
            if (verbNamesMembers && !CountedThings.StartsAt(tokens, noun) && TokenPatterns.Year(tokens[i]) is null && !TokenPatterns.AnyBetween(tokens, after, i, TokenPatterns.UnitLinks) &&
                !NameBetween(tokens, after, i))
            {
                found = new Found(i, count, of, noun);
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>True when a person's name (<see cref="PersonNames.NameAt"/>) starts in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool NameBetween(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = Math.Max(0, from); k < Math.Min(to, tokens.Length); k++)
        {
            if (PersonNames.NameAt(tokens, k, introduced: false) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that name the Party between a verb of admission and <c>cho</c> (<c>kết nạp Đảng cho</c>, <c>kết nạp đảng viên mới cho</c>).</summary>
    private static readonly string[] PartyWordsBeforeCho = ["đảng", "viên", "mới", "vào", "\""];

    /// <summary>True when the sentence opens a part of what the one before told (<c>Trong đó, …</c>).</summary>
    private static bool OpensWithPart(ReadOnlySpan<Token> tokens) =>
        TokenPatterns.At(tokens, 0, "trong", "đó") || (tokens.Length > 2 && tokens[0].Key is "-" or "+" && TokenPatterns.At(tokens, 1, "trong", "đó"));

    /// <summary>
    /// Further counts that share the verb: <c>kết nạp 11 đảng viên là nông dân, 6 đảng viên là cựu quân nhân</c> — parts of
    /// the same shape (each described with <c>là …</c>, <c>trong …</c> and the like, or neither), separated by commas or
    /// <c>và</c>, up to the clause's end.
    /// A part that is a breakdown (<c>trong đó</c>), another statement (a verb of its own) or in brackets ends the list.
    /// </summary>
    private static List<Found> CoordinatedCounts(ReadOnlySpan<Token> tokens, string text, Found first)
    {
        var more = new List<Found>();
        int clauseEnd = TokenPatterns.ClauseEnd(tokens, first.NounEnd);
        bool firstDescribed = first.NounEnd < tokens.Length && PartDescriptors.Contains(tokens[first.NounEnd].Key);
        int i = first.NounEnd;
        while (i < clauseEnd)
        {
            // Skip the description of the previous part up to the separator.
            while (i < clauseEnd && tokens[i].Key is not ("," or "và"))
            {
                if (tokens[i].Key is "(" or ")" || VerbAt(tokens, i) > 0 || TokenPatterns.At(tokens, i, "trong", "đó") || StatementWords.Contains(tokens[i].Key))
                {
                    return more;
                }

                i++;
            }

            i++;
            // "Đảng bộ xã A kết nạp 12 đảng viên, xã B 9 đảng viên": a part may name its unit before its count.
            int nameStart = -1;
            if (i < clauseEnd && UnitHeads.TryMatch(tokens, i, out _, out int headLength))
            {
                int k = i + headLength;
                while (k < clauseEnd && k < i + headLength + 6 && tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized)
                {
                    k++;
                }

                if (k > i + headLength && k < clauseEnd && tokens[k].Kind == TokenKind.Number)
                {
                    nameStart = i;
                    i = k;
                }
            }

            if (i >= clauseEnd || tokens[i].Kind != TokenKind.Number)
            {
                // "… là nông dân, dân quân": the description goes on after a comma.
                continue;
            }

            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out int? of);
            if (read == 0 || count <= 0 || !TokenPatterns.At(tokens, i + read, "đảng", "viên"))
            {
                return more;
            }

            int nounEnd = i + read + 2;
            if (nounEnd < tokens.Length && tokens[nounEnd].Key == "mới")
            {
                nounEnd++;
            }

            bool described = nounEnd < tokens.Length && PartDescriptors.Contains(tokens[nounEnd].Key);
            bool ends = nounEnd >= clauseEnd || tokens[nounEnd].Key is "," or "và" or "." or ";";
            if (described != firstDescribed || !(described || ends))
            {
                return more;
            }

            more.Add(new Found(i, count, of, nounEnd, nameStart));
            i = nounEnd;
        }

        return more;
    }

    /// <summary>
    /// Words that open what a part's members are or where they are (<c>11 đảng viên là nông dân</c>, <c>139 đảng viên trong lực
    /// lượng dân quân, 47 đảng viên trong lực lượng dự bị động viên</c>, <c>thuộc</c>, <c>ở</c>, <c>tại</c>).
    /// </summary>
    private static readonly HashSet<string> PartDescriptors = new(StringComparer.Ordinal) { "là", "trong", "thuộc", "ở", "tại" };

    /// <summary>Words that start a statement of their own in a list of counts (<c>13 đảng viên được chuyển chính thức</c>).</summary>
    private static readonly HashSet<string> StatementWords = new(StringComparer.Ordinal)
    {
        "được", "bị", "đã", "chuyển", "có", "tặng", "trao", "nhận", "xóa", "khai", "cảnh", "khiển", "đề",
    };

    /// <summary>
    /// When the count at <paramref name="countIndex"/> stands in brackets right after another count of party members,
    /// and the counts in the brackets add up to it (<c>31 đảng viên (14 … được kết nạp tại A, 17 … tại B)</c>), the outer count
    /// is the statement and the bracketed ones are a breakdown by kind or place, not records (they are marked seen).
    /// </summary>
    private static Found? BracketedParts(ReadOnlySpan<Token> tokens, string text, int countIndex, HashSet<int> seen)
    {
        int open = -1;
        for (int k = countIndex - 1; k >= Math.Max(0, countIndex - 20); k--)
        {
            if (tokens[k].Key == ")")
            {
                return null;
            }

            if (tokens[k].Key == "(")
            {
                open = k;
                break;
            }
        }

        if (open < 3 || !TokenPatterns.At(tokens, open - 2, "đảng", "viên") ||
            TokenPatterns.ReadCount(tokens, text, open - 3, out int outer, out int? outerOf) == 0 || tokens[open - 3].Kind != TokenKind.Number)
        {
            return null;
        }

        int sum = 0;
        var parts = new List<int>();
        int close = open + 1;
        for (; close < tokens.Length && tokens[close].Key != ")"; close++)
        {
            if (tokens[close].Kind == TokenKind.Number && TokenPatterns.ReadCount(tokens, text, close, out int part, out _) > 0 &&
                PartyNouns.StartsAt(tokens, close + 1))
            {
                sum += part;
                parts.Add(close);
            }
        }

        if (close >= tokens.Length || sum != outer || parts.Count < 2)
        {
            return null;
        }

        foreach (int part in parts)
        {
            seen.Add(part);
        }

        return new Found(open - 3, outer, outerOf, open);
    }

    /// <summary>End of "vào Đảng" when it starts within [from, to), else null.</summary>
    private static int? IntoTheParty(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i + 1 < to; i++)
        {
            if (tokens[i].Key == "vào" && tokens[i + 1].Key == "đảng")
            {
                return i + 2;
            }

            // "được kết nạp vào hàng ngũ (của) Đảng".
            if (TokenPatterns.At(tokens, i, "vào", "hàng", "ngũ"))
            {
                int party = i + 3 < tokens.Length && tokens[i + 3].Key == "của" ? i + 4 : i + 3;
                return party < tokens.Length && tokens[party].Key == "đảng" ? party + 1 : null;
            }
        }

        return null;
    }

    /// <summary>
    /// How far before a passive verb its count may stand: far enough for who they are and where (<c>5 đoàn viên ưu tú là học sinh,
    /// sinh viên tại Quận A (TP. B) đã vinh dự được kết nạp Đảng</c>); what stands between is checked word by word.
    /// </summary>
    private const int CountBeforeReach = 32;

    /// <summary>"57 quần chúng (ưu tú) (đã) được kết nạp (vào Đảng)".</summary>
    private static bool CountBefore(ReadOnlySpan<Token> tokens, string text, int verb, int verbLength, out Found found)
    {
        found = default;
        // "Trong đó, có 45 đảng viên mới kết nạp là trưởng thôn, …": after "trong đó", members described by what they are
        // make a breakdown by kind of person, which is no record.
        if (OpensWithPart(tokens) && verb + verbLength < tokens.Length && tokens[verb + verbLength].Key == "là")
        {
            return false;
        }

        int start = TokenPatterns.ClauseStart(tokens, verb);
        for (int i = verb - 1; i >= Math.Max(start, verb - CountBeforeReach); i--)
        {
            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out int? of);
            // "Hai đảng viên trẻ được kết nạp là: …": a count spelled out, right before the members it counts.
            bool spelled = read > 0 && tokens[i].Kind == TokenKind.Word && PartyNouns.StartsAt(tokens, i + read) && (i == start || !tokens[i - 1].IsWordLike);
            // "Sau 5 năm, hàng trăm học sinh đã được kết nạp": a number of years, months or rounds counts no one; nor does the year
            // a life story names ("năm 1930 ông được kết nạp vào Đảng").
            if (read == 0 || (tokens[i].Kind != TokenKind.Number && !spelled) || count <= 0 || CountedThings.StartsAt(tokens, i + read) ||
                (i > 0 && tokens[i - 1].Key == "năm" && TokenPatterns.CalendarYear(tokens[i]) is not null))
            {
                continue;
            }

            // "lớp bồi dưỡng lý luận chính trị cho 86 đảng viên mới được kết nạp", "… cho trên 120 đảng viên mới kết nạp": the people a
            // class is for, not an admission.
            int beforeCount = i > start && TokenPatterns.BoundWords.Contains(tokens[i - 1].Key) ? i - 1 : i;
            if (beforeCount > start && tokens[beforeCount - 1].Key == "cho" && TrainingWords.Find(tokens, start, beforeCount, out _, out _) >= 0)
            {
                return false;
            }

            if (PartyNounsAt(tokens, i + read) is int nounLength and > 0 &&
                (OnlyPassiveWords(tokens, i + read + nounLength, verb) || AppositionBeforePassive(tokens, i + read + nounLength, verb) ||
                 // "Hai đảng viên trẻ được kết nạp": a word or two on who they are before the passive.
                 (PeopleDescribed(tokens, i + read + nounLength, verb, out int describedEnd) && describedEnd - (i + read + nounLength) <= 2 &&
                  OnlyPassiveWords(tokens, describedEnd, verb))))
            {
                found = new Found(i, count, of, verb + verbLength);
                return true;
            }

            // "giới thiệu 20 đoàn viên công đoàn được kết nạp vào Đảng", "12 công nhân đã được kết nạp vào Đảng": whoever
            // they were, the verb says they joined the Party.
            if (JoinsTheParty(tokens, verb, verbLength) && PeopleDescribed(tokens, i + read, verb, out int passiveFrom) &&
                OwningUnitEnd(tokens, passiveFrom, verb) is int unitEnd &&
                (OnlyPassiveWords(tokens, unitEnd, verb) || AppositionBeforePassive(tokens, unitEnd, verb)))
            {
                // "giới thiệu được 6 hội viên bồi dưỡng kết nạp Đảng": people put forward to be trained for admission, not yet admitted
                // (no passive "được" says it happened to them).
                if (TrainingWords.Find(tokens, i + read, verb, out _, out _) >= 0 && TokenPatterns.IndexOf(tokens, i + read, verb, "được") < 0)
                {
                    return false;
                }

                // "kết nạp 5.148 đảng viên, trong đó có 2.583 nữ … và 1.264 giáo viên được kết nạp vào Đảng": people counted by what
                // they are after "trong đó" break down a count the sentence gave, which is no record (annotation.md).
                if (AfterBreakdownOfCount(tokens, i))
                {
                    return false;
                }

                found = new Found(i, count, of, verb + verbLength);
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// Length of the noun of people counted at <paramref name="at"/>, or 0; a second noun naming the first again is part of it
    /// (<c>03 đồng chí đảng viên mới vừa được kết nạp</c>).
    /// </summary>
    private static int PartyNounsAt(ReadOnlySpan<Token> tokens, int at)
    {
        if (!PartyNouns.TryMatch(tokens, at, out _, out int length))
        {
            return 0;
        }

        return length + (PartyNouns.TryMatch(tokens, at + length, out _, out int again) ? again : 0);
    }

    /// <summary>
    /// True when <c>trong đó</c> stands before <paramref name="at"/> in the sentence, after a count of its own. Not when that count is
    /// of people put forward (<c>5.000 đoàn viên ưu tú được giới thiệu cho Đảng xem xét kết nạp, trong đó đã có 1.500 đoàn viên được
    /// đứng trong hàng ngũ của Đảng</c>): those admitted among them are the admission.
    /// </summary>
    private static bool AfterBreakdownOfCount(ReadOnlySpan<Token> tokens, int at)
    {
        for (int k = at - 1; k > 0; k--)
        {
            if (TokenPatterns.At(tokens, k, "trong", "đó"))
            {
                for (int c = k - 1; c >= 0; c--)
                {
                    if (tokens[c].Kind == TokenKind.Number)
                    {
                        return !PutForward(tokens, c, k);
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>Between <paramref name="from"/> and <paramref name="to"/> the people are put forward for admission, not admitted (<c>được giới thiệu cho Đảng</c>, <c>xem xét kết nạp</c>).</summary>
    private static bool PutForward(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k + 1 < to; k++)
        {
            if (TokenPatterns.At(tokens, k, "giới", "thiệu") || TokenPatterns.At(tokens, k, "xem", "xét"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the verb at <paramref name="verb"/> says its people entered the Party: <c>kết nạp vào Đảng</c>, <c>đứng vào hàng ngũ của Đảng</c>.</summary>
    private static bool JoinsTheParty(ReadOnlySpan<Token> tokens, int verb, int verbLength) =>
        tokens[verb].Key == "đứng" || IntoTheParty(tokens, verb + verbLength, Math.Min(tokens.Length, verb + verbLength + 2)) is not null ||
        // "659 đoàn viên công đoàn vinh dự được kết nạp Đảng": the Party right after the verb, also in lower case ("được kết nạp
        // đảng"), where "đảng viên" would count members instead.
        (verb + verbLength < tokens.Length && tokens[verb + verbLength].Key == "đảng" &&
         (tokens[verb + verbLength].IsCapitalized || !TokenPatterns.At(tokens, verb + verbLength + 1, "viên")));

    /// <summary>
    /// A short description of the counted people (<c>đoàn viên công đoàn ưu tú</c>, <c>công nhân</c>): a few lower-case words,
    /// none of which sends them elsewhere (<c>cho</c>, <c>để</c> — <c>giới thiệu 40 đoàn viên cho Đảng xem xét kết nạp</c>).
    /// <paramref name="end"/> is where the passive words begin.
    /// </summary>
    private static bool PeopleDescribed(ReadOnlySpan<Token> tokens, int from, int verb, out int end)
    {
        end = from;
        // "5 đoàn viên ưu tú là học sinh, sinh viên tại Quận A đã được kết nạp Đảng": after "là", what they are may run on, over a
        // comma too.
        bool apposition = false;
        while (end < verb && end - from < 10)
        {
            bool word = DescriptionWord(tokens[end]) && (end - from < 5 || apposition);
            bool comma = apposition && tokens[end].Key == "," && end + 1 < verb && DescriptionWord(tokens[end + 1]);
            if (!word && !comma)
            {
                break;
            }

            apposition |= tokens[end].Key == "là";
            end++;
        }

        return end > from;
    }

    /// <summary>
    /// True when, after the counted members' own passive words, a short apposition set off by a comma says who they are before the
    /// passive verb: <c>15 đoàn viên ưu tú, thợ mỏ Hà Tu được vinh dự kết nạp vào Đảng</c>.
    /// </summary>
    private static bool AppositionBeforePassive(ReadOnlySpan<Token> tokens, int from, int verb)
    {
        int comma = TokenPatterns.IndexOf(tokens, from, verb, ",");
        return comma >= 0 && verb - comma <= 14 && OnlyPassiveWords(tokens, from, comma) &&
               // "20 đoàn viên ưu tú, năm nay được kết nạp 5 đồng chí": a time after the comma opens another clause.
               !(comma + 1 < verb && tokens[comma + 1].Key is "năm" or "tháng" or "quý" or "nay" or "hiện" or "trong" or "đến" or "tính" or "từ" or "sau") &&
               PeopleDescribed(tokens, comma + 1, verb, out int described) &&
               // "…, công nhân Công ty Than A được …": the body they work in may follow what they are.
               OnlyPassiveWords(tokens, TokenPatterns.At(tokens, described, "công", "ty") ? described + 2 : described, verb) &&
               TokenPatterns.IndexOf(tokens, described, verb, "được") >= 0 && !MembersCountedAfter(tokens, verb);
    }

    /// <summary>True when a count of members follows <paramref name="verb"/> in its clause (<c>được kết nạp vào Đảng 5 đồng chí</c>).</summary>
    private static bool MembersCountedAfter(ReadOnlySpan<Token> tokens, int verb)
    {
        int end = TokenPatterns.ClauseEnd(tokens, verb);
        for (int k = verb + 1; k + 1 < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && PartyNounsAt(tokens, k + 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool DescriptionWord(Token token) =>
        token.Kind == TokenKind.Word && !token.IsCapitalized &&
        token.Key is not ("được" or "đã" or "vừa" or "đều" or "cho" or "để" or "và" or "có" or "xem" or "xét" or "đề" or "giới");

    /// <summary>
    /// Past the unit the counted people belong to, when one follows their description: <c>12 sinh viên ưu tú của Trường Đại
    /// học A (Phú Thọ) đã được kết nạp Đảng</c> → at <c>đã</c>; else <paramref name="from"/>.
    /// </summary>
    private static int OwningUnitEnd(ReadOnlySpan<Token> tokens, int from, int verb)
    {
        // The description reads on over a lower-case "của"; the unit's name starts at the first capital.
        int name = from < verb && TokenPatterns.UnitLinks.Contains(tokens[from].Key) ? from + 1 : from;
        // "tại quận Đồ Sơn": the description may have taken the unit's lower-case level word.
        int link = name - 1;
        while (link > 0 && !TokenPatterns.UnitLinks.Contains(tokens[link].Key) && tokens[link].IsWordLike && !tokens[link].IsCapitalized &&
               Officials.BodyWords.Contains(tokens[link].Key))
        {
            link--;
        }

        if (name >= verb || link < 0 || !tokens[name].IsCapitalized || !TokenPatterns.UnitLinks.Contains(tokens[link].Key))
        {
            return from;
        }

        int i = name;
        while (i < verb && (tokens[i].IsCapitalized || (tokens[i].IsWordLike && Officials.BodyWords.Contains(tokens[i].Key))))
        {
            i++;
        }

        // "(Phú Thọ)": the unit's province in brackets.
        if (i + 2 < verb && tokens[i].Key == "(" && TokenPatterns.IndexOf(tokens, i + 1, Math.Min(verb, i + 6), ")") is int close and > 0)
        {
            i = close + 1;
        }

        return i;
    }

    /// <summary>
    /// Between the counted people and the verb only passive words and the proposing body may stand:
    /// "2 quần chúng ưu tú đã được chi bộ đề nghị kết nạp", "25 quần chúng được chuẩn y kết nạp".
    /// </summary>
    private static bool OnlyPassiveWords(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            string key = tokens[i].Key;
            if (key is not ("mới" or "được" or "đã" or "ưu" or "tú" or "vừa" or "đều" or "đề" or "nghị" or "xét" or "xem" or "vinh" or "dự" or "chuẩn" or "y") &&
                !(tokens[i].IsWordLike && (Officials.BodyWords.Contains(key) || tokens[i].IsCapitalized || Officials.Abbreviations.ContainsKey(key))))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddAdmissions(ExtractionContext context, Dictionary<string, List<(int Index, YearSource Source)>> facts, HashSet<int> seen, int sentenceIndex, ReadOnlySpan<Token> tokens, int verb, int verbLength, Found found)
    {
        var document = context.Document;
        var sentence = document.Sentences[sentenceIndex];
        string text = document.Text;
        int clauseStart = TokenPatterns.ClauseStart(tokens, verb);
        int clauseEnd = TokenPatterns.ClauseEnd(tokens, found.NounEnd);

        decimal? percent = null;
        for (int i = found.NounEnd; i < clauseEnd && percent is null; i++)
        {
            percent = PlanPercentAt(tokens, text, i);
        }

        percent ??= PlanPercentBefore(tokens, text, clauseStart, found.CountIndex);
        bool resultAfterPlan = ResultAfterPlan(tokens, clauseStart, verb);
        if (found.Of is null)
        {
            found = found with
            {
                Of = PlanFigureAfter(tokens, text, found.NounEnd, clauseEnd) ??
                     (verb > 0 && tokens[verb - 1].Key == "đã" ? PlanFigureAfter(tokens, text, clauseStart, verb) : null) ??
                     (resultAfterPlan ? PlanCountBefore(tokens, text, clauseStart, verb) : null),
            };
        }

        int? resultYear = ResultYearBefore(tokens, found.CountIndex) ?? ResultYearAfter(tokens, Math.Max(found.NounEnd, verb + 1));
        int? statedYear = resultYear ?? YearInParagraphBefore(document, sentenceIndex);
        var status = StatusOf(context, sentenceIndex, tokens, text, clauseStart, verb, found, percent, statedYear, resultAfterPlan);
        int? year = statedYear ?? (status == AdmissionStatus.Target && context.Period is int p ? p + 1 : context.Period);
        var source = statedYear is null ? YearSource.Inferred : YearSource.Stated;
        // "trong nhiệm kỳ đã kết nạp 480 đảng viên", "qua 5 năm": a total over a term belongs to no single year.
        if (resultYear is null && TermWords.Find(tokens, clauseStart, found.CountIndex, out _, out _) >= 0)
        {
            year = null;
            source = YearSource.Term;
        }

        var evidence = context.EvidenceOf(sentence);
        Add(context, facts, new Admission
        {
            Count = found.Count,
            Status = status,
            Target = found.Of,
            PercentOfTarget = percent,
            Organization = OrganizationOf(context, tokens, text, verb, found),
            Year = year,
            Evidence = evidence,
            Confidence = status == AdmissionStatus.Achieved ? 0.9 : 0.75,
        }, source);

        AddBreakdown(context, facts, seen, sentenceIndex, tokens, found.NounEnd, found.Count, status, year, source, evidence);
    }

    /// <summary>
    /// The organisation that admitted them: a unit the sentence names for this count (<c>Đảng bộ xã Tân An kết nạp 12 đảng
    /// viên</c>, <c>…, xã Hòa Bình 9 đảng viên</c>), else the article's subject. A named unit that is the subject's own
    /// (<c>Đảng ủy huyện Đông Sơn</c> in an article on Đảng bộ huyện Đông Sơn) keeps the subject's name, so restatements agree.
    /// </summary>
    private static string? OrganizationOf(ExtractionContext context, ReadOnlySpan<Token> tokens, string text, int verb, Found found)
    {
        var subject = context.Subject;
        int start = found.NameStart >= 0 ? found.NameStart : NamedUnitBefore(tokens, verb);
        if (start < 0)
        {
            return subject?.Name;
        }

        int end = found.NameEnd >= 0 ? found.NameEnd : BeforeAdverbs(tokens, found.NameStart >= 0 ? found.CountIndex : verb, start + 1);
        string name = text[tokens[start].Span.Start..tokens[end - 1].Span.End];
        return subject is not null && IsSubjectsOwn(name, subject) ? subject.Name : name;
    }

    /// <summary>
    /// Whether a named unit is the subject under another of its names: the subject's place name after nothing but party
    /// body words and the subject's level (<c>Huyện ủy Tân Phú</c>, <c>Ban Thường vụ Đảng ủy huyện Tân Phú</c>). A unit
    /// inside it that bears the same place name (<c>Chi bộ Trường THPT Tân Phú</c>, <c>Đảng bộ xã Tân Phú</c> in a district)
    /// is a unit of its own.
    /// </summary>
    private static bool IsSubjectsOwn(string name, PartyOrganization subject)
    {
        if (subject.UnitName is not string unit || !name.EndsWith(unit, StringComparison.Ordinal))
        {
            return false;
        }

        string[] level = subject.UnitLevel?.Split(' ') ?? [];
        foreach (string word in name[..^unit.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string key = VietnameseOrthography.Key(word);
            if (!SubjectBodyWords.Contains(key) && Array.IndexOf(level, key) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words of a party body's name that name no place (<c>Ban Thường vụ Đảng ủy</c>, <c>Ban Chấp hành Đảng bộ</c>).</summary>
    private static readonly HashSet<string> SubjectBodyWords = new(StringComparer.Ordinal)
    {
        "đảng", "bộ", "ủy", "uỷ", "ban", "thường", "vụ", "chấp", "hành", "cấp",
    };

    /// <summary>
    /// Start of a party unit named as the subject of the verb (<c>Đảng bộ xã Tân An (đã) kết nạp</c>, <c>Chi bộ thôn Nà Hang
    /// kết nạp</c>): a capitalised head, lower-case unit words and at least one capitalised name word, right before the verb; else -1.
    /// </summary>
    private static int NamedUnitBefore(ReadOnlySpan<Token> tokens, int verb)
    {
        int end = BeforeAdverbs(tokens, verb, 0);
        bool proper = false;
        for (int i = end - 1; i >= Math.Max(0, end - 10); i--)
        {
            if (i + 1 < end && tokens[i].IsCapitalized && (TokenPatterns.At(tokens, i, "đảng", "bộ") || TokenPatterns.At(tokens, i, "chi", "bộ") ||
                TokenPatterns.At(tokens, i, "đảng", "ủy") || TokenPatterns.At(tokens, i, "đảng", "uỷ")))
            {
                return proper ? i : -1;
            }

            bool capital = tokens[i].Kind == TokenKind.Abbreviation || (tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized);
            if (!capital && !(tokens[i].Kind == TokenKind.Word && UnitWords.Contains(tokens[i].Key)))
            {
                return -1;
            }

            // The head's own words ("bộ", "ủy") and unit words ("xã", a capitalised "Khối" that refers back to the subject)
            // do not make a name proper; "Tân An", "THPT" do.
            proper |= capital && !UnitWords.Contains(tokens[i].Key);
        }

        return -1;
    }

    /// <summary>Where the adverbs before the verb (<c>đã</c>, <c>cũng</c>, <c>đều</c>, <c>vừa</c>) that end at <paramref name="end"/> begin, not before <paramref name="floor"/>.</summary>
    private static int BeforeAdverbs(ReadOnlySpan<Token> tokens, int end, int floor)
    {
        while (end > floor && tokens[end - 1].Key is "đã" or "cũng" or "đều" or "vừa")
        {
            end--;
        }

        return end;
    }

    /// <summary>Lower-case words inside a unit's name (<c>Chi bộ thôn Nà Hang</c>, <c>Đảng bộ xã Tân An</c>, <c>Chi bộ công ty Hưng Phát</c>).</summary>
    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "bộ", "ủy", "uỷ", "xã", "phường", "thị", "trấn", "huyện", "quận", "thành", "phố", "tỉnh", "thôn", "bản", "ấp", "khu", "khóm",
        "làng", "buôn", "sóc", "tổ", "xóm", "khối", "cụm", "cơ", "quan", "trường", "công", "ty",
    };

    private static AdmissionStatus StatusOf(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, string text,
        int clauseStart, int verb, Found found, decimal? percent, int? statedYear, bool resultAfterPlan)
    {
        // "đề nghị (Ban Thường vụ Huyện ủy xem xét, quyết định) kết nạp": a proposal, unless reported against
        // the target ("đạt 120%") or decided since ("đã quyết định", "đề nghị của … và quyết định").
        if (percent is null && IsProposed(tokens, text, clauseStart, verb))
        {
            return AdmissionStatus.Proposed;
        }

        // "Huyện ủy giao chỉ tiêu 80 đảng viên, các cơ sở đã kết nạp 86 đảng viên": the plan stands before a result
        // reported as done (its figure is read as the target).
        bool doneAgainstPlan = (verb > 0 && tokens[verb - 1].Key == "đã" && found.Of is not null) || resultAfterPlan;
        // "kế hoạch năm 2016 phát triển 200 đảng viên và kết quả cuối cùng là 250 đảng viên mới được kết nạp": the result told after
        // the plan is no part of it.
        int result = -1;
        for (int k = clauseStart; k + 1 < found.CountIndex; k++)
        {
            result = TokenPatterns.At(tokens, k, "kết", "quả") ? k : result;
        }

        if (!doneAgainstPlan && HasTargetMarker(tokens, result >= 0 ? result + 2 : clauseStart, verb))
        {
            return AdmissionStatus.Target;
        }

        // "Nghị quyết Đại hội … “Bình quân hằng năm phát triển 2.000 đảng viên”": the plan's own words, quoted.
        if (QuotedPlan(tokens, found.CountIndex))
        {
            return AdmissionStatus.Target;
        }

        // "kết nạp 05 đảng viên mới trở lên" ("trở lê" is a frequent typo).
        for (int i = found.NounEnd; i < Math.Min(tokens.Length, found.NounEnd + 3); i++)
        {
            if (tokens[i].Key == "trở" && i + 1 < tokens.Length && tokens[i + 1].Key is "lên" or "lê")
            {
                return AdmissionStatus.Target;
            }
        }

        // "đạt 41% kế hoạch năm": measured against the plan, so it is a result, whatever year the article reports on.
        if (percent is not null)
        {
            return AdmissionStatus.Achieved;
        }

        // A stated year decides: a later year than the one reported on is a plan, the same or earlier a result.
        if (statedYear is int year && context.Period is int period)
        {
            return year > period ? AdmissionStatus.Target : AdmissionStatus.Achieved;
        }

        bool reportedDone = result >= 0 || TokenPatterns.IndexOf(tokens, clauseStart, found.CountIndex, "đã") >= 0 ||
                            TokenPatterns.IndexOf(tokens, verb, found.CountIndex, "được") >= 0 || percent is not null;
        return !reportedDone && InPlan(context.Document, sentenceIndex, tokens, verb) ? AdmissionStatus.Target : AdmissionStatus.Achieved;
    }

    /// <summary>
    /// True when a result (<c>kết nạp được 125</c>, <c>đã kết nạp 125</c>) is told in a clause of its own after a plan's clause with
    /// a verb of admission: <c>Thành ủy giao chỉ tiêu kết nạp 75 đảng viên, Đảng bộ kết nạp được 125 đảng viên</c>. Not <c>phấn đấu
    /// kết nạp được 20 đảng viên</c>, where the plan's word opens the verb's own clause.
    /// </summary>
    private static bool ResultAfterPlan(ReadOnlySpan<Token> tokens, int clauseStart, int verb)
    {
        int length = VerbAt(tokens, verb);
        bool done = (verb > 0 && tokens[verb - 1].Key == "đã") || (verb + length < tokens.Length && tokens[verb + length].Key == "được");
        int comma = verb - 1;
        while (comma > clauseStart && tokens[comma].Key != ",")
        {
            comma--;
        }

        if (!done || comma <= clauseStart || HasTargetMarker(tokens, comma, verb) || !HasTargetMarker(tokens, clauseStart, comma))
        {
            return false;
        }

        // "Thực hiện Nghị quyết … về thực hiện mục tiêu, nhiệm vụ năm 2019, toàn tỉnh đã kết nạp được 4.022 đảng viên": the plan is
        // what the result carries out. An outlet's tag may open the sentence ("(ĐN) - Thực hiện …").
        if (CarryingOut.Find(tokens, clauseStart, Math.Min(comma, clauseStart + 6), out _, out _) >= 0)
        {
            return true;
        }

        for (int k = clauseStart; k < comma; k++)
        {
            if (VerbAt(tokens, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The plan's count before a result told in a clause of its own (where <see cref="ResultAfterPlan"/> holds): 75 in <c>giao chỉ
    /// tiêu kết nạp 75 đảng viên, Đảng bộ kết nạp được 125 đảng viên</c>; else null.
    /// </summary>
    private static int? PlanCountBefore(ReadOnlySpan<Token> tokens, string text, int clauseStart, int verb)
    {
        for (int k = clauseStart; k < verb; k++)
        {
            if (VerbAt(tokens, k) is int length and > 0 && CountAfter(tokens, text, k, length, out var plan) && plan.CountIndex < verb && plan.Of is null)
            {
                return plan.Count;
            }
        }

        return null;
    }

    /// <summary>True when the count at <paramref name="at"/> stands inside a quotation that a plan or resolution introduces.</summary>
    private static bool QuotedPlan(ReadOnlySpan<Token> tokens, int at)
    {
        int opening = -1, quotes = 0;
        for (int i = 0; i < at; i++)
        {
            if (tokens[i].Key == "\"")
            {
                quotes++;
                opening = i;
            }
        }

        return quotes % 2 == 1 && PlanWords.Find(tokens, Math.Max(0, opening - 12), opening, out _, out _) >= 0;
    }

    /// <summary>
    /// A plan or goal word between <paramref name="from"/> and <paramref name="to"/>, except the base of a result:
    /// <c>đạt 105% kế hoạch</c>, <c>vượt chỉ tiêu</c>, <c>so với kế hoạch</c>, <c>hoàn thành chỉ tiêu</c>.
    /// </summary>
    private static bool HasTargetMarker(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int at = TargetMarkers.Find(tokens, from, to, out _, out int length); at >= 0; at = TargetMarkers.Find(tokens, at + length, to, out _, out length))
        {
            bool baseOfResult = at > 0 && (tokens[at - 1].Kind == TokenKind.Percent || tokens[at - 1].Key is "vượt" or "đạt" or "với" or "thành");
            // "Đảng bộ TP Cần Thơ kết nạp …", "xã Giao Thủy": a capitalised marker that a capitalised word continues is a place's name.
            bool name = tokens[at].IsCapitalized && at + length < tokens.Length && tokens[at + length].Kind == TokenKind.Word && tokens[at + length].IsCapitalized;
            // "qua thời gian rèn luyện, phấn đấu đã có 659 đoàn viên …": striving told as done (a past marker after it) is no plan.
            bool done = tokens[at].Key == "phấn" && TokenPatterns.IndexOf(tokens, at + length, Math.Min(to, at + length + 3), "đã") >= 0;
            if (!baseOfResult && !name && !done)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The percentage at <paramref name="i"/> when it is stated against the plan: <c>đạt 107,5%</c>, <c>bằng 95%</c>,
    /// <c>hoàn thành 120%</c>, <c>đạt 102% so với kế hoạch</c>, <c>đạt trên 38% so với kế hoạch</c> — not a comparison with another year (<c>bằng 107% so với
    /// năm 2022</c>, <c>đạt 110% so với cùng kỳ</c>) and not an excess (<c>vượt 20%</c>).
    /// </summary>
    private static decimal? PlanPercentAt(ReadOnlySpan<Token> tokens, string text, int i)
    {
        if (tokens[i].Kind != TokenKind.Percent || i == 0)
        {
            return null;
        }

        // "đạt trên 38,1%", "đạt gần 90%": a bound before the figure; the figure is kept as written.
        int verb = i - 1;
        if (verb > 0 && TokenPatterns.BoundWords.Contains(tokens[verb].Key))
        {
            verb -= tokens[verb].Key == "xỉ" && verb > 1 && tokens[verb - 1].Key == "xấp" ? 2 : 1;
        }

        bool stated = tokens[verb].Key is "đạt" or "bằng" || (verb >= 1 && TokenPatterns.At(tokens, verb - 1, "hoàn", "thành"));
        // "chiếm tỷ lệ 83,45% so với chỉ tiêu Nghị quyết": a share measured against the plan, when the plan is named after it.
        bool share = tokens[verb].Key == "chiếm" || (verb >= 2 && tokens[verb - 2].Key == "chiếm" && RateWords.EndsBefore(tokens, verb + 1, 2));
        if (share && PlanNamedAfter(tokens, i))
        {
            return TokenPatterns.Percent(tokens[i], text);
        }

        if (!stated || RateBefore(tokens, i))
        {
            return null;
        }

        if (i + 1 < tokens.Length && tokens[i + 1].Key == "so")
        {
            int basis = i + 2 < tokens.Length && tokens[i + 2].Key == "với" ? i + 3 : i + 2;
            if (!PlanWords.StartsAt(tokens, basis))
            {
                return null;
            }
        }

        // "bằng 6,6% số đảng viên cuối năm 2016", "đạt 3,02% tổng số đảng viên": a share of the membership, not of the plan.
        if (TokenPatterns.At(tokens, i + 1, "số") || TokenPatterns.At(tokens, i + 1, "tổng", "số"))
        {
            return null;
        }

        return TokenPatterns.Percent(tokens[i], text);
    }

    /// <summary>True when the plan is named right after the percentage at <paramref name="i"/> (<c>% so với chỉ tiêu</c>, <c>% kế hoạch</c>).</summary>
    private static bool PlanNamedAfter(ReadOnlySpan<Token> tokens, int i)
    {
        int basis = i + 1 < tokens.Length && tokens[i + 1].Key == "so" ? i + 2 + (i + 2 < tokens.Length && tokens[i + 2].Key == "với" ? 1 : 0) : i + 1;
        return basis < tokens.Length && PlanWords.StartsAt(tokens, basis);
    }

    /// <summary>Words that make a percentage a rate (of the membership, of growth), not a share of the plan.</summary>
    private static readonly PhraseTable<bool> RateWords = PhraseTableBuilder.Of("admission-rate-words", true, "tỷ lệ", "tỉ lệ");

    /// <summary>
    /// True when a rate is named in the words just before the percentage at <paramref name="percent"/> (<c>tỷ lệ kết nạp hằng năm
    /// đạt 8,2%</c>): the share of the membership admitted, not of the plan.
    /// </summary>
    private static bool RateBefore(ReadOnlySpan<Token> tokens, int percent)
    {
        // "tỷ lệ kết nạp đảng viên mới hằng năm đạt 8,7%": the rate's name may run to ten words; a count in between
        // ("tỷ lệ … và kết nạp 40 đảng viên đạt 105%") owns the percentage instead.
        for (int k = percent - 1; k >= Math.Max(0, percent - 10) && tokens[k].Key is not ("," or ";" or "("); k--)
        {
            if (tokens[k].Kind == TokenKind.Number && TokenPatterns.Year(tokens[k]) is null)
            {
                return false;
            }

            if (RateWords.StartsAt(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that name the plan a result is measured against.</summary>
    private static readonly PhraseTable<bool> PlanWords = PhraseTableBuilder.Of("admission-plan-words", true,
        "kế hoạch", "chỉ tiêu", "kh", "nghị quyết", "mục tiêu");

    /// <summary>
    /// A percentage of the plan stated before the count: <c>đạt 105% kế hoạch với 210 đảng viên được kết nạp</c>,
    /// <c>đạt 102% (kết nạp 204/200 đảng viên)</c>. Only plan words, a year and the verb may stand between the two.
    /// </summary>
    private static decimal? PlanPercentBefore(ReadOnlySpan<Token> tokens, string text, int clauseStart, int countIndex)
    {
        for (int i = countIndex - 1; i >= clauseStart; i--)
        {
            if (tokens[i].Kind == TokenKind.Percent)
            {
                return PlanPercentAt(tokens, text, i);
            }

            if (!PercentGapWords.Contains(tokens[i].Key) && TokenPatterns.Year(tokens[i]) is null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Words that may stand between a percentage of the plan and the count it belongs to.</summary>
    private static readonly HashSet<string> PercentGapWords = new(StringComparer.Ordinal)
    {
        "kế", "hoạch", "chỉ", "tiêu", "kh", "năm", "giao", "đề", "ra", "nghị", "quyết", "(", ":", "với", "là", "kết", "nạp", "được", "mới", "đã",
    };

    /// <summary>
    /// The plan stated after an achieved count: <c>kết nạp 165 đảng viên, kế hoạch giao 150</c>, <c>(chỉ tiêu 30 đảng
    /// viên)</c>, <c>chỉ tiêu được giao là 40</c>. Stops at another statement (a verb of its own) or a breakdown.
    /// </summary>
    private static int? PlanFigureAfter(ReadOnlySpan<Token> tokens, string text, int from, int clauseEnd)
    {
        for (int i = from; i < Math.Min(clauseEnd, from + 10); i++)
        {
            if (VerbAt(tokens, i) > 0 || TokenPatterns.At(tokens, i, "trong", "đó"))
            {
                return null;
            }

            // "39 đảng viên mới trong tổng số 200 đảng viên mới theo kế hoạch năm 2017": the whole of the plan.
            if ((TokenPatterns.At(tokens, i, "trong", "tổng", "số") || TokenPatterns.At(tokens, i, "trên", "tổng", "số")) &&
                i + 3 < clauseEnd && tokens[i + 3].Kind == TokenKind.Number &&
                TokenPatterns.ReadCount(tokens, text, i + 3, out int whole, out _) is int wholeRead and > 0 && whole > 0 &&
                PlanWords.Find(tokens, i + 3 + wholeRead, Math.Min(clauseEnd, i + 3 + wholeRead + 5), out _, out _) >= 0)
            {
                return whole;
            }

            if (!PlanWords.TryMatch(tokens, i, out _, out int length))
            {
                continue;
            }

            int j = i + length;
            // "so với chỉ tiêu kế hoạch (9.744 đảng viên)": plan words may follow each other, and the figure may stand in brackets.
            while (j < clauseEnd)
            {
                if (tokens[j].Key is "được" or "giao" or "đề" or "ra" or "là" or ":" or "(")
                {
                    j++;
                }
                else if (PlanWords.TryMatch(tokens, j, out _, out int more))
                {
                    j += more;
                }
                else
                {
                    break;
                }
            }

            if (j < clauseEnd && tokens[j].Kind == TokenKind.Number && TokenPatterns.Year(tokens[j]) is null &&
                TokenPatterns.ReadCount(tokens, text, j, out int plan, out int? of) > 0 && of is null && plan > 0)
            {
                return plan;
            }
        }

        return null;
    }

    private static bool IsProposed(ReadOnlySpan<Token> tokens, string text, int clauseStart, int verb)
    {
        int marker = ProposalMarkers.Find(tokens, clauseStart, verb, out _, out int length);
        // "Sau quá trình rèn luyện, 4 học sinh đã vinh dự đứng vào hàng ngũ Đảng": a marker that only ends another word (quá trình,
        // chương trình) proposes nothing; the word segmenter tells.
        while (marker > 0 && TokenPatterns.ContinuesWord(tokens, text, marker))
        {
            marker = ProposalMarkers.Find(tokens, marker + 1, verb, out _, out length);
        }

        if (marker < 0)
        {
            return false;
        }

        // "các chi bộ đã bồi dưỡng và xem xét chuẩn y kết nạp 40 đảng viên", "20 quần chúng được chuẩn y kết nạp": the approval
        // (chuẩn y) reported as given is the admission done; asked for ("trình … chuẩn y") it is a proposal, found first.
        if (TokenPatterns.At(tokens, marker, "chuẩn", "y") &&
            (TokenPatterns.IndexOf(tokens, clauseStart, marker, "đã") >= 0 || (marker > 0 && tokens[marker - 1].Key == "được")))
        {
            return false;
        }

        int after = marker + length;
        bool decided = (after < tokens.Length && tokens[after].Key == "của") ||
                       TokenPatterns.Contains(tokens, after, verb, "đã", "quyết", "định") ||
                       TokenPatterns.Contains(tokens, after, verb, "ra", "quyết", "định");
        return !decided;
    }

    /// <summary>True when the paragraph, before this point, opens a plan (<c>phương hướng nhiệm vụ năm 2021:</c>).</summary>
    private static bool InPlan(ArticleDocument document, int sentenceIndex, ReadOnlySpan<Token> tokens, int verb)
    {
        if (PlanOpeners.Find(tokens, 0, verb, out _, out _) >= 0)
        {
            return true;
        }

        // The headline has no paragraph before it.
        if (sentenceIndex == HeadlineIndex)
        {
            return false;
        }

        var sentences = document.Sentences;
        int paragraph = sentences[sentenceIndex].Paragraph;
        for (int s = sentenceIndex - 1; s >= Math.Max(0, sentenceIndex - LookBack) && sentences[s].Paragraph == paragraph; s--)
        {
            var earlier = document.TokensOf(sentences[s]);
            if (PlanOpeners.Find(earlier, 0, earlier.Length, out _, out _) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The year stated before <paramref name="index"/> (<see cref="TokenPatterns.StatedYearBefore"/>), unless it is the end of a
    /// running total (<c>đến năm 2020, Đảng bộ có … (kết nạp thêm 250 đảng viên)</c>), which belongs to no single year;
    /// also the year of a quarter (<c>quý I/2024</c>).
    /// </summary>
    private static int? ResultYearBefore(ReadOnlySpan<Token> tokens, int index)
    {
        for (int i = Math.Min(index, tokens.Length) - 1; i >= 1; i--)
        {
            if (tokens[i - 1].Key == "năm" && TokenPatterns.Year(tokens[i]) is int y)
            {
                // "tăng 19,4% so với cùng kỳ năm 2017", "so với năm 2020": the year compared with, not the one reported on.
                if (i >= 2 && tokens[i - 2].Key is "kỳ" or "với")
                {
                    continue;
                }

                // "đến năm 2020": the end of a running total; "(kể) từ năm 2020 (đến nay)": its start.
                return i >= 2 && tokens[i - 2].Key is "đến" or "tới" or "từ" ? null : y;
            }

            // "quý I/2024", "quý II-2024": a quarter of that year.
            if (i >= 3 && tokens[i - 1].Key is "/" or "-" && tokens[i - 3].Key == "quý" && TokenPatterns.Year(tokens[i]) is int quarterYear)
            {
                return quarterYear;
            }
        }

        return null;
    }

    /// <summary>Most words between a statement's count or verb and a year that closes it (<c>… được kết nạp vào Đảng trong năm 2019</c>).</summary>
    private const int YearAfterReach = 8;

    /// <summary>
    /// The year that closes the statement's clause after <paramref name="from"/> (<c>19 quần chúng được kết nạp vào Đảng trong năm
    /// 2019</c>, <c>kết nạp 50 đảng viên trong năm 2020</c>); not the end or start of a running total (<c>tính đến năm 2019</c>).
    /// </summary>
    private static int? ResultYearAfter(ReadOnlySpan<Token> tokens, int from)
    {
        for (int i = from; i + 1 < tokens.Length && i < from + YearAfterReach; i++)
        {
            if (tokens[i].Key is "," or ";" or "(" or ":")
            {
                return null;
            }

            if (tokens[i].Key == "năm" && TokenPatterns.Year(tokens[i + 1]) is int y)
            {
                return i >= 1 && tokens[i - 1].Key is "đến" or "tới" or "từ" ? null : y;
            }
        }

        return null;
    }

    private static int? YearInParagraphBefore(ArticleDocument document, int sentenceIndex)
    {
        var sentences = document.Sentences;
        int paragraph = sentences[sentenceIndex].Paragraph;
        for (int s = sentenceIndex - 1; s >= Math.Max(0, sentenceIndex - LookBack) && sentences[s].Paragraph == paragraph; s--)
        {
            var earlier = document.TokensOf(sentences[s]);
            if (ResultYearBefore(earlier, earlier.Length) is int y)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>
    /// "…, trong đó Đảng bộ xã A 21 đảng viên, Chi bộ B 16 đảng viên", "trong đó: xã Tân An 12, thị trấn 5": one record per
    /// part, each with its organisation. A part's count is marked <paramref name="seen"/>, so a part with a verb of its own
    /// (<c>Đảng bộ xã A kết nạp 21 đảng viên</c>) is not read again as a statement. The breakdown may also open the next
    /// sentence (<c>… kết nạp 957 đảng viên. Trong đó, Thạnh Phú 121 đảng viên, Ba Tri 118, …</c>).
    /// </summary>
    private static void AddBreakdown(ExtractionContext context, Dictionary<string, List<(int Index, YearSource Source)>> facts, HashSet<int> seen, int sentenceIndex, ReadOnlySpan<Token> tokens, int from,
        int total, AdmissionStatus status, int? year, YearSource source, Evidence evidence)
    {
        int inWhich = -1;
        // "kết nạp 243 đảng viên mới (đạt 101% kế hoạch), trong đó …": a remark may stand before the breakdown.
        for (int i = from; i + 1 < tokens.Length && i < from + 12 && (i == from || VerbAt(tokens, i) == 0); i++)
        {
            if (TokenPatterns.At(tokens, i, "trong", "đó"))
            {
                inWhich = i + 2;
                break;
            }
        }

        if (inWhich >= 0)
        {
            AddParts(context, facts, seen, tokens, inWhich, total, status, year, source, evidence);
            return;
        }

        // "Trong 23 đảng viên được kết nạp lần này, Chi bộ 1 có 8 đảng viên, Chi bộ 2 có 11 …": the sentence opens on the total it then
        // breaks down, after the comma; the parts are records when they add up.
        int among = TokenPatterns.At(tokens, 0, "trong", "số") ? 2 : TokenPatterns.At(tokens, 0, "trong") ? 1 : -1;
        if (among > 0 && among < tokens.Length && tokens[among].Kind == TokenKind.Number && TokenPatterns.IndexOf(tokens, from, tokens.Length, ",") is int comma and >= 0)
        {
            AddParts(context, facts, seen, tokens, comma + 1, total, status, year, source, evidence, partsMustAddUp: true);
            return;
        }

        // The next sentence's "Trong đó" breaks down the sentence's last admission count.
        var sentences = context.Document.Sentences;
        if (sentenceIndex + 1 < sentences.Length && !VerbAfter(tokens, from))
        {
            var next = context.Document.TokensOf(sentences[sentenceIndex + 1]);
            if (TokenPatterns.At(next, 0, "trong", "đó"))
            {
                // The next sentence's own statements are read with it; its parts here are new records only when they add up.
                AddParts(context, facts, [], next, 2, total, status, year, source, context.EvidenceOf(sentences[sentenceIndex + 1]), partsMustAddUp: true);
            }
        }
    }

    /// <summary>True when an admission verb stands at or after <paramref name="from"/> in the sentence.</summary>
    private static bool VerbAfter(ReadOnlySpan<Token> tokens, int from)
    {
        for (int i = from; i < tokens.Length; i++)
        {
            if (VerbAt(tokens, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A part of a breakdown: its count, its organisation's tokens [NameStart, NameEnd), and whether a bare place name gave it.</summary>
    private readonly record struct Part(int CountIndex, int Count, int? Of, int NameStart, int NameEnd, bool Bare);

    /// <summary>
    /// The parts after <c>trong đó</c>. A part named by a place alone, its count bare (<c>Mỏ Cày Nam 121</c>), could be anything
    /// counted; it is a part only when the parts add up to <paramref name="total"/>, as do parts in another sentence.
    /// </summary>
    private static void AddParts(ExtractionContext context, Dictionary<string, List<(int Index, YearSource Source)>> facts, HashSet<int> seen, ReadOnlySpan<Token> tokens, int inWhich,
        int total, AdmissionStatus status, int? year, YearSource source, Evidence evidence, bool partsMustAddUp = false)
    {
        string text = context.Document.Text;
        var parts = new List<Part>();
        // "Trong đó, …", "trong đó: …".
        while (inWhich < tokens.Length && tokens[inWhich].Key is "," or ":")
        {
            inWhich++;
        }

        int partStart = inWhich;
        int lastPartEnd = inWhich - 1;
        // The parts may run on past ';' ("trong đó: Đảng bộ xã A 12 đảng viên; Đảng bộ xã B 9 đảng viên").
        for (int i = inWhich; i < tokens.Length; i++)
        {
            // A part ends at a separator once it has had its count ("…, các đảng bộ xã, thị trấn 227 đảng viên").
            if (tokens[i].Key is "," or ":" or ";")
            {
                // An empty part (", ,") is skipped.
                if (lastPartEnd >= partStart || tokens[i].Key is ";" or ":" || partStart == i)
                {
                    partStart = i + 1;
                }

                continue;
            }

            // "…, Chi bộ 2 có 11 đảng viên và Chi bộ 3 có 4 đảng viên": after a part's count, "và" opens the last part.
            if (tokens[i].Key == "và" && lastPartEnd >= partStart)
            {
                partStart = i + 1;
                continue;
            }

            if (tokens[i].Kind != TokenKind.Number || i == partStart)
            {
                continue;
            }

            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out int? of);
            if (read == 0)
            {
                continue;
            }

            // "Đảng bộ Trường THPT A 25, Chi bộ B 12": a party unit or a place may give its count with no noun, when the
            // count ends the part.
            bool unitNamed = UnitHeads.StartsAt(tokens, partStart);
            bool endsPart = i + read >= tokens.Length || tokens[i + read].Key is "," or ";" or "." or ")" or "và";
            bool counted = PartyNouns.StartsAt(tokens, i + read);
            // A capitalised name alone before a bare count ("Mỏ Cày Nam 121"), checked below by the sum.
            bool bareName = !counted && !unitNamed && endsPart && tokens[partStart].IsWordLike && (tokens[partStart].IsCapitalized || tokens[partStart].IsAllCaps);
            if (!counted && !(unitNamed && endsPart) && !bareName)
            {
                continue;
            }

            // A part names its organisation ("Đảng bộ xã A", "xã Tân An", "các đảng bộ xã, thị trấn"); "có 96 đảng viên là
            // đoàn viên" describes the members instead.
            bool named = unitNamed || bareName || (tokens[partStart].Kind == TokenKind.Word &&
                         (tokens[partStart].IsCapitalized || (tokens[partStart].Key == "các" && Officials.BodyWords.Contains(tokens[partStart + 1].Key))));
            if (!named)
            {
                if (tokens[partStart].Key == "có")
                {
                    break;
                }

                continue;
            }

            lastPartEnd = i;

            // "Đảng bộ xã Hòa An kết nạp 21 đảng viên": the organisation ends before its verb.
            int nameEnd = partStart + 1;
            while (nameEnd < i && VerbAt(tokens, nameEnd) == 0 && tokens[nameEnd].Key is not ("đã" or "có" or "được"))
            {
                nameEnd++;
            }

            parts.Add(new Part(i, count, of, partStart, nameEnd, bareName));
        }

        bool addsUp = parts.Count > 1 && parts.Sum(p => (long)p.Count) == total;
        foreach (var part in parts)
        {
            if ((part.Bare || partsMustAddUp) && !addsUp)
            {
                continue;
            }

            seen.Add(part.CountIndex);
            Add(context, facts, new Admission
            {
                Count = part.Count,
                Status = status,
                Target = part.Of,
                Organization = text[tokens[part.NameStart].Span.Start..tokens[part.NameEnd - 1].Span.End].Trim(),
                Year = year,
                Evidence = evidence,
                Confidence = 0.7,
            }, source);
        }
    }
}
