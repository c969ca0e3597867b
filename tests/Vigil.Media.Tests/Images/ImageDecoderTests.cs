using Vigil.Media.Images;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Images;

public sealed class ImageDecoderTests
{
    private static readonly ImageDecoder Decoder = new();

    [Theory]
    [InlineData(".png", "png")]
    [InlineData(".jpg", "jpeg")]
    [InlineData(".webp", "webp")]
    [InlineData(".gif", "gif")]
    [InlineData(".tif", "tiff")]
    public void Decode_EachSupportedFormat_GivesEightBitPixelsOfTheDeclaredSize(string extension, string format)
    {
        using var folder = new TempFolder();
        var path = Ffmpeg.Convert(TestImages.WriteShapesPng(folder.File("src.png"), 96, 64, 1), folder.File("img" + extension));

        using var image = Decoder.Decode(File.ReadAllBytes(path));

        Assert.Equal(format, image.Format);
        Assert.Equal((96, 64), (image.Width, image.Height));
        Assert.InRange(image.Bands, 1, 4);
        Assert.Equal(96 * 64 * image.Bands, image.Pixels.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_HeifAndAvif_DecodeThroughLibheif(bool avif)
    {
        // Debian's libvips42 loads HEIF/AVIF through its libheif module; heif-enc (libheif-examples) makes the file.
        using var folder = new TempFolder();
        var png = TestImages.WriteShapesPng(folder.File("src.png"), 128, 96, 6);
        var output = folder.File(avif ? "img.avif" : "img.heic");
        var start = new System.Diagnostics.ProcessStartInfo("heif-enc") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[.. (avif ? ["-A"] : Array.Empty<string>()), "-q", "90", png, "-o", output])
        {
            start.ArgumentList.Add(a);
        }

        using (var encoder = System.Diagnostics.Process.Start(start)!)
        {
            encoder.WaitForExit(60_000);
            Assert.Equal(0, encoder.ExitCode);
        }

        using var image = Decoder.Decode(File.ReadAllBytes(output));
        using var original = Decoder.Decode(File.ReadAllBytes(png));

        Assert.Equal("heif", image.Format);
        Assert.Equal((128, 96), (image.Width, image.Height));
        var a1 = Vigil.Hashing.Pdq.PdqHasher.Hash(image.Pixels, Vigil.Hashing.Pdq.PixelFormat.Packed(128, 96, image.Bands));
        var a2 = Vigil.Hashing.Pdq.PdqHasher.Hash(original.Pixels, Vigil.Hashing.Pdq.PixelFormat.Packed(128, 96, original.Bands));
        Assert.InRange(a1.Hash.DistanceTo(a2.Hash), 0, 16);
    }

    [Fact]
    public void Decode_Png_GivesExactlyTheEncodedPixels()
    {
        var pixels = TestImages.Shapes(40, 30, 4);

        using var image = Decoder.Decode(PngWriter.Encode(pixels, 40, 30, 3));

        Assert.Equal(3, image.Bands);
        Assert.Equal(pixels, image.Pixels.ToArray());
    }

    [Fact]
    public void Decode_RgbaPng_KeepsTheAlphaBand()
    {
        var rgba = new byte[16 * 16 * 4];
        new Random(1).NextBytes(rgba);

        using var image = Decoder.Decode(PngWriter.Encode(rgba, 16, 16, 4));

        Assert.True(image.HasAlpha);
        Assert.Equal(rgba, image.Pixels.ToArray());
    }

    [Fact]
    public void Decode_SixteenBitPng_KeepsTheHighByte()
    {
        using var folder = new TempFolder();
        var source = TestImages.WriteShapesPng(folder.File("src.png"), 32, 32, 2);
        var deep = Ffmpeg.Convert(source, folder.File("deep.png"), "-pix_fmt", "rgb48be");

        using var eight = Decoder.Decode(File.ReadAllBytes(source));
        using var sixteen = Decoder.Decode(File.ReadAllBytes(deep));

        // ffmpeg widens 8 to 16 bits with its own rounding, so a sample may come back one lower.
        var a = eight.Pixels.ToArray();
        var b = sixteen.Pixels.ToArray();
        Assert.Equal(a.Length, b.Length);
        Assert.All(a.Zip(b), p => Assert.InRange(p.First - p.Second, 0, 1));
    }

    [Fact]
    public void Decode_AnimatedGif_GivesTheFirstFrame()
    {
        using var folder = new TempFolder();
        var gif = folder.File("anim.gif");
        Ffmpeg.Run("-f", "lavfi", "-i", "testsrc2=size=64x48:rate=5", "-t", "1", gif);

        var header = Decoder.ReadHeader(File.ReadAllBytes(gif));
        using var image = Decoder.Decode(File.ReadAllBytes(gif));

        Assert.True(header.Pages > 1, $"pages {header.Pages}");
        Assert.Equal((64, 48), (image.Width, image.Height));
    }

    [Fact]
    public void Decode_OverByteLimit_IsRefusedBeforeParsing()
    {
        var decoder = new ImageDecoder(new ImageDecoderOptions { MaxInputBytes = 1024 });

        var error = Assert.Throws<MediaDecodeException>(() => decoder.Decode(new byte[2048]).Dispose());

        Assert.Equal(MediaErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public void Decode_OverPixelLimit_IsRefusedFromTheHeader()
    {
        var decoder = new ImageDecoder(new ImageDecoderOptions { MaxPixels = 1000 });

        var error = Assert.Throws<MediaDecodeException>(() => decoder.Decode(PngWriter.Encode(new byte[40 * 30 * 3], 40, 30, 3)).Dispose());

        Assert.Equal(MediaErrorKind.TooManyPixels, error.Kind);
    }

    [Fact]
    public void Decode_SlowerThanTheTimeLimit_IsStoppedWithTimeout()
    {
        // A 6000x6000 noise PNG takes well over a second to inflate and unfilter on this hardware; the limit is 100 ms.
        const int side = 6000;
        var noise = new byte[side * side * 3];
        new Random(3).NextBytes(noise);
        var png = PngWriter.Encode(noise, side, side, 3);
        var decoder = new ImageDecoder(new ImageDecoderOptions { Timeout = TimeSpan.FromMilliseconds(100) });

        var error = Assert.Throws<MediaDecodeException>(() => decoder.Decode(png).Dispose());

        Assert.Equal(MediaErrorKind.Timeout, error.Kind);
    }

    [Fact]
    public void Decode_TruncatedCopiesOfAValidJpeg_AlwaysGiveTypedErrorsOrPixels()
    {
        using var folder = new TempFolder();
        var jpeg = File.ReadAllBytes(Ffmpeg.Convert(TestImages.WriteShapesPng(folder.File("s.png"), 120, 90, 5), folder.File("s.jpg")));

        for (var length = 0; length < jpeg.Length; length += 37)
        {
            try
            {
                Decoder.Decode(jpeg.AsSpan(0, length)).Dispose();
            }
            catch (MediaDecodeException e)
            {
                Assert.Contains(e.Kind, (MediaErrorKind[])[MediaErrorKind.Empty, MediaErrorKind.Truncated, MediaErrorKind.Corrupt, MediaErrorKind.Unsupported]);
            }
        }
    }

    [Fact]
    public void SupportedFormats_IncludeTheCoreFormats()
    {
        Assert.Superset(new HashSet<string>(["jpeg", "png", "webp", "gif", "tiff", "heif"]), ImageDecoder.SupportedFormats().ToHashSet());
    }

    [Fact]
    public void Options_OutOfRange_FailNamingTheKey()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageDecoder(new ImageDecoderOptions { MaxPixels = 0 }));

        Assert.Contains("MaxPixels", error.Message, StringComparison.Ordinal);
    }
}
