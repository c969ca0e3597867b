using System.Text.Json;
using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;
using Vigil.Statistics.Tests.Support;
using static Vigil.Statistics.Tests.Support.Assessments;

namespace Vigil.Statistics.Tests.Reporting;

/// <summary>Reports over chosen periods: the same counting rules as years, placed by the UTC day of the counted assessment.</summary>
public sealed class PeriodReportTests
{
    [Fact]
    public async Task ReportAsync_FourQuartersOfTheSharedData_AddUpToTheYearsItems()
    {
        var reporter = new StatisticsReporter(await Reports.SharedStoreAsync());
        var year = (await reporter.ReportAsync(2025, comparePrevious: false)).Current;

        var quarters = new List<PeriodFigures>();
        foreach (var (first, last) in new[] { ((1, 1), (3, 31)), ((4, 1), (6, 30)), ((7, 1), (9, 30)), ((10, 1), (12, 31)) })
        {
            var period = ReportingPeriod.Between(new DateOnly(2025, first.Item1, first.Item2), new DateOnly(2025, last.Item1, last.Item2));
            quarters.Add((await reporter.ReportAsync(period, comparePrevious: false)).Current);
        }

        // Every item counts in exactly one period, so item figures add up; a report may hold items of two quarters.
        Assert.Equal(8029, year.AiItems);
        Assert.Equal(year.AiItems, quarters.Sum(q => q.AiItems));
        Assert.Equal(year.AiVideos, quarters.Sum(q => q.AiVideos));
        Assert.Equal(year.AiVideosCategoryA, quarters.Sum(q => q.AiVideosCategoryA));
        Assert.Equal(year.NonAiItems, quarters.Sum(q => q.NonAiItems));
        Assert.True(quarters.Sum(q => q.AiReports) >= year.AiReports);
        Assert.All(quarters, q => Assert.True(q.AiItems > 0, $"{q.Label} has no AI items; the test data spans the year"));
        for (var b = 0; b < year.Breakdowns.Count; b++)
        {
            for (var r = 0; r < year.Breakdowns[b].Rows.Count; r++)
            {
                Assert.Equal(year.Breakdowns[b].Rows[r].AiItems, quarters.Sum(q => q.Breakdowns[b].Rows[r].AiItems));
            }
        }
    }

    [Fact]
    public async Task ReportAsync_SecondHalfComparedWithFirst_ChangeIsComputedFromBothHalves()
    {
        var reporter = new StatisticsReporter(await Reports.SharedStoreAsync());
        var h1 = (await reporter.ReportAsync(ReportingPeriod.Between(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), comparePrevious: false)).Current;

        var report = await reporter.ReportAsync(ReportingPeriod.Between(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)), comparePrevious: true);

        Assert.Equal(["2025-01-01..2025-06-30", "2025-07-01..2025-12-31"], report.Periods.Select(p => p.Label));
        Assert.Equal(h1.AiItems, report.Periods[0].AiItems);
        Assert.Equal(Core.Statistics.Counting.Percent.Change(report.Current.AiItems, h1.AiItems), report.Current.AiItemsChangePct);
        Assert.Equal(StatisticsReporter.PeriodTrendLength, report.Trend.Count);
        Assert.Equal("2025-07-01..2025-12-31", report.Trend[^1].Label);
    }

    [Fact]
    public async Task ReportAsync_ItemFirstCountedBeforeThePeriod_DoesNotCountInIt()
    {
        var store = new InMemoryAssessmentStore();
        await store.AddMissingAsync(
            [
                Record("a1", "early", report: "r-1", at: new DateTimeOffset(2025, 2, 27, 12, 0, 0, TimeSpan.Zero)),
                Record("a2", "early", report: "r-2", at: new DateTimeOffset(2025, 3, 5, 12, 0, 0, TimeSpan.Zero)),
                Record("a3", "inside", report: "r-3", at: new DateTimeOffset(2025, 3, 31, 23, 0, 0, TimeSpan.Zero)),
                Record("a4", "after", report: "r-4", at: new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero)),
            ],
            CancellationToken.None);

        var march = await new StatisticsReporter(store).ReportAsync(ReportingPeriod.Between(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), comparePrevious: true);

        Assert.Equal(1, march.Current.AiItems);
        Assert.Equal(1, march.Current.AiReports);
        Assert.Equal(1, march.Periods[0].AiItems); // February: the item re-sighted in March counts there
        Assert.Equal(0, march.Current.AiItemsChangePct);
    }

    [Fact]
    public async Task WriteAsync_PeriodReport_JsonNamesThePeriodAndCsvItsLabel()
    {
        var report = await new StatisticsReporter(await Reports.SharedStoreAsync())
            .ReportAsync(ReportingPeriod.Between(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), comparePrevious: true);

        using var json = new MemoryStream();
        await JsonReportRenderer.WriteAsync(report, json);
        using var csv = new MemoryStream();
        await CsvReportRenderer.WriteAsync(report, csv);

        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        Assert.Equal(("2025-04-01", "2025-06-30"), (root.GetProperty("from").GetString(), root.GetProperty("to").GetString()));
        Assert.False(root.TryGetProperty("year", out _));
        var periods = root.GetProperty("periods").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["2025-01-01..2025-03-31", "2025-04-01..2025-06-30"], periods);
        Assert.Equal(report.Current.AiItems, root.GetProperty("periods").GetProperty("2025-04-01..2025-06-30").GetProperty("ai_items").GetInt64());

        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split('\n');
        Assert.Equal("period,figure,unit,value", lines[0]);
        Assert.Contains($"2025-04-01..2025-06-30,ai_items,items,{report.Current.AiItems}", lines);
    }
}
