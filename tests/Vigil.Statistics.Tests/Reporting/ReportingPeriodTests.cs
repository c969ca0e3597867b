using Vigil.Core.Statistics.Reporting;

namespace Vigil.Statistics.Tests.Reporting;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31")] // a calendar year: the year before
    [InlineData("2025-04-01", "2025-06-30", "2025-01-01", "2025-03-31")] // a quarter: the quarter before
    [InlineData("2025-03-01", "2025-03-31", "2025-02-01", "2025-02-28")] // a month: the month before, whatever its length
    [InlineData("2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29")] // ... leap years included
    [InlineData("2025-01-01", "2025-06-30", "2024-07-01", "2024-12-31")] // six months: the six months before
    [InlineData("2025-03-10", "2025-03-16", "2025-03-03", "2025-03-09")] // seven days: the seven days before
    [InlineData("2025-03-15", "2025-04-14", "2025-02-12", "2025-03-14")] // not whole months: as many days (31)
    public void Previous_EachKindOfPeriod_EndsTheDayBeforeWithTheSameLength(string first, string last, string previousFirst, string previousLast)
    {
        var period = ReportingPeriod.Between(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

        var previous = period.Previous();

        Assert.Equal((previousFirst, previousLast), (Day(previous.First), Day(previous.Last)));
    }

    [Fact]
    public void Label_CalendarYearAndOtherPeriods_AreTheYearOrTheDays()
    {
        Assert.Equal("2025", ReportingPeriod.OfYear(2025).Label);
        Assert.Equal("2025", ReportingPeriod.Between(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)).Label);
        Assert.Equal("2025-01-01..2025-03-31", ReportingPeriod.Between(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)).Label);
        Assert.False(ReportingPeriod.Between(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)).IsWholeYear);
    }

    [Fact]
    public void Contains_TimesWithOffsets_AreReadAsUtcDays()
    {
        var march = ReportingPeriod.Between(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31));

        Assert.True(march.Contains(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(march.Contains(new DateTimeOffset(2025, 3, 31, 23, 59, 59, TimeSpan.Zero)));
        Assert.False(march.Contains(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero)));

        // 23:30 on 31 March at UTC-1 is 00:30 on 1 April UTC; 00:30 on 1 March at UTC+1 is still February in UTC.
        Assert.False(march.Contains(new DateTimeOffset(2025, 3, 31, 23, 30, 0, TimeSpan.FromHours(-1))));
        Assert.False(march.Contains(new DateTimeOffset(2025, 3, 1, 0, 30, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void WithPrevious_Quarters_AreConsecutiveOldestFirst()
    {
        var q2 = ReportingPeriod.Between(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30));

        var chain = q2.WithPrevious(4);

        Assert.Equal(["2024-07-01..2024-09-30", "2024-10-01..2024-12-31", "2025-01-01..2025-03-31", "2025-04-01..2025-06-30"], chain.Select(p => p.Label));
    }

    [Theory]
    [InlineData("2025-03-01", "2025-02-28", "last")]
    [InlineData("1989-12-31", "1990-01-31", "first")]
    [InlineData("2010-01-01", "2020-01-02", "last")] // 3,654 days
    public void Between_BadBounds_NamesTheBoundAtFault(string first, string last, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Between(
            DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(parameter, error.ParamName);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
