using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Rendering;

/// <summary>
/// Writes a report as JSON in snake_case: {"year", "compare_previous", "counting_rules", "years": {"2025": {...}}} for a
/// calendar year; {"from", "to", "compare_previous", "counting_rules", "periods": {"2025-01-01..2025-03-31": {...}}}
/// for any other period (the same figures, counted over the period's UTC days).
/// Headline keys come first, in the published order; change percentages are omitted when they do not exist
/// (no comparison asked for, or nothing in the previous year). Every string is Vigil's own text (rules, codes),
/// so relaxed escaping only keeps apostrophes readable; the output is never embedded in HTML.
/// </summary>
public static class JsonReportRenderer
{
    public static async Task WriteAsync(StatisticsReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        var wholeYear = report.Period.IsWholeYear;
        if (wholeYear)
        {
            json.WriteNumber("year", report.Period.First.Year);
        }
        else
        {
            json.WriteString("from", report.Period.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("to", report.Period.Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteBoolean("compare_previous", report.ComparePrevious);
        json.WriteString("unit", "items (distinct content) unless a key ends in _reports; percentages are whole numbers");
        json.WriteStartArray("counting_rules");
        foreach (var rule in report.CountingRules)
        {
            json.WriteStringValue(rule);
        }

        json.WriteEndArray();
        json.WriteStartObject(wholeYear ? "years" : "periods");
        foreach (var year in report.Periods)
        {
            json.WriteStartObject(year.Label);
            WriteYear(json, year);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteYear(Utf8JsonWriter json, PeriodFigures year)
    {
        foreach (var (key, value) in ReportFigures.Headline(year))
        {
            if (value is { } number)
            {
                json.WriteNumber(key, number);
            }
        }

        json.WriteStartObject("separately_reported");
        foreach (var (key, value) in ReportFigures.Separate(year.SeparatelyReported))
        {
            json.WriteNumber(key, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("breakdowns");
        foreach (var breakdown in year.Breakdowns)
        {
            json.WriteStartArray(breakdown.Dimension);
            foreach (var row in breakdown.Rows)
            {
                json.WriteStartObject();
                json.WriteString("value", row.Value);
                json.WriteNumber("ai_items", row.AiItems);
                WriteOptional(json, "ai_pct", row.AiPct);
                json.WriteNumber("non_ai_items", row.NonAiItems);
                WriteOptional(json, "non_ai_pct", row.NonAiPct);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string key, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(key, number);
        }
        else
        {
            json.WriteNull(key);
        }
    }
}
