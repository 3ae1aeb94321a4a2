using System.Collections.Immutable;

namespace Extraction.Rules;

/// <summary>
/// Military and police ranks (quân hàm, cấp bậc hàm) as news writes them before a name or counts them
/// (<c>Thiếu tướng A</c>, <c>khai trừ hai thiếu tướng</c>, <c>3 Đại tướng … được tặng Huân chương</c>). They are not
/// titles (annotation.md), but every extractor reads them: the officials rules as words that introduce a person, the
/// discipline and award rules as the kind of person counted. One list, so that the readers cannot drift apart.
/// </summary>
internal static class Ranks
{
    /// <summary>Generals, field officers and company officers (cấp tướng, cấp tá, cấp úy), highest first.</summary>
    public static readonly ImmutableArray<string> Officers =
    [
        "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
        "đại tá", "thượng tá", "trung tá", "thiếu tá",
        "đại úy", "thượng úy", "trung úy", "thiếu úy",
    ];

    /// <summary>The navy's flag ranks, which take the place of the generals' there (Đô đốc, Phó Đô đốc, Chuẩn Đô đốc).</summary>
    public static readonly ImmutableArray<string> Admirals = ["đô đốc", "phó đô đốc", "chuẩn đô đốc"];

    /// <summary>Every rank: <see cref="Officers"/> then <see cref="Admirals"/>.</summary>
    public static readonly ImmutableArray<string> All = [.. Officers, .. Admirals];
}
