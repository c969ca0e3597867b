namespace Vigil.Core.Statistics.Reporting;

/// <summary>A report for one period, optionally with the previous period beside it, and the trend up to it.</summary>
/// <remarks>
/// <para>Periods: the previous period (when compared), then the requested one.</para>
/// <para>Trend: for a calendar year, every year up to it that has counted items; for other periods, the periods
/// of the same length before it (empty ones included), oldest first; headline figures only.</para>
/// </remarks>
public sealed record StatisticsReport(
    ReportingPeriod Period,
    bool ComparePrevious,
    IReadOnlyList<PeriodFigures> Periods,
    IReadOnlyList<PeriodFigures> Trend,
    IReadOnlyList<string> CountingRules)
{
    /// <summary>The requested period's figures.</summary>
    public PeriodFigures Current => Periods[^1];

    /// <summary>What one step of the trend is called: "year" for calendar years, else "period".</summary>
    public string StepName => Period.IsWholeYear ? "year" : "period";
}
