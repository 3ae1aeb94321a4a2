using Extraction.Documents;

namespace Extraction.Text;

/// <summary>
/// A calendar date written in Vietnamese text: <c>21/01/2021</c>, <c>26-01-2021</c>,
/// <c>ngày 14-1</c> (no year), <c>4-6/8/2020</c> (a range of days), <c>ngày 5 tháng 3 năm 2021</c>.
/// </summary>
/// <param name="Span">Where the date is written.</param>
/// <param name="Day">Day of the month (the first day of a range).</param>
/// <param name="Month">Month, 1–12.</param>
/// <param name="Year">Year when written; null for <c>ngày 14-1</c>.</param>
/// <param name="LastDay">Last day of a range such as <c>4-6/8/2020</c>, else null.</param>
internal readonly record struct DateMention(TextSpan Span, int Day, int Month, int? Year, int? LastDay = null)
{
    /// <summary>The date when the year is known and the day exists.</summary>
    public DateOnly? Date =>
        Year is int y && y is >= 1 and <= 9999 && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;
}
