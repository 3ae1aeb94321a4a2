using Extraction.Documents;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>
/// Decides the single year the reported results belong to (annotation.md, <c>period</c>), and leaves it
/// null when the text does not make one clear: a term or multi-year review, or news that reports no
/// results of a year (a visit, an accident, a match, a biography).
/// <list type="bullet">
/// <item>A review meeting named in the headline or the lead (<c>tổng kết công tác xây dựng Đảng năm 2020</c>,
/// <c>sơ kết 6 tháng đầu năm 2021</c>) decides.</item>
/// <item>Otherwise the year of the clauses that report results of a year: a clause opened by
/// <c>(Trong) năm 2020, …</c> that is not a plan (<c>Năm 2021, … sẽ …</c>) and not a person's life
/// (<c>Năm 1975, ông …</c>); a part of a year (<c>6 tháng đầu năm 2021</c>, <c>quý I/2021</c>); and, in a dated
/// article, <c>từ đầu năm đến nay</c> (the publication year) or <c>từ đầu năm 2021 đến nay</c>. The year with most such clauses wins.</item>
/// </list>
/// A year written only as <c>đến năm 2020</c> (a running total), <c>năm học</c>, <c>nhiệm kỳ 2020-2025</c> or
/// in passing (<c>sản lượng lúa năm 2020 ước đạt …</c>) does not make a period.
/// </summary>
internal sealed class PeriodExtractor : IExtractor
{
    private const int ReviewWindow = 20;

    /// <summary>Tokens after a clause-opening year within which a plan or a person's life shows.</summary>
    private const int ClauseWindow = 10;

    /// <summary>Words that open a clause with a stated year as results: <c>trong năm 2020</c>, <c>qua năm 2020</c>.</summary>
    private static readonly PhraseTable<bool> ResultOpeners = PhraseTableBuilder.Of("period-result-openers", true,
        "trong", "trong suốt", "suốt", "qua", "cả");

    /// <summary>Words that make a year-opened clause a plan, not results (<c>Năm 2021, Đảng bộ sẽ …</c>).</summary>
    private static readonly PhraseTable<bool> PlanWords = PhraseTableBuilder.Of("period-plan-words", true,
        "sẽ", "phấn đấu", "dự kiến", "mục tiêu", "kế hoạch", "phương hướng", "định hướng", "chỉ tiêu", "cần", "đề ra");

    /// <summary>Words before a part of a year that make it a plan (<c>nhiệm vụ 6 tháng cuối năm</c>).</summary>
    private static readonly PhraseTable<bool> PlanBefore = PhraseTableBuilder.Of("period-plan-before", true,
        "nhiệm vụ", "phương hướng", "kế hoạch", "mục tiêu", "chỉ tiêu");

    /// <summary>Bodies whose work a year-opened clause reports (<c>Trong năm 2020, Đảng ủy đã lãnh đạo …</c>).</summary>
    private static readonly PhraseTable<bool> ResultSubjects = PhraseTableBuilder.Of("period-result-subjects", true,
        "đảng bộ", "đảng ủy", "chi bộ", "cấp ủy", "tổ chức đảng", "ủy ban kiểm tra", "ubkt", "huyện ủy", "tỉnh ủy", "thành ủy",
        "quận ủy", "thị ủy", "ban thường vụ", "ban chấp hành", "toàn đảng bộ", "toàn huyện", "toàn tỉnh", "toàn thành phố",
        "toàn xã", "toàn ngành", "các cấp", "đơn vị", "ubnd", "ủy ban nhân dân");

    /// <summary>Words that make a year-opened clause a person's life, not an organisation's results.</summary>
    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "tôi", "mình", "người",
    };

    public string Name => "period";

    public void Extract(ExtractionContext context) => context.Period = Decide(context.Document);

    internal static int? Decide(ArticleDocument document)
    {
        int? published = document.Cleaned.PublishedAt?.Year;
        // A year's results are reported in that year or just after it; a year well before the latest one the article
        // names is background (a biography, the history of a case), and none is after the publication.
        int? latest = LatestYear(document.Tokens, document.Text, published);
        bool Plausible(int y) => (published is null || y <= published) && (latest is null || y >= latest - 1);

        if (ReviewedYear(document.TitleTokens) is int fromTitle && Plausible(fromTitle))
        {
            return fromTitle;
        }

        var sentences = document.Sentences;
        foreach (var sentence in sentences)
        {
            // The review the headline or the lead names (a plain-text headline glued to its lead is a headline paragraph).
            if (document.SectionOf(sentence) is ArticleSection.Headline or ArticleSection.Lead &&
                ReviewedYear(document.TokensOf(sentence)) is int reviewed && Plausible(reviewed))
            {
                return reviewed;
            }
        }

        var votes = new Dictionary<int, (int Count, int First)>();
        int order = 0;
        void Vote(int y)
        {
            if (Plausible(y))
            {
                var (count, first) = votes.TryGetValue(y, out var v) ? v : (0, order++);
                votes[y] = (count + 1, first);
            }
        }

        if (document.TitleTokens.Length > 0)
        {
            Collect(document.TitleTokens, document.Cleaned.Title!, published, Vote);
        }

        foreach (var sentence in sentences)
        {
            Collect(document.TokensOf(sentence), document.Text, published, Vote);
        }

        return votes.Count == 0 ? null : votes.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Value.First).First().Key;
    }

    /// <summary>Votes for every year the tokens report results of.</summary>
    private static void Collect(ReadOnlySpan<Token> tokens, string text, int? published, Action<int> vote)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Key == "năm" && i + 1 < tokens.Length && TokenPatterns.Year(tokens[i + 1]) is int y)
            {
                if (OpensResultClause(tokens, i) && !PlanOrLife(tokens, i + 2) && ReportsResults(tokens, i + 2))
                {
                    vote(y);
                }

                // "6 tháng đầu năm 2021", "9 tháng năm 2021": the results of a part of the year.
                if (i >= 2 && tokens[i - 1].Key is "tháng" or "đầu" && PartOfYearBefore(tokens, i) is int start &&
                    PlanBefore.Find(tokens, Math.Max(0, start - 3), start, out _, out _) < 0 && !PointInTime(tokens, start))
                {
                    vote(y);
                }
            }

            // "quý I/2021", "quí 1-2021", "quý I năm 2021"; not "tính đến hết quý II/2021", a point in time.
            if (tokens[i].Key is "quý" or "quí" && QuarterYear(tokens, text, i + 1) is int q &&
                PlanBefore.Find(tokens, Math.Max(0, i - 3), i, out _, out _) < 0 && !PointInTime(tokens, i))
            {
                vote(q);
            }

            // "từ đầu năm đến nay" in a dated article: the results of the publication year; "từ đầu năm 2023 (đến nay)": of 2023.
            if (TokenPatterns.At(tokens, i, "từ", "đầu", "năm"))
            {
                if (i + 3 < tokens.Length && TokenPatterns.Year(tokens[i + 3]) is int from)
                {
                    vote(from);
                }
                else if (published is int p && TokenPatterns.At(tokens, i + 3, "đến", "nay"))
                {
                    vote(p);
                }
            }
        }
    }

    /// <summary>
    /// True when <c>năm</c> at <paramref name="i"/> opens a clause about that year: <c>Năm 2020, …</c> at the start of
    /// a clause, or after <c>trong</c>, <c>qua</c>, <c>suốt</c>.
    /// </summary>
    private static bool OpensResultClause(ReadOnlySpan<Token> tokens, int i)
    {
        bool yearThenComma = i + 2 < tokens.Length && tokens[i + 2].Key == ",";
        if (IsClauseStart(tokens, i))
        {
            return yearThenComma;
        }

        for (int k = Math.Max(0, i - 2); k < i; k++)
        {
            if (ResultOpeners.TryMatch(tokens, k, out _, out int length) && k + length == i && IsClauseStart(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseStart(ReadOnlySpan<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].Key is "," or ";" or ":" or "-" or "–" or "(" or "." or "\"" or "“";

    /// <summary>A plan (<c>sẽ</c>, <c>phấn đấu</c>) or a person (<c>ông</c>, <c>bà</c>) in the clause the year opens.</summary>
    private static bool PlanOrLife(ReadOnlySpan<Token> tokens, int from)
    {
        int to = Math.Min(tokens.Length, from + ClauseWindow);
        for (int k = from; k < to && tokens[k].Key != ";"; k++)
        {
            if (PlanWords.StartsAt(tokens, k) || (tokens[k].IsWordLike && PersonWords.Contains(tokens[k].Key) && k <= from + 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the clause a year opens reports an organisation's results: it names a party or state body
    /// (<c>Đảng bộ</c>, <c>cấp ủy</c>, <c>UBKT</c>) or a count (<c>kết nạp được 48 đảng viên</c>), not only an event.
    /// </summary>
    private static bool ReportsResults(ReadOnlySpan<Token> tokens, int from)
    {
        if (from < tokens.Length && tokens[from].Key == "," && from + 1 < tokens.Length && TokenPatterns.Year(tokens[from + 1]) is not null)
        {
            return false;   // "(năm 2000, 2005 và 2010)": a list of years.
        }

        int to = Math.Min(tokens.Length, from + ClauseWindow + 4);
        for (int k = from; k < to && tokens[k].Key != ";"; k++)
        {
            if (ResultSubjects.StartsAt(tokens, k) ||
                (tokens[k].Kind is TokenKind.Number or TokenKind.Percent && TokenPatterns.Year(tokens[k]) is null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>(tính) đến (cuối|hết) quý I</c>: a running total at a point in time, not the results of the part of the year.</summary>
    private static bool PointInTime(ReadOnlySpan<Token> tokens, int at)
    {
        for (int k = Math.Max(0, at - 2); k < at; k++)
        {
            if (tokens[k].Key is "đến" or "tới" or "cuối" or "hết")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The latest single year the text names (<c>năm 2021</c>, a date <c>12/3/2021</c>, <c>tháng 5/2021</c>), not after the
    /// publication; the years of a term (<c>nhiệm kỳ 2020-2025</c>) do not count.
    /// </summary>
    private static int? LatestYear(ReadOnlySpan<Token> tokens, string text, int? published)
    {
        int? latest = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            int? y = null;
            if (tokens[i].Key == "năm" && i + 1 < tokens.Length && TokenPatterns.Year(tokens[i + 1]) is int named &&
                !(i + 2 < tokens.Length && tokens[i + 2].Key is "-" or "–"))
            {
                y = named;
            }
            else if (tokens[i].Kind is TokenKind.Date or TokenKind.Number && TrailingYearOf(tokens[i].Span.Slice(text)) is int dated)
            {
                y = dated;
            }

            if (y is int year && year is >= 1945 and <= 2100 && (published is null || year <= published) && (latest is null || year > latest))
            {
                latest = year;
            }
        }

        return latest;
    }

    /// <summary>Start of <c>6 tháng đầu</c> / <c>9 tháng</c> before <c>năm</c> at <paramref name="year"/>, or null.</summary>
    private static int? PartOfYearBefore(ReadOnlySpan<Token> tokens, int year)
    {
        int k = year - 1;
        if (tokens[k].Key == "đầu")
        {
            k--;
        }

        return k >= 1 && tokens[k].Key == "tháng" && tokens[k - 1].Kind == TokenKind.Number ? k - 1 : null;
    }

    /// <summary>The year of a quarter: <c>I/2021</c>, <c>1-2021</c>, <c>I năm 2021</c>.</summary>
    private static int? QuarterYear(ReadOnlySpan<Token> tokens, string text, int at)
    {
        for (int k = at; k < Math.Min(tokens.Length, at + 4); k++)
        {
            if (TokenPatterns.Year(tokens[k]) is int y)
            {
                return y;
            }

            if (tokens[k].Kind is TokenKind.Date or TokenKind.Number or TokenKind.Abbreviation && TrailingYearOf(tokens[k].Span.Slice(text)) is int trailing)
            {
                return trailing;
            }
        }

        return null;
    }

    /// <summary>The year after <c>tổng kết … năm</c> or <c>sơ kết … năm</c>, if the tokens have one.</summary>
    private static int? ReviewedYear(ReadOnlySpan<Token> tokens)
    {
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (!(TokenPatterns.At(tokens, i, "tổng", "kết") || TokenPatterns.At(tokens, i, "sơ", "kết")))
            {
                continue;
            }

            for (int j = i + 2; j + 1 < Math.Min(tokens.Length, i + ReviewWindow); j++)
            {
                if (tokens[j].Key == "năm" && TokenPatterns.Year(tokens[j + 1]) is int y)
                {
                    return y;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The year at the end of a date-like token (<c>12/3/2021</c>, <c>5/2021</c>, <c>1-2021</c>, <c>I/2021</c>): four digits
    /// (1945–2100) after <c>/</c>, <c>-</c> or <c>.</c>, after at most five characters; null otherwise. Allocates nothing.
    /// </summary>
    internal static int? TrailingYearOf(ReadOnlySpan<char> token)
    {
        token = token.Trim();
        // A day and month or a quarter before it, not another year ("2015-2020" is a term).
        if (token.Length is < 6 or > 10 || token[^5] is not ('/' or '-' or '.') ||
            (token.Length == 9 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[1]) && char.IsAsciiDigit(token[2]) && char.IsAsciiDigit(token[3])))
        {
            return null;
        }

        int year = 0;
        foreach (char c in token[^4..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            year = (year * 10) + (c - '0');
        }

        return year is >= 1945 and <= 2100 ? year : null;
    }
}
