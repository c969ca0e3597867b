using System.Text.RegularExpressions;

namespace Vigil.Cli.Tests.Commands.Bench;

public sealed partial class IndexBenchCommandTests
{
    [Fact]
    public async Task BenchIndex_SmallRun_PrintsFiguresAndMachineReadableLastLine()
    {
        var result = await CliRunner.RunAsync("bench", "index", "--hashes", "20000", "--queries", "50", "--radius", "31");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("build: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("memory: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("planted found at their known distance 50/50", StringComparison.Ordinal));
        var last = LastLine().Match(lines[^1]);
        Assert.True(last.Success, lines[^1]);
        Assert.Equal("1", last.Groups["recall"].Value);
    }

    [Theory]
    [InlineData("--radius", "65")]
    [InlineData("--queries", "0")]
    [InlineData("--hashes", "-1")]
    public async Task BenchIndex_OutOfRangeOption_ExitsWithUsageError(string option, string value)
    {
        var result = await CliRunner.RunAsync("bench", "index", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.StandardError, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^recall=(?<recall>[0-9.]+) p50_index_ms=[0-9.]+ p50_brute_ms=[0-9.]+ speedup=[0-9.]+$")]
    private static partial Regex LastLine();
}
