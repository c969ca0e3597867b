using System.Diagnostics;

namespace Vigil.Media.Tests.Video;

/// <summary>Runs the ffmpeg command line to make test clips from lavfi's benign synthetic sources.</summary>
internal static class Ffmpeg
{
    public static async Task RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var a in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments])
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("ffmpeg did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg {string.Join(' ', arguments)} failed: {await stderr}");
        }
    }

    /// <summary>Encodes <paramref name="seconds"/> of a lavfi source (e.g. <c>mandelbrot=size=320x240:rate=25</c>) to H.264 MP4.</summary>
    public static Task SourceAsync(string source, double seconds, string output) =>
        RunAsync("-f", "lavfi", "-i", source, "-t", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", output);
}
