using Vigil.Media.Images;
using Vigil.Media.Previews;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Previews;

/// <summary>Video strips from ffmpeg's benign synthetic testsrc clips.</summary>
public sealed class VideoPreviewTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PreviewRenderer _renderer = new();

    [Fact]
    public async Task RenderVideoAsync_Clip_GivesTheWantedFramesSpreadOverTheVideo()
    {
        var clip = _folder.File("testsrc.mp4");
        Ffmpeg.Run("-f", "lavfi", "-i", "testsrc=size=640x360:rate=25", "-t", "8", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", clip);

        var strip = await _renderer.RenderVideoAsync(clip, new PreviewOptions { VideoFrames = 6, MaxSide = 240 });

        Assert.Equal(200, strip.FramesDecoded);
        Assert.Equal(6, strip.Frames.Count);
        Assert.Equal(0, strip.Frames[0].FrameNumber);
        Assert.InRange(strip.Frames[^1].FrameNumber, 150, 199);
        Assert.Equal(strip.Frames.Select(f => f.FrameNumber).Order().ToArray(), strip.Frames.Select(f => f.FrameNumber).ToArray());
        Assert.Equal(strip.Frames[^1].FrameNumber / 25.0, strip.Frames[^1].Seconds, 6);
        foreach (var frame in strip.Frames)
        {
            using var image = PreviewMeasure.Decode(frame.Image);
            Assert.Equal(("jpeg", 240, 135, 1), (image.Format, image.Width, image.Height, image.Bands));
        }
    }

    [Fact]
    public async Task RenderVideoAsync_Defaults_AreBlurredAndGrey()
    {
        var clip = _folder.File("bars.mp4");
        Ffmpeg.Run("-f", "lavfi", "-i", "testsrc=size=320x240:rate=10", "-t", "2", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", clip);

        var sharp = await _renderer.RenderVideoAsync(clip, new PreviewOptions { Blur = false, Greyscale = false, VideoFrames = 2 });
        var safe = await _renderer.RenderVideoAsync(clip, new PreviewOptions { VideoFrames = 2 });

        using var sharpFrame = PreviewMeasure.Decode(sharp.Frames[0].Image);
        using var safeFrame = PreviewMeasure.Decode(safe.Frames[0].Image);
        Assert.True(PreviewMeasure.MaxChannelSpread(sharpFrame) > 100);
        Assert.Equal(1, safeFrame.Bands);
        Assert.True(PreviewMeasure.Variance(safeFrame) < PreviewMeasure.Variance(sharpFrame) / 4);
    }

    [Fact]
    public async Task RenderVideoAsync_EmptyFile_Empty()
    {
        var path = _folder.File("empty.mp4");
        await File.WriteAllBytesAsync(path, []);

        var error = await Assert.ThrowsAsync<MediaDecodeException>(() => _renderer.RenderVideoAsync(path, new PreviewOptions()));

        Assert.Equal(MediaErrorKind.Empty, error.Kind);
    }

    [Fact]
    public async Task RenderVideoAsync_TextFile_Unsupported()
    {
        var path = _folder.File("notes.mp4");
        await File.WriteAllTextAsync(path, "Plain text, not a video.\n");

        var error = await Assert.ThrowsAsync<MediaDecodeException>(() => _renderer.RenderVideoAsync(path, new PreviewOptions()));

        Assert.Equal(MediaErrorKind.Unsupported, error.Kind);
    }

    [Fact]
    public async Task RenderVideoAsync_TruncatedClip_TypedError()
    {
        var clip = _folder.File("whole.mp4");
        Ffmpeg.Run("-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-t", "4", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", clip);
        var bytes = await File.ReadAllBytesAsync(clip);
        var truncated = _folder.File("truncated.mp4");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<MediaDecodeException>(() => _renderer.RenderVideoAsync(truncated, new PreviewOptions()));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.DoesNotContain(truncated, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
