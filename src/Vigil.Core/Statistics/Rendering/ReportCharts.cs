using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Rendering;

/// <summary>
/// The charts of a statistics report, defined once for every place that draws them (the HTML and PDF report, the
/// server's dashboard): trend lines, the year-on-year comparison and one bar chart per breakdown.
/// </summary>
public static class ReportCharts
{
    private const string AiColour = "#c0392b";
    private const string AiVideoColour = "#8e44ad";
    private const string NonAiColour = "#2c6fbb";
    private const string PreviousColour = "#95a5a6";

    /// <summary>AI items and videos, and AI reports, per year (or per period), over <see cref="StatisticsReport.Trend"/>.</summary>
    public static IReadOnlyList<ReportChart> Trend(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var years = report.Trend.Select(t => t.Label).ToList();
        var step = report.StepName;
        return
        [
            new(ChartKind.Lines, new ChartSpec($"AI items per {step}", "items", HtmlReportRenderer.ItemRule, years,
                [new("AI items", report.Trend.Select(t => t.AiItems).ToList(), AiColour), new("AI videos", report.Trend.Select(t => t.AiVideos).ToList(), AiVideoColour)])),
            new(ChartKind.Lines, new ChartSpec($"AI reports per {step}", "reports", HtmlReportRenderer.ReportRule, years,
                [new("AI reports", report.Trend.Select(t => t.AiReports).ToList(), AiColour)])),
        ];
    }

    /// <summary>AI images, videos and category A videos of the previous period beside the report's; null without a comparison.</summary>
    public static ReportChart? Comparison(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.ComparePrevious)
        {
            return null;
        }

        var (previous, year) = (report.Periods[0], report.Current);
        return new(ChartKind.Bars, new ChartSpec($"AI items {previous.Label} and {year.Label}", "items", HtmlReportRenderer.ItemRule, ["images", "videos", "videos category A"],
            [new(previous.Label, [previous.AiImages, previous.AiVideos, previous.AiVideosCategoryA], PreviousColour),
             new(year.Label, [year.AiImages, year.AiVideos, year.AiVideosCategoryA], AiColour)]));
    }

    /// <summary>AI and non-AI items side by side for each value of one breakdown of <paramref name="year"/>.</summary>
    public static ReportChart Breakdown(PeriodFigures year, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(breakdown);
        var labels = breakdown.Rows.Select(r => r.Value).ToList();
        return new(ChartKind.Bars, new ChartSpec($"Items by {breakdown.Dimension.Replace('_', ' ')}, {year.Label}", "items", HtmlReportRenderer.ItemRule, labels,
            [new("AI items", breakdown.Rows.Select(r => r.AiItems).ToList(), AiColour), new("non-AI items", breakdown.Rows.Select(r => r.NonAiItems).ToList(), NonAiColour)]));
    }

    /// <summary>Every chart of the report in the order the report prints them.</summary>
    public static IReadOnlyList<ReportChart> All(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var comparison = Comparison(report);
        return [.. Trend(report), .. comparison is null ? [] : new[] { comparison }, .. report.Current.Breakdowns.Select(b => Breakdown(report.Current, b))];
    }
}
