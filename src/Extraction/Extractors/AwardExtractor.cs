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

    private static readonly PhraseTable<AwardKind> Kinds = new("award-kinds", new (string, AwardKind)[]
    {
        ("huy hiệu đảng", AwardKind.PartyBadge), ("huy hiệu", AwardKind.PartyBadge),
        ("kỷ niệm chương", AwardKind.CommemorativeMedal), ("kỉ niệm chương", AwardKind.CommemorativeMedal),
        ("bằng khen", AwardKind.CertificateOfMerit), ("giấy khen", AwardKind.CertificateOfCommendation),
        ("cờ thi đua", AwardKind.EmulationFlag), ("huân chương", AwardKind.Order), ("huy chương", AwardKind.Medal),
        ("khen thưởng", AwardKind.Commendation),
    });

    private static readonly PhraseTable<RecipientKind> RecipientNouns = new("award-recipients", new (string, RecipientKind)[]
    {
        ("tập thể", RecipientKind.Collective), ("cá nhân", RecipientKind.Individual),
        ("tổ chức cơ sở đảng", RecipientKind.PartyOrganization), ("tổ chức đảng", RecipientKind.PartyOrganization),
        ("tổ chức cơ sở", RecipientKind.PartyOrganization), ("chi bộ", RecipientKind.PartyOrganization),
        ("đảng bộ", RecipientKind.PartyOrganization), ("chi, đảng bộ", RecipientKind.PartyOrganization),
        ("chi bộ, đảng bộ", RecipientKind.PartyOrganization), ("tổ chức cơ sở đảng trực thuộc", RecipientKind.PartyOrganization),
        ("đảng viên", RecipientKind.PartyMember), ("đồng chí", RecipientKind.PartyMember),
    });

    private static readonly PhraseTable<bool> ProposalMarkers = PhraseTableBuilder.Of("award-proposal-markers", true,
        "đề nghị", "xét đề nghị", "đề xuất", "trình", "xét tặng", "đề nghị cấp trên");

    private static readonly PhraseTable<bool> DetailOpeners = PhraseTableBuilder.Of("award-detail-openers", true,
        "vì", "hoàn thành", "có thành tích", "đã có thành tích", "đạt thành tích", "có nhiều đóng góp", "có nhiều thành tích", "do");

    public string Name => "awards";

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        var sentences = document.Sentences;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Length; s++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensOf(sentences[s]);
            int consumedTo = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (i < consumedTo || !Kinds.TryMatch(tokens, i, out var kind, out int kindLength))
                {
                    continue;
                }

                int clauseStart = TokenPatterns.ClauseStart(tokens, i);
                int clauseEnd = TokenPatterns.ClauseEnd(tokens, i);
                // "khen thưởng bằng Giấy khen": the named form wins over the plain word.
                if (kind == AwardKind.Commendation && NamedKindFollows(tokens, i + kindLength, clauseEnd))
                {
                    continue;
                }

                var award = Read(context, s, tokens, i, kind, kindLength, clauseStart, clauseEnd, out int readTo);
                consumedTo = readTo;
                if (award is not null)
                {
                    Add(context.Awards, seen, award);
                }
            }
        }
    }

    private static bool NamedKindFollows(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < Math.Min(to, from + 4); i++)
        {
            if (Kinds.TryMatch(tokens, i, out var kind, out _) && kind != AwardKind.Commendation)
            {
                return true;
            }
        }

        return false;
    }

    private static Award? Read(ExtractionContext context, int sentenceIndex, ReadOnlySpan<Token> tokens, int at, AwardKind kind, int kindLength,
        int clauseStart, int clauseEnd, out int readTo)
    {
        string text = context.Document.Text;
        int after = at + kindLength;
        readTo = after;
        string? detail = null;

        // "Huy hiệu 30 năm tuổi Đảng": the years qualify the badge; they are not recipients.
        if (kind == AwardKind.PartyBadge && after + 3 < tokens.Length && tokens[after].Kind == TokenKind.Number &&
            TokenPatterns.At(tokens, after + 1, "năm", "tuổi"))
        {
            int end = after + 3 + (after + 3 < tokens.Length && tokens[after + 3].Key == "đảng" ? 1 : 0);
            detail = text[tokens[after].Span.Start..tokens[end - 1].Span.End];
            after = end;
        }

        var recipients = new List<AwardRecipients>();
        int scanEnd = Math.Min(clauseEnd, after + RecipientWindow);
        int lastRecipient = after;
        for (int i = after; i < scanEnd; i++)
        {
            if (i > after && Kinds.StartsAt(tokens, i))
            {
                break;
            }

            // "cho 10 tập thể", "cho hai tập thể và năm cá nhân".
            int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
            if (read > 0 && RecipientNouns.TryMatch(tokens, i + read, out var recipient, out int nounLength))
            {
                recipients.Add(new AwardRecipients(recipient, count));
                i += read + nounLength - 1;
                lastRecipient = i + 1;
            }
        }

        // Before: "243 đảng viên được trao tặng Huy hiệu Đảng", "10 tập thể và 28 cá nhân được khen thưởng".
        if (recipients.Count == 0)
        {
            int passive = LastIndexOf(tokens, Math.Max(clauseStart, at - 6), at, "được");
            if (passive >= 0)
            {
                for (int i = Math.Max(clauseStart, passive - 14); i < passive; i++)
                {
                    int read = TokenPatterns.ReadCount(tokens, text, i, out int count, out _);
                    if (read > 0 && tokens[i].Kind == TokenKind.Number && RecipientNouns.TryMatch(tokens, i + read, out var recipient, out int nounLength))
                    {
                        recipients.Add(new AwardRecipients(recipient, count));
                        i += read + nounLength - 1;
                    }
                }
            }
        }

        readTo = Math.Max(lastRecipient, after);
        string? recipientName = recipients.Count == 0 ? NamedRecipient(tokens, text, at, after, clauseStart, clauseEnd) : null;
        if (recipients.Count == 0 && recipientName is null)
        {
            return null;
        }

        // "đề nghị UBND tỉnh tặng Bằng khen cho …, và Cờ thi đua cho …": the proposal covers the whole list.
        bool proposed = ProposalMarkers.Find(tokens, clauseStart, at, out _, out _) >= 0;
        detail ??= Detail(tokens, text, Math.Max(after, lastRecipient), clauseEnd);
        var sentence = context.Document.Sentences[sentenceIndex];
        return new Award
        {
            Kind = kind,
            Detail = detail,
            Recipients = recipients,
            RecipientName = recipientName,
            Grantor = Grantor(tokens, text, at, clauseStart, clauseEnd, after),
            Status = proposed ? AwardStatus.Proposed : AwardStatus.Awarded,
            Evidence = context.EvidenceOf(sentence),
            Confidence = recipients.Count > 0 ? 0.85 : 0.7,
        };
    }

    /// <summary>
    /// A named recipient: "cho đồng chí A", "cho đảng viên lão thành A", "cho Đảng bộ xã B" after the award,
    /// or "đồng chí A (Đảng bộ xã B) … được … tặng" before it.
    /// </summary>
    private static string? NamedRecipient(ReadOnlySpan<Token> tokens, string text, int at, int after, int clauseStart, int clauseEnd)
    {
        int to = TokenPatterns.IndexOf(tokens, after, Math.Min(clauseEnd, after + 8), "cho");
        if (to >= 0)
        {
            int first = to + 1;
            int intro = PersonNames.IntroducerAt(tokens, first);
            if (intro > 0 && PersonNames.NameAt(tokens, first + intro, introduced: true) is int introduced and > 0)
            {
                return PersonNames.Normalize(tokens, text, first + intro, introduced);
            }

            // "cho đảng viên lão thành Phạm Văn Hanh": a role, then the name.
            for (int i = first; i < Math.Min(clauseEnd, first + 5); i++)
            {
                if (PersonNames.NameAt(tokens, i, introduced: false) is int bare and > 0)
                {
                    return PersonNames.Normalize(tokens, text, i, bare);
                }
            }

            // "cho Đảng bộ, chính quyền và Nhân dân xã Liêm Sơn", "cho xã Liêm Sơn": a named body, as written.
            if (RecipientPhrase(tokens, first, clauseEnd) is int phraseEnd && phraseEnd > first)
            {
                return text[tokens[first].Span.Start..tokens[phraseEnd - 1].Span.End];
            }
        }

        int passive = LastIndexOf(tokens, Math.Max(clauseStart, at - 8), at, "được");
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

        int start = end;
        while (start > clauseStart && (IsBodyToken(tokens[start - 1]) || (tokens[start - 1].Kind == TokenKind.Word && tokens[start - 1].IsCapitalized)))
        {
            start--;
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

    /// <summary>
    /// End of a named recipient body starting at <paramref name="first"/>: body words, names, "," and "và", up to a
    /// reason ("vì", "có thành tích" …) or the clause's end; null unless it names something (a capital) and counts nothing.
    /// </summary>
    private static int? RecipientPhrase(ReadOnlySpan<Token> tokens, int first, int clauseEnd)
    {
        int end = first;
        bool named = false;
        while (end < clauseEnd && end - first < 14 && !DetailOpeners.StartsAt(tokens, end) && !Kinds.StartsAt(tokens, end))
        {
            var token = tokens[end];
            bool part = IsBodyToken(token) || token.Key is "," or "và" or "nhân" or "dân" || Officials.UnitLevels.StartsAt(tokens, end);
            if (!part || token.Kind is TokenKind.Number or TokenKind.Percent)
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

    /// <summary>The giver: "được X tặng", "X (đã) khen thưởng", "Bằng khen của X".</summary>
    private static string? Grantor(ReadOnlySpan<Token> tokens, string text, int at, int clauseStart, int clauseEnd, int after)
    {
        if (after + 1 < clauseEnd && tokens[after].Key == "của")
        {
            int end = BodyRunForward(tokens, after + 1, clauseEnd);
            if (end > after + 1)
            {
                return text[tokens[after + 1].Span.Start..tokens[end - 1].Span.End];
            }
        }

        // The verb just before the award, then the body just before the verb.
        int verb = at;
        while (verb > clauseStart && at - verb < 3 && IsVerbWord(tokens[verb - 1]))
        {
            verb--;
        }

        int i = verb;
        // "X tổ chức Lễ trao …": the giver is X, not the ceremony.
        if (i > clauseStart && tokens[i - 1].Key == "lễ")
        {
            i--;
            if (i - 2 >= clauseStart && TokenPatterns.At(tokens, i - 2, "tổ", "chức"))
            {
                i -= 2;
            }
        }

        while (i > clauseStart && tokens[i - 1].Key is "đã" or "cũng" or "vừa" or "mới" or "đều")
        {
            i--;
        }

        int start = i;
        while (start > clauseStart && IsBodyToken(tokens[start - 1]))
        {
            start--;
        }

        if (start < i && (tokens[start].IsCapitalized || tokens[start].Kind == TokenKind.Abbreviation))
        {
            return text[tokens[start].Span.Start..tokens[i - 1].Span.End];
        }

        return null;
    }

    private static bool IsVerbWord(Token token) => token.Key is "tặng" or "trao" or "thưởng" or "truy" or "khen";

    private static int BodyRunForward(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int i = from;
        while (i < to && IsBodyToken(tokens[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBodyToken(Token token) =>
        token.Kind == TokenKind.Abbreviation || (token.Kind == TokenKind.Word && (token.IsCapitalized || Officials.BodyWords.Contains(token.Key)));

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
    private static string ExpandedKey(string name) => string.Join(' ', Tokenizer.Tokenize(name).Select(t =>
        Officials.Abbreviations.TryGetValue(t.Key, out var abbreviation) && PersonNames.IsAbbreviationLike(t)
            ? Text.VietnameseOrthography.Key(abbreviation.Expansion)
            : t.Key));

    /// <summary>
    /// Adds an award unless the article already reported the same one (a caption and its story name
    /// the same recipient; the same counted award is read once per sentence).
    /// </summary>
    private static void Add(List<Award> awards, Dictionary<string, int> seen, Award award)
    {
        // "cho Đảng bộ, chính quyền và Nhân dân xã A" and, in a caption, "cho xã A" are one award.
        if (award.RecipientName is not null)
        {
            string name = ExpandedKey(award.RecipientName);
            foreach (var (seenKey, seenIndex) in seen)
            {
                if (seenKey.StartsWith($"{award.Kind}|{award.Status}|name|", StringComparison.Ordinal))
                {
                    string other = seenKey[(seenKey.LastIndexOf('|') + 1)..];
                    if (other.Contains(name, StringComparison.Ordinal) || name.Contains(other, StringComparison.Ordinal))
                    {
                        var first = awards[seenIndex];
                        awards[seenIndex] = first with { Grantor = first.Grantor ?? award.Grantor, Detail = first.Detail ?? award.Detail };
                        return;
                    }
                }
            }
        }

        string key = award.RecipientName is not null
            ? $"{award.Kind}|{award.Status}|name|{ExpandedKey(award.RecipientName)}"
            : $"{award.Kind}|{award.Status}|{string.Join(",", award.Recipients)}|{award.Evidence.Start}";
        if (seen.TryGetValue(key, out int index))
        {
            var existing = awards[index];
            awards[index] = existing with { Grantor = existing.Grantor ?? award.Grantor, Detail = existing.Detail ?? award.Detail };
            return;
        }

        seen[key] = awards.Count;
        awards.Add(award);
    }
}
