using System.Text.Json;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Hashing;

public sealed class HashCommandTests
{
    [Fact]
    public async Task Hash_ReferenceImageAsJsonl_OutputsDocumentedFieldsWithReferencePdq()
    {
        var file = SharedData.PathOf("pdq", "images", "bridge-mods", "aaa-orig.jpg");

        var result = await CliRunner.RunAsync("hash", file, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput.Trim());
        var root = json.RootElement;
        Assert.Equal(file, root.GetProperty("path").GetString());
        Assert.Equal("image", root.GetProperty("media_type").GetString());
        Assert.Equal(1600, root.GetProperty("width").GetInt32());
        Assert.Equal(1004, root.GetProperty("height").GetInt32());
        Assert.Equal("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22", root.GetProperty("pdq").GetString());
        Assert.Equal(100, root.GetProperty("pdq_quality").GetInt32());
        Assert.Equal(32, root.GetProperty("md5").GetString()!.Length);
        Assert.Equal(40, root.GetProperty("sha1").GetString()!.Length);
        Assert.Equal(64, root.GetProperty("sha256").GetString()!.Length);
        Assert.False(root.TryGetProperty("error", out _));
        Assert.False(root.TryGetProperty("pdq_dihedral", out _));
    }

    [Fact]
    public async Task Hash_WithDihedral_OutputsEightHashesInReferenceOrder()
    {
        var file = SharedData.PathOf("pdq", "images", "bridge-mods", "aaa-orig.jpg");
        var expected = File.ReadLines(SharedData.PathOf("pdq", "expected-fullres-dihedral.tsv"))
            .Select(l => l.Split('\t'))
            .Single(r => r[0] == "bridge-mods/aaa-orig.jpg")[1..9];

        var result = await CliRunner.RunAsync("hash", file, "--format", "jsonl", "--dihedral");

        using var json = JsonDocument.Parse(result.StandardOutput.Trim());
        var hashes = json.RootElement.GetProperty("pdq_dihedral").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(expected, hashes);
    }

    [Fact]
    public async Task Hash_FolderWithBadFiles_CompletesReportsEachErrorAndExitsOne()
    {
        using var folder = new TempFolder();
        var sub = Directory.CreateDirectory(folder.File("nested")).FullName;
        TestImages.WriteShapesPng(Path.Combine(sub, "good1.png"), 64, 64, 1);
        TestImages.WriteShapesPng(folder.File("good2.png"), 80, 60, 2);
        File.WriteAllBytes(folder.File("empty.jpg"), []);
        var good = File.ReadAllBytes(folder.File("good2.png"));
        File.WriteAllBytes(folder.File("truncated.png"), good[..(good.Length / 2)]);
        File.WriteAllBytes(folder.File("huge.png"), PngWriter.HeaderOnly(200_000, 200_000));
        File.WriteAllText(folder.File("notes.txt"), "plain text");

        var result = await CliRunner.RunAsync("hash", folder.Path, "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var rows = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => Path.GetFileName(r.GetProperty("path").GetString()!), StringComparer.Ordinal);
        Assert.Equal(6, rows.Count);
        Assert.True(rows["good1.png"].TryGetProperty("pdq", out _));
        Assert.True(rows["good2.png"].TryGetProperty("pdq", out _));
        Assert.Equal("empty", rows["empty.jpg"].GetProperty("error_code").GetString());
        Assert.Equal("truncated", rows["truncated.png"].GetProperty("error_code").GetString());
        Assert.Equal("too_many_pixels", rows["huge.png"].GetProperty("error_code").GetString());
        Assert.True(rows["truncated.png"].TryGetProperty("sha256", out _), "digests are kept when decoding fails");
        Assert.False(rows["truncated.png"].TryGetProperty("pdq", out _));
        Assert.Equal("other", rows["notes.txt"].GetProperty("media_type").GetString());
        Assert.False(rows["notes.txt"].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Hash_AllGood_ExitsZeroAndCsvHasHeaderAndOneRowPerFile()
    {
        using var folder = new TempFolder();
        TestImages.WriteShapesPng(folder.File("a.png"), 64, 64, 1);
        TestImages.WriteShapesPng(folder.File("b, with comma.png"), 64, 64, 2);

        var result = await CliRunner.RunAsync("hash", folder.Path, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("path,media_type,width,height,md5,sha1,sha256,pdq,pdq_quality,error", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hash_DefaultFormat_IsATableWithAHeader()
    {
        var file = SharedData.PathOf("pdq", "images", "misc-images", "wee.jpg");

        var result = await CliRunner.RunAsync("hash", file);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("TYPE", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(file, result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hash")]
    [InlineData("hash", "--format", "xml", ".")]
    [InlineData("hash", "--jobs", "0", ".")]
    [InlineData("hash", "/no/such/path")]
    [InlineData("no-such-command")]
    public async Task Hash_UsageErrors_ExitTwoWithAMessage(params string[] arguments)
    {
        var result = await CliRunner.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.StandardError));
        Assert.Equal(string.Empty, result.StandardOutput);
    }
}
