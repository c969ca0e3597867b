using System.Text.Json;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Reports;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task ImportThenReport_SharedAssessments_JsonHasExpectedFigures()
    {
        using var data = new TempFolder();
        var csv = SharedData.PathOf("stats", "assessments.csv");

        var first = await CliRunner.RunAsync("--data", data.Path, "import", "assessments", csv);
        var second = await CliRunner.RunAsync("--data", data.Path, "import", "assessments", csv);
        var report = await CliRunner.RunAsync("--data", data.Path, "report", "--year", "2025", "--compare-previous", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("added 21163", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("added 0, already present 21163", second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.PathOf("stats", "expected.json")));
        using var actual = JsonDocument.Parse(report.StandardOutput);
        var expected2025 = expected.RootElement.GetProperty("years").GetProperty("2025");
        var actual2025 = actual.RootElement.GetProperty("years").GetProperty("2025");
        foreach (var property in expected2025.EnumerateObject())
        {
            Assert.Equal((property.Name, property.Value.GetInt64()), (property.Name, actual2025.GetProperty(property.Name).GetInt64()));
        }
    }

    [Fact]
    public async Task ImportAssessments_MalformedLines_ListedOnStandardErrorExitCodeOne()
    {
        using var data = new TempFolder();
        var lines = File.ReadLines(SharedData.PathOf("stats", "assessments.csv")).Take(4).ToList();
        lines.Insert(2, lines[1].Replace(",image,", ",picture,", StringComparison.Ordinal));
        lines.Add("as-x,r-x,\"https://example.invalid/unterminated");
        var file = data.File("assessments.csv");
        await File.WriteAllLinesAsync(file, lines);

        var result = await CliRunner.RunAsync("--data", data.Path, "import", "assessments", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3: media_type is not one of image|video", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("line 6: unterminated quoted field 3", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("added 3", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("example.invalid", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_HtmlToFile_WritesSvgChartsWithUnits()
    {
        using var data = new TempFolder();
        await CliRunner.RunAsync("--data", data.Path, "import", "assessments", SharedData.PathOf("stats", "assessments.csv"));
        var output = data.File("report.html");

        var result = await CliRunner.RunAsync("--data", data.Path, "report", "--year", "2024", "--format", "html", "--output", output);

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(output);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Unit: items", html, StringComparison.Ordinal);
        Assert.Contains("Unit: reports", html, StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public async Task Report_Quarter_CountsOnlyItsDaysBesideTheQuarterBefore()
    {
        using var data = new TempFolder();
        await CliRunner.RunAsync("--data", data.Path, "import", "assessments", SharedData.PathOf("stats", "assessments.csv"));

        var year = await CliRunner.RunAsync("--data", data.Path, "report", "--year", "2025", "--format", "csv");
        var halves = new List<string>();
        foreach (var (from, to) in new[] { ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31") })
        {
            var result = await CliRunner.RunAsync("--data", data.Path, "report", "--from", from, "--to", to, "--compare-previous", "--format", "csv");
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("period,figure,unit,value\n", result.StandardOutput, StringComparison.Ordinal);
            halves.Add(result.StandardOutput);
        }

        static long AiItems(string csv, string label) => long.Parse(
            csv.Split('\n').Single(l => l.StartsWith(label + ",ai_items,", StringComparison.Ordinal)).Split(',')[3], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(AiItems(year.StandardOutput, "2025"), AiItems(halves[0], "2025-01-01..2025-06-30") + AiItems(halves[1], "2025-07-01..2025-12-31"));
        Assert.Equal(AiItems(halves[0], "2025-01-01..2025-06-30"), AiItems(halves[1], "2025-01-01..2025-06-30"));
    }

    [Theory]
    [InlineData("report", "--year", "1200")]
    [InlineData("report", "--year", "2025", "--format", "docx")]
    [InlineData("report")]
    [InlineData("report", "--year", "2025", "--from", "2025-01-01", "--to", "2025-03-31")]
    [InlineData("report", "--from", "2025-01-01")]
    [InlineData("report", "--from", "2025-04-01", "--to", "2025-03-31")]
    [InlineData("report", "--from", "2025-02-30", "--to", "2025-03-31")]
    [InlineData("import", "assessments", "/nonexistent/file.csv")]
    public async Task Commands_BadArguments_ExitCodeTwo(params string[] arguments)
    {
        using var data = new TempFolder();

        var result = await CliRunner.RunAsync(["--data", data.Path, .. arguments]);

        Assert.Equal(2, result.ExitCode);
    }
}
