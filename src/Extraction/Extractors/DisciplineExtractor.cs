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
        ("khiển trách", DisciplineForm.Reprimand), ("cảnh cáo", DisciplineForm.Warning), ("cách chức", DisciplineForm.Dismissal),
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
        ("cấp ủy", DisciplineSubject.Organization), ("ban thường vụ", DisciplineSubject.Organization),
    });

    /// <summary>Words just before the trigger that make it something other than an imposed discipline.</summary>
    private static readonly PhraseTable<bool> NotImposed = PhraseTableBuilder.Of("discipline-not-imposed", true,
        "đề nghị", "đề nghị thi hành", "đề nghị xử lý", "xem xét đề nghị", "kiến nghị", "kỷ cương", "chấp hành", "giữ nghiêm",
        "tăng cường", "nghiêm", "lao động", "hành chính", "kiểm điểm", "sai phạm đến mức", "phải", "chưa đến mức");

    /// <summary>Words that introduce a named person after a form.</summary>
    private static readonly PhraseTable<bool> PersonWords = PhraseTableBuilder.Of("discipline-person-words", true,
        "ông", "bà", "các ông", "các bà", "đồng chí", "các đồng chí", "đ/c");

    public string Name => "disciplines";

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentences[s]);
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

                if (NotImposed.Find(tokens, Math.Max(0, i - 3), i, out _, out _) >= 0 || NotImposed.StartsAt(tokens, i + triggerLength))
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
                    if (discipline.Consistent == false)
                    {
                        context.Warnings.Add($"A discipline breakdown does not add up: {discipline.Forms} against a total of {discipline.Total} ({discipline.Evidence.Sentence.Trim()}).");
                    }
                }
            }
        }
    }

    private static List<Discipline> Read(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, int trigger, int from, int end, out int readTo)
    {
        string text = context.Document.Text;
        var totals = new List<(DisciplineSubject Subject, int Count)>();
        readTo = from;

        // Totals after the trigger: "kỷ luật 2 tổ chức đảng và 36 đảng viên".
        int i = from;
        while (i < end && tokens[i].Key is "đối" or "với" or "được" or "đã" or "tổng" or "số" or ":" or "là" or "cho")
        {
            i++;
        }

        while (trigger >= 0 && i < end)
        {
            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
            if (read == 0 || !Subjects.TryMatch(tokens, i + read, out var subject, out int nounLength))
            {
                break;
            }

            totals.Add((subject, count));
            i += read + nounLength;
            readTo = i;
            if (i < end && tokens[i].Key is "và" or ",")
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
                    totals.Add((subject, count));
                    break;
                }
            }
        }

        var forms = ReadForms(tokens, text, trigger >= 0 ? from : from, end, out int formsEnd, out bool byNames);
        readTo = Math.Max(readTo, formsEnd);
        if (forms.Count == 0 && totals.Count == 0)
        {
            return [];
        }

        // "kỷ luật 5 đảng viên bằng hình thức khiển trách": one form, no count: it is the total's.
        if (totals.Count == 1 && forms.Count == 1 && forms[0].Count is null)
        {
            forms[0] = forms[0] with { Count = totals[0].Count };
        }

        if (forms.Any(f => f.Count is null))
        {
            forms.RemoveAll(f => f.Count is null);
            if (forms.Count == 0 && totals.Count == 0)
            {
                return [];
            }
        }

        var sentence = context.Document.Sentences[sentenceIndex];
        var evidence = context.EvidenceOf(sentence);
        int? year = TokenPatterns.StatedYearBefore(tokens, Math.Max(0, trigger)) ?? context.Period;
        var records = new List<Discipline>();
        if (totals.Count == 0)
        {
            var subject = forms.Any(f => f.Form == DisciplineForm.Dissolution) ? DisciplineSubject.Organization : DisciplineSubject.Member;
            records.Add(Make(subject, null, forms, context, year, evidence, byNames ? 0.8 : 0.7));
            return records;
        }

        for (int t = 0; t < totals.Count; t++)
        {
            // With two totals (organisations and members), dissolution belongs to organisations, the rest to members.
            var own = totals.Count == 1
                ? forms
                : forms.Where(f => (f.Form == DisciplineForm.Dissolution) == (totals[t].Subject == DisciplineSubject.Organization)).ToList();
            records.Add(Make(totals[t].Subject, totals[t].Count, own, context, year, evidence, 0.9));
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

    private readonly record struct FormCount(DisciplineForm Form, int? Count);

    /// <summary>
    /// The forms named in [from, end) with their counts: <c>khiển trách 26</c>, <c>khiển trách: 26 đồng chí</c>,
    /// <c>26 đồng chí bị khiển trách</c>, <c>khai trừ … các ông A, B</c> (2).
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
            while (after < end && tokens[after].Key is ":" or "(" or "với" or "đối" or "là")
            {
                after++;
            }

            int read = TokenPatterns.ReadCount(tokens, text, after, out int count, out _);
            if (read > 0 && tokens[after].Kind == TokenKind.Number)
            {
                forms.Add(new FormCount(form, count));
                readTo = after + read;
                if (Subjects.TryMatch(tokens, readTo, out _, out int nounLength))
                {
                    readTo += nounLength;
                }

                i = readTo - 1;
                continue;
            }

            // "26 đồng chí (bị) khiển trách", "3 trường hợp cảnh cáo".
            int? before = CountBefore(tokens, text, i);
            if (before is int b)
            {
                forms.Add(new FormCount(form, b));
                readTo = after;
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
        while (j >= 0 && tokens[j].Key is "bị" or "bằng" or "hình" or "thức" or "với" or "bị" or "xử" or "lý")
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

    /// <summary>Counts the people a decision names: "đối với các ông Nguyễn Văn A, Trần Văn B; …".</summary>
    private static int CountNamedPeople(ReadOnlySpan<Token> tokens, int from, int end, out int readTo)
    {
        readTo = from;
        int i = from;
        // Skip "ra khỏi Đảng đối với".
        while (i < end && i < from + 6 && !PersonWords.StartsAt(tokens, i))
        {
            i++;
        }

        if (i >= end || !PersonWords.TryMatch(tokens, i, out _, out int introLength))
        {
            return 0;
        }

        i += introLength;
        int people = 0;
        while (i < end)
        {
            int run = 0;
            while (i + run < end && tokens[i + run].Kind == TokenKind.Word && tokens[i + run].IsCapitalized)
            {
                run++;
            }

            if (run < 2)
            {
                break;
            }

            people++;
            i += run;
            readTo = i;
            if (i < end && tokens[i].Key is "," or "và")
            {
                i++;
                if (PersonWords.TryMatch(tokens, i, out _, out int again))
                {
                    i += again;
                }

                continue;
            }

            break;
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
