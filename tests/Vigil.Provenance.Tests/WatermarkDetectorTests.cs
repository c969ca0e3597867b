using Vigil.Provenance.Pixels;
using Vigil.Provenance.Tests.Pixels;

namespace Vigil.Provenance.Tests;

public sealed class WatermarkDetectorTests
{
    public static TheoryData<string, int> Images() => new()
    {
        { "sdxl_watermark_noise.png", 0 },
        { "control_camera.jpg", 0 },
        { "a1111_lora.png", 0 },
        { "novelai_v45.png", 0 },
        { "random", 1 },
        { "random", 2 },
        { "random-odd", 3 },
    };

    [Fact]
    public void ToHex_ToBits_RoundTripMostSignificantBitFirst()
    {
        var bits = WatermarkDetector.ToBits("b3ec907bb19e", 48);

        Assert.True(bits[0]);
        Assert.False(bits[1]);
        Assert.Equal("b3ec907bb19e", WatermarkDetector.ToHex(bits));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Decode_ByteVariants_EqualTheFloat64Reference(string name, int seed)
    {
        var image = name.StartsWith("random", StringComparison.Ordinal) ? RandomImage(seed, odd: name.EndsWith("odd", StringComparison.Ordinal)) : SampleFiles.Pixels(File.ReadAllBytes(SampleFiles.Sample(name)))!;

        foreach (var length in new[] { 46, 48, 136, 1, 7 })
        {
            Assert.Equal(ReferenceDwtDctDecoder.Decode(image, length, swapRedBlue: false), DwtDctDecoder.Decode(image, length, DwtDctVariant.ByteBgr));
            Assert.Equal(ReferenceDwtDctDecoder.Decode(image, length, swapRedBlue: true), DwtDctDecoder.Decode(image, length, DwtDctVariant.ByteRgb));
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Decode_FloatVariants_EqualTheFloat64Formula(string name, int seed)
    {
        // The integer form is exact for the decimal coefficients; double rounding could only differ at an exact
        // tie (a remainder of exactly 18, or equal magnitudes), which these fixed images do not contain.
        var image = name.StartsWith("random", StringComparison.Ordinal) ? RandomImage(seed, odd: name.EndsWith("odd", StringComparison.Ordinal)) : SampleFiles.Pixels(File.ReadAllBytes(SampleFiles.Sample(name)))!;

        foreach (var length in new[] { 46, 48, 136 })
        {
            Assert.Equal(ReferenceDwtDctDecoder.Decode(image, length, swapRedBlue: false, floatYuv: true), DwtDctDecoder.Decode(image, length, DwtDctVariant.FloatBgr));
            Assert.Equal(ReferenceDwtDctDecoder.Decode(image, length, swapRedBlue: true, floatYuv: true), DwtDctDecoder.Decode(image, length, DwtDctVariant.FloatRgb));
        }
    }

    [Fact]
    public void Decode_GreyImage_ReturnsNull()
    {
        var grey = new PixelBuffer(64, 64, 1, new byte[64 * 64]);

        Assert.Null(DwtDctDecoder.BlockBits(grey));
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(7, 64)]
    [InlineData(64, 7)]
    public void Decode_TooSmallForOneBlock_ReturnsNull(int width, int height)
    {
        var tiny = new PixelBuffer(width, height, 3, new byte[width * height * 3]);

        Assert.Null(DwtDctDecoder.BlockBits(tiny));
    }

    [Fact]
    public void Detect_FlatColour_FindsNoWatermark()
    {
        var flat = new PixelBuffer(256, 256, 3, Enumerable.Repeat((byte)128, 256 * 256 * 3).ToArray());

        Assert.Null(WatermarkDetector.Detect(flat));
    }

    [Fact]
    public void PixelBuffer_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PixelBuffer(10, 10, 3, new byte[299]));
    }

    private static PixelBuffer RandomImage(int seed, bool odd)
    {
        var (w, h, bands) = odd ? (203, 149, 4) : (256, 192, 3);
        var px = new byte[w * h * bands];
        new Random(seed).NextBytes(px);
        return new PixelBuffer(w, h, bands, px);
    }
}
