using Vigil.Provenance.Pixels;
using Vigil.TestSupport;

namespace Vigil.Provenance.Tests.Pixels;

/// <summary>
/// The detector against watermarks embedded the way the generators embed them (<see cref="DwtDctTestEmbedder"/>)
/// into benign generated pictures: every known payload through the 8-bit and float colour paths, in both channel
/// orders, and controls that must find nothing.
/// </summary>
public sealed class WatermarkEmbeddingTests
{
    private const int Size = 512;

    /// <summary>Every known payload through each pipeline, in both channel orders.</summary>
    public static TheoryData<int, string, bool> Cases()
    {
        var data = new TheoryData<int, string, bool>();
        for (var k = 0; k < WatermarkDetector.Known.Length; k++)
        {
            foreach (var pipeline in new[] { "8-bit", "float-cool", "float-warm" })
            {
                data.Add(k, pipeline, false);
                data.Add(k, pipeline, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_EmbeddedKnownPayload_ReportsSchemePayloadAndAllBits(int known, string pipeline, bool rgbAsBgr)
    {
        var k = WatermarkDetector.Known[known];
        var floatYuv = pipeline != "8-bit";

        // The picture is swapped with the channel order, so the embedder sees the same colours either way.
        var picture = Swapped(Picture(warm: pipeline == "float-warm"), rgbAsBgr);
        var marked = DwtDctTestEmbedder.Embed(picture, Size, Size, WatermarkDetector.ToBits(k.PayloadHex, k.Bits), floatYuv, rgbAsBgr);

        var found = WatermarkDetector.Detect(new PixelBuffer(Size, Size, 3, marked));

        Assert.NotNull(found);
        Assert.Equal(WatermarkDetector.Scheme, found.Result.Scheme);
        Assert.Equal((k.PayloadHex, k.Bits, k.Bits, k.Meaning), (found.Result.PayloadHex, found.Result.BitsMatched, found.Result.PayloadBits, found.Result.Meaning));
        Assert.Equal(rgbAsBgr, found.Variant is DwtDctVariant.ByteRgb or DwtDctVariant.FloatRgb);
        if (pipeline != "float-cool")
        {
            // On a cool picture both paths read the same blocks (float U is the 8-bit U less about 127.5, all
            // positive, and 255 = 3 mod 36 keeps every remainder on its side of 18); otherwise only one path does.
            Assert.Equal(floatYuv, found.Variant is DwtDctVariant.FloatBgr or DwtDctVariant.FloatRgb);
        }
    }

    [Fact]
    public void Decode_FloatPipelineOnWarmPicture_OnlyTheFloatPathReadsIt()
    {
        var bits = WatermarkDetector.ToBits("b3ec907bb19e", 48);
        var marked = new PixelBuffer(Size, Size, 3, DwtDctTestEmbedder.Embed(Picture(warm: true), Size, Size, bits, floatYuv: true));

        // The package's own decoder (8-bit path) misses what SDXL and FLUX embed where blue is below luma.
        Assert.Equal(bits, DwtDctDecoder.Decode(marked, 48, DwtDctVariant.FloatBgr));
        Assert.NotEqual(bits, DwtDctDecoder.Decode(marked, 48, DwtDctVariant.ByteBgr));
    }

    [Fact]
    public void Inspect_FluxWatermarkedPng_ReportsFluxGeneratorAndSignal()
    {
        var flux = WatermarkDetector.Known.Single(k => k.Bits == 46);

        var marked = DwtDctTestEmbedder.Embed(Picture(warm: true), Size, Size, WatermarkDetector.ToBits(flux.PayloadHex, flux.Bits), floatYuv: true);

        var report = new ProvenanceInspector().Inspect(TestPng.EncodeRgb(Size, Size, marked), "flux.png", new PixelBuffer(Size, Size, 3, marked));

        Assert.True(report.AiSignal);
        Assert.Equal("FLUX.1 (invisible-watermark)", report.Generator);
        Assert.Equal("2afe879cf52e", report.InvisibleWatermark?.PayloadHex);
        var signal = Assert.Single(report.Signals);
        Assert.Equal(("invisible_watermark", "pixels U channel (dwtDct, float YUV)", "2afe879cf52e"), (signal.Kind, signal.Location, signal.RawValue));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Detect_UnmarkedPicture_FindsNothing(bool warm)
    {
        Assert.Null(WatermarkDetector.Detect(new PixelBuffer(Size, Size, 3, Picture(warm))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Detect_UnknownPayload_FindsNothing(bool floatYuv)
    {
        // A 48-bit payload that is no generator's: the decoder reads it back, but nothing known matches.
        var bits = WatermarkDetector.ToBits("5a5a0ff0c3a5", 48);
        var marked = DwtDctTestEmbedder.Embed(Picture(), Size, Size, bits, floatYuv);

        Assert.Equal(bits, DwtDctDecoder.Decode(new PixelBuffer(Size, Size, 3, marked), 48, floatYuv ? DwtDctVariant.FloatBgr : DwtDctVariant.ByteBgr));
        Assert.Null(WatermarkDetector.Detect(new PixelBuffer(Size, Size, 3, marked)));
    }

    [Fact]
    public void ToBits_FluxMessage_IsBinDropsLeadingZeros()
    {
        // flux util.py: WATERMARK_BITS = [int(bit) for bit in bin(0b001010101111111010000111100111001111010100101110)[2:]]
        var expected = "1010101111111010000111100111001111010100101110".Select(c => c == '1').ToArray();

        var bits = WatermarkDetector.ToBits("2afe879cf52e", 46);

        Assert.Equal(expected, bits);
        Assert.Equal("2afe879cf52e", WatermarkDetector.ToHex(bits));
    }

    private static byte[] Swapped(byte[] rgb, bool swap)
    {
        if (swap)
        {
            for (var i = 0; i < rgb.Length; i += 3)
            {
                (rgb[i], rgb[i + 2]) = (rgb[i + 2], rgb[i]);
            }
        }

        return rgb;
    }

    /// <summary>
    /// A gentle diagonal gradient with a regular grid of small dots, one 2x2 dot per 8x8 tile, so each 4x4 block
    /// of the Haar band has one clearly largest coefficient (the dot's cell). The reference embedder quantises
    /// that coefficient by up to 27 downwards; on a plain gradient that often demotes it below a near-equal
    /// neighbour and the decoder then reads the neighbour (the algorithm's known fragility), which would make
    /// these tests measure the picture rather than the decoder. Cool pictures (blue above luma, blue dots) have U
    /// above its offset everywhere; warm ones (blue below luma, yellow dots) have float-path U below 0, so there the
    /// largest magnitude is the dot only in the float domain. Channels stay within 35..215: nothing clips.
    /// </summary>
    internal static byte[] Picture(bool warm = false)
    {
        var px = new byte[Size * Size * 3];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var dot = x % 8 is 2 or 3 && y % 8 is 4 or 5;
                var i = ((y * Size) + x) * 3;
                var (r, g, b) = warm
                    ? (170 + (40 * x / Size), 120 + (40 * y / Size), 90 + (20 * (x + y) / (2 * Size)) - (dot ? 55 : 0))
                    : (70 + (60 * x / Size), 90 + (50 * y / Size), 140 + (30 * (x + y) / (2 * Size)) + (dot ? 45 : 0));
                (px[i], px[i + 1], px[i + 2]) = ((byte)r, (byte)g, (byte)b);
            }
        }

        return px;
    }
}
