using Vigil.Core.Statistics.Counting;

namespace Vigil.Core.Statistics.Reporting;

/// <summary>Counts the stored assessments (one streaming pass) and builds the report of a year or a period.</summary>
public sealed class StatisticsReporter(IAssessmentSource source)
{
    /// <summary>How many periods the trend of a period report draws, the requested one included.</summary>
    public const int PeriodTrendLength = 8;

    public async Task<StatisticsReport> ReportAsync(int year, bool comparePrevious, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ReportBuilder.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, ReportBuilder.MaxYear);
        var tallies = await StatisticsEngine.TallyAsync(source, cancellationToken);
        return ReportBuilder.Build(tallies, year, comparePrevious);
    }

    /// <summary>
    /// The report of any period: a calendar year is reported as <see cref="ReportAsync(int, bool, CancellationToken)"/>
    /// does; other periods count only their own days, with the periods of the same length before them as the trend.
    /// </summary>
    public async Task<StatisticsReport> ReportAsync(ReportingPeriod period, bool comparePrevious, CancellationToken cancellationToken = default)
    {
        if (period.IsWholeYear)
        {
            return await ReportAsync(period.First.Year, comparePrevious, cancellationToken);
        }

        var chain = period.WithPrevious(PeriodTrendLength);
        var tallies = await StatisticsEngine.TallyAsync(source, chain, cancellationToken);
        return ReportBuilder.Build(tallies, period, comparePrevious, chain.Take(chain.Count - 1).ToList());
    }
}
