using System.Text.Json;
using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;
using Vigil.TestSupport;

namespace Vigil.Statistics.Tests.Support;

/// <summary>Compares a rendered report with ../shared/stats/expected.json, key by key.</summary>
public static class ExpectedJson
{
    public static async Task AssertMatchesAsync(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.PathOf("stats", "expected.json")));
        using var output = new MemoryStream();
        await JsonReportRenderer.WriteAsync(report, output);
        using var actual = JsonDocument.Parse(output.ToArray());

        var key = report.Period.Label;
        var expectedYear = expected.RootElement.GetProperty("years").GetProperty(key);
        var actualYear = actual.RootElement.GetProperty("years").GetProperty(key);
        foreach (var property in expectedYear.EnumerateObject())
        {
            Assert.True(actualYear.TryGetProperty(property.Name, out var value), $"{key}: missing {property.Name}");
            Assert.Equal((property.Name, property.Value.GetInt64()), (property.Name, value.GetInt64()));
        }

        // No change percentage where expected.json has none (2023 has no previous year to compare with).
        Assert.Equal(
            expectedYear.EnumerateObject().Count(p => p.Name.EndsWith("_change_pct", StringComparison.Ordinal)),
            actualYear.EnumerateObject().Count(p => p.Name.EndsWith("_change_pct", StringComparison.Ordinal)));
    }

    public static async Task<string> RenderAsync(StatisticsReport report)
    {
        using var output = new MemoryStream();
        await JsonReportRenderer.WriteAsync(report, output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
