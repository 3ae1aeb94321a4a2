using Extraction.Text;

namespace Extraction.Rules;

/// <summary>
/// The page furniture of Vietnamese news sites, recognised by its words: related-news
/// headings (<c>Các tin khác</c>), comment forms (<c>Phản hồi</c>, <c>Bình luận</c>),
/// counters (<c>Lượt xem</c>, <c>View count</c>), share and print buttons, date pickers
/// (<c>Chọn ngày</c>) and the site's current-date header (<c>Hà Nội, ngày 26-01-2021</c>).
/// Shared by the HTML cleaner and the plain-text reader.
/// </summary>
internal static class Boilerplate
{
    /// <summary>Headings after which a page lists other articles: the article has ended.</summary>
    public static readonly IReadOnlyList<string> EndOfArticleHeadings =
    [
        "các tin khác", "tin khác", "tin cùng chuyên mục", "tin cùng loại", "tin liên quan", "bài liên quan",
        "bài viết liên quan", "tin mới nhất", "tin mới", "tin đọc nhiều", "đọc nhiều nhất", "xem nhiều nhất",
        "tin tức khác", "bài viết khác", "các bài viết khác", "các bài khác", "xem thêm", "đọc thêm",
        "phản hồi", "bình luận", "ý kiến bạn đọc", "ý kiến của bạn", "gửi ý kiến", "gửi phản hồi",
        "viết bình luận", "bình luận của bạn", "các tin đã đưa", "tin đã đưa",
    ];

    /// <summary>Short lines that are controls or counters wherever they appear.</summary>
    public static readonly IReadOnlyList<string> ControlLines =
    [
        "chọn ngày", "lượt xem", "view count", "lượt đọc", "số lượt xem", "lượt truy cập", "chia sẻ", "share",
        "in bài", "in bài viết", "bản in", "print", "gửi bài", "gửi email", "email", "gửi cho bạn bè",
        "lưu bài", "về đầu trang", "lên đầu trang", "quay lại", "trở về", "trở lại", "tags", "từ khóa", "từ khoá",
        "facebook", "twitter", "zalo", "tweet", "like", "thích", "cỡ chữ", "font size", "nghe đọc bài",
        "đăng nhập", "đăng ký", "trang chủ", "home", "top", "video", "ảnh", "rss",
    ];

    /// <summary>
    /// Words that surround a publication date on a date line (<c>Ngày đăng 21/01/2021 | 15:01</c>,
    /// <c>Cập nhật lúc 14:39</c>, <c>Thứ năm, 21/1/2021</c>): a line of a date and only these is page furniture.
    /// </summary>
    public static readonly IReadOnlyList<string> DateLineWords =
    [
        "ngày đăng", "đăng ngày", "ngày cập nhật", "cập nhật", "đăng lúc", "lúc", "ngày", "giờ", "gmt", "sáng", "chiều", "tối",
        "lượt xem", "lượt đọc", "view count", "views", "posted", "published", "updated", "on", "at", "am", "pm", "thứ",
        "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ nhật", "cn", "tháng", "ict", "ngày xuất bản", "xuất bản", "đăng tải",
        "ngày đăng tải", "thời gian", "cập nhật lúc", "gmt+7", "gmt+07", "utc", "utc+7", "utc+07", "giờ đăng", "bởi",
        // "09:13 - Thứ Sáu, 08/11/2019 Lượt xem: 7089 In bài viết": the page's print and share controls on the same line.
        "in bài viết", "in bài", "bản in", "chia sẻ",
    ];

    private static readonly string[] Weekdays =
        ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "cn"];

    /// <summary>True when the words are a day of the week and nothing else (<c>Thứ Năm</c>, <c>Chủ nhật</c>, <c>T5</c> aside).</summary>
    public static bool IsWeekday(ReadOnlySpan<char> words) => Weekdays.Contains(VietnameseOrthography.Key(words.Trim().TrimEnd(",.-–|".AsSpan()).Trim()));

    /// <summary>True when the line is a heading after which only other articles or comments follow.</summary>
    public static bool IsEndOfArticleHeading(ReadOnlySpan<char> line) => MatchesShortPhrase(line, EndOfArticleHeadings);

    /// <summary>
    /// True for a line that is page furniture: a control, a counter, a lone separator,
    /// a line of bullets or slashes, or a number-only counter.
    /// </summary>
    public static bool IsControlLine(ReadOnlySpan<char> line)
    {
        var trimmed = TrimDecoration(line);
        if (trimmed.IsEmpty)
        {
            return true;
        }

        if (MatchesShortPhrase(trimmed, ControlLines))
        {
            return true;
        }

        foreach (char c in trimmed)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        // Digits and punctuation only, and not a date: a counter such as "| 0" or "571".
        return VietnameseDates.FindAll(trimmed).Count == 0;
    }

    /// <summary>
    /// True for the site's current-date header, which is not the article's date:
    /// a place or weekday followed by a date and nothing else (<c>Hà Nội, ngày 26-01-2021</c>,
    /// <c>Thứ năm, 21/1/2021</c>).
    /// </summary>
    public static bool IsSiteDateHeader(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        int comma = trimmed.IndexOf(',');
        if (comma <= 0 || comma > 30)
        {
            return false;
        }

        var head = trimmed[..comma].Trim();
        var rest = trimmed[(comma + 1)..].Trim();
        var dates = VietnameseDates.FindAll(rest);
        if (dates.Count != 1 || dates[0].Year is null)
        {
            return false;
        }

        var before = rest[..dates[0].Span.Start].Trim();
        var after = rest[dates[0].Span.End..].Trim();
        bool onlyDate = (before.IsEmpty || VietnameseOrthography.Key(before) == "ngày") && after.IsEmpty;
        if (!onlyDate)
        {
            return false;
        }

        string headKey = VietnameseOrthography.Key(head);
        if (Weekdays.Contains(headKey))
        {
            return true;
        }

        // A place name: a few capitalised syllables.
        int words = 0;
        foreach (var range in head.Split(' '))
        {
            var word = head[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 4;
    }

    /// <summary>
    /// True for a line that holds a date with a year and otherwise only times, counters and
    /// <see cref="DateLineWords"/>: <c>Ngày đăng 21/01/2021 | 15:01 | View count: 571</c>,
    /// <c>14/01/2021 14:39 | 0</c>, <c>Thứ năm, 21/1/2021</c>.
    /// </summary>
    public static bool IsDateLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty || trimmed.Length > 120)
        {
            return false;
        }

        var dates = VietnameseDates.FindAll(trimmed);
        bool hasYear = false;
        foreach (var d in dates)
        {
            hasYear |= d.Year is not null;
        }

        if (!hasYear)
        {
            return false;
        }

        // Collect the words outside the dates and drop the date-line vocabulary.
        // "Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021": the section's name before the date, set off by a dash, is the site's.
        var rest = new System.Text.StringBuilder(trimmed.Length);
        int dash = trimmed[..dates[0].Span.Start].IndexOf(" - ", StringComparison.Ordinal);
        int at = dash > 0 && IsSectionName(trimmed[..dash].Trim()) ? dash + 3 : 0;
        // "Thời sựThứ Năm, 04/10/2018 18:40": the section's name glued to the weekday that opens the date line.
        if (at == 0 && SectionBeforeWeekday(trimmed[..dates[0].Span.Start]) is int weekday and > 0)
        {
            at = weekday;
        }

        foreach (var d in dates)
        {
            rest.Append(trimmed[Math.Min(at, d.Span.Start)..d.Span.Start]).Append(' ');
            at = d.Span.End;
        }

        // "15-07-2018 - 17:26 PM | Xã hội": the section's name after the last bar is the site's. It is a few words, one of them
        // in lower case (a reporter's name, "| Minh Anh", capitalises every word), with no digit or colon.
        var tail = trimmed[at..];
        int bar = tail.LastIndexOf('|');
        if (bar >= 0 && IsSectionName(tail[(bar + 1)..].Trim()))
        {
            tail = tail[..bar];
        }

        rest.Append(tail);
        string key = " " + VietnameseOrthography.Key(rest.ToString()) + " ";
        var words = new List<string>();
        foreach (var range in key.AsSpan().SplitAny(" ,|:;()[]-–/.\t".AsSpan()))
        {
            var w = key.AsSpan()[range];
            if (!w.IsEmpty && char.IsLetter(w[0]))
            {
                words.Add(w.ToString());
            }
        }

        string joined = " " + string.Join(' ', words) + " ";
        foreach (string phrase in DateLineWords.OrderByDescending(p => p.Length))
        {
            joined = joined.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
            joined = joined.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }

        return joined.Trim().Length == 0;
    }

    /// <summary>
    /// Where a weekday (<c>Thứ Năm</c>, <c>Chủ nhật</c>) starts after a short section name of one to three words with no digit,
    /// written apart or glued to it (<c>Thời sựThứ Năm, …</c>); -1 when the text does not open so.
    /// </summary>
    private static int SectionBeforeWeekday(ReadOnlySpan<char> head)
    {
        foreach (string day in (string[])["Thứ ", "Chủ nhật", "Chủ Nhật"])
        {
            int at = head.IndexOf(day, StringComparison.Ordinal);
            if (at <= 0 || !IsWeekday(head[at..]))
            {
                continue;
            }

            var section = head[..at].Trim();
            return section.Length > 0 && section.IndexOfAnyInRange('0', '9') < 0 && section.Count(' ') <= 2 && char.IsUpper(section[0]) ? at : -1;
        }

        return -1;
    }

    private static bool IsSectionName(ReadOnlySpan<char> words)
    {
        if (words.IsEmpty || words.Count(' ') > 3 || words.IndexOfAny(':', '/') >= 0 || words.IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        foreach (var range in words.Split(' '))
        {
            if (!words[range].IsEmpty && char.IsLower(words[range][0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesShortPhrase(ReadOnlySpan<char> line, IReadOnlyList<string> phrases)
    {
        var trimmed = TrimDecoration(line);
        if (trimmed.Length == 0 || trimmed.Length > 40)
        {
            return false;
        }

        string key = VietnameseOrthography.Key(trimmed);
        foreach (string phrase in phrases)
        {
            if (key == phrase)
            {
                return true;
            }

            // "Lượt xem: 571", "View count: 571", "Bình luận (3)": the phrase, then a number or a colon.
            if (key.StartsWith(phrase, StringComparison.Ordinal) && key.Length > phrase.Length)
            {
                var tail = key.AsSpan(phrase.Length).Trim();
                if (tail.IsEmpty || tail[0] is ':' or '(' or '|' or '-' || char.IsAsciiDigit(tail[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> line) =>
        line.Trim().Trim("•·|/\\-–—>»«<*:#\u00A0\u200B ").Trim();
}
