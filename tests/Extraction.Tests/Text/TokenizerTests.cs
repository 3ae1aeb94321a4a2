using Extraction.Documents;
using Extraction.Text;
using Extraction.Tests.Fuzz;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static IEnumerable<(string Text, TokenKind Kind)> Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (t.Span.ToString(text), t.Kind));

    [Fact]
    public void Numbers_dates_percentages_and_pairs_stay_one_token() =>
        Tokens("ngày 21/01/2021 có 5.699 đảng viên, đạt 1,29% và 6/5 chỉ tiêu").Should().Contain(new[]
        {
            ("21/01/2021", TokenKind.Date), ("5.699", TokenKind.Number), ("1,29%", TokenKind.Percent), ("6/5", TokenKind.Number),
        });

    [Fact]
    public void Abbreviations_with_inner_marks_stay_one_token() =>
        Tokens("TP.HCM, KT-XH, H'Hen và đ/c Hưng").Select(t => t.Text).Should().Contain(new[] { "TP.HCM", "KT-XH", "H'Hen", "đ/c" });

    [Fact]
    public void The_dot_of_a_units_abbreviation_before_its_name_is_no_token() =>
        Tokens("UBND TP. Cần Thơ và TX. Sơn Tây, không phải Tp.HCM. Trụ sở ở xã.").Select(t => t.Text).Should()
            .Equal("UBND", "TP", "Cần", "Thơ", "và", "TX", "Sơn", "Tây", ",", "không", "phải", "Tp.HCM", ".", "Trụ", "sở", "ở", "xã", ".");

    [Fact]
    public void A_hyphen_between_a_capital_abbreviation_and_a_word_splits() =>
        Tokens("Phó bí thư HU-Chủ tịch UBND").Select(t => t.Text).Should().ContainInOrder("HU", "-", "Chủ");

    [Fact]
    public void Two_words_that_lost_the_space_between_them_are_two_tokens() =>
        Tokens("kỷ luật cảnh cáođối với ông A; khai trừĐảng; Phó Bí thưBan Cán sự đảng").Select(t => t.Text)
            .Should().ContainInOrder("cáo", "đối", "trừ", "Đảng", "thư", "Ban");

    [Fact]
    public void A_title_written_as_one_run_of_capitals_is_cut_into_its_post_and_bodies()
    {
        const string text = "đồng chí A, UVBTVHU, PCTUBND huyện, PBTTTHU và CTHĐND xã";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => t.Span.ToString(text)).Should().ContainInOrder("UVBTV", "HU", "PCT", "UBND", "PBTTT", "HU", "CT", "HĐND");
        var hu = tokens.First(t => t.Span.ToString(text) == "HU");
        hu.HasSpaceBefore.Should().BeFalse("the parts are one run as written");
        hu.IsAllCaps.Should().BeTrue();
        hu.Key.Should().Be("hu");
    }

    [Fact]
    public void Acronyms_that_do_not_read_as_a_post_and_bodies_stay_whole() =>
        Tokens("CTCP Sông Đà, BTC, TTXVN, THPT, HTX, UBND, BTVHU và PCT").Select(t => t.Text)
            .Should().Contain(new[] { "CTCP", "BTC", "TTXVN", "THPT", "HTX", "UBND", "BTVHU", "PCT" });

    [Fact]
    public void Names_and_foreign_words_are_not_split_into_syllables() =>
        Tokens("ông Thạch Sa Rươne, Facebook, online, Hanoi và Xổmxạy").Select(t => t.Text)
            .Should().Contain(new[] { "Rươne", "Facebook", "online", "Hanoi", "Xổmxạy" });

    [Fact]
    public void Urls_and_emails_are_single_tokens() =>
        Tokens("Xem https://huyenuy.vn/tin-tuc.html hoặc gửi ban@huyenuy.vn.").Should().Contain(new[]
        {
            ("https://huyenuy.vn/tin-tuc.html", TokenKind.Url), ("ban@huyenuy.vn", TokenKind.Email),
        });

    [Fact]
    public void Sentences_do_not_end_after_abbreviations_or_inside_numbers()
    {
        var cleaned = new CleanedArticle(["Đ/c. Nguyễn Văn An phát biểu. TP. Hà Nội có 5.699 đảng viên. 1. Công tác tổ chức."]);
        var document = ArticleDocument.Analyze(cleaned);
        document.Sentences.ToArray().Select(s => document.TextOf(s.Span)).Should().Equal(
            "Đ/c. Nguyễn Văn An phát biểu.", "TP. Hà Nội có 5.699 đảng viên.", "1. Công tác tổ chức.");
    }

    [Fact]
    public void Every_token_slices_exactly_its_text_and_nothing_is_lost_on_arbitrary_input()
    {
        Prop.ForAll<string>(text =>
        {
            text ??= "";
            var tokens = Tokenizer.Tokenize(text);
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                if (token.Span.Start < previousEnd || token.Span.End > text.Length || token.Span.Length == 0)
                {
                    return false;
                }

                // Only white space may lie between tokens.
                if (!text.AsSpan(previousEnd, token.Span.Start - previousEnd).IsWhiteSpace() &&
                    text.AsSpan(previousEnd, token.Span.Start - previousEnd).ToString().Any(c => !char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')))
                {
                    return false;
                }

                previousEnd = token.Span.End;
            }

            return true;
        }).CheckReproducibly();
    }

    [Fact]
    public void Keys_are_idempotent_on_arbitrary_input() =>
        Prop.ForAll<string>(text =>
        {
            text ??= "";
            string key = VietnameseOrthography.Key(text);
            return VietnameseOrthography.Key(key) == key;
        }).CheckReproducibly();
}
