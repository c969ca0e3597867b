using Vigil.Core.Statistics.Rendering;
using Vigil.Statistics.Tests.Support;

namespace Vigil.Statistics.Tests.Rendering;

public sealed class CsvReportRendererTests
{
    [Fact]
    public async Task WriteAsync_ComparedYear_OneFigurePerLineWithUnit()
    {
        using var output = new MemoryStream();

        await CsvReportRenderer.WriteAsync(await Reports.SharedReportAsync(2025), output);

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,figure,unit,value", lines[0]);
        Assert.Contains("2025,ai_items,items,8029", lines);
        Assert.Contains("2025,ai_reports,reports,491", lines);
        Assert.Contains("2025,ai_videos_change_pct,percent,26385", lines);
        Assert.Contains("2024,ai_items,items,7043", lines);
        Assert.All(lines, l => Assert.Equal(4, l.Split(',').Length));
    }
}
