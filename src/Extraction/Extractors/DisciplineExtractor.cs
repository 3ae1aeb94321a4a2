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

    /// <summary>The forms of discipline, by how they are written.</summary>
    private static readonly PhraseTable<DisciplineForm> Forms = new("discipline-forms", new (string, DisciplineForm)[]
    {
        ("khiển trách", DisciplineForm.Reprimand), ("khiến trách", DisciplineForm.Reprimand), ("cảnh cáo", DisciplineForm.Warning), ("cách chức", DisciplineForm.Dismissal),
        ("cách hết các chức vụ", DisciplineForm.Dismissal), ("khai trừ", DisciplineForm.Expulsion),
        ("khai trừ ra khỏi đảng", DisciplineForm.Expulsion), ("giải tán", DisciplineForm.Dissolution),
    });

    /// <summary>Words that say a discipline was imposed.</summary>
    private static readonly PhraseTable<bool> Triggers = PhraseTableBuilder.Of("discipline-triggers", true, "kỷ luật", "kỉ luật");

    /// <summary>Who: members or organisations.</summary>
    private static readonly PhraseTable<DisciplineSubject> Subjects = new("discipline-subjects", new (string, DisciplineSubject)[]
    {
        ("đảng viên", DisciplineSubject.Member), ("đồng chí", DisciplineSubject.Member), ("trường hợp", DisciplineSubject.Member),
        ("cán bộ", DisciplineSubject.Member), ("cán bộ đảng viên", DisciplineSubject.Member), ("người", DisciplineSubject.Member),
        ("cán bộ, đảng viên", DisciplineSubject.Member), ("tổ chức đảng", DisciplineSubject.Organization),
        ("tổ chức cơ sở đảng", DisciplineSubject.Organization), ("tổ chức", DisciplineSubject.Organization),
        ("chi bộ", DisciplineSubject.Organization), ("đảng bộ", DisciplineSubject.Organization), ("tập thể", DisciplineSubject.Organization),
        ("cấp ủy", DisciplineSubject.Organization), ("đảng ủy", DisciplineSubject.Organization), ("ban thường vụ", DisciplineSubject.Organization),
    });

    /// <summary>Words just before the trigger that make it something other than an imposed discipline.</summary>
    private static readonly PhraseTable<bool> NotImposed = PhraseTableBuilder.Of("discipline-not-imposed", true,
        "đề nghị", "đề nghị thi hành", "đề nghị xử lý", "xem xét đề nghị", "kiến nghị", "kỷ cương", "chấp hành", "giữ nghiêm",
        "tăng cường", "nghiêm", "lao động", "hành chính", "kiểm điểm", "sai phạm đến mức", "phải", "chưa đến mức");

    /// <summary>Words that put a sentence outside party discipline: schools, workplaces, sport, administrative fines.</summary>
    private static readonly PhraseTable<bool> NonPartyContext = PhraseTableBuilder.Of("discipline-non-party", true,
        "kỷ luật lao động", "xử phạt", "vi phạm hành chính", "học sinh", "sinh viên", "cầu thủ", "thi đấu", "đội bóng", "công nhân",
        "nhà trường", "hội đồng kỷ luật", "giải bóng đá", "trọng tài", "thẻ vàng", "thẻ đỏ", "nội quy", "người lao động", "vận động viên");

    /// <summary>Words that put a sentence inside party work.</summary>
    private static readonly PhraseTable<bool> PartyContext = PhraseTableBuilder.Of("discipline-party", true,
        "đảng", "đảng viên", "chi bộ", "ủy ban kiểm tra", "ubkt", "đồng chí", "đ/c", "huyện ủy", "tỉnh ủy", "thành ủy", "thị ủy", "đảng ủy");

    /// <summary>Words that introduce a named person after a form.</summary>
    private static readonly PhraseTable<bool> PersonWords = PhraseTableBuilder.Of("discipline-person-words", true,
        "ông", "bà", "các ông", "các bà", "đồng chí", "các đồng chí", "đ/c", "đảng viên", "các đảng viên");

    public string Name => "disciplines";

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentences[s]);
            if (NonPartyContext.Find(tokens, 0, tokens.Length, out _, out _) >= 0 || PartyContext.Find(tokens, 0, tokens.Length, out _, out _) < 0)
            {
                continue;
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

                if (NotImposed.Find(tokens, Math.Max(0, i - 3), i, out _, out _) >= 0 || NotImposed.StartsAt(tokens, i + triggerLength) || ProposedInClause(tokens, i))
                {
                    consumedTo = trigger ? i + triggerLength : i + 1;
                    continue;
                }

                int end = Math.Min(tokens.Length, i + Window);
                var record = Read(context, s, tokens, trigger ? i : -1, trigger ? i + triggerLength : i, end, out int readTo);
                consumedTo = Math.Max(readTo, i + 1);
                foreach (var discipline in record)
                {
                    context.Disciplines.Add(discipline);
                }
            }
        }

        Consolidate(context.Disciplines);
        foreach (var discipline in context.Disciplines.Where(d => d.Consistent == false))
        {
            context.Warnings.Add($"A discipline breakdown does not add up: {discipline.Forms} against a total of {discipline.Total} ({discipline.Evidence.Sentence.Trim()}).");
        }
    }

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

                if (earlier.Total is int total && later.Total == total && (earlier.Forms.Sum is null || later.Forms.Sum is null || earlier.Forms == later.Forms))
                {
                    disciplines[j] = earlier.Forms.Sum is null ? later : earlier;
                    disciplines.RemoveAt(k);
                    break;
                }
            }
        }
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

    /// <summary>"đề nghị Ủy ban Kiểm tra … xem xét, thi hành kỷ luật": a proposal earlier in the clause, with no decision after it.</summary>
    private static bool ProposedInClause(ReadOnlySpan<Token> tokens, int trigger)
    {
        bool proposed = false;
        for (int i = TokenPatterns.ClauseStart(tokens, trigger); i < trigger; i++)
        {
            if (TokenPatterns.At(tokens, i, "đề", "nghị") || TokenPatterns.At(tokens, i, "kiến", "nghị"))
            {
                proposed = true;
            }
            else if (TokenPatterns.At(tokens, i, "quyết", "định"))
            {
                proposed = false;
            }
        }

        return proposed;
    }

    private static List<Discipline> Read(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, int trigger, int from, int end, out int readTo)
    {
        string text = context.Document.Text;
        // The forms that follow belong to this trigger only up to the next one or a proposal.
        for (int k = from; k < end; k++)
        {
            if (Triggers.StartsAt(tokens, k) || TokenPatterns.At(tokens, k, "đề", "nghị"))
            {
                end = k;
                break;
            }
        }

        var totals = new List<(DisciplineSubject Subject, int Count, List<FormCount>? Own)>();
        readTo = from;

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
            else
            {
                break;
            }
        }

        while (trigger >= 0 && i < end)
        {
            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
            if (read == 0 || !Subjects.TryMatch(tokens, i + read, out var subject, out int nounLength) ||
                (tokens[i].Kind == TokenKind.Word && tokens[i + read].Key == "người"))
            {
                // "Kỷ luật một người để cứu nhiều người": a saying, not a count.
                break;
            }

            i += read + nounLength;
            List<FormCount>? own = null;
            if (i < end && tokens[i].Key == "(")
            {
                int close = TokenPatterns.IndexOf(tokens, i, end, ")");
                own = ReadForms(tokens, text, i + 1, close < 0 ? end : close, out _, out _);
                i = close < 0 ? end : close + 1;
            }

            totals.Add((subject, count, own));
            readTo = i;
            if (i < end && tokens[i].Key is "và" or "," && TokenPatterns.ReadCount(tokens, text, i + 1, out _, out _) > 0)
            {
                i++;
            }
        }

        // Total before the trigger: "36 đảng viên bị (thi hành) kỷ luật".
        if (trigger >= 0 && totals.Count == 0)
        {
            for (int j = trigger - 1; j >= Math.Max(0, trigger - 6); j--)
            {
                int read = TokenPatterns.ReadCount(tokens, text, j, out int count, out _);
                if (read > 0 && tokens[j].Kind == TokenKind.Number && Subjects.TryMatch(tokens, j + read, out var subject, out int nounLength) &&
                    Between(tokens, j + read + nounLength, trigger, "bị", "đã", "thi", "hành", "xử", "lý", "phải"))
                {
                    totals.Add((subject, count, null));
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
        }

        // "cảnh cáo đối với 2 đảng viên": the single form's count is the stated total.
        if (totals.Count == 0 && forms.Count == 1 && forms[0].CountsMembers && forms[0].Count is int stated)
        {
            totals.Add((DisciplineSubject.Member, stated, null));
        }

        // "kỷ luật 5 đảng viên bằng hình thức khiển trách": one form, no count: it is the total's.
        if (totals.Count == 1 && forms.Count == 1 && forms[0].Count is null)
        {
            forms[0] = forms[0] with { Count = totals[0].Count };
        }

        forms.RemoveAll(f => f.Count is null);
        if (forms.Count == 0 && totals.Count == 0)
        {
            return [];
        }

        var sentence = context.Document.Sentences[sentenceIndex];
        var evidence = context.EvidenceOf(sentence);
        int? year = TokenPatterns.StatedYearBefore(tokens, Math.Max(0, trigger)) ?? context.Period;
        var records = new List<Discipline>();
        if (totals.Count == 0)
        {
            var subject = forms.Any(f => f.Form == DisciplineForm.Dissolution || f.Organization) ? DisciplineSubject.Organization : DisciplineSubject.Member;
            records.Add(Make(subject, null, forms, context, year, evidence, byNames ? 0.8 : 0.7));
            return records;
        }

        foreach (var (subject, count, own) in totals)
        {
            // With two totals and one shared list, dissolution belongs to organisations, the rest to members.
            var mine = own ?? (totals.Count == 1
                ? forms
                : forms.Where(f => (f.Form == DisciplineForm.Dissolution) == (subject == DisciplineSubject.Organization)).ToList());
            mine.RemoveAll(f => f.Count is null);
            records.Add(Make(subject, count, mine, context, year, evidence, 0.9));
        }

        return records;
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

    /// <param name="Form">The form.</param>
    /// <param name="Count">How many, when stated.</param>
    /// <param name="CountsMembers">The count came as "đối với N đảng viên": it also states the total.</param>
    /// <param name="Organization">The form was imposed on a named party body.</param>
    private readonly record struct FormCount(DisciplineForm Form, int? Count, bool CountsMembers = false, bool Organization = false);

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
            if (!Forms.TryMatch(tokens, i, out var form, out int formLength))
            {
                continue;
            }

            int after = i + formLength;
            bool viaDoiVoi = false;
            while (after < end && tokens[after].Key is ":" or "(" or "với" or "đối" or "là")
            {
                viaDoiVoi |= tokens[after].Key == "đối";
                after++;
            }

            int read = TokenPatterns.ReadCount(tokens, text, after, out int count, out _);
            if (read > 0 && tokens[after].Kind == TokenKind.Number)
            {
                int next = after + read;
                bool noun = Subjects.TryMatch(tokens, next, out _, out int nounLength);
                if (!noun && next < end && tokens[next].Kind == TokenKind.Word && !Forms.StartsAt(tokens, next) && tokens[next].Key is not ("và" or "trường" or "người"))
                {
                    // "cảnh cáo 3 học sinh": not party members.
                    readTo = next;
                    i = next - 1;
                    continue;
                }

                forms.Add(new FormCount(form, count, viaDoiVoi && noun));
                readTo = next + (noun ? nounLength : 0);
                i = readTo - 1;
                continue;
            }

            // "26 đồng chí (bị) khiển trách", "3 trường hợp cảnh cáo".
            if (CountBefore(tokens, text, i) is int b)
            {
                forms.Add(new FormCount(form, b));
                readTo = after;
                continue;
            }

            // "cảnh cáo Ban Thường vụ Đảng ủy xã A": a named party body.
            if (after < end && tokens[after].IsCapitalized && Subjects.TryMatch(tokens, after, out var body, out _) && body == DisciplineSubject.Organization)
            {
                forms.Add(new FormCount(form, 1, Organization: true));
                readTo = after + 1;
                continue;
            }

            int named = CountNamedPeople(tokens, after, end, out int namesEnd);
            if (named > 0)
            {
                forms.Add(new FormCount(form, named));
                readTo = namesEnd;
                byNames = true;
                i = namesEnd - 1;
                continue;
            }

            forms.Add(new FormCount(form, null));
            readTo = after;
        }

        return forms;
    }

    private static int? CountBefore(ReadOnlySpan<Token> tokens, string text, int formIndex)
    {
        int j = formIndex - 1;
        while (j >= 0 && tokens[j].Key is "bị" or "bằng" or "hình" or "thức" or "với" or "xử" or "lý")
        {
            j--;
        }

        // Back over the noun: "26 đồng chí".
        for (int k = j; k >= Math.Max(0, j - 3); k--)
        {
            if (Subjects.TryMatch(tokens, k, out _, out int nounLength) && k + nounLength - 1 == j && k > 0 && tokens[k - 1].Kind == TokenKind.Number)
            {
                return TokenPatterns.ReadCount(tokens, text, k - 1, out int count, out _) > 0 ? count : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Counts the people a decision names, up to the next form or <c>;</c>: "đối với ông A, nguyên Chủ tịch
    /// UBND xã, và ông B" (2), "các ông: A, B, C" (3).
    /// </summary>
    private static int CountNamedPeople(ReadOnlySpan<Token> tokens, int from, int end, out int readTo)
    {
        readTo = from;
        int people = 0;
        bool listing = false;
        for (int i = from; i < end; i++)
        {
            if (tokens[i].Key == ";" || (i > from && Forms.StartsAt(tokens, i)))
            {
                break;
            }

            if (PersonWords.TryMatch(tokens, i, out _, out int introLength))
            {
                i += introLength;
                while (i < end && tokens[i].Key == ":")
                {
                    i++;
                }

                listing = true;
            }
            else if (!(listing && tokens[i - 1].Key is "," or "và" or ":"))
            {
                if (people == 0 && i >= from + 12)
                {
                    break;
                }

                continue;
            }

            int length = PersonNames.NameAt(tokens, i, introduced: true);
            if (length == 0)
            {
                listing = false;
                continue;
            }

            people++;
            i += length - 1;
            readTo = i + 1;
        }

        return people;
    }

    private static bool Between(ReadOnlySpan<Token> tokens, int from, int to, params ReadOnlySpan<string> allowed)
    {
        for (int i = from; i < to; i++)
        {
            if (!allowed.Contains(tokens[i].Key))
            {
                return false;
            }
        }

        return true;
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
