using System.Text;
using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Rules;

/// <summary>
/// Names of Vietnam's provinces and centrally governed cities (before and after the 2025
/// merger, and the provinces of 1965–2008 that careers still name), so that <c>Hà Nội</c> or <c>Hà Tĩnh</c> after a title is read as a place, not as a
/// person whose family name is Hà.
/// </summary>
internal static class Places
{
    /// <summary>Province names, by key.</summary>
    public static readonly IReadOnlySet<string> Provinces = new HashSet<string>(
        new[]
        {
            "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Thừa Thiên Huế", "An Giang", "Bà Rịa Vũng Tàu",
            "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận",
            "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
            "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
            "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
            "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
            "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
            // Provinces merged or split between 1965 and 2008, which obituaries and careers name ("Bí thư Tỉnh ủy Hà Đông",
            // "Chủ tịch UBND tỉnh Hà Sơn Bình").
            "Hà Tây", "Hà Đông", "Sơn Tây", "Hà Sơn Bình", "Nghệ Tĩnh", "Bình Trị Thiên", "Nghĩa Bình", "Phú Khánh", "Hải Hưng",
            "Hà Nam Ninh", "Nam Hà", "Vĩnh Phú", "Hoàng Liên Sơn", "Cửu Long", "Sông Bé", "Minh Hải", "Bắc Thái", "Hà Bắc",
            "Gia Lai Kon Tum", "Quảng Nam Đà Nẵng", "Thuận Hải", "Hà Tuyên", "Cao Lạng", "Kiến An", "Hồng Quảng", "Hải Ninh",
            // The Central Highlands' names as the press also spells them (Đăk, Đắc, Đác for Đắk; Lăk, Lắc for Lắk).
            "Đăk Lăk", "Đắk Lăk", "Đăk Lắk", "Đắc Lắc", "Đác Lắc", "Đắk Lắc", "Đăk Nông", "Đắc Nông", "Đác Nông",
        }.Select(n => VietnameseOrthography.Key(n)),
        StringComparer.Ordinal);

    /// <summary>
    /// The number of tokens of the longest province's name that starts at <paramref name="at"/> and ends before <paramref name="to"/>
    /// (<c>Hà Nội</c>, <c>Bà Rịa - Vũng Tàu</c>), its first and last words capitalised; 0 when none does.
    /// </summary>
    public static int ProvinceNameLength(ReadOnlySpan<Token> tokens, string text, int at, int to)
    {
        if (at >= tokens.Length || !tokens[at].IsCapitalized)
        {
            return 0;
        }

        for (int end = Math.Min(to, tokens.Length); end > at; end--)
        {
            if (tokens[end - 1].IsCapitalized &&
                Provinces.Contains(VietnameseOrthography.Key(text.AsSpan(tokens[at].Span.Start, tokens[end - 1].Span.End - tokens[at].Span.Start))))
            {
                return end - at;
            }
        }

        return 0;
    }

    /// <summary>
    /// How many words after the dash at <paramref name="dash"/> complete a province's name with the one or two words before it
    /// (<c>Bà Rịa - Vũng Tàu</c>, <c>Bà Rịa-Vũng Tàu</c>: 2), or 0.
    /// </summary>
    public static int ProvinceAfterDash(ReadOnlySpan<Token> tokens, int dash)
    {
        for (int before = 1; before <= 2 && dash - before >= 0; before++)
        {
            for (int after = 1; after <= 2 && dash + after < tokens.Length; after++)
            {
                var key = new StringBuilder();
                for (int k = dash - before; k <= dash + after; k++)
                {
                    if (k != dash)
                    {
                        key.Append(key.Length > 0 ? " " : "").Append(tokens[k].Key);
                    }
                }

                if (Provinces.Contains(key.ToString()))
                {
                    return after;
                }
            }
        }

        return 0;
    }
}
