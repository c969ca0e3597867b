using Vigil.Provenance.Pixels;

namespace Vigil.Provenance.Tests;

public sealed class WatermarkDetectorTests
{
    [Fact]
    public void ToHex_ToBits_RoundTripMostSignificantBitFirst()
    {
        var bits = WatermarkDetector.ToBits("b3ec907bb19e", 48);

        Assert.True(bits[0]);
        Assert.False(bits[1]);
        Assert.Equal("b3ec907bb19e", WatermarkDetector.ToHex(bits));
    }

    [Fact]
    public void Decode_GreyImage_ReturnsNull()
    {
        var grey = new PixelBuffer(64, 64, 1, new byte[64 * 64]);

        Assert.Null(DwtDctDecoder.Decode(grey, 48, swapRedBlue: false, applyDct: false));
    }

    [Fact]
    public void Decode_TooSmallForOneBlock_ReturnsNull()
    {
        var tiny = new PixelBuffer(4, 4, 3, new byte[4 * 4 * 3]);

        Assert.Null(DwtDctDecoder.Decode(tiny, 48, swapRedBlue: false, applyDct: false));
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
}
