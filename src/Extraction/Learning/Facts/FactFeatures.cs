using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Records;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Learning.Facts;

/// <summary>
/// The indicator features of one rule candidate, hashed (the same code for training and use):
/// the record type and the rule path (its rule confidence), the record's fields, the count's size
/// and whether it reads as a year, the groups of cue phrases (plan, proposal, negation, look-alike …)
/// in the sentence, on which side of the count (or the name) and how near they stand, the section
/// and position of the sentence, its length, what else the extractors found in it, and whether the
/// same fact was already found. Every feature is conjoined with the record type, since one word
/// means different things for an admission and for an official.
/// </summary>
/// <remarks>
/// The words themselves around the count were features too, and the phrases' own identities: with
/// the fourteen wrong candidates the train split has, they only memorised (held-out AUC 0.49 with
/// them, 0.74 without), so words enter through the named cue groups alone.
/// </remarks>
internal static class FactFeatures
{
    /// <summary>The feature set the model files must name.</summary>
    public const string FeatureSetId = "fact-candidates";

    /// <summary>Bumped whenever the features change meaning.</summary>
    public const int FeatureSetVersion = 1;

    /// <summary>
    /// Cue phrases by group: what makes a count a plan, a proposal, a denial or not a party fact at
    /// all. General Vietnamese phrasing, not phrases of particular articles.
    /// </summary>
    private static readonly (string Phrase, string Group)[] CueList =
    [
        ("phấn đấu", "plan"), ("chỉ tiêu", "plan"), ("kế hoạch", "plan"), ("dự kiến", "plan"), ("sẽ", "plan"),
        ("mục tiêu", "plan"), ("trở lên", "plan"), ("phải", "plan"), ("cần", "plan"), ("nhiệm kỳ tới", "plan"),
        ("giao", "plan"), ("đạt", "result"), ("vượt", "result"), ("đã", "done"), ("được", "done"), ("vừa", "done"),
        ("trao", "done"), ("tặng", "done"), ("nhận", "done"), ("tổ chức lễ", "done"), ("quyết định", "done"),
        ("đề nghị", "proposal"), ("xét", "proposal"), ("đề xuất", "proposal"), ("trình", "proposal"), ("xem xét", "proposal"),
        ("chờ", "proposal"), ("hồ sơ", "proposal"), ("không", "negation"), ("chưa", "negation"), ("chưa có", "negation"),
        ("lớp bồi dưỡng", "lookalike"), ("bồi dưỡng", "lookalike"), ("cảm tình đảng", "lookalike"), ("nhận thức về đảng", "lookalike"),
        ("thẻ vàng", "lookalike"), ("danh hiệu", "lookalike"), ("hội viên", "lookalike"), ("đoàn viên", "lookalike"),
        ("công đoàn", "lookalike"), ("chuyển đảng chính thức", "lookalike"), ("tổng số", "lookalike"), ("nâng", "lookalike"),
        ("tỷ lệ", "lookalike"), ("công ty", "lookalike"), ("doanh nghiệp", "lookalike"), ("học sinh", "lookalike"),
        ("sinh viên", "lookalike"), ("giải", "lookalike"), ("vận động viên", "lookalike"), ("cầu thủ", "lookalike"),
        ("lao động", "lookalike"), ("hợp đồng", "lookalike"), ("nhân viên", "lookalike"), ("giáo viên", "lookalike"),
        ("người", "people"), ("đồng chí", "people"), ("đảng viên", "party"), ("đảng viên mới", "party"), ("quần chúng", "party"),
        ("chi bộ", "party"), ("đảng bộ", "party"), ("tổ chức đảng", "party"), ("ủy ban kiểm tra", "party"), ("kỷ luật", "discipline"),
        ("khiển trách", "discipline"), ("cảnh cáo", "discipline"), ("cách chức", "discipline"), ("khai trừ", "discipline"),
        ("vi phạm", "discipline"), ("huy hiệu đảng", "award"), ("huân chương", "award"), ("bằng khen", "award"),
        ("giấy khen", "award"), ("khen thưởng", "award"), ("năm", "time"), ("tháng", "time"), ("giai đoạn", "time"),
        ("từ đầu năm", "time"), ("nhiệm kỳ", "time"), ("đến nay", "time"), ("trong đó", "part"), ("gồm", "part"),
        ("nguyên", "former"), ("ông", "person"), ("bà", "person"), ("phát biểu", "person"),
        ("dự", "person"), ("chủ trì", "person"), ("theo", "source"), ("cho biết", "source"),
    ];

    private static readonly PhraseTable<int> Cues = new("fact-classifier-cues", CueList.Select((c, i) => (c.Phrase, i)));
    private static readonly ulong[] CueGroupHashes = CueList.Select(c => FeatureHash.Of(c.Group)).ToArray();

    private static readonly ulong Bias = FeatureHash.Of("bias");
    private static readonly ulong TypeT = FeatureHash.Of("type");
    private static readonly ulong RuleT = FeatureHash.Of("rule-confidence");
    private static readonly ulong StatusT = FeatureHash.Of("status");
    private static readonly ulong FieldT = FeatureHash.Of("field");
    private static readonly ulong SizeT = FeatureHash.Of("count-size");
    private static readonly ulong YearT = FeatureHash.Of("count-is-year");
    private static readonly ulong CueGroupT = FeatureHash.Of("cue-group");
    private static readonly ulong StatusCueT = FeatureHash.Of("status*cue-group");
    private static readonly ulong SectionT = FeatureHash.Of("section");
    private static readonly ulong RuleSectionT = FeatureHash.Of("rule*section");
    private static readonly ulong PositionT = FeatureHash.Of("position");
    private static readonly ulong LengthT = FeatureHash.Of("sentence-length");
    private static readonly ulong WithT = FeatureHash.Of("with");
    private static readonly ulong DuplicateT = FeatureHash.Of("duplicate");
    private static readonly ulong ManyT = FeatureHash.Of("same-type-in-article");
    private static readonly ulong AnchorT = FeatureHash.Of("anchor-found");
    private static readonly ulong ContextT = FeatureHash.Of("article");

    /// <summary>Appends the features of <paramref name="candidates"/>[<paramref name="which"/>] to <paramref name="output"/>.</summary>
    public static void Extract(ExtractionContext context, ReadOnlySpan<FactCandidate> candidates, int which, List<ulong> output)
    {
        var candidate = candidates[which];
        var document = context.Document;
        ulong t = (ulong)candidate.Type + 1;
        var status = candidate.StatusIn(context);
        ulong rule = (ulong)Math.Round(candidate.RuleConfidenceIn(context) * 100);

        output.Add(Bias);
        output.Add(FeatureHash.Combine(TypeT, t));
        output.Add(FeatureHash.Combine(RuleT, t, rule));
        output.Add(FeatureHash.Combine(StatusT, t, (ulong)status));
        output.Add(FeatureHash.Combine(ContextT, t, context.Subject is null ? 0UL : 1UL, context.Period is null ? 0UL : 1UL));

        int number = AddFields(context, candidate, t, output);
        if (number >= 0)
        {
            ulong size = number == 0 ? 0 : (ulong)Math.Min(14, 1 + (int)Math.Log2(number));
            output.Add(FeatureHash.Combine(SizeT, t, size));
            output.Add(FeatureHash.Combine(YearT, t, number is >= 1900 and <= 2100 ? 1UL : 0UL));
        }

        // Sentence-level features.
        ulong section;
        if (candidate.Sentence < 0)
        {
            output.Add(FeatureHash.Combine(SectionT, t, 9));
            return;
        }

        var sentence = document.Sentences[candidate.Sentence];
        section = candidate.Sentence == 0 ? 0UL : sentence.Paragraph == 0 ? 1UL : IsCaption(document, sentence) ? 3UL : 2UL;
        output.Add(FeatureHash.Combine(SectionT, t, section));
        output.Add(FeatureHash.Combine(RuleSectionT, t, rule, section));
        int paragraphs = Math.Max(1, document.Cleaned.ParagraphSpans.Count);
        output.Add(FeatureHash.Combine(PositionT, t, (ulong)(sentence.Paragraph * 5 / paragraphs)));
        output.Add(FeatureHash.Combine(LengthT, t, (ulong)Math.Min(9, (int)Math.Log2(1 + sentence.TokenCount))));

        var tokens = document.TokensOf(sentence);
        int anchor = Anchor(context, candidate, tokens, number);
        output.Add(FeatureHash.Combine(AnchorT, t, anchor >= 0 ? 1UL : 0UL));
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!Cues.TryMatch(tokens, i, out int cue, out int length))
            {
                continue;
            }

            ulong side = anchor < 0 ? 2UL : i < anchor ? 0UL : 1UL;
            ulong near = anchor >= 0 && Math.Abs(i - anchor) <= 4 ? 1UL : 0UL;

            output.Add(FeatureHash.Combine(CueGroupT, t, CueGroupHashes[cue], side, near));
            output.Add(FeatureHash.Combine(StatusCueT, t, (ulong)status, CueGroupHashes[cue]));
            i += length - 1;
        }

        // What the other extractors found in this sentence, and whether this fact was already seen.
        int sameType = 0;
        uint others = 0;
        bool duplicate = false;
        ulong key = KeyOf(context, candidate);
        for (int j = 0; j < candidates.Length; j++)
        {
            var other = candidates[j];
            if (j == which)
            {
                continue;
            }

            if (other.Type == candidate.Type)
            {
                sameType++;
                duplicate |= j < which && KeyOf(context, other) == key;
            }

            if (other.Sentence == candidate.Sentence)
            {
                others |= other.Type == candidate.Type ? 1u << 4 : 1u << (int)other.Type;
            }
        }

        for (int bit = 0; bit < 5; bit++)
        {
            if ((others & (1u << bit)) != 0)
            {
                output.Add(FeatureHash.Combine(WithT, t, (ulong)bit));
            }
        }

        output.Add(FeatureHash.Combine(DuplicateT, t, duplicate ? 1UL : 0UL));
        output.Add(FeatureHash.Combine(ManyT, t, (ulong)Math.Min(4, sameType)));
    }

    /// <summary>Adds the features of the record's own fields; returns its count (or -1 when it has none).</summary>
    private static int AddFields(ExtractionContext context, FactCandidate candidate, ulong t, List<ulong> output)
    {
        switch (candidate.Type)
        {
            case FactType.Admission:
            {
                var a = context.Admissions[candidate.Index];
                Field(output, t, 0, a.Target is not null);
                Field(output, t, 1, a.PercentOfTarget is not null);
                Field(output, t, 2, a.Organization is not null);
                Field(output, t, 3, a.Year is not null);
                Field(output, t, 4, a.Year is not null && a.Year == context.Period);
                return a.Count;
            }

            case FactType.Discipline:
            {
                var d = context.Disciplines[candidate.Index];
                int forms = d.Forms.StatedCount;
                output.Add(FeatureHash.Combine(FieldT, t, 10, (ulong)d.Subject));
                output.Add(FeatureHash.Combine(FieldT, t, 11, (ulong)forms));
                output.Add(FeatureHash.Combine(FieldT, t, 12, d.Consistent switch { true => 1UL, false => 2UL, null => 0UL }));
                Field(output, t, 13, d.Total is not null);
                Field(output, t, 14, d.Organization is not null);
                Field(output, t, 15, d.Year is not null);
                return d.Total ?? d.Forms.Sum ?? -1;
            }

            case FactType.Award:
            {
                var a = context.Awards[candidate.Index];
                output.Add(FeatureHash.Combine(FieldT, t, 20, (ulong)a.Kind));
                output.Add(FeatureHash.Combine(FieldT, t, 21, (ulong)Math.Min(3, a.Recipients.Count)));
                Field(output, t, 22, a.RecipientName is not null);
                Field(output, t, 23, a.Grantor is not null);
                Field(output, t, 24, a.Detail is not null);
                int sum = 0;
                foreach (var r in a.Recipients)
                {
                    output.Add(FeatureHash.Combine(FieldT, t, 25, (ulong)r.Kind));
                    sum += r.Count ?? 0;
                }

                return a.Recipients.Count > 0 ? sum : -1;
            }

            default:
            {
                var o = context.Officials[candidate.Index];
                output.Add(FeatureHash.Combine(FieldT, t, 30, (ulong)Math.Min(3, o.Titles.Count)));
                output.Add(FeatureHash.Combine(FieldT, t, 31, (ulong)Math.Min(4, o.Mentions.Count)));
                output.Add(FeatureHash.Combine(FieldT, t, 32, (ulong)Math.Min(6, Syllables(o.Name))));
                Field(output, t, 33, o.Former);
                bool organization = false;
                foreach (var title in o.Titles)
                {
                    organization |= title.Organization is not null;
                    output.Add(FeatureHash.Combine(FieldT, t, 34, FeatureHash.Of(title.Position)));
                }

                Field(output, t, 35, organization);
                return -1;
            }
        }
    }

    private static void Field(List<ulong> output, ulong t, ulong field, bool value) =>
        output.Add(FeatureHash.Combine(FieldT, t, field, value ? 1UL : 0UL));

    private static int Syllables(string name)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in name)
        {
            bool letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    /// <summary>
    /// The token the record hangs on: the count (a number token whose value is the record's count),
    /// else, for an official, the first syllable of the name; -1 when neither is found.
    /// </summary>
    private static int Anchor(ExtractionContext context, FactCandidate candidate, ReadOnlySpan<Token> tokens, int number)
    {
        string text = context.Document.Text;
        if (number >= 0)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == TokenKind.Number && VietnameseNumbers.TryParseCount(tokens[i].Span.Slice(text), out int value, out _) && value == number)
                {
                    return i;
                }
            }
        }

        if (candidate.Type == FactType.Official)
        {
            var name = context.Officials[candidate.Index].Name.AsSpan();
            int space = name.IndexOf(' ');
            var first = space < 0 ? name : name[..space];
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].IsCapitalized && tokens[i].Span.Length == first.Length
                    && tokens[i].Span.Slice(text).Equals(first, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static bool IsCaption(ArticleDocument document, Sentence sentence)
    {
        var captions = document.Cleaned.Captions;
        if (captions.Count == 0)
        {
            return false;
        }

        var text = document.Slice(sentence.Span);
        foreach (string caption in captions)
        {
            if (caption.AsSpan().Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hash of what makes two records of a type the same fact (as the scorer pairs them).</summary>
    private static ulong KeyOf(ExtractionContext context, FactCandidate candidate)
    {
        switch (candidate.Type)
        {
            case FactType.Admission:
                return (ulong)context.Admissions[candidate.Index].Count;
            case FactType.Discipline:
            {
                var d = context.Disciplines[candidate.Index];
                return FeatureHash.Combine((ulong)d.Subject, (ulong)(d.Total ?? -1), (ulong)(d.Forms.Sum ?? -1));
            }

            case FactType.Award:
            {
                var a = context.Awards[candidate.Index];
                ulong key = FeatureHash.Combine((ulong)a.Kind, FeatureHash.Of(a.RecipientName ?? ""));
                foreach (var r in a.Recipients)
                {
                    key = FeatureHash.Combine(key, (ulong)r.Kind, r.Count is int count ? (ulong)count : ulong.MaxValue);
                }

                return key;
            }

            default:
                return FeatureHash.Of(context.Officials[candidate.Index].Name);
        }
    }
}
