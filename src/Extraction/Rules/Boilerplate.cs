using Extraction.Text;

namespace Extraction.Rules;

/// <summary>
/// The page furniture of Vietnamese news sites, recognised by its words: related-news
/// headings (<c>Các tin khác</c>), comment forms (<c>Phản hồi</c>, <c>Bình luận</c>),
/// counters (<c>Lượt xem</c>, <c>View count</c>), share and print buttons, date pickers
/// (<c>Chọn ngày</c>) and the site's current-date header (<c>Hà Nội, ngày 26-01-2021</c>).
/// Shared by the HTML cleaner and the plain-text reader.
/// </summary>
public static class Boilerplate
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

    private static readonly string[] Weekdays =
        ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "cn"];

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
