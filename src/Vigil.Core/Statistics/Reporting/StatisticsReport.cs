namespace Vigil.Core.Statistics.Reporting;

/// <summary>A report for one year, optionally with the previous year beside it, and the trend of all years up to it.</summary>
/// <remarks>
/// <para>Years: The previous year (when compared) then the requested year.</para>
/// <para>Trend: Every year up to the requested one that has counted items, ascending (headline figures only).</para>
/// </remarks>
public sealed record StatisticsReport(
    int Year,
    bool ComparePrevious,
    IReadOnlyList<YearFigures> Years,
    IReadOnlyList<YearFigures> Trend,
    IReadOnlyList<string> CountingRules)
{
    /// <summary>The requested year's figures.</summary>
    public YearFigures Current => Years[^1];
}
