using System.Text;
using Extraction.Documents;
using Extraction.Html.Metadata;
using Extraction.Rules;

namespace Extraction.Text;

/// <summary>
/// The cleaner for plain-text articles (as scrapers save them): finds the title, the
/// date line and the closing byline, drops page furniture (breadcrumbs, the site's date
/// header, counters, <c>Phản hồi</c> and what follows), joins lines that were broken inside
/// a sentence, and drops paragraphs repeated verbatim (captions scraped twice).
/// </summary>
public static class PlainTextCleaner
{
    private const int MaxTitleLength = 250;
    private const int MaxFirstLineLength = 2000;

    /// <summary>Cleans a plain-text article.</summary>
    public static CleanedArticle Clean(string text)
    {
        int restStart = 0;
        string normalized = Normalize(text);
        // The first line is the headline, verbatim, unless it is page furniture (a category, a breadcrumb, the site's
        // date or name above the headline and its date line) or the start of a paragraph.
        bool oneLine = false;
        string? firstLine = HasHeaderAboveHeadline(normalized) ? null : FirstLineHeadline(normalized, out restStart, out oneLine);
        var paragraphs = JoinBrokenParagraphs(Paragraphs(firstLine is null ? normalized : normalized[restStart..], firstLine));
        paragraphs = DropRepeats(paragraphs);

        string? title = firstLine;
        DateOnly? published = null;
        string? author = null;
        var warnings = new List<string>();
        var body = new List<string>();
        bool headlineInBody = false;
        if (firstLine is not null && (oneLine || ReadsLikeParagraph(firstLine)))
        {
            // A scraped first line that glues headline and lead: the title, and the article's first text too.
            body.Add(firstLine);
            headlineInBody = true;
        }

        // The surest header shape: a headline directly followed by its date line. Above it stand only
        // categories, breadcrumbs and the site's own date, which are dropped.
        int start = 0;
        int dateLine = -1;
        if (title is null && HeadlineWithDate(paragraphs, out int headline, out dateLine, out var headlineDate))
        {
            title = paragraphs[headline];
            published = dateLine >= 0 ? headlineDate : null;
            start = headline + 1;
        }

        bool headerZone = true;
        int lastDate = dateLine;
        for (int p = start; p < paragraphs.Count; p++)
        {
            string paragraph = paragraphs[p];
            if (p == dateLine)
            {
                continue;
            }

            // "Trí Lâm | 23/09/2018, 15:52" under the headline: the byline and the date line in one.
            if (headerZone && body.Count == 0 && author is null && BylineAndDate(paragraph, out string? writer, out var dated))
            {
                (author, lastDate) = (writer, p);
                published ??= dated;
                continue;
            }

            // "TÂM LÊ - MINH THÔNG |" under the headline: a byline whose date, after the bar, the scrape left out.
            if (headerZone && body.Count == 0 && author is null && title is not null && paragraph.Length <= 60 && paragraph.EndsWith('|') &&
                WholeByline(paragraph.TrimEnd('|', ' '), ignoreCase: true) is string barred)
            {
                author = barred;
                continue;
            }

            // "HEADLINE / 18:56 09/07/2016 / Ngô Trang / lead": a name of its own next to the header's date line is the byline
            // (scraped twice, "Lâm Viên / Lâm Viên / 27/08/2025", it is still one).
            // Right under the headline and above the lead, a line that is wholly a byline is one too ("HEADLINE / TÂM LÊ - MINH THÔNG /
            // lead", "TIN BUỒN / SGGP / lead").
            bool nextToDate = (lastDate >= 0 && lastDate == p - 1) || (p + 1 < paragraphs.Count && IsDateLine(paragraphs[p + 1], out _)) ||
                              (p + 2 < paragraphs.Count && paragraphs[p + 1] == paragraph && IsDateLine(paragraphs[p + 2], out _));
            if (headerZone && body.Count == 0 && title is not null && p + 1 < paragraphs.Count &&
                (nextToDate || lastDate == p - 1 || (p == start && !headlineInBody && IsLead(paragraphs[p + 1]))) &&
                HeaderByline(paragraph, nextToDate) is string headerWriter && (author is null || author == headerWriter))
            {
                author = headerWriter;
                continue;
            }

            if (Boilerplate.IsEndOfArticleHeading(paragraph) && body.Count > 0)
            {
                break;
            }

            if (Boilerplate.IsControlLine(paragraph) || Boilerplate.IsSiteDateHeader(paragraph) && !IsWeekdayHeader(paragraph))
            {
                // "2023-09-19 16:24:53" under the headline: digits and separators alone, like a counter, yet the page's stamp.
                if (headerZone && body.Count == 0 && title is not null && Boilerplate.IsControlLine(paragraph) && IsDateLine(paragraph, out var stamped))
                {
                    published ??= stamped;
                    lastDate = p;
                }

                continue;
            }

            if (headerZone && IsDateLine(paragraph, out var date))
            {
                published ??= date;
                lastDate = p;
                continue;
            }

            // "31/05/2018 10:33 G5T+7", "07/11/2023 2:20:34 CH", "19/01/2017 07:27 Ngọc Quang", "by Minh Anh" under the headline:
            // the page's stamp, in a form the date lines do not read whole, perhaps with the writer after it.
            if (headerZone && body.Count == 0 && title is not null && IsStampLine(paragraph))
            {
                published ??= FirstDate(paragraph);
                author ??= StampWriter(paragraph);
                lastDate = p;
                continue;
            }

            if (headerZone && title is null && body.Count == 0 && IsBreadcrumb(paragraph))
            {
                continue;
            }

            // A headline heads something: the last paragraph of a text is never one.
            if (headerZone && title is null && body.Count == 0 && p + 1 < paragraphs.Count && LooksLikeTitle(paragraph))
            {
                title = paragraph;
                continue;
            }

            // "HEADLINE / sapo / lead / Hà Minh / 07/05/2017 19:04 / body": a page that sets the byline and its date line under the
            // opening paragraphs. Only a line that is wholly a byline, right above a date line, among the first few paragraphs.
            if (!headerZone && author is null && body.Count <= 3 && p + 1 < paragraphs.Count && IsDateLine(paragraphs[p + 1], out var underLead) &&
                HeaderByline(paragraph, nextToDate: true) is string writerUnderLead)
            {
                (author, published) = (writerUnderLead, published ?? underLead);
                p++;
                continue;
            }

            body.Add(paragraph);
            if (body.Count >= 2)
            {
                headerZone = false;
            }
        }

        author = TakeByline(body, headlineInBody ? 1 : 0) ?? author;
        if (body.Count == 0 && title is not null)
        {
            warnings.Add("The text holds only a headline; no article body was found.");
        }

        var sections = new ArticleSection[body.Count];
        for (int i = 0; i < sections.Length; i++)
        {
            int position = headlineInBody ? i - 1 : i;
            sections[i] = position < 0 ? ArticleSection.Headline : position == 0 ? ArticleSection.Lead : ArticleSection.Body;
        }

        return new CleanedArticle(body, sections)
        {
            Title = title,
            PublishedAt = published,
            Author = author,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// The first line of the text when it is the headline: not a breadcrumb, date, counter or the site's date
    /// header, not the first line of a paragraph broken over several lines, and followed by more text — or the whole
    /// text when it is one line (then <paramref name="oneLine"/> is true and the line is the body too).
    /// <paramref name="restStart"/> is where the text after it begins.
    /// </summary>
    private static string? FirstLineHeadline(string text, out int restStart, out bool oneLine)
    {
        restStart = 0;
        oneLine = false;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int end = text.IndexOf('\n', lineStart);
            end = end < 0 ? text.Length : end;
            if (!text.AsSpan(lineStart, end - lineStart).IsWhiteSpace())
            {
                break;
            }

            lineStart = end + 1;
        }

        if (lineStart >= text.Length)
        {
            return null;
        }

        int lineEnd = text.IndexOf('\n', lineStart);
        if (lineEnd < 0 || text.AsSpan(lineEnd + 1).IsWhiteSpace())
        {
            // A text of one line (a scraped item whose headline, lead and body were glued into one) is the headline as
            // written and the whole body too.
            string only = CollapseSpaces(text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart));
            if (!StartsLikeHeadline(only) || Boilerplate.IsDateLine(only) || Boilerplate.IsControlLine(only) || only.Length > MaxFirstLineLength)
            {
                return null;
            }

            oneLine = true;
            restStart = text.Length;
            return only;
        }

        string line = CollapseSpaces(text.AsSpan(lineStart, lineEnd - lineStart));
        var rest = text.AsSpan(lineEnd + 1);
        if (!StartsLikeHeadline(line) || IsBreadcrumb(line) || Boilerplate.IsControlLine(line)
            || Boilerplate.IsSiteDateHeader(line) || Boilerplate.IsDateLine(line) || line.Length > MaxFirstLineLength)
        {
            return null;
        }

        // A first line that goes on in the next one is the start of a paragraph (a hard-wrapped text).
        var block = new List<string> { line };
        foreach (var range in rest.Split('\n'))
        {
            string next = CollapseSpaces(rest[range]);
            if (next.Length == 0 || block.Count > 8)
            {
                break;
            }

            block.Add(next);
        }

        if (block.Count > 1 && (IsHardWrapped(block) || !EndsSentence(line) && ContinuesSentence(line, block[1]) && !IsDateLine(block[1]) && !Boilerplate.IsControlLine(block[1]) &&
                                !IsStampLine(block[1])))
        {
            return null;
        }

        restStart = lineEnd + 1;
        return line;
    }

    /// <summary>
    /// True when the lines above the lead hold a header whose headline is not the first line: the first line is a
    /// category or site name and a later headline-like line stands right above a date line or the lead.
    /// </summary>
    private static bool HasHeaderAboveHeadline(string text)
    {
        var paragraphs = Paragraphs(text.Length > 4096 ? text[..4096] : text, firstLine: null);
        if (!HeadlineWithDate(paragraphs, out int headline, out int dateLine, out _) || headline == 0)
        {
            return false;
        }

        // "HEADLINE / TÂM LÊ - MINH THÔNG | / lead": a line that ends in the bar before a date is a byline, not a headline.
        if (paragraphs[headline].EndsWith('|'))
        {
            return false;
        }

        // "HEADLINE / Lâm Viên / 27/08/2025 21:07", "HEADLINE / Tuệ Lâm - / …", "HEADLINE / THÀNH VÂN / 22:49 14/12/2022": a reporter's
        // name right above the date line is the byline, not a headline; so is one right above the lead ("HEADLINE / TÂM LÊ - MINH
        // THÔNG / lead").
        if (HeaderByline(paragraphs[headline], nextToDate: dateLine >= 0) is not null)
        {
            return false;
        }

        if (dateLine >= 0)
        {
            return true;
        }

        // Without a date line, only category lines may stand above a headline ("Xây dựng Đảng", "Tin tức - Sự kiện");
        // a long line without a full stop above the lead is more likely the lead's own first part (a sapo).
        if (paragraphs[headline].Length > 120)
        {
            return false;
        }

        for (int i = 0; i < headline; i++)
        {
            if (!IsCategoryLine(paragraphs[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCategoryLine(string line)
    {
        if (line.Length > 80 || EndsSentence(line))
        {
            return false;
        }

        string key = VietnameseOrthography.Key(line);
        return line.Split(' ').Length <= 5 || line.Contains(" - ") || line.Contains(" » ") || line.Contains(" > ") || line.Contains(" | ")
            || key.StartsWith("cổng thông tin", StringComparison.Ordinal) || key.StartsWith("trang chủ", StringComparison.Ordinal)
            || key.StartsWith("trang thông tin", StringComparison.Ordinal) || key.StartsWith("báo ", StringComparison.Ordinal);
    }

    private static bool StartsLikeHeadline(string line)
    {
        char first = FirstLetter(line);
        return char.IsUpper(first) || char.IsDigit(first);
    }

    /// <summary>
    /// A first line that reads like a paragraph (sentences, a length far beyond a headline's) carries article
    /// text: scraped corpora glue the headline and the lead into one line.
    /// </summary>
    private static bool ReadsLikeParagraph(string line)
    {
        if (line.Length > MaxTitleLength - 50)
        {
            return true;
        }

        // A short line closed by a full stop is a sentence, not a headline: headlines carry no full stop,
        // and an aggregator's cut ends in an ellipsis instead.
        var end = line.AsSpan().TrimEnd("\"”’')] ");
        if (end.Length > 1 && end[^1] is '.' or '!' && end[^2] != '.')
        {
            return true;
        }

        if (line.Length < 80)
        {
            return false;
        }

        if (EndsSentence(line) && !line.TrimEnd().EndsWith(':'))
        {
            return true;
        }

        // A sentence ends inside the line and another begins: ". Các", "? Ông", "(NLĐ)- Thủ tướng".
        for (int i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] == ' ' && line[i - 1] is '.' or '!' or '?' && char.IsUpper(line[i + 1]) && i >= 2 && (char.IsLower(line[i - 2]) || char.IsDigit(line[i - 2])))
            {
                return true;
            }
        }

        return line.Contains(")-", StringComparison.Ordinal) || line.Contains(") -", StringComparison.Ordinal) || line.Contains(")–", StringComparison.Ordinal);
    }

    /// <summary>
    /// Finds, among the lines before the lead, the last headline-like line that is followed (past any
    /// controls) by a date line: "Tin tức - Sự kiện / Thứ Hai, 15/01/2024 / HEADLINE / Ngày đăng: 12/01/2024".
    /// </summary>
    private static bool HeadlineWithDate(List<string> paragraphs, out int headline, out int dateLine, out DateOnly date)
    {
        headline = dateLine = -1;
        date = default;
        for (int i = 0; i < paragraphs.Count - 1 && i < 10; i++)
        {
            string line = paragraphs[i];
            // The lead (a long paragraph that ends a sentence) ends the header.
            if (IsLead(line))
            {
                break;
            }

            if (!LooksLikeTitle(line) || Boilerplate.IsControlLine(line) || IsDateLine(line, out _))
            {
                continue;
            }

            int j = i + 1;
            while (j < paragraphs.Count && Boilerplate.IsControlLine(paragraphs[j]))
            {
                j++;
            }

            if (j < paragraphs.Count && !Boilerplate.IsSiteDateHeader(paragraphs[j]) && IsDateLine(paragraphs[j], out var found))
            {
                (headline, dateLine, date) = (i, j, found);
            }
            else if (dateLine < 0 && j < paragraphs.Count && IsLead(paragraphs[j]))
            {
                // No date line: the headline is the last headline-like line right above the lead
                // ("Xây dựng Đảng / HEADLINE / lead …").
                headline = i;
            }
        }

        return headline >= 0;
    }

    private static bool IsLead(string paragraph) => paragraph.Length > 120 && EndsSentence(paragraph);

    /// <summary>
    /// Line endings unified, non-breaking spaces made spaces, zero-width and control
    /// characters removed; letters are left exactly as written.
    /// </summary>
    public static string Normalize(string text)
    {
        var output = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    output.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u3000':
                    output.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029':
                    output.Append('\n');
                    break;
                default:
                    if (char.IsControl(c) && c != '\n')
                    {
                        output.Append(' ');
                    }
                    else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                    {
                        output.Append('\uFFFD');
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// Paragraphs from lines: blank lines separate blocks; inside a block, a hard-wrapped
    /// layout (most lines near one width) is joined whole, otherwise a line joins the next
    /// when it does not end a sentence and the next goes on in lower case.
    /// </summary>
    private static List<string> Paragraphs(string text, string? firstLine)
    {
        string? headline = firstLine is null ? null : CollapseSpaces(firstLine);
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            string line = CollapseSpaces(text.AsSpan()[range]);
            if (line.Length == 0)
            {
                Flush(block, paragraphs, headline);
                continue;
            }

            block.Add(line);
        }

        Flush(block, paragraphs, headline);
        return paragraphs;
    }

    private static void Flush(List<string> block, List<string> paragraphs, string? headline)
    {
        if (block.Count == 0)
        {
            return;
        }

        bool wrapped = IsHardWrapped(block);
        var current = new StringBuilder(block[0]);
        for (int i = 1; i < block.Count; i++)
        {
            string previous = block[i - 1];
            string line = block[i];
            // A date line or a counter under a headline is its own line, even when it starts with a digit; so is the headline
            // scraped again into the body ("3 nguyên Bí thư … bị khai trừ" after a lead without a full stop).
            bool join = (wrapped
                    ? !(EndsSentence(previous) && previous.Length < 30)
                    : !EndsSentence(previous) && ContinuesSentence(previous, line) && !IsDateLine(line) && !Boilerplate.IsControlLine(line) &&
                      !IsWebAddress(line) &&
                      // "Trần Lân" / "4 cá nhân có thành tích …": a byline above a lead that opens with a number.
                      !(char.IsAsciiDigit(line[0]) && previous.Length <= 40 && WholeByline(previous, ignoreCase: true) is not null) &&
                      // "Cập nhật, 06:00, Thứ Năm, 12/07/2018 (GMT+7)" then a lead that starts with a digit ("6 tháng đầu năm, …").
                      !IsDateLine(previous)) &&
                !IsHeadline(line, headline) && !IsHeadline(previous, headline);
            if (join)
            {
                current.Append(' ').Append(line);
            }
            else
            {
                paragraphs.Add(current.ToString());
                current.Clear().Append(line);
            }
        }

        paragraphs.Add(current.ToString());
        block.Clear();
    }

    private static bool IsHeadline(string line, string? headline) => line == headline;

    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 3)
        {
            return false;
        }

        int max = 0;
        for (int i = 0; i < block.Count - 1; i++)
        {
            max = Math.Max(max, block[i].Length);
        }

        // Hard-wrapped lines are of a terminal's or an e-mail's width, the last one no longer than the others;
        // longer lines are paragraphs.
        if (max is < 50 or > 120 || block[^1].Length > max + max / 5)
        {
            return false;
        }

        int near = 0;
        int ended = 0;
        for (int i = 0; i < block.Count - 1; i++)
        {
            if (block[i].Length * 4 >= max * 3)
            {
                near++;
            }

            if (EndsSentence(block[i]))
            {
                ended++;
            }
        }

        // Hard-wrapped lines break mid-sentence; a paragraph per line mostly ends one. A date line among them
        // ("HEADLINE / 09:13 - Thứ Sáu, 08/11/2019 / lead …") says they are a header and paragraphs, whatever their widths.
        return near * 2 >= block.Count - 1 && ended * 2 < block.Count - 1 && !block.Exists(line => Boilerplate.IsDateLine(line));
    }

    private static List<string> JoinBrokenParagraphs(List<string> paragraphs)
    {
        var joined = new List<string>(paragraphs.Count);
        foreach (string paragraph in paragraphs)
        {
            // A web address on a line of its own (a source's link) starts in lower case but continues nothing.
            if (joined.Count > 0 && !EndsSentence(joined[^1]) && StartsLowerCase(paragraph) && !Boilerplate.IsControlLine(joined[^1]) &&
                !IsWebAddress(paragraph))
            {
                joined[^1] = joined[^1] + " " + paragraph;
            }
            else
            {
                joined.Add(paragraph);
            }
        }

        return joined;
    }

    private static List<string> DropRepeats(List<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>(paragraphs.Count);
        foreach (string paragraph in paragraphs)
        {
            // Short lines (a lone "/" or a name) may legitimately repeat; long ones are scraped twice.
            if (paragraph.Length < 40 || seen.Add(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        return kept;
    }

    // "(tuongduong.nghean.gov.vn) - Chủ trương …": a line that opens with an outlet's tag opens a lead, whatever the tag's case.
    private static bool ContinuesSentence(string previous, string line) =>
        (StartsLowerCase(line) && !OpensWithOutletTag(line)) || char.IsAsciiDigit(line[0]) || previous[^1] is ',' or '-' or '–' or '(' or '/' or '&';

    /// <summary>True for a line that opens with an outlet's tag in brackets and a dash: <c>(baoxyz.vn) - …</c>, <c>(NLĐO)- …</c>.</summary>
    private static bool OpensWithOutletTag(string line)
    {
        int close = line.Length > 2 && line[0] == '(' ? line.IndexOf(')', 1, Math.Min(line.Length - 1, 40)) : -1;
        if (close < 2 || line.AsSpan(1, close - 1).Contains(' '))
        {
            return false;
        }

        var rest = line.AsSpan(close + 1).TrimStart(' ');
        return rest.Length > 1 && rest[0] is '-' or '–';
    }

    private static bool EndsSentence(string line)
    {
        var trimmed = line.AsSpan().TrimEnd("\"”’')] ");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    private static bool StartsLowerCase(string line)
    {
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool LooksLikeTitle(string paragraph) =>
        paragraph.Length <= MaxTitleLength && !EndsSentence(paragraph.TrimEnd('\uFFFD')) && StartsLikeHeadline(paragraph);

    private static char FirstLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }
        }

        return ' ';
    }

    private static bool IsBreadcrumb(string paragraph)
    {
        if (paragraph.Length > 80 || EndsSentence(paragraph))
        {
            return false;
        }

        bool separated = paragraph.Contains(" - ") || paragraph.Contains(" > ") || paragraph.Contains(" » ") || paragraph.Contains(" / ") || paragraph.Contains(" | ");
        return separated && (StartsLowerCase(paragraph) || paragraph.Split(' ').Length <= 4);
    }

    private static bool IsWeekdayHeader(string paragraph) =>
        VietnameseOrthography.Key(paragraph.AsSpan().TrimStart()).StartsWith("thứ ", StringComparison.Ordinal) ||
        VietnameseOrthography.Key(paragraph.AsSpan().TrimStart()).StartsWith("chủ nhật", StringComparison.Ordinal);

    private static bool IsDateLine(string paragraph, out DateOnly date)
    {
        date = default;
        if ((Boilerplate.IsDateLine(paragraph) ? FirstDate(paragraph) : StampDate(paragraph)) is not DateOnly found)
        {
            return false;
        }

        date = found;
        return true;
    }

    private static bool IsDateLine(string paragraph) => IsDateLine(paragraph, out _);

    // Labels a page's stamp puts before its date, beside those of the date lines: "Create: T5, 01/09/2020 - 09:39".
    private static readonly string[] StampLabels = ["create", "created", "ngày đưa", "thời gian đăng", "ngày đăng tin", "đăng ngày", "cập nhật"];

    // Months as the Windows Vietnamese long date spells them ("21 Tháng Bảy 2011"), January first.
    private static readonly string[] SpelledMonths =
        ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"];

    /// <summary>
    /// The date of a page's stamp in a form the date lines do not read as it stands (null for anything else): glued words
    /// (<c>Cập nhật23-09-2018 09:09</c>, <c>Cập nhật lúc19:55, Thứ Hai, 16/03/2020</c>, <c>13/04/2023,08:09</c>), a label
    /// (<c>Create: T5, 01/09/2020 - 09:39</c>, <c>Ngày đưa: 15/05/2019 09:28:21 AM</c>), the site's section or a credit
    /// before a bar or a dash (<c>Giáo dục | 19:42:00 09/01/2021</c>, <c>Doanh nghiệp - doanh nhân - Ngày đăng : 20:00,
    /// 06/08/2020</c>), a Vietnamese AM/PM (<c>SA</c>, <c>CH</c>), an ISO date, a spelled month (<c>21 Tháng Bảy 2011
    /// 10:10:00 SA</c>), or the US general form when only it makes a date (<c>8/31/2018 7:33:37 AM</c>).
    /// </summary>
    private static DateOnly? StampDate(string line)
    {
        if (line.Length is < 8 or > 90 || EndsSentence(line) || line.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        if (line.Length >= 10 && line[4] == '-' && char.IsAsciiDigit(line[0]) && VietnameseDates.TryParse(line.AsSpan(0, 10), out var iso) &&
            (line.Length == 10 || line[10] is ' ' or 'T'))
        {
            return line.Length == 10 || HasClockTime(line[10..]) ? iso : null;
        }

        var text = new StringBuilder(line.Length + 8);
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            // "nhật23-09-2018", "lúc19:55": a word glued to the number after it; "2023,08:09": a comma glued to the time.
            if (i > 0 && char.IsAsciiDigit(c) && char.IsLetter(line[i - 1]) && !(line[i - 1] is 'T' or 't' && (i == 1 || line[i - 2] == ' ')))
            {
                text.Append(' ');
            }

            text.Append(c);
            if (c == ',' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]) && i > 0 && char.IsAsciiDigit(line[i - 1]))
            {
                text.Append(' ');
            }
        }

        string stamp = CutCounter(text.ToString());
        // The site's section or a credit before the first bar, or before the last dash ahead of the date: the site's.
        int firstDigit = stamp.AsSpan().IndexOfAnyInRange('0', '9');
        int bar = stamp.IndexOf('|');
        int dash = stamp.LastIndexOf(" - ", firstDigit, StringComparison.Ordinal);
        int cut = bar > 0 && bar < firstDigit ? bar + 1 : dash > 0 ? dash + 3 : 0;
        if (cut > 0 && stamp.AsSpan(0, cut).Count(' ') <= 6)
        {
            stamp = stamp[cut..].Trim();
        }

        // "Create:", "Ngày đưa:", "Thời gian đăng:".
        int colon = stamp.IndexOf(':');
        if (colon > 0 && colon < stamp.AsSpan().IndexOfAnyInRange('0', '9') && StampLabels.Contains(VietnameseOrthography.Key(stamp.AsSpan(0, colon).Trim())))
        {
            stamp = stamp[(colon + 1)..].Trim();
        }

        stamp = WeekdayLetter(stamp);
        stamp = stamp.EndsWith(" SA", StringComparison.Ordinal) ? stamp[..^3] + " AM" : stamp.EndsWith(" CH", StringComparison.Ordinal) ? stamp[..^3] + " PM" : stamp;
        stamp = SpelledMonth(stamp) ?? UsGeneralDate(stamp) ?? stamp;
        return stamp != line && Boilerplate.IsDateLine(stamp) ? FirstDate(stamp) : null;
    }

    // What a page counts after its stamp: "Thứ ba, 02/10/2018 00:41 AM - 0 Trả lời".
    private static readonly string[] CounterWords = ["trả lời", "bình luận", "phản hồi", "comment", "comments"];

    /// <summary>The stamp without a count of replies or comments after it (<c>… 00:41 AM - 0 Trả lời</c> → <c>… 00:41 AM</c>).</summary>
    private static string CutCounter(string stamp)
    {
        string key = VietnameseOrthography.Key(stamp);
        foreach (string counter in CounterWords)
        {
            if (!key.EndsWith(" " + counter, StringComparison.Ordinal))
            {
                continue;
            }

            // Back over the counter's words and its number, then a dash or a bar before them.
            var head = stamp.AsSpan(0, stamp.Length - counter.Length).TrimEnd();
            int digits = head.Length;
            while (digits > 0 && char.IsAsciiDigit(head[digits - 1]))
            {
                digits--;
            }

            return digits < head.Length ? head[..digits].TrimEnd().TrimEnd("-–|".AsSpan()).TrimEnd().ToString() : stamp;
        }

        return stamp;
    }

    /// <summary>"T5, 01/09/2020" → "Thứ 5, 01/09/2020": a weekday's short form at the start of a stamp.</summary>
    private static string WeekdayLetter(string stamp) =>
        stamp.Length > 3 && stamp[0] is 'T' && stamp[1] is >= '2' and <= '7' && stamp[2] is ',' or ' ' ? "Thứ " + stamp[1..] : stamp;

    /// <summary>"21 Tháng Bảy 2011 10:10:00 AM" → "21/7/2011 10:10:00 AM"; null when the stamp does not open so.</summary>
    private static string? SpelledMonth(string stamp)
    {
        int space = stamp.IndexOf(' ');
        if (space is < 1 or > 2 || !int.TryParse(stamp.AsSpan(0, space), out int day) ||
            !VietnameseOrthography.Key(stamp.AsSpan(space + 1)).StartsWith("tháng ", StringComparison.Ordinal))
        {
            return null;
        }

        int from = space + 1 + "tháng ".Length;
        int digit = stamp.AsSpan(from).IndexOfAnyInRange('0', '9');
        if (digit <= 0)
        {
            return null;
        }

        int month = Array.IndexOf(SpelledMonths, VietnameseOrthography.Key(stamp.AsSpan(from, digit).Trim())) + 1;
        return month > 0 ? $"{day}/{month}/{stamp[(from + digit)..]}" : null;
    }

    /// <summary>
    /// "8/31/2018 7:33:37 AM" → "31/8/2018 7:33:37 AM": the US general form (month first, seconds and AM/PM) when the day can only
    /// be its second number; null otherwise (a stamp both ways readable is read day first, as Vietnamese writes it).
    /// </summary>
    private static string? UsGeneralDate(string stamp)
    {
        var parts = stamp.Split(' ');
        if (parts.Length != 3 || parts[2] is not ("AM" or "PM") || parts[1].Count(c => c == ':') != 2)
        {
            return null;
        }

        var date = parts[0].Split('/');
        return date.Length == 3 && int.TryParse(date[0], out int month) && int.TryParse(date[1], out int day) && date[2].Length == 4 &&
               month is >= 1 and <= 12 && day is > 12 and <= 31
            ? $"{day}/{month}/{date[2]} {parts[1]} {parts[2]}"
            : null;
    }

    /// <summary>The first date with its year that <paramref name="line"/> mentions, else null.</summary>
    private static DateOnly? FirstDate(string line)
    {
        foreach (var mention in VietnameseDates.FindAll(line))
        {
            if (mention.Date is DateOnly found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// A short line of the page's stamp under a headline: a date or a clock time first, a clock time and a date in it (<c>31/05/2018
    /// 10:33 G5T+7</c>, <c>13:04 21/02</c>, <c>19/01/2017 07:27 Ngọc Quang</c>), or a writer after <c>by</c> (<c>by Minh Anh</c>).
    /// Stamps in other forms that give a date with its year are date lines through <see cref="StampDate"/>.
    /// </summary>
    private static bool IsStampLine(string line) =>
        line.Length is > 0 and <= 60 && !EndsSentence(line) &&
        ((char.IsAsciiDigit(line[0]) && HasClockTime(line) && VietnameseDates.FindAll(line).Count > 0) || (line.StartsWith("by ", StringComparison.Ordinal) && StampWriter(line) is not null));

    /// <summary>The writer a stamp line names after its date and time (<c>19/01/2017 07:27 Ngọc Quang</c>) or after <c>by</c>, else null.</summary>
    private static string? StampWriter(string line)
    {
        if (line.StartsWith("by ", StringComparison.Ordinal))
        {
            return WholeByline(line[3..].Trim(), ignoreCase: false);
        }

        // The words after the last clock time.
        int colon = line.LastIndexOf(':');
        int after = colon < 0 ? -1 : line.IndexOf(' ', colon);
        return after > 0 && after + 1 < line.Length && line[(after + 1)..].Trim() is { Length: > 0 } rest && char.IsUpper(rest[0]) &&
               !rest.Any(char.IsAsciiDigit) && rest.Any(char.IsLower)
            ? WholeByline(rest, ignoreCase: false)
            : null;
    }

    /// <summary>True when <paramref name="text"/> holds a clock time (<c>07:27</c>, <c>2:20:34</c>).</summary>
    private static bool HasClockTime(string text)
    {
        for (int i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == ':' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short header line that is wholly a byline: a name as written (<c>Lâm Viên</c>), one whose outlet after a dash the scrape cut
    /// (<c>Tuệ Lâm -</c>), or one in capitals (<c>THÀNH VÂN</c>, <c>TÂM LÊ - MINH THÔNG</c>, an agency's <c>SGGP</c>); else null.
    /// </summary>
    /// <remarks>
    /// Away from a date line (<paramref name="nextToDate"/> false) a line in capitals is a byline only as two names joined by a dash
    /// or as an agency's one word: a section's label in capitals (<c>CÔNG TÁC NỘI CHÍNH</c>) reads like a name too. A cut dash
    /// after an outlet's letters (<c>NDO -</c>) is the tag that opens the lead, not a byline.
    /// </remarks>
    private static string? HeaderByline(string line, bool nextToDate)
    {
        if (line.Length > 40 || EndsSentence(line))
        {
            return null;
        }

        string trimmed = line.TrimEnd(' ', '-', '–', '|');
        bool cut = trimmed.Length < line.Length;
        int words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        bool capitals = trimmed.Any(char.IsLetter) && !trimmed.Any(char.IsLower);
        if (trimmed.Length == 0 || (cut && words < 2) ||
            (capitals && !nextToDate && !(trimmed.Contains(" - ", StringComparison.Ordinal) || trimmed.Contains(" – ", StringComparison.Ordinal) || words == 1 ||
                                          PenNameInCapitals(trimmed, words))))
        {
            return null;
        }

        // "Tác giả : Gia Đạt", "Bài và ảnh: Minh Anh": a label says what the line is, whatever follows the name.
        return WholeByline(trimmed, ignoreCase: capitals) ?? (Bylines.IsLabelled(trimmed) && Bylines.TryParse(trimmed, out string labelled) ? labelled : null);
    }

    /// <summary>Words of sections and columns that open with a syllable names open with too (<c>QUỐC TẾ</c>, <c>THANH NIÊN</c>).</summary>
    private static readonly IReadOnlySet<string> SectionLabels = new HashSet<string>(StringComparer.Ordinal)
    {
        "quốc tế", "quốc phòng", "quốc hội", "công an", "công nghệ", "công đoàn", "thanh niên", "văn hóa", "văn hoá", "hồng kông",
        "minh bạch", "xuân mới", "kinh tế", "chính trị", "xã hội", "thời sự", "pháp luật", "giáo dục", "thể thao", "y tế",
    };

    /// <summary>
    /// A pen name of two or three words in capitals (<c>QUANG NHẬT</c>, <c>NGỌC HÂN</c>) that opens with a middle name or a family
    /// name, as Vietnamese names do; not a section's label in capitals (<c>QUỐC TẾ</c>, <c>THỜI SỰ</c>).
    /// </summary>
    private static bool PenNameInCapitals(string line, int words)
    {
        if (words is < 2 or > 3 || line.Any(c => !char.IsLetter(c) && c != ' '))
        {
            return false;
        }

        string key = VietnameseOrthography.Key(line);
        string first = key[..key.IndexOf(' ')];
        return (Officials.MiddleNames.Contains(first) || Officials.FamilyNames.Contains(first)) && !SectionLabels.Contains(key);
    }

    /// <summary>
    /// The author when the whole of <paramref name="line"/> is a byline, no label or credit around the name (with
    /// <paramref name="ignoreCase"/>, also when written in capitals: <c>NGUYỄN THỊ TUYẾT</c>); null otherwise.
    /// </summary>
    private static string? WholeByline(string line, bool ignoreCase) =>
        Bylines.TryParse(line, out string author) &&
        string.Equals(author, line, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) ? author : null;

    /// <summary>
    /// A header line of a byline and a date line, either way round: <c>Trí Lâm | 23/09/2018, 15:52</c>,
    /// <c>Thứ Ba, 17/01/2017 19:05 | Thanh Hoà</c>, <c>Cảnh Thắng 31/03/2015 17:54 GMT+7</c>; the byline may carry its outlet or
    /// role (<c>Văn An/VOV1 | 17/03/2023, 15:37</c>, <c>HÀ AN LDO | …</c>, <c>Lê Hà (Ban Thời sự)-Thứ năm, ngày 10/12/2015 16:20</c>).
    /// </summary>
    private static bool BylineAndDate(string line, out string? author, out DateOnly? date)
    {
        (author, date) = (null, null);
        if (line.Length > 80)
        {
            return false;
        }

        int bar = line.IndexOf(" | ", StringComparison.Ordinal);
        int digit = line.AsSpan().IndexOfAnyInRange('0', '9');
        int weekday = WeekdayStart(line);
        // The name before a bar, or the name after it; the name before a weekday; the name before the first digit (a section's
        // name after the date's bar is the date line's).
        var splits = new List<(string Name, string Date)>(4);
        if (bar > 0)
        {
            splits.Add((line[..bar], line[(bar + 3)..]));
            splits.Add((line[(bar + 3)..], line[..bar]));
        }

        if (weekday > 0)
        {
            splits.Add((line[..weekday], line[weekday..]));
        }

        if (digit > 0)
        {
            splits.Add((line[..digit], line[digit..]));
        }

        foreach (var (name, dated) in splits)
        {
            string writer = name.Trim().TrimEnd(',', '-', '–', '|', '/').Trim();
            // The words must be the byline as a whole ("NGUYỄN THỊ TUYẾT 17/01/2018 08:51", whatever its case), or a name with its
            // outlet or role after it.
            if (writer.Length > 0 && IsDateLine(dated.Trim(), out var found) &&
                (WholeByline(writer, ignoreCase: true) ?? NameWithSuffix(writer)) is string parsed)
            {
                (author, date) = (parsed, found);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A byline that names the writer first and then the outlet or role (<c>Văn An/VOV1</c>, <c>HÀ AN LDO</c>), or an outlet's desk
    /// alone, kept as written like an agency (<c>Ban Thời sự</c>); else null.
    /// </summary>
    private static string? NameWithSuffix(string writer)
    {
        if (Bylines.TryParse(writer, out string parsed) && writer.StartsWith(parsed, StringComparison.OrdinalIgnoreCase))
        {
            return parsed;
        }

        return writer.StartsWith("Ban ", StringComparison.Ordinal) && writer.Count(c => c == ' ') <= 3 && char.IsUpper(writer[4]) &&
               !writer.Any(c => char.IsAsciiDigit(c) || char.IsPunctuation(c))
            ? writer
            : null;
    }

    private static readonly string[] WeekdayOpeners = ["Thứ ", "thứ ", "Chủ nhật", "Chủ Nhật"];

    /// <summary>Where a weekday (<c>Thứ năm, ngày …</c>, <c>Chủ nhật, …</c>) starts after other words of <paramref name="line"/>; -1 when none does.</summary>
    private static int WeekdayStart(string line)
    {
        foreach (string day in WeekdayOpeners)
        {
            int at = line.IndexOf(day, 1, StringComparison.Ordinal);
            int comma = at < 0 ? -1 : line.IndexOf(',', at);
            if (at > 0 && comma > at && Boilerplate.IsWeekday(line.AsSpan(at, comma - at)))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// Removes the closing byline from <paramref name="body"/> and returns the author (<see cref="Bylines"/>):
    /// a last line (<c>Minh Anh – Đài TT Huyện</c>), one wrapped over two short lines (<c>HÀ AN TTVH-TT-TT</c> /
    /// <c>TÂN YÊN</c>), or the words glued after the last paragraph's final sentence (<c>… ./. Ngọc Hân/VOV</c>).
    /// The first <paramref name="keep"/> paragraphs are never a byline.
    /// </summary>
    private static string? TakeByline(List<string> body, int keep)
    {
        // "Quang Hưng" / "Nguồn Hà Nội TV: https://…", "DƯƠNG QUANG" / "Theo Sggp.org.vn" / "Link gốc: https://…": the byline
        // stands above the source's credits, which stay where they are.
        int credits = 0;
        while (credits < 2 && body.Count - keep - credits >= 3 && IsSourceCredit(body[body.Count - 1 - credits]))
        {
            credits++;
        }

        if (credits > 0 && Bylines.TryParse(body[^(credits + 1)], out string credited) && !EndsSentence(body[^(credits + 1)]))
        {
            body.RemoveAt(body.Count - 1 - credits);
            return credited;
        }

        // "Theo Kiên Cường" / "Báo Thanh niên": the writer credited, then the paper on a line of its own.
        if (body.Count - keep >= 3 && body[^1].Length <= 30 && IsOutletLine(body[^1]) && body[^2].StartsWith("Theo ", StringComparison.Ordinal) &&
            body[^2].Length <= 40 && WholeByline(body[^2][5..].Trim(), ignoreCase: false) is string writer && writer.Contains(' '))
        {
            body.RemoveRange(body.Count - 2, 2);
            return writer;
        }

        int count = body.Count - keep;
        // Two short lines first: the second of "HÀ AN TTVH-TT-TT" / "TÂN YÊN" is a place, not the writer, and "Hoàng Huy" /
        // "(Cơ quan UBKT Tỉnh uỷ Hưng Yên)" names the writer's office.
        bool office = count >= 3 && body[^1].Length <= 60 && body[^1].StartsWith('(') && body[^1].EndsWith(')');
        if (count >= 3 && (body[^1].Length <= 30 || office) && body[^2].Length <= 60 && !EndsSentence(body[^1]) && Bylines.TryParse(body[^2], out string author))
        {
            body.RemoveRange(body.Count - 2, 2);
            return author;
        }

        // A text of a headline that is its lead too and a byline: the byline goes, the headline stays.
        if ((count >= 2 || (count == 1 && keep == 1)) && Bylines.TryParse(body[^1], out author))
        {
            body.RemoveAt(body.Count - 1);
            return author;
        }

        if (count >= 1 && Bylines.TrySplitTrailing(body[^1], out string rest, out author))
        {
            body[^1] = rest;
            return author;
        }

        return null;
    }

    /// <summary>
    /// A closing line that credits the source, not the writer: <c>Nguồn: …</c>, <c>Nguồn tin: …</c>, <c>Link gốc: …</c>, a bare
    /// address, or <c>Theo</c> and an outlet (<c>Theo Sggp.org.vn</c>; <c>Theo Minh Anh (TTXVN)</c> names a writer).
    /// </summary>
    private static bool IsSourceCredit(string line)
    {
        if (line.Length > 160 || EndsSentence(line))
        {
            return false;
        }

        string key = VietnameseOrthography.Key(line.AsSpan().TrimStart('('));
        return key.StartsWith("nguồn", StringComparison.Ordinal) || key.StartsWith("link gốc", StringComparison.Ordinal) || IsWebAddress(line) ||
               (key.StartsWith("theo ", StringComparison.Ordinal) && line.Length <= 40 && !Bylines.TryParse(line, out _));
    }

    /// <summary>A line that names a paper or an agency alone: <c>Báo Thanh niên</c>, <c>Tạp chí Cộng sản</c>, <c>TTXVN</c>.</summary>
    private static bool IsOutletLine(string line) =>
        line.StartsWith("Báo ", StringComparison.Ordinal) || line.StartsWith("Tạp chí ", StringComparison.Ordinal) || Bylines.IsAgency(line);

    private static bool IsWebAddress(string line) => Tokenizer.OpensUrl(line);

    private static string CollapseSpaces(ReadOnlySpan<char> line)
    {
        var output = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line.Trim())
        {
            if (c == ' ')
            {
                space = true;
                continue;
            }

            if (space)
            {
                output.Append(' ');
                space = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
