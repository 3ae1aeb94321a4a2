namespace Extraction.Html.Decoding;

/// <summary>
/// How much a text looks like correctly decoded Vietnamese: letters of the Vietnamese
/// alphabet count for it, stray Latin-1 symbols, C1 controls and lone combining marks
/// (what a wrong decoder leaves behind: <c>§¶ng</c>, <c>Ñaûng</c>, <c>Äáº£ng</c>) count
/// against it. Used to choose between candidate decodings; never changes text.
/// </summary>
internal static class VietnameseTextScore
{
    /// <summary>Score of <paramref name="text"/>: Vietnamese letters minus twice the suspicious characters.</summary>
    public static long Score(ReadOnlySpan<char> text)
    {
        long good = 0, bad = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            switch (Classify(c))
            {
                case 1:
                    good++;
                    break;
                case -1:
                    bad++;
                    break;
            }
        }

        return good - (2 * bad);
    }

    // Frequent Vietnamese syllables that carry a diacritic: a wrong decoding almost never produces them.
    private static readonly HashSet<string> CommonSyllables = new(StringComparer.Ordinal)
    {
        "của", "và", "các", "những", "được", "người", "năm", "không", "đã", "này", "với", "một", "có", "là", "đồng",
        "huyện", "đảng", "công", "tác", "việt", "ngày", "tháng", "nhân", "dân", "thành", "phố", "xã", "hội", "về", "đến",
        "từ", "tại", "như", "nhiều", "sự", "lãnh", "đạo", "chỉ", "tỉnh", "cán", "bộ", "kinh", "tế", "phát", "triển",
        "quốc", "chính", "quyền", "thực", "hiện", "nghị", "quyết", "trên", "hơn", "cũng", "đó", "để", "vào", "trước",
        "mới", "thể", "lại", "nên", "đây", "rằng", "chúng", "tôi", "bạn", "làm", "còn", "vì", "nhưng", "nếu", "ủy",
        "uỷ", "đại", "biểu", "xây", "dựng", "chức", "tổ", "hướng", "nhiệm", "vụ", "kết", "quả", "đạt", "trọng", "tâm",
        "tăng", "cường", "giáo", "dục", "tập", "trung", "thường", "xuyên", "đơn", "vị", "cấp", "cơ", "sở", "viên",
    };

    /// <summary>Number of frequent Vietnamese syllables with diacritics: the decisive evidence of a right decoding.</summary>
    public static int CommonWordCount(ReadOnlySpan<char> text)
    {
        var lookup = CommonSyllables.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[16];
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            bool nonAscii = false;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                nonAscii |= text[i] >= 0x80;
                i++;
            }

            int length = i - start;
            if (nonAscii && length <= lower.Length)
            {
                text.Slice(start, length).ToLowerInvariant(lower);
                if (lookup.Contains(lower[..length]))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Number of suspicious characters: how much repair a text may need.</summary>
    public static int CountSuspicious(ReadOnlySpan<char> text)
    {
        int bad = 0;
        foreach (char c in text)
        {
            if (c >= 0x80 && Classify(c) < 0)
            {
                bad++;
            }
        }

        return bad;
    }

    /// <summary>True when the text has a fair share of Vietnamese letters (not an English page).</summary>
    public static bool LooksVietnamese(ReadOnlySpan<char> text)
    {
        int letters = 0, vietnamese = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c >= 0x80 && Classify(c) > 0)
                {
                    vietnamese++;
                }
            }
        }

        return letters > 0 && vietnamese * 12 >= letters;
    }

    /// <summary>1 for a Vietnamese letter, -1 for a suspicious character, 0 otherwise.</summary>
    public static int Classify(char c)
    {
        if (c is >= '\u1EA0' and <= '\u1EF9')
        {
            return 1;
        }

        switch (c)
        {
            case 'à' or 'á' or 'â' or 'ã' or 'è' or 'é' or 'ê' or 'ì' or 'í' or 'ò' or 'ó' or 'ô' or 'õ' or 'ù' or 'ú' or 'ý':
            case 'À' or 'Á' or 'Â' or 'Ã' or 'È' or 'É' or 'Ê' or 'Ì' or 'Í' or 'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ù' or 'Ú' or 'Ý':
            case 'ă' or 'Ă' or 'đ' or 'Đ' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ' or 'ơ' or 'Ơ' or 'ư' or 'Ư':
                return 1;
        }

        if (c is >= '\u0080' and <= '\u009F')
        {
            return -1;
        }

        if (c is >= '\u00A1' and <= '\u00FF' && c is not ('©' or '®' or '°' or '«' or '»' or '·' or '×' or '÷' or '½' or '¼' or '¾'))
        {
            // Latin-1 letters that Vietnamese does not use (ñ, ö, Ä …) and symbols (§, ¶, µ, ¸, º, £ …).
            return -1;
        }

        if (c is >= '\u0300' and <= '\u036F')
        {
            return -1;
        }

        return 0;
    }
}
