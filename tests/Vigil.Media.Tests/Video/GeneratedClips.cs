using Vigil.Media.Video;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Video;

/// <summary>
/// Clips made once per test class from lavfi sources (mandelbrot, testsrc2, life, smptebars) into a temporary
/// folder, with copies of the mandelbrot clip re-encoded, scaled, trimmed and in other containers; and their hashes.
/// </summary>
public sealed class GeneratedClips : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, VideoHash> _hashes = new(StringComparer.Ordinal);

    public static readonly string[] Names =
    [
        "mandelbrot.mp4", "reencoded.mp4", "scaled.mp4", "trimmed.mp4",
        "testsrc2.mp4", "life.mp4", "smptebars.mp4",
        "vp9.webm", "h264.mov", "mpeg4.avi", "animated.gif",
    ];

    public string Path(string name) => _folder.File(name);

    public VideoHash Hash(string name) => _hashes[name];

    public async Task InitializeAsync()
    {
        var original = Path("mandelbrot.mp4");
        await Ffmpeg.SourceAsync("mandelbrot=size=320x240:rate=25", 10, original);
        await Task.WhenAll(
            Ffmpeg.RunAsync("-i", original, "-c:v", "libx264", "-preset", "veryfast", "-crf", "36", Path("reencoded.mp4")),
            Ffmpeg.RunAsync("-i", original, "-vf", "scale=176:132", "-c:v", "libx264", "-preset", "veryfast", Path("scaled.mp4")),
            Ffmpeg.RunAsync("-ss", "3", "-i", original, "-c:v", "libx264", "-preset", "veryfast", Path("trimmed.mp4")));
        await Task.WhenAll(
            Ffmpeg.SourceAsync("testsrc2=size=320x240:rate=25", 10, Path("testsrc2.mp4")),
            Ffmpeg.SourceAsync("life=size=320x240:rate=25:mold=10:ratio=0.3", 10, Path("life.mp4")),
            Ffmpeg.SourceAsync("smptebars=size=320x240:rate=25", 10, Path("smptebars.mp4")));
        await Task.WhenAll(
            Ffmpeg.RunAsync("-i", original, "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "1M", Path("vp9.webm")),
            Ffmpeg.RunAsync("-i", original, "-c:v", "libx264", "-preset", "veryfast", Path("h264.mov")),
            Ffmpeg.RunAsync("-i", original, "-c:v", "mpeg4", "-q:v", "4", Path("mpeg4.avi")),
            Ffmpeg.RunAsync("-i", original, "-vf", "fps=10", Path("animated.gif")));

        var hasher = new VideoHasher();
        foreach (var name in Names)
        {
            _hashes[name] = await hasher.HashAsync(Path(name));
        }
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();
}
