using System.Text.RegularExpressions;
using Vigil.Core.Statistics.Rendering;
using Vigil.Statistics.Tests.Support;

namespace Vigil.Statistics.Tests.Rendering;

public sealed class HtmlReportRendererTests
{
    [Fact]
    public async Task Render_ComparedYear_EveryChartIsSvgWithUnitAndRule()
    {
        var html = HtmlReportRenderer.Render(await Reports.SharedReportAsync(2025));

        var charts = Regex.Matches(html, "<svg[^>]*data-unit=\"(items|reports)\"[^>]*>.*?</svg>", RegexOptions.Singleline);
        Assert.Equal(Regex.Count(html, "<svg"), charts.Count);
        Assert.Equal(9, charts.Count); // 2 trend lines, 1 year-on-year bar chart, 6 breakdowns
        Assert.All(charts, c => Assert.Contains("Unit: " + c.Groups[1].Value, c.Value, StringComparison.Ordinal));
        Assert.All(charts, c => Assert.Contains("Counting rule: ", c.Value, StringComparison.Ordinal));
        Assert.Contains(charts, c => c.Groups[1].Value == "reports" && c.Value.Contains("<polyline", StringComparison.Ordinal));
        Assert.Contains(charts, c => c.Groups[1].Value == "items" && c.Value.Contains("class=\"bar\"", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TrendChart_PlotsEachYearsAiItems()
    {
        var html = HtmlReportRenderer.Render(await Reports.SharedReportAsync(2025));

        Assert.Contains("AI items, 2023: 202 items", html, StringComparison.Ordinal);
        Assert.Contains("AI items, 2024: 7043 items", html, StringComparison.Ordinal);
        Assert.Contains("AI items, 2025: 8029 items", html, StringComparison.Ordinal);
        Assert.Contains("AI reports, 2025: 491 reports", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(7, 10)]
    [InlineData(13, 20)]
    [InlineData(8029, 10000)]
    [InlineData(3443, 5000)]
    [InlineData(100, 100)]
    public void NiceCeiling_Max_OneTwoOrFiveTimesPowerOfTen(long max, long expected) =>
        Assert.Equal(expected, SvgChart.NiceCeiling(max));
}
