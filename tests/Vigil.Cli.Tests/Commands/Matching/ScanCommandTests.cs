using System.Text.Json;

namespace Vigil.Cli.Tests.Commands.Matching;

public sealed class ScanCommandTests(MatchingFixture lists) : IClassFixture<MatchingFixture>
{
    [Fact]
    public async Task Scan_FolderAsJsonl_OneRecordPerFileWithMatchesAndTimingLine()
    {
        var result = await lists.RunAsync("scan", lists.Good, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var records = Records(result);
        Assert.Equal(["listed.png", "other.png", "turned.png"], records.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([("A", 0), ("B", 5)], Matches(records["listed.png"]));
        Assert.Equal(lists.ListedPdq, records["listed.png"].GetProperty("hash").GetString());
        Assert.Empty(Matches(records["other.png"]));
        Assert.Empty(Matches(records["turned.png"]));
        Assert.Matches(@"files=3 index_entries=5 .* hash_s=[0-9.]+ lookup_s=[0-9.]+ lookup_share=", result.StandardError);
    }

    [Fact]
    public async Task Scan_ListsAndDihedral_OnlyNamedListsAndTurnedPictureFound()
    {
        var onlyB = await lists.RunAsync("scan", lists.Good, "--format", "jsonl", "--lists", "B");
        var dihedral = await lists.RunAsync("scan", lists.Good, "--format", "jsonl", "--dihedral", "--jobs", "1");

        Assert.Equal([("B", 5)], Matches(Records(onlyB)["listed.png"]));
        var turned = Matches(Records(dihedral)["turned.png"]);
        Assert.Equal("A", Assert.Single(turned).List);
    }

    [Fact]
    public async Task Scan_FolderWithUnreadableFiles_ReportsEachKeepsDigestMatchAndExitsOne()
    {
        var result = await lists.RunAsync("scan", lists.Mixed, "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var records = Records(result);
        Assert.Equal(3, records.Count);
        Assert.Equal([("A", 0), ("B", 5)], Matches(records["listed.png"]));
        Assert.False(string.IsNullOrEmpty(records["broken.png"].GetProperty("error").GetString()));
        Assert.Equal("sha256", records["broken.png"].GetProperty("kind").GetString());
        // A truncated file still has its bytes' digests: the listed SHA-256 matches, and that is not an error.
        Assert.Equal([("B", 0)], Matches(records["broken-listed.png"]));
        Assert.Equal(JsonValueKind.Null, records["broken-listed.png"].GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Scan_TableFormat_HeaderThenARowPerMatchAndErrors()
    {
        var result = await lists.RunAsync("scan", lists.Mixed);

        Assert.Equal(1, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("input", lines[0], StringComparison.Ordinal);
        Assert.Single(lines, l => l.Contains("broken.png", StringComparison.Ordinal) && l.Contains("error:", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.Contains("listed.png ", StringComparison.Ordinal) && l.Contains(" pdq ", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.Contains("broken-listed.png", StringComparison.Ordinal) && l.Contains(" sha256 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--lists", "NO_SUCH_LIST")]
    public async Task Scan_BadOption_ExitsTwo(string option, string value)
    {
        var result = await lists.RunAsync("scan", lists.Good, option, value);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Scan_MissingFolder_ExitsTwo()
    {
        var result = await lists.RunAsync("scan", Path.Combine(lists.Good, "no-such-folder"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder", result.StandardError, StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonElement> Records(CliRunner.Result result) =>
        result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => Path.GetFileName(r.GetProperty("input").GetString()!), StringComparer.Ordinal);

    private static List<(string? List, int Distance)> Matches(JsonElement record) =>
        [.. record.GetProperty("matches").EnumerateArray().Select(m => (m.GetProperty("list").GetString(), m.GetProperty("distance").GetInt32()))];
}
