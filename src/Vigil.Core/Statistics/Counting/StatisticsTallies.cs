using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Counting;

/// <summary>The tallies of every period a counting pass placed items in.</summary>
public sealed class StatisticsTallies
{
    private readonly SortedDictionary<DateOnly, PeriodTally> _periods = [];

    /// <summary>Periods with at least one counted item, oldest first.</summary>
    public IEnumerable<PeriodTally> Periods => _periods.Values;

    /// <summary>Assessments read.</summary>
    public long AssessmentsRead { get; internal set; }

    /// <summary>The tally of <paramref name="period"/>; an empty one when nothing counted in it.</summary>
    public PeriodTally Of(ReportingPeriod period) =>
        _periods.TryGetValue(period.First, out var tally) && tally.Period == period ? tally : new PeriodTally(period);

    /// <summary>The tally of the calendar year <paramref name="year"/>.</summary>
    public PeriodTally Year(int year) => Of(ReportingPeriod.CalendarYear(year));

    internal PeriodTally GetOrAdd(ReportingPeriod period)
    {
        if (!_periods.TryGetValue(period.First, out var tally))
        {
            tally = new PeriodTally(period);
            _periods.Add(period.First, tally);
        }

        return tally;
    }
}
