using System.Globalization;

namespace Vigil.Core.Statistics.Reporting;

/// <summary>
/// A reporting period: whole UTC days from <see cref="First"/> to <see cref="Last"/>, both included. An item
/// counts in the period that holds the time of its counted assessment (a calendar year is the published default).
/// </summary>
public readonly record struct ReportingPeriod
{
    /// <summary>The longest period a report may ask for: ten years of days.</summary>
    public const int MaxDays = 3653;

    private ReportingPeriod(DateOnly first, DateOnly last)
    {
        First = first;
        Last = last;
    }

    /// <summary>The first day (UTC), included.</summary>
    public DateOnly First { get; }

    /// <summary>The last day (UTC), included.</summary>
    public DateOnly Last { get; }

    /// <summary>Number of days in the period.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Whether the period is exactly one calendar year.</summary>
    public bool IsWholeYear => First.Month == 1 && First.Day == 1 && Last == new DateOnly(First.Year, 12, 31);

    /// <summary>The published label: the year for a calendar year (<c>2025</c>), else <c>2025-01-01..2025-03-31</c>.</summary>
    public string Label => IsWholeYear
        ? First.Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}");

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    public static ReportingPeriod OfYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ReportBuilder.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, ReportBuilder.MaxYear);
        return CalendarYear(year);
    }

    /// <summary>Any calendar year a stored assessment may fall in (counting places every item, reports ask within range).</summary>
    internal static ReportingPeriod CalendarYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>; the exception names the bound at fault.</summary>
    public static ReportingPeriod Between(DateOnly first, DateOnly last)
    {
        if (Check(first, last) is { } problem)
        {
            throw new ArgumentOutOfRangeException(problem.IsFirst ? nameof(first) : nameof(last), problem.Message);
        }

        return new ReportingPeriod(first, last);
    }

    /// <summary>What is wrong with a period from <paramref name="first"/> to <paramref name="last"/>, or null when it is valid.</summary>
    public static (bool IsFirst, string Message)? Check(DateOnly first, DateOnly last)
    {
        if (first.Year < ReportBuilder.MinYear || first.Year > ReportBuilder.MaxYear)
        {
            return (true, $"The first day must be in {ReportBuilder.MinYear}..{ReportBuilder.MaxYear}.");
        }

        if (last < first)
        {
            return (false, "The last day must not come before the first.");
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            return (false, $"A period is at most {MaxDays} days (ten years).");
        }

        return null;
    }

    /// <summary>
    /// The period a comparison is made with, ending the day before this one: as many calendar years before for
    /// whole years, as many calendar months before for whole months (a quarter compares with the quarter before),
    /// otherwise as many days.
    /// </summary>
    public ReportingPeriod Previous()
    {
        var end = First.AddDays(-1);
        if (IsWholeMonths(out var months))
        {
            return new ReportingPeriod(First.AddMonths(-months), end);
        }

        return new ReportingPeriod(First.AddDays(-Days), end);
    }

    /// <summary>This period and the <paramref name="count"/> - 1 before it, oldest first.</summary>
    public IReadOnlyList<ReportingPeriod> WithPrevious(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var chain = new ReportingPeriod[count];
        var period = this;
        for (var i = count - 1; i >= 0; i--)
        {
            chain[i] = period;
            if (i > 0)
            {
                period = period.Previous();
            }
        }

        return chain;
    }

    /// <summary>Whether <paramref name="time"/> falls on one of the period's UTC days.</summary>
    public bool Contains(DateTimeOffset time)
    {
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        return day >= First && day <= Last;
    }

    private bool IsWholeMonths(out int months)
    {
        months = ((Last.Year * 12) + Last.Month) - ((First.Year * 12) + First.Month) + 1;
        return First.Day == 1 && Last.Day == DateTime.DaysInMonth(Last.Year, Last.Month);
    }
}
