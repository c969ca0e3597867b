using System.Globalization;
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

    /// <summary>AI items and videos per year, and AI reports per year, over <see cref="StatisticsReport.Trend"/>.</summary>
    public static IReadOnlyList<ReportChart> Trend(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var years = report.Trend.Select(t => t.Year.ToString(CultureInfo.InvariantCulture)).ToList();
        return
        [
            new(ChartKind.Lines, new ChartSpec("AI items per year", "items", HtmlReportRenderer.ItemRule, years,
                [new("AI items", report.Trend.Select(t => t.AiItems).ToList(), AiColour), new("AI videos", report.Trend.Select(t => t.AiVideos).ToList(), AiVideoColour)])),
            new(ChartKind.Lines, new ChartSpec("AI reports per year", "reports", HtmlReportRenderer.ReportRule, years,
                [new("AI reports", report.Trend.Select(t => t.AiReports).ToList(), AiColour)])),
        ];
    }

    /// <summary>AI images, videos and category A videos of the previous year beside the report's year; null without a comparison.</summary>
    public static ReportChart? Comparison(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.ComparePrevious)
        {
            return null;
        }

        var (previous, year) = (report.Years[0], report.Current);
        return new(ChartKind.Bars, new ChartSpec($"AI items {previous.Year} and {year.Year}", "items", HtmlReportRenderer.ItemRule, ["images", "videos", "videos category A"],
            [new(previous.Year.ToString(CultureInfo.InvariantCulture), [previous.AiImages, previous.AiVideos, previous.AiVideosCategoryA], PreviousColour),
             new(year.Year.ToString(CultureInfo.InvariantCulture), [year.AiImages, year.AiVideos, year.AiVideosCategoryA], AiColour)]));
    }

    /// <summary>AI and non-AI items side by side for each value of one breakdown of <paramref name="year"/>.</summary>
    public static ReportChart Breakdown(YearFigures year, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(breakdown);
        var labels = breakdown.Rows.Select(r => r.Value).ToList();
        return new(ChartKind.Bars, new ChartSpec($"Items by {breakdown.Dimension.Replace('_', ' ')}, {year.Year}", "items", HtmlReportRenderer.ItemRule, labels,
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
