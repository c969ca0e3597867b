using System.Diagnostics;
using Vigil.Hashing.Pdq;
using Vigil.Media.Images;

namespace Vigil.Benchmarks.Hashing;

/// <summary>
/// `dotnet run -c Release --project bench/Vigil.Benchmarks -- quick-pdq [WxH] [N]`: best-of-N wall time of decode
/// (baseline) and PDQ on one core, for a quick look when BenchmarkDotNet's full run is too long. Best-of-N is
/// robust to a busy machine; N (default 60) is large enough that tiered compilation has finished, since the
/// first dozen calls run unoptimised code. The BenchmarkDotNet class is the figure of record.
/// </summary>
public static class QuickPdqTiming
{
    public static void Run(string size, int iterations)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-bench-{size}.jpg");
        if (!File.Exists(path))
        {
            using var ffmpeg = Process.Start("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", $"testsrc2=size={size}", "-frames:v", "1", "-q:v", "3", path])!;
            ffmpeg.WaitForExit();
        }

        var jpeg = File.ReadAllBytes(path);
        var decoder = new ImageDecoder();
        double bestDecode = double.MaxValue, bestPdq = double.MaxValue;
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            using var image = decoder.Decode(jpeg);
            bestDecode = Math.Min(bestDecode, watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            PdqHasher.Hash(image.Pixels, PixelFormat.Packed(image.Width, image.Height, image.Bands));
            bestPdq = Math.Min(bestPdq, watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"size={size} decode_ms={bestDecode:F1} pdq_ms={bestPdq:F1} pdq_over_decode={bestPdq / bestDecode:F2}");
    }
}
