using System.Globalization;
using System.Text;
using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Rendering;

/// <summary>
/// Writes a report as one tidy CSV table, one figure per line: <c>year,figure,unit,value</c> (for a period other
/// than a calendar year the first column is <c>period</c>, holding its label). Breakdown figures
/// are named <c>breakdown.DIMENSION.VALUE.ai_items</c> (and <c>.ai_pct</c>, <c>.non_ai_items</c>, <c>.non_ai_pct</c>).
/// Missing percentages are empty cells. Every value is ours (codes and numbers), so no cell needs quoting.
/// </summary>
public static class CsvReportRenderer
{
    public static async Task WriteAsync(StatisticsReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(report.Period.IsWholeYear ? "year,figure,unit,value" : "period,figure,unit,value");
        foreach (var year in report.Periods)
        {
            foreach (var (key, value) in ReportFigures.Headline(year))
            {
                await Line(writer, year.Label, key, value);
            }

            foreach (var (key, value) in ReportFigures.Separate(year.SeparatelyReported))
            {
                await Line(writer, year.Label, "separately_reported." + key, value);
            }

            foreach (var breakdown in year.Breakdowns)
            {
                foreach (var row in breakdown.Rows)
                {
                    var prefix = $"breakdown.{breakdown.Dimension}.{row.Value}.";
                    await Line(writer, year.Label, prefix + "ai_items", row.AiItems);
                    await Line(writer, year.Label, prefix + "ai_pct", row.AiPct);
                    await Line(writer, year.Label, prefix + "non_ai_items", row.NonAiItems);
                    await Line(writer, year.Label, prefix + "non_ai_pct", row.NonAiPct);
                }
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static Task Line(StreamWriter writer, string period, string key, long? value) =>
        writer.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{period},{key},{ReportFigures.UnitOf(key)},{(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty)}"));
}
