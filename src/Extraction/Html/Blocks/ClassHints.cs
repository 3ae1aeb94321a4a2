using System.Buffers;

namespace Extraction.Html.Blocks;

/// <summary>
/// What class and id names say about an element (the names page templates use, English
/// and Vietnamese: <c>related</c>, <c>sidebar</c>, <c>tinlienquan</c>, <c>binhluan</c>,
/// <c>noidung</c>, <c>chitiet</c> …). Substring tests over a fixed table; no regex.
/// </summary>
internal static class ClassHints
{
    // Readability's "unlikely candidates" plus the Vietnamese portal names.
    private static readonly SearchValues<string> Unlikely = SearchValues.Create(
    [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "navbar", "newsletter", "subscribe", "cookie", "widget", "most-read", "mostread", "popular",
        "trending", "recommend", "outbrain", "taboola", "share", "sharing", "toolbar", "print",
        "tinlienquan", "tin-lien-quan", "tin_lien_quan", "tinkhac", "tin-khac", "tin_khac", "othernews", "other-news",
        "other_news", "binhluan", "binh-luan", "binh_luan", "phanhoi", "phan-hoi", "chiase", "chia-se", "luotxem",
        "luot-xem", "viewcount", "view-count", "tincungchuyenmuc", "tin-cung-chuyen-muc", "cungchuyenmuc",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> MaybeCandidate = SearchValues.Create(["and", "article", "body", "column", "content", "main", "mathjax", "shadow"], StringComparison.Ordinal);

    private static readonly SearchValues<string> Negative = SearchValues.Create(
    [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget", "tinlienquan", "tinkhac", "binhluan", "menu",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> Positive = SearchValues.Create(
    [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog",
        "story", "noidung", "noi-dung", "noi_dung", "chitiet", "chi-tiet", "chi_tiet", "detail",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> Caption = SearchValues.Create(
    [
        "caption", "chuthich", "chu-thich", "chu_thich", "image_desc", "image-desc", "imgdesc", "img-desc", "img_desc",
        "photo-desc", "photo_desc", "pic-desc", "desc_img", "desc-img", "image-note", "photo-note",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> BylineNames = SearchValues.Create(["byline", "author", "tacgia", "tac-gia", "tac_gia", "writer", "reporter"], StringComparison.Ordinal);

    private static readonly SearchValues<string> DateNames = SearchValues.Create(["date", "time", "ngay", "publish", "posted", "pubdate"], StringComparison.Ordinal);

    private static readonly SearchValues<string> CommentNames = SearchValues.Create(
        ["comment", "binhluan", "binh-luan", "binh_luan", "phanhoi", "phan-hoi", "reply", "replies", "disqus", "feedback", "ykien", "y-kien"], StringComparison.Ordinal);

    private static readonly SearchValues<string> ControlNames = SearchValues.Create(
        ["share", "sharing", "social", "print", "toolbar", "chiase", "chia-se", "luotxem", "luot-xem", "viewcount", "view-count", "font-size", "fontsize"], StringComparison.Ordinal);

    /// <summary>The weight and flags that <paramref name="classAndId"/> (lower case) gives an element.</summary>
    public static (int Weight, ElementFlags Flags) Classify(string classAndId, string tag)
    {
        int weight = 0;
        if (ContainsAny(classAndId, Negative))
        {
            weight -= 25;
        }

        if (ContainsAny(classAndId, Positive))
        {
            weight += 25;
        }

        var flags = ElementFlags.None;
        if (tag is not ("body" or "a" or "html" or "main" or "article") && ContainsAny(classAndId, Unlikely) && !ContainsAny(classAndId, MaybeCandidate))
        {
            flags |= ElementFlags.Furniture;
        }

        if (ContainsAny(classAndId, Caption))
        {
            flags |= ElementFlags.Caption;
        }

        if (ContainsAny(classAndId, BylineNames))
        {
            flags |= ElementFlags.Byline;
        }

        if (ContainsAny(classAndId, DateNames))
        {
            flags |= ElementFlags.DateHint;
        }

        if (ContainsAny(classAndId, CommentNames))
        {
            flags |= ElementFlags.Comments;
        }

        if (ContainsAny(classAndId, ControlNames))
        {
            flags |= ElementFlags.Controls;
        }

        return (weight, flags);
    }

    private static bool ContainsAny(string haystack, SearchValues<string> needles) => haystack.AsSpan().ContainsAny(needles);
}
