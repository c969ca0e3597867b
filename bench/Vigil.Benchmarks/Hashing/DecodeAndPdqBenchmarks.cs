using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Vigil.Hashing.Pdq;
using Vigil.Media.Images;

namespace Vigil.Benchmarks.Hashing;

/// <summary>
/// Decode (libvips, the baseline) versus PDQ over the decoded pixels, for 1 MP and 12 MP JPEGs made from ffmpeg's
/// benign testsrc2 card. One core per operation; the ratio PDQ/decode is what the target is about.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DecodeAndPdqBenchmarks
{
    private readonly ImageDecoder _decoder = new();
    private byte[] _jpeg = [];
    private byte[] _pixels = [];
    private PixelFormat _format;

    [Params("1MP", "12MP")]
    public string Size { get; set; } = "1MP";

    [GlobalSetup]
    public void Setup()
    {
        var (w, h) = Size == "1MP" ? (1152, 864) : (4000, 3000);
        var path = Path.Combine(Path.GetTempPath(), $"vigil-bench-{w}x{h}.jpg");
        if (!File.Exists(path))
        {
            using var ffmpeg = Process.Start("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", $"testsrc2=size={w}x{h}", "-frames:v", "1", "-q:v", "3", path])!;
            ffmpeg.WaitForExit();
        }

        _jpeg = File.ReadAllBytes(path);
        using var image = _decoder.Decode(_jpeg);
        _pixels = image.Pixels.ToArray();
        _format = PixelFormat.Packed(image.Width, image.Height, image.Bands);
    }

    [Benchmark(Baseline = true)]
    public int Decode()
    {
        using var image = _decoder.Decode(_jpeg);
        return image.Width;
    }

    [Benchmark]
    public PdqResult Pdq() => PdqHasher.Hash(_pixels, _format);

    [Benchmark]
    public PdqResult DecodeThenPdq()
    {
        using var image = _decoder.Decode(_jpeg);
        return PdqHasher.Hash(image.Pixels, PixelFormat.Packed(image.Width, image.Height, image.Bands));
    }
}
