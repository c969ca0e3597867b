using System.Text.Json;
using Vigil.Core.Statistics.Rendering;
using Vigil.Statistics.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Statistics.Tests.Rendering;

public sealed class ExpectedFiguresTests
{
    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public async Task WriteAsync_SharedAssessments_JsonMatchesExpectedJsonForEveryKey(int year)
    {
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.PathOf("stats", "expected.json")));
        var report = await Reports.SharedReportAsync(year, comparePrevious: true);
        using var output = new MemoryStream();

        await JsonReportRenderer.WriteAsync(report, output);

        using var actual = JsonDocument.Parse(output.ToArray());
        var key = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var expectedYear = expected.RootElement.GetProperty("years").GetProperty(key);
        var actualYear = actual.RootElement.GetProperty("years").GetProperty(key);
        foreach (var property in expectedYear.EnumerateObject())
        {
            Assert.True(actualYear.TryGetProperty(property.Name, out var value), $"missing {property.Name}");
            Assert.Equal((property.Name, property.Value.GetInt64()), (property.Name, value.GetInt64()));
        }

        var expectedChangeKeys = expectedYear.EnumerateObject().Count(p => p.Name.EndsWith("_change_pct", StringComparison.Ordinal));
        Assert.Equal(expectedChangeKeys, actualYear.EnumerateObject().Count(p => p.Name.EndsWith("_change_pct", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ImportAsync_SharedFileTwice_ChangesNothing()
    {
        var store = new InMemoryAssessmentStore();
        var first = await Reports.ImportAsync(store);
        var before = await JsonOf(store);

        var second = await Reports.ImportAsync(store);

        Assert.Equal(0, first.Rejected);
        Assert.Equal(first.Rows, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(first.Rows, second.AlreadyPresent);
        Assert.Equal(before, await JsonOf(store));
    }

    private static async Task<string> JsonOf(InMemoryAssessmentStore store)
    {
        var report = await new Vigil.Core.Statistics.Reporting.StatisticsReporter(store).ReportAsync(2025, comparePrevious: true);
        using var output = new MemoryStream();
        await JsonReportRenderer.WriteAsync(report, output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
