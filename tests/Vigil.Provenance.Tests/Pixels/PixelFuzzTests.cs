using System.IO.Compression;
using Vigil.Provenance.Pixels;

namespace Vigil.Provenance.Tests.Pixels;

/// <summary>
/// The pixel readers (stealth pnginfo in alpha or RGB LSBs, the dwtDct watermark) on random, planted and
/// bit-flipped pixel buffers: never throw, hang or allocate past <see cref="FuzzRun.AllocationCap"/>, and a
/// malformed stealth payload is a warning. Seeds are fixed.
/// </summary>
public sealed class PixelFuzzTests
{
    [Fact]
    public async Task Inspect_RandomPixelBuffers_NeverThrowHangOrOverAllocate()
    {
        var random = new Random(2024);
        var inspector = new ProvenanceInspector();
        for (var round = 0; round < 120; round++)
        {
            var bands = 1 + (round % 4);
            var (w, h) = (random.Next(1, 700), random.Next(1, 700));
            var px = new byte[w * h * bands];
            random.NextBytes(px);
            await FuzzRun.InspectAsync(inspector, Array.Empty<byte>(), new PixelBuffer(w, h, bands, px));
        }
    }

    [Theory]
    [InlineData("stealth_pnginfo", true)]
    [InlineData("stealth_pngcomp", true)]
    [InlineData("stealth_rgbinfo", false)]
    [InlineData("stealth_rgbcomp", false)]
    public async Task Inspect_PlantedStealthMagicWithRandomLengthAndPayload_NeverThrows(string magic, bool alpha)
    {
        var random = new Random(magic.Length * 31);
        var inspector = new ProvenanceInspector();
        for (var round = 0; round < 40; round++)
        {
            var (w, h) = (random.Next(12, 300), random.Next(12, 300));
            var bits = Bits(System.Text.Encoding.ASCII.GetBytes(magic));

            // Lengths: random 32-bit, just past what the image holds, and small ones whose payload is random or a
            // gzip header over garbage.
            var capacity = (long)w * h * (alpha ? 1 : 3);
            uint length = (round % 3) switch
            {
                0 => (uint)random.NextInt64(uint.MaxValue),
                1 => (uint)Math.Min(uint.MaxValue, capacity - bits.Count - 32 + 8),
                _ => (uint)(8 * random.Next(1, 200)),
            };
            for (var i = 31; i >= 0; i--)
            {
                bits.Add((int)(length >> i) & 1);
            }

            var payload = new byte[Math.Min(length / 8, 256)];
            random.NextBytes(payload);
            if (round % 6 == 2 && payload.Length >= 3)
            {
                (payload[0], payload[1], payload[2]) = (0x1F, 0x8B, 0x08);
            }

            bits.AddRange(Bits(payload));
            var image = Planted(w, h, alpha, bits, random);
            var report = await FuzzRun.InspectAsync(inspector, Array.Empty<byte>(), image);
            if (length > capacity)
            {
                Assert.Contains(report.Warnings, x => x.StartsWith($"stealth: {magic} declares", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("a1111_stealth_alpha.png")]
    [InlineData("novelai_stealth_only.png")]
    [InlineData("sdxl_watermark_noise.png")]
    public async Task Inspect_BitFlippedSamplePixels_NeverThrowHangOrOverAllocate(string name)
    {
        var bytes = File.ReadAllBytes(SampleFiles.Sample(name));
        var px = SampleFiles.Pixels(bytes)!;
        var random = new Random(17);
        var inspector = new ProvenanceInspector();
        for (var round = 0; round < 30; round++)
        {
            var copy = px.Pixels.ToArray();

            // Low bits near the start (stealth magic, length and gzip payload), then any bit anywhere.
            for (var k = 0; k < 1 + round; k++)
            {
                var at = round % 2 == 0 ? random.Next(Math.Min(copy.Length, px.Height * px.Bands * 64)) : random.Next(copy.Length);
                copy[at] ^= (byte)(round % 2 == 0 ? 1 : 1 << random.Next(8));
            }

            await FuzzRun.InspectAsync(inspector, bytes, new PixelBuffer(px.Width, px.Height, px.Bands, copy));
        }
    }

    [Fact]
    public async Task Inspect_StealthGzipThatDoesNotInflate_IsAWarning()
    {
        var payload = new byte[64];
        new Random(3).NextBytes(payload);
        (payload[0], payload[1], payload[2], payload[3]) = (0x1F, 0x8B, 0x08, 0x00);
        var bits = Bits("stealth_pngcomp"u8.ToArray());
        for (var i = 31; i >= 0; i--)
        {
            bits.Add((payload.Length * 8 >> i) & 1);
        }

        bits.AddRange(Bits(payload));

        var report = await FuzzRun.InspectAsync(new ProvenanceInspector(), Array.Empty<byte>(), Planted(64, 64, true, bits, new Random(1)));

        Assert.Contains("stealth: stealth_pngcomp payload does not inflate", report.Warnings);
        Assert.False(report.AiSignal);
    }

    [Fact]
    public async Task Inspect_StealthLengthBeyondImage_IsAWarning()
    {
        // 16x16 RGBA whose alpha LSBs (column-major) spell "stealth_pnginfo" and then a length of 2^31 bits.
        var bits = Bits("stealth_pnginfo"u8.ToArray());
        bits.Add(1);
        bits.AddRange(Enumerable.Repeat(0, 31));

        var report = await FuzzRun.InspectAsync(new ProvenanceInspector(), Array.Empty<byte>(), Planted(16, 16, true, bits, new Random(2)));

        Assert.Contains(report.Warnings, w => w.StartsWith("stealth: stealth_pnginfo declares", StringComparison.Ordinal));
        Assert.False(report.AiSignal);
    }

    [Fact]
    public void Planted_GzipPayload_RoundTripsThroughTheReader()
    {
        // The planting helper itself: a real compressed payload must come back, or the fuzz cases test nothing.
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write("Steps: 20, Model: lighthouse_v1"u8);
        }

        var payload = ms.ToArray();
        var bits = Bits("stealth_pngcomp"u8.ToArray());
        for (var i = 31; i >= 0; i--)
        {
            bits.Add((payload.Length * 8 >> i) & 1);
        }

        bits.AddRange(Bits(payload));

        var found = StealthPngInfoReader.Read(Planted(64, 64, true, bits, new Random(4)), []);

        Assert.Equal(("Steps: 20, Model: lighthouse_v1", "stealth_pngcomp"), found);
    }

    private static List<int> Bits(byte[] bytes) => [.. bytes.SelectMany(b => Enumerable.Range(0, 8).Select(i => (b >> (7 - i)) & 1))];

    // Random pixels whose alpha (or R, G, B in turn) least significant bits, column-major, carry the bits.
    private static PixelBuffer Planted(int w, int h, bool alpha, List<int> bits, Random random)
    {
        var bands = alpha ? 4 : 3;
        var px = new byte[w * h * bands];
        random.NextBytes(px);
        var slots = (long)w * h * (alpha ? 1 : 3);
        for (var n = 0; n < bits.Count && n < slots; n++)
        {
            var pixel = alpha ? n : n / 3;
            var (x, y) = (pixel / h, pixel % h);
            var at = (((y * w) + x) * bands) + (alpha ? 3 : n % 3);
            px[at] = (byte)((px[at] & 0xFE) | bits[n]);
        }

        return new PixelBuffer(w, h, bands, px);
    }
}
