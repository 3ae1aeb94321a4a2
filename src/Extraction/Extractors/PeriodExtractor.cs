using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>
/// Decides the year the reported results belong to. A review meeting names it
/// (<c>tổng kết công tác xây dựng Đảng năm 2020</c>); otherwise the year most often written as
/// <c>năm YYYY</c> that is not after the publication year.
/// </summary>
internal sealed class PeriodExtractor : IExtractor
{
    private const int ReviewWindow = 20;

    public string Name => "period";

    public void Extract(ExtractionContext context)
    {
        var document = context.Document;
        int? published = document.Cleaned.PublishedAt?.Year;
        if (ReviewedYear(document.TitleTokens) is int fromTitle)
        {
            context.Period = fromTitle;
            return;
        }

        var counts = new Dictionary<int, int>();
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            if (sentence.Paragraph <= 1 && ReviewedYear(tokens) is int reviewed && (published is null || reviewed <= published))
            {
                context.Period = reviewed;
                return;
            }

            for (int i = 1; i < tokens.Length; i++)
            {
                // Birth years ("sinh năm 1998") and years long before publication are not the reported period.
                if (tokens[i - 1].Key == "năm" && TokenPatterns.Year(tokens[i]) is int y && (published is null || (y <= published && y >= published - 3)) &&
                    !(i >= 2 && tokens[i - 2].Key == "sinh"))
                {
                    counts[y] = counts.GetValueOrDefault(y) + 1;
                }
            }
        }

        if (counts.Count > 0)
        {
            context.Period = counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).First().Key;
        }
        else
        {
            // An article that names no year reports on the year it was published in.
            context.Period = published;
        }
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
}
