using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Vigil.Media.Images;
using Vigil.Provenance;
using Vigil.Provenance.Pixels;
using Vigil.TestSupport;

namespace Vigil.Benchmarks.Provenance;

/// <summary>
/// Files inspected per second for a 1000x1000 (1 MP) JPEG and PNG, bare and with metadata (A1111 infotext or EXIF
/// plus a C2PA manifest store whose data hash is computed over the whole file), against decoding the same image
/// (the baseline). Metadata-only inspection must cost far less than decoding; the full path (decode + stealth +
/// watermark) shows what the pixel readers add, and inspecting pixels decoded beforehand shows their cost alone.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class ProvenanceInspectBenchmarks
{
    private readonly ImageDecoder _decoder = new();
    private readonly ProvenanceInspector _inspector = new();
    private byte[] _file = [];
    private PixelBuffer? _pixels;

    [Params("jpeg", "png")]
    public string Format { get; set; } = "png";

    [Params(false, true)]
    public bool WithMetadata { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var folder = new TempFolder();
        var png = folder.File("shapes.png");
        TestImages.WriteShapesPng(png, 1000, 1000, seed: 7);
        var bare = Format == "png" ? File.ReadAllBytes(png) : File.ReadAllBytes(Ffmpeg.Convert(png, folder.File("shapes.jpg"), "-q:v", "3"));
        _file = WithMetadata ? MetadataSplicer.Splice(bare, Format) : bare;
        using var image = _decoder.Decode(_file);
        _pixels = new PixelBuffer(image.Width, image.Height, image.Bands, image.Pixels.ToArray());
    }

    [Benchmark(Baseline = true, Description = "decode only")]
    public int Decode()
    {
        using var image = _decoder.Decode(_file);
        return image.Width;
    }

    [Benchmark(Description = "inspect metadata")]
    public int InspectMetadata() => _inspector.Inspect(_file).Signals.Count;

    [Benchmark(Description = "inspect with pixels already decoded")]
    public int InspectDecodedPixels() => _inspector.Inspect(_file, null, _pixels).Signals.Count;

    [Benchmark(Description = "decode + inspect with pixels")]
    public int InspectWithPixels()
    {
        using var image = _decoder.Decode(_file);
        var pixels = new PixelBuffer(image.Width, image.Height, image.Bands, image.Pixels.ToArray());
        return _inspector.Inspect(_file, null, pixels).Signals.Count;
    }

    /// <summary>
    /// A short run in process: the shared 2-core machine cannot build BenchmarkDotNet's generated project within
    /// its two-minute timeout, and short runs keep the whole class to a few minutes.
    /// </summary>
    public sealed class ShortInProcessConfig : ManualConfig
    {
        public ShortInProcessConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
