using System.Globalization;
using System.Net;
using System.Text;
using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Rendering;

/// <summary>
/// A self-contained HTML report (inline CSS and SVG, no script, no external resources): headline table, trend
/// lines, bars for every breakdown with AI and non-AI side by side, separately reported items and the counting rules.
/// </summary>
public static class HtmlReportRenderer
{
    /// <summary>The rule under every chart that counts items.</summary>
    public const string ItemRule = "items = distinct content (SHA-256), verified and not superseded, counted once in the period (year) of its first counted assessment";

    /// <summary>The rule under every chart that counts reports.</summary>
    public const string ReportRule = "reports = distinct reports holding at least one counted AI item, in that item's period (year)";

    public static string Render(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = report.Current;
        var html = new StringBuilder(64 * 1024);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Vigil statistics {report.Period.Label}</title>");
        html.Append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th:first-child,td:first-child{text-align:left}figure{margin:1.5em 0;break-inside:avoid}figcaption{font-size:.85em;color:#444}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>AI material: statistics for {report.Period.Label}</h1>");
        html.Append("<p>Figures count <strong>items</strong> (distinct content) unless marked <strong>reports</strong>. The counting rules are at the end.</p>");
        Headline(html, report);

        html.Append("<h2>Trend</h2>");
        foreach (var chart in ReportCharts.Trend(report))
        {
            Figure(html, chart);
        }

        if (ReportCharts.Comparison(report) is { } comparison)
        {
            Figure(html, comparison);
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>Breakdowns {year.Label}: AI and non-AI material</h2>");
        foreach (var breakdown in year.Breakdowns)
        {
            Figure(html, ReportCharts.Breakdown(year, breakdown));
            BreakdownTable(html, breakdown);
        }

        html.Append("<h2>Reported separately (items)</h2><table><tr><th>figure</th><th>items</th></tr>");
        foreach (var (key, value) in ReportFigures.Separate(year.SeparatelyReported))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{key}</td><td>{value}</td></tr>");
        }

        html.Append("</table><h2>Counting rules</h2><ol class=\"rules\">");
        foreach (var rule in report.CountingRules)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(rule)).Append("</li>");
        }

        html.Append("</ol></body></html>");
        return html.ToString();
    }

    private static void Headline(StringBuilder html, StatisticsReport report)
    {
        html.Append("<table class=\"headline\"><tr><th>figure</th><th>unit</th>");
        foreach (var y in report.Periods)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{y.Label}</th>");
        }

        html.Append("</tr>");
        var columns = report.Periods.Select(y => ReportFigures.Headline(y).ToList()).ToList();
        for (var i = 0; i < columns[0].Count; i++)
        {
            var key = columns[0][i].Key;
            if (columns.All(c => c[i].Value is null))
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{key}</td><td>{ReportFigures.UnitOf(key)}</td>");
            foreach (var column in columns)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{(column[i].Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "–")}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void BreakdownTable(StringBuilder html, Breakdown breakdown)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"breakdown\"><tr><th>{breakdown.Dimension}</th><th>AI items</th><th>AI %</th><th>non-AI items</th><th>non-AI %</th></tr>");
        foreach (var row in breakdown.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(row.Value)}</td><td>{row.AiItems}</td><td>{Pct(row.AiPct)}</td><td>{row.NonAiItems}</td><td>{Pct(row.NonAiPct)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static string Pct(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "%" : "–";

    private static void Figure(StringBuilder html, ReportChart chart) =>
        html.Append("<figure>").Append(chart.ToSvg()).Append("<figcaption>Counting rule: ").Append(WebUtility.HtmlEncode(chart.Spec.Rule)).Append("</figcaption></figure>");
}
