using System.Security.Cryptography;
using System.Text;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.HashLists;

public sealed class ListsCommandTests
{
    [Fact]
    public async Task Import_SameFileTwice_ReportsCountsBadLinesAndChangesNothingTheSecondTime()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        var file = Path.Combine(folder.Path, "list.txt");
        var rows = Enumerable.Range(0, 20).Select(Pdq).Append("not-a-hash").Append(Pdq(3));
        await File.WriteAllLinesAsync(file, rows);

        var created = await CliRunner.RunAsync("lists", "create", "PARTNER", "--data", data);
        var first = await CliRunner.RunAsync("lists", "import", "PARTNER", file, "--format", "hma-pdq", "--data", data);
        var second = await CliRunner.RunAsync("lists", "import", "PARTNER", file, "--format", "hma-pdq", "--data", data);
        var ls = await CliRunner.RunAsync("lists", "ls", "--data", data);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("added 20, already present 1, bad rows 1", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("line 21: a pdq value is 64 hex characters", first.StandardError, StringComparison.Ordinal);
        Assert.Contains("added 0, already present 21, bad rows 1, skipped 0, checkpoint 2", second.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("PARTNER\t20\t2\t", ls.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BrokenJson_ExitsNonZeroAndImportsNothing()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        var file = Path.Combine(folder.Path, "bank.json");
        await File.WriteAllTextAsync(file, "[{\"signals\":{\"pdq\":\"" + Pdq(1) + "\"}}, {\"signals\": ", Encoding.UTF8);
        await CliRunner.RunAsync("lists", "create", "BANK", "--data", data);

        var import = await CliRunner.RunAsync("lists", "import", "BANK", file, "--format", "hma-json", "--data", data);
        var export = await CliRunner.RunAsync("lists", "export", "BANK", "--format", "hma-pdq", "--data", data);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Nothing was imported", import.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, export.StandardOutput);
    }

    [Fact]
    public async Task AddRemoveExport_SingleEntries_ExportHoldsOnlyLiveOnes()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        var output = Path.Combine(folder.Path, "out.csv");
        await CliRunner.RunAsync("lists", "create", "L", "--data", data);

        var a = await CliRunner.RunAsync("lists", "add", "L", "pdq", Pdq(1), "--category", "B", "--data", data);
        await CliRunner.RunAsync("lists", "add", "L", "sha256", Pdq(2), "--data", data);
        var removed = await CliRunner.RunAsync("lists", "remove", "L", "1", "--data", data);
        var export = await CliRunner.RunAsync("lists", "export", "L", "--format", "csv", "--output", output, "--data", data);

        Assert.Contains("added: entry 1, checkpoint 2", a.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(0, export.ExitCode);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(["kind,value,category,ai,source,note,quality,frames", $"sha256,{Pdq(2)},,,,,,"], lines);
    }

    private static string Pdq(int seed) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(seed)));
}
