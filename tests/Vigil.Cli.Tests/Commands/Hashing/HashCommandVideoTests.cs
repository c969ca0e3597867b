using System.Globalization;
using System.Text.Json;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Hashing;

public sealed class HashCommandVideoTests
{
    [Fact]
    public async Task Hash_VideoAsJsonl_AddsDurationFrameCountAndReferenceVpdq()
    {
        var file = SharedData.PathOf("vpdq", "pub_mandelbrot_trim3s.mp4");
        var reference = File.ReadLines(SharedData.PathOf("vpdq", "pub_mandelbrot_trim3s.txt")).Select(l => l.Split(',')).ToList();

        var result = await CliRunner.RunAsync("hash", file, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput.Trim());
        var root = json.RootElement;
        Assert.Equal("video", root.GetProperty("media_type").GetString());
        Assert.Equal(320, root.GetProperty("width").GetInt32());
        Assert.Equal(64, root.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(7.0, root.GetProperty("duration_s").GetDouble());
        Assert.Equal(175, root.GetProperty("frame_count").GetInt64());
        var frames = root.GetProperty("vpdq").EnumerateArray().ToList();
        Assert.Equal(reference.Count, frames.Count);
        for (var i = 0; i < frames.Count; i++)
        {
            Assert.Equal(int.Parse(reference[i][0], CultureInfo.InvariantCulture), frames[i].GetProperty("frame").GetInt32());
            Assert.Equal(int.Parse(reference[i][1], CultureInfo.InvariantCulture), frames[i].GetProperty("quality").GetInt32());
            Assert.Equal(reference[i][2], frames[i].GetProperty("pdq").GetString());
            Assert.Equal(reference[i][3], frames[i].GetProperty("timestamp").GetDouble().ToString("F3", CultureInfo.InvariantCulture));
        }

        Assert.False(root.TryGetProperty("pdq", out _));
        Assert.False(root.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Hash_TruncatedVideo_KeepsDigestsAndReportsCause()
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.PathOf("vpdq", "pub_life.mp4"));
        File.WriteAllBytes(folder.File("cut.mp4"), bytes[..(bytes.Length / 2)]);

        var result = await CliRunner.RunAsync("hash", folder.File("cut.mp4"), "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput.Trim());
        var root = json.RootElement;
        Assert.Equal("video", root.GetProperty("media_type").GetString());
        Assert.Equal(64, root.GetProperty("sha256").GetString()!.Length);
        Assert.Equal("truncated", root.GetProperty("error_code").GetString());
        Assert.False(root.TryGetProperty("vpdq", out _));
    }
}
