using Vigil.Provenance.Pixels;
using Vigil.Provenance.Results;
using Vigil.TestSupport;

namespace Vigil.Provenance.Tests;

/// <summary>
/// Fuzz-style robustness: truncated and bit-flipped copies of every shared sample must never throw, hang or
/// allocate past a cap. Seeds are fixed, so a failure reproduces; each failing case becomes a regression test.
/// </summary>
public sealed class RobustnessTests
{
    private const long AllocationCap = 256L * 1024 * 1024;

    public static IEnumerable<object[]> AllFiles()
    {
        foreach (var folder in new[] { "samples", "c2pa-rs" })
        {
            foreach (var f in Directory.GetFiles(SharedData.PathOf("provenance", folder)).Order(StringComparer.Ordinal))
            {
                if (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".pem", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
                {
                    continue;
                }

                yield return [folder, Path.GetFileName(f)];
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Inspect_TruncatedCopies_NeverThrowAndReportFailureOrWarnings(string folder, string name)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("provenance", folder, name));
        var inspector = Inspector();
        var cuts = new SortedSet<int> { 0, 1, 2, 7, 8, 12, 16, 33, 100, bytes.Length - 1 };
        for (var i = 1; i < 40; i++)
        {
            cuts.Add((int)((long)bytes.Length * i / 40));
        }

        foreach (var cut in cuts.Where(c => c >= 0 && c < bytes.Length))
        {
            var report = Run(inspector, bytes.AsMemory(0, cut));
            Assert.True(report.Failure is not null || report.Warnings.Count > 0 || cut >= 8, $"cut at {cut} reported neither failure nor warning");
        }
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Inspect_BitFlippedCopies_NeverThrow(string folder, string name)
    {
        var original = File.ReadAllBytes(SharedData.PathOf("provenance", folder, name));
        var inspector = Inspector();
        var random = new Random(name.Length * 7919);
        for (var round = 0; round < 60; round++)
        {
            var copy = (byte[])original.Clone();

            // Half the rounds flip inside the first 8 KiB, where the headers and manifests are.
            var span = round % 2 == 0 ? Math.Min(copy.Length, 8192) : copy.Length;
            for (var k = random.Next(1, 9); k > 0; k--)
            {
                copy[random.Next(span)] ^= (byte)(1 << random.Next(8));
            }

            Run(inspector, copy);
        }
    }

    [Theory]
    [InlineData("a1111_stealth_alpha.png")]
    [InlineData("novelai_stealth_only.png")]
    [InlineData("sdxl_watermark_noise.png")]
    public void Inspect_BitFlippedPixels_NeverThrow(string name)
    {
        var bytes = File.ReadAllBytes(SampleFiles.Sample(name));
        var px = SampleFiles.Pixels(bytes)!;
        var random = new Random(17);
        var inspector = Inspector();
        for (var round = 0; round < 20; round++)
        {
            var copy = px.Pixels.ToArray();
            // Flip low bits in the first columns, where the stealth magic, length and gzip payload live.
            for (var k = 0; k < 1 + round; k++)
            {
                var at = random.Next(Math.Min(copy.Length, px.Width * px.Bands * px.Height));
                copy[at] ^= 1;
            }

            var report = inspector.Inspect(bytes, null, new PixelBuffer(px.Width, px.Height, px.Bands, copy));
            Assert.NotNull(report);
        }
    }

    [Fact]
    public void Inspect_StealthLengthBeyondImage_IsAWarning()
    {
        // 16x16 RGBA whose alpha LSBs (column-major) spell "stealth_pnginfo" and then a length of 2^31 bits.
        var bits = new List<int>();
        foreach (var b in "stealth_pnginfo"u8.ToArray())
        {
            for (var i = 7; i >= 0; i--)
            {
                bits.Add((b >> i) & 1);
            }
        }

        bits.Add(1);
        bits.AddRange(Enumerable.Repeat(0, 31));
        var px = new byte[16 * 16 * 4];
        for (var n = 0; n < bits.Count; n++)
        {
            var x = n / 16;
            var y = n % 16;
            px[((y * 16) + x) * 4 + 3] = (byte)(254 | bits[n]);
        }

        var report = new ProvenanceInspector().Inspect(Array.Empty<byte>(), null, new PixelBuffer(16, 16, 4, px));

        Assert.Contains(report.Warnings, w => w.StartsWith("stealth: stealth_pnginfo declares", StringComparison.Ordinal));
        Assert.False(report.AiSignal);
    }

    private static ProvenanceInspector Inspector()
    {
        var options = new ProvenanceOptions();
        options.AddTrustAnchorsFromPem(SampleFiles.Sample("c2pa_test_anchor.pem"));
        return new ProvenanceInspector(options);
    }

    private static ProvenanceReport Run(ProvenanceInspector inspector, ReadOnlyMemory<byte> bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = inspector.Inspect(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationCap, $"allocated {allocated} bytes");
        return report;
    }
}
