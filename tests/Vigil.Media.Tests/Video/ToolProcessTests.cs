using Vigil.Media.Images;
using Vigil.Media.Video;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Video;

/// <summary>ffmpeg and ffprobe are killed and reaped on timeout and cancellation; a missing tool is named.</summary>
[Collection(GeneratedClipsGroup.Name)]
public sealed class ToolProcessTests(GeneratedClips clips) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task HashAsync_ToolMissing_NativeUnavailableNamingPackage()
    {
        var hasher = new VideoHasher(new VideoOptions { FfprobePath = _folder.File("no-such-ffprobe") });

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => hasher.HashAsync(clips.Path("mandelbrot.mp4")));

        Assert.Equal(MediaErrorKind.NativeUnavailable, e.Kind);
        Assert.Contains("Debian package ffmpeg", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashAsync_ToolHangs_TimeoutAndProcessReaped()
    {
        var (tool, pidFile) = HangingTool();
        var hasher = new VideoHasher(new VideoOptions { FfprobePath = tool, Timeout = TimeSpan.FromSeconds(1) });

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => hasher.HashAsync(clips.Path("mandelbrot.mp4")));

        Assert.Equal(MediaErrorKind.Timeout, e.Kind);
        AssertGone(pidFile);
    }

    [Fact]
    public async Task HashAsync_CancelledWhileToolHangs_CancelsAndProcessReaped()
    {
        var (tool, pidFile) = HangingTool();
        var hasher = new VideoHasher(new VideoOptions { FfprobePath = tool });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hasher.HashAsync(clips.Path("mandelbrot.mp4"), cts.Token));

        AssertGone(pidFile);
    }

    [Fact]
    public async Task ReadAsync_CancelledMidStream_StopsDecoding()
    {
        var path = clips.Path("mandelbrot.mp4");
        var info = await new VideoProber().ProbeAsync(path);
        using var cts = new CancellationTokenSource();
        var frames = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new VideoFrameReader().ReadAsync(path, info, 1, (_, _) =>
        {
            if (++frames == 3)
            {
                cts.Cancel();
            }
        }, cts.Token));

        Assert.InRange(frames, 3, 4);
    }

    [Fact]
    public async Task ReadAsync_EveryFrame_ReusesOneBufferOfFrameSize()
    {
        var path = clips.Path("mandelbrot.mp4");
        var info = await new VideoProber().ProbeAsync(path);
        var lengths = new HashSet<int>();
        var numbers = new List<int>();

        var decoded = await new VideoFrameReader().ReadAsync(path, info, 1, (rgb, n) =>
        {
            lengths.Add(rgb.Length);
            numbers.Add(n);
        });

        Assert.Equal(250, decoded);
        Assert.Equal([320 * 240 * 3], lengths);
        Assert.Equal(Enumerable.Range(0, 250), numbers);
    }

    public void Dispose() => _folder.Dispose();

    private (string Tool, string PidFile) HangingTool()
    {
        var tool = _folder.File("hanging-tool.sh");
        var pidFile = _folder.File("pid");
        File.WriteAllText(tool, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec sleep 60\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return (tool, pidFile);
    }

    private static void AssertGone(string pidFile)
    {
        var pid = File.ReadAllText(pidFile).Trim();
        Assert.False(Directory.Exists("/proc/" + pid), $"process {pid} is still there");
    }
}
