using Vigil.Hashing.Pdq;
using Vigil.Media.Images;
using Vigil.TestSupport;

namespace Vigil.Hashing.Tests.Pdq;

/// <summary>Behaviour on generated benign images: robustness to resizing and re-encoding, distinctness, edges.</summary>
public sealed class PdqHasherTests
{
    private static readonly ImageDecoder Decoder = new();

    [Theory]
    [InlineData("scale=320:240", ".png", 10)]
    [InlineData("scale=1280:960", ".png", 10)]
    [InlineData("null", ".jpg", 10)]
    [InlineData("scale=400:300", ".jpg", 12)]
    [InlineData("null", ".webp", 10)]
    public void Hash_ResizedOrReencodedCopy_StaysWithinSmallDistance(string filter, string extension, int maxDistance)
    {
        using var folder = new TempFolder();
        var original = TestImages.WriteShapesPng(folder.File("original.png"), 640, 480, seed: 7);
        var copy = Ffmpeg.Convert(original, folder.File("copy" + extension), "-vf", filter, "-q:v", "5");

        var a = HashFile(original);
        var b = HashFile(copy);

        Assert.InRange(PdqHash.Distance(a.Hash, b.Hash), 0, maxDistance);
        Assert.True(b.Quality >= 50);
    }

    [Fact]
    public void Hash_UnrelatedImages_AreFarApart()
    {
        var a = PdqHasher.Hash(TestImages.Shapes(320, 240, 1), PixelFormat.Packed(320, 240, 3));
        var b = PdqHasher.Hash(TestImages.Shapes(320, 240, 2), PixelFormat.Packed(320, 240, 3));

        Assert.True(PdqHash.Distance(a.Hash, b.Hash) > 64, $"distance {PdqHash.Distance(a.Hash, b.Hash)}");
    }

    [Fact]
    public void Hash_GreyAndRgbWithEqualChannels_AreIdentical()
    {
        var rgb = TestImages.Shapes(200, 150, 3);
        var grey = new byte[200 * 150];
        for (var i = 0; i < grey.Length; i++)
        {
            grey[i] = rgb[i * 3];
            rgb[(i * 3) + 1] = rgb[i * 3];
            rgb[(i * 3) + 2] = rgb[i * 3];
        }

        var fromRgb = PdqHasher.Hash(rgb, PixelFormat.Packed(200, 150, 3));
        var fromGrey = PdqHasher.Hash(grey, PixelFormat.Packed(200, 150, 1));

        // 0.299 + 0.587 + 0.114 rounds to 1 in float only approximately, so allow the odd flipped bit.
        Assert.InRange(PdqHash.Distance(fromRgb.Hash, fromGrey.Hash), 0, 2);
    }

    [Fact]
    public void Hash_AlphaBand_IsIgnoredAsInTheReference()
    {
        var rgb = TestImages.Gradient(64, 48);
        var rgba = new byte[64 * 48 * 4];
        for (var i = 0; i < 64 * 48; i++)
        {
            rgb.AsSpan(i * 3, 3).CopyTo(rgba.AsSpan(i * 4));
            rgba[(i * 4) + 3] = (byte)(i % 256);
        }

        Assert.Equal(
            PdqHasher.Hash(rgb, PixelFormat.Packed(64, 48, 3)),
            PdqHasher.Hash(rgba, PixelFormat.Packed(64, 48, 4)));
    }

    [Fact]
    public void Hash_ImageUnderFivePixels_IsZeroWithQualityZero()
    {
        var result = PdqHasher.Hash(new byte[4 * 100 * 3], PixelFormat.Packed(4, 100, 3));

        Assert.Equal(PdqHash.Zero, result.Hash);
        Assert.Equal(0, result.Quality);
    }

    [Fact]
    public void Hash_FlatImage_HasQualityZero()
    {
        var flat = new byte[100 * 100];
        Array.Fill(flat, (byte)128);

        Assert.Equal(0, PdqHasher.Hash(flat, PixelFormat.Packed(100, 100, 1)).Quality);
    }

    [Fact]
    public void Hash_StridedBuffer_EqualsPackedBuffer()
    {
        var packed = TestImages.Shapes(50, 40, 9);
        var strided = new byte[(50 * 3 + 6) * 40];
        for (var y = 0; y < 40; y++)
        {
            packed.AsSpan(y * 150, 150).CopyTo(strided.AsSpan(y * 156));
        }

        Assert.Equal(
            PdqHasher.Hash(packed, PixelFormat.Packed(50, 40, 3)),
            PdqHasher.Hash(strided, new PixelFormat(50, 40, 3, 156)));
    }

    [Fact]
    public void Hash_BufferShorterThanLayout_Throws()
    {
        Assert.Throws<ArgumentException>(() => PdqHasher.Hash(new byte[10], PixelFormat.Packed(10, 10, 3)));
    }

    private static PdqResult HashFile(string path)
    {
        using var image = Decoder.Decode(File.ReadAllBytes(path));
        return PdqHasher.Hash(image.Pixels, PixelFormat.Packed(image.Width, image.Height, image.Bands));
    }
}
