using System.Text.Json;

namespace Vigil.Cli.Tests.Commands.Matching;

public sealed class MatchCommandTests(MatchingFixture lists) : IClassFixture<MatchingFixture>
{
    [Fact]
    public async Task Match_HexHashesAsTable_EveryListsMatchesNearestFirstAndNoMatchRows()
    {
        var zeros = new string('0', 64);

        var result = await lists.RunAsync("match", lists.ListedPdq, MatchingFixture.Md5, zeros);

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["input", "list", "entry", "signal", "distance"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var rows = lines[1..].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(("A", "pdq", "0"), (rows[0][1], rows[0][3], rows[0][4]));
        Assert.Equal(("B", "pdq", "5"), (rows[1][1], rows[1][3], rows[1][4]));
        Assert.Equal((MatchingFixture.Md5, "A", "md5", "0"), (rows[2][0], rows[2][1], rows[2][3], rows[2][4]));
        Assert.EndsWith(zeros[^20..], rows[3][0], StringComparison.Ordinal);
        Assert.Equal(["no", "match"], rows[3][1..]);
    }

    [Fact]
    public async Task Match_JsonlWithLists_OnlyNamedListsInSnakeCaseRecords()
    {
        var result = await lists.RunAsync("match", lists.ListedPdq, "--lists", "B", "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = json.RootElement;
        Assert.Equal((lists.ListedPdq, "pdq", lists.ListedPdq), (root.GetProperty("input").GetString(), root.GetProperty("kind").GetString(), root.GetProperty("hash").GetString()));
        var match = Assert.Single(root.GetProperty("matches").EnumerateArray());
        Assert.Equal(("B", "pdq", 5), (match.GetProperty("list").GetString(), match.GetProperty("signal").GetString(), match.GetProperty("distance").GetInt32()));
        Assert.True(match.GetProperty("entry_id").GetInt64() > 0);
        Assert.True(match.GetProperty("list_id").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task Match_RadiusBelowDistance_NearEntryLeftOut()
    {
        var result = await lists.RunAsync("match", lists.ListedPdq, "--radius", "4", "--format", "jsonl");

        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(["A"], json.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("list").GetString()));
    }

    [Fact]
    public async Task Match_TurnedPictureFile_MatchesOnlyWithDihedral()
    {
        var turned = Path.Combine(lists.Good, "turned.png");

        var plain = await lists.RunAsync("match", turned, "--format", "jsonl");
        var dihedral = await lists.RunAsync("match", turned, "--format", "jsonl", "--dihedral");

        Assert.Equal((0, 0), (plain.ExitCode, dihedral.ExitCode));
        using var plainJson = JsonDocument.Parse(plain.StandardOutput);
        Assert.Empty(plainJson.RootElement.GetProperty("matches").EnumerateArray());
        using var dihedralJson = JsonDocument.Parse(dihedral.StandardOutput);
        var match = Assert.Single(dihedralJson.RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal("A", match.GetProperty("list").GetString());
        Assert.InRange(match.GetProperty("distance").GetInt32(), 0, 31);
        Assert.NotEqual("original", match.GetProperty("variant").GetString());
    }

    [Fact]
    public async Task Match_MalformedHex_ReportsErrorForThatInputAndExitsOne()
    {
        var result = await lists.RunAsync("match", "not-a-hash", lists.ListedPdq, "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var records = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, records.Count);
        Assert.False(string.IsNullOrEmpty(records[0].GetProperty("error").GetString()));
        Assert.Equal(2, records[1].GetProperty("matches").GetArrayLength());
    }

    [Theory]
    [InlineData("--lists", "NO_SUCH_LIST")]
    [InlineData("--radius", "65")]
    [InlineData("--format", "xml")]
    public async Task Match_BadOption_ExitsTwoWithMessage(string option, string value)
    {
        var result = await lists.RunAsync("match", lists.ListedPdq, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.StandardError));
    }
}
