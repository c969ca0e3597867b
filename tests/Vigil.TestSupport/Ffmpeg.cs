using System.Diagnostics;

namespace Vigil.TestSupport;

/// <summary>Runs the real ffmpeg CLI (Debian package) to make and transform benign test media.</summary>
public static class Ffmpeg
{
    /// <summary>Runs ffmpeg with the given arguments; throws with its stderr when it fails.</summary>
    public static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["-hide_banner", "-loglevel", "error", "-y", .. arguments])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ffmpeg took longer than 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed ({process.ExitCode}): {stderr.GetAwaiter().GetResult()}");
        }
    }

    /// <summary>Converts or transforms <paramref name="input"/> into <paramref name="output"/> (format from the extension).</summary>
    public static string Convert(string input, string output, params string[] options)
    {
        Run(["-i", input, .. options, "-frames:v", "1", output]);
        return output;
    }
}
