using System.Globalization;
using System.Text.Json;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Video;

public sealed class CompareCommandTests
{
    public static TheoryData<string, string, string, string> ExpectedMatches()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(SharedData.PathOf("vpdq", "expected-matches.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedMatches))]
    public async Task Compare_ReferencePairAsJson_PrintsReferencePercentages(string query, string target, string queryPercent, string targetPercent)
    {
        var result = await CliRunner.RunAsync("compare", SharedData.PathOf("vpdq", query), SharedData.PathOf("vpdq", target), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(queryPercent, root.GetProperty("query_match_pct").GetDouble().ToString("F2", CultureInfo.InvariantCulture));
        Assert.Equal(targetPercent, root.GetProperty("target_match_pct").GetDouble().ToString("F2", CultureInfo.InvariantCulture));
        var match = double.Parse(queryPercent, CultureInfo.InvariantCulture) >= 80;
        Assert.Equal(match, root.GetProperty("match").GetBoolean());
        Assert.Equal(match ? "match" : "no_match", root.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Compare_TrimmedAgainstOriginal_TextShowsBothPercentagesAndVerdict()
    {
        var result = await CliRunner.RunAsync(
            "compare", SharedData.PathOf("vpdq", "pub_mandelbrot_trim3s.mp4"), SharedData.PathOf("vpdq", "pub_mandelbrot.mp4"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["query_match_pct   100.00", "target_match_pct  70.00", "verdict           match"], result.StandardOutput.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Compare_TargetThresholdRaised_NoMatch()
    {
        var result = await CliRunner.RunAsync(
            "compare", SharedData.PathOf("vpdq", "pub_mandelbrot_trim3s.mp4"), SharedData.PathOf("vpdq", "pub_mandelbrot.mp4"), "--target-threshold", "90");

        Assert.Contains("verdict           no match", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_NotAVideo_ExitsOneNamingCause()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notes.mp4"), "plain text");

        var result = await CliRunner.RunAsync("compare", folder.File("notes.mp4"), SharedData.PathOf("vpdq", "pub_mandelbrot.mp4"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(unsupported)", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Theory]
    [InlineData("--distance-tolerance", "300")]
    [InlineData("--query-threshold", "101")]
    public async Task Compare_OptionOutOfRange_UsageError(string option, string value)
    {
        var result = await CliRunner.RunAsync(
            "compare", SharedData.PathOf("vpdq", "pub_life.mp4"), SharedData.PathOf("vpdq", "pub_life.mp4"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_MissingFile_UsageError()
    {
        var result = await CliRunner.RunAsync("compare", "/nonexistent/a.mp4", SharedData.PathOf("vpdq", "pub_life.mp4"));

        Assert.Equal(2, result.ExitCode);
    }
}
