using Vigil.Media.Images;
using Vigil.Media.Video;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Video;

/// <summary>Damaged and wrong inputs give a typed error naming the cause, never a hang or a partial hash.</summary>
[Collection(GeneratedClipsGroup.Name)]
public sealed class VideoHasherMalformedTests(GeneratedClips clips) : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly VideoHasher _hasher = new(new VideoOptions { Timeout = TimeSpan.FromSeconds(60) });

    [Fact]
    public async Task HashAsync_ZeroLengthFile_Empty()
    {
        var path = _folder.File("empty.mp4");
        await File.WriteAllBytesAsync(path, []);

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Equal(MediaErrorKind.Empty, e.Kind);
    }

    [Fact]
    public async Task HashAsync_TextFile_Unsupported()
    {
        var path = _folder.File("notes.mp4");
        await File.WriteAllTextAsync(path, "This is a plain text file, not a video.\n");

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Equal(MediaErrorKind.Unsupported, e.Kind);
        Assert.DoesNotContain(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashAsync_StillImage_Unsupported()
    {
        var path = _folder.File("frame.png");
        await Ffmpeg.RunAsync("-f", "lavfi", "-i", "testsrc2=size=64x48", "-frames:v", "1", path);

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Equal(MediaErrorKind.Unsupported, e.Kind);
    }

    [Fact]
    public async Task HashAsync_AudioOnly_UnsupportedNoVideoStream()
    {
        var path = _folder.File("tone.mp4");
        await Ffmpeg.RunAsync("-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac", path);

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Equal(MediaErrorKind.Unsupported, e.Kind);
        Assert.Contains("no video stream", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashAsync_Mp4CutBeforeIndex_Truncated()
    {
        // ffmpeg writes the MP4 index (moov) last: cutting the file loses it.
        var path = await CopyAsync("cut.mp4", bytes => bytes[..(bytes.Length / 2)]);

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Equal(MediaErrorKind.Truncated, e.Kind);
    }

    [Fact]
    public async Task HashAsync_FaststartMp4CutInData_Truncated()
    {
        var faststart = _folder.File("faststart.mp4");
        await Ffmpeg.RunAsync("-i", clips.Path("mandelbrot.mp4"), "-c", "copy", "-movflags", "+faststart", faststart);
        var bytes = await File.ReadAllBytesAsync(faststart);
        var path = _folder.File("faststart-cut.mp4");
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 3)]);

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Equal(MediaErrorKind.Truncated, e.Kind);
    }

    [Fact]
    public async Task HashAsync_WebmCut_Truncated()
    {
        var path = await CopyAsync("cut.webm", bytes => bytes[..(bytes.Length / 2)], "vp9.webm");

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Contains(e.Kind, new[] { MediaErrorKind.Truncated, MediaErrorKind.Corrupt });
    }

    [Fact]
    public async Task HashAsync_DamagedFrameData_Corrupt()
    {
        // Overwrite a stretch in the middle of the stream's data with a fixed pattern.
        var path = await CopyAsync("damaged.mp4", bytes =>
        {
            var middle = bytes.Length / 2;
            for (var i = middle; i < middle + 4096; i++)
            {
                bytes[i] = (byte)(i * 37);
            }

            return bytes;
        });

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => _hasher.HashAsync(path));

        Assert.Equal(MediaErrorKind.Corrupt, e.Kind);
    }

    [Fact]
    public async Task HashAsync_DamagedFrameDataTolerated_HashesWhatDecodes()
    {
        var path = await CopyAsync("damaged.mp4", bytes =>
        {
            var middle = bytes.Length / 2;
            for (var i = middle; i < middle + 4096; i++)
            {
                bytes[i] = (byte)(i * 37);
            }

            return bytes;
        });
        var tolerant = new VideoHasher(new VideoOptions { TolerateDecodeErrors = true });

        var hash = await tolerant.HashAsync(path);

        Assert.InRange(hash.Features.Count, 9, 10);
    }

    [Fact]
    public async Task HashAsync_MissingFile_FileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => _hasher.HashAsync(_folder.File("absent.mp4")));
    }

    [Fact]
    public async Task HashAsync_OverByteLimit_TooLarge()
    {
        var hasher = new VideoHasher(new VideoOptions { MaxInputBytes = 1000 });

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => hasher.HashAsync(clips.Path("mandelbrot.mp4")));

        Assert.Equal(MediaErrorKind.TooLarge, e.Kind);
    }

    [Fact]
    public async Task HashAsync_OverFramePixelLimit_TooManyPixels()
    {
        var hasher = new VideoHasher(new VideoOptions { MaxFramePixels = 320 * 239 });

        var e = await Assert.ThrowsAsync<MediaDecodeException>(() => hasher.HashAsync(clips.Path("mandelbrot.mp4")));

        Assert.Equal(MediaErrorKind.TooManyPixels, e.Kind);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> CopyAsync(string name, Func<byte[], byte[]> damage, string source = "mandelbrot.mp4")
    {
        var path = _folder.File(name);
        await File.WriteAllBytesAsync(path, damage(await File.ReadAllBytesAsync(clips.Path(source))));
        return path;
    }
}
