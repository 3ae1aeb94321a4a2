using Extraction.Text;

namespace Extraction.Tests.Text;

public sealed class NumberAndDateTests
{
    [Theory]
    [InlineData("5.699", 5699)]
    [InlineData("1,29", 1.29)]
    [InlineData("10.000", 10000)]
    [InlineData("13.999,5", 13999.5)]
    [InlineData("06", 6)]
    [InlineData("101,7", 101.7)]
    public void Vietnamese_numbers_group_with_dots_and_decimal_with_commas(string written, double value)
    {
        VietnameseNumbers.TryParse(written, out decimal parsed).Should().BeTrue();
        parsed.Should().Be((decimal)value);
    }

    [Fact]
    public void A_pair_is_a_count_out_of_a_target()
    {
        VietnameseNumbers.TryParseCount("6/5", out int count, out int? of).Should().BeTrue();
        (count, of).Should().Be((6, 5));
    }

    [Theory]
    [InlineData("1,29")]
    [InlineData("13.999,5/13.401")]
    public void Decimals_are_not_counts(string written) =>
        VietnameseNumbers.TryParseCount(written, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("1,8 ngàn đoàn viên", 1800)]
    [InlineData("2 nghìn đảng viên", 2000)]
    [InlineData("18 nghìn tổ chức", 18000)]
    public void Counts_in_thousands_are_read_whole_with_their_word(string text, int value)
    {
        var tokens = Tokenizer.Tokenize(text).ToArray();
        Extraction.Extractors.TokenPatterns.ReadCount(tokens, text, 0, out int count, out _).Should().Be(2, "the number and 'nghìn' are one count");
        count.Should().Be(value);
    }

    [Theory]
    [InlineData("0,0001 nghìn người")]
    [InlineData("79.228.162.514.264.337.593.543.950.335 nghìn người")]
    public void A_thousands_count_that_is_no_whole_number_or_overflows_is_not_read(string text)
    {
        var tokens = Tokenizer.Tokenize(text).ToArray();
        Extraction.Extractors.TokenPatterns.ReadCount(tokens, text, 0, out _, out _).Should().NotBe(2);
    }

    [Theory]
    [InlineData("năm đảng viên", 5)]
    [InlineData("mười hai đảng viên", 12)]
    [InlineData("hai mươi mốt đảng viên", 21)]
    [InlineData("một trăm linh năm người", 105)]
    public void Counts_may_be_spelled_out(string text, int value)
    {
        var tokens = Tokenizer.Tokenize(text).ToArray();
        VietnameseNumbers.TryReadWords(tokens, 0, out int read).Should().BeGreaterThan(0);
        read.Should().Be(value);
    }

    [Fact]
    public void Dates_day_first_with_ranges_and_spelled_months()
    {
        var dates = VietnameseDates.FindAll("ngày 21/01/2021, từ 4-6/8/2020 và ngày 5 tháng 3 năm 2021");
        dates.Select(d => d.Date).Should().Equal(new DateOnly(2021, 1, 21), new DateOnly(2020, 8, 4), new DateOnly(2021, 3, 5));
        dates[1].LastDay.Should().Be(6);
    }

    [Theory]
    [InlineData("Thứ Bảy, 7 tháng 11, 2020", 2020)]
    [InlineData("Thứ Bảy, 7 tháng 11, 2.000 người dự", null)]
    [InlineData("ngày 7 tháng 11, 20 đảng viên", null)]
    public void A_spelled_month_may_take_its_year_after_a_comma_and_only_a_year(string text, int? year)
    {
        var date = VietnameseDates.FindAll(text).Single();
        (date.Day, date.Month, date.Year).Should().Be((7, 11, year));
    }

    [Theory]
    [InlineData("5.699 đảng viên")]
    [InlineData("1.640/1.620kg")]
    public void Grouped_numbers_are_not_dates(string text) => VietnameseDates.FindAll(text).Should().BeEmpty();
}
