using Vigil.Media.Images;
using Vigil.Media.Previews;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Previews;

public sealed class PreviewRendererTests
{
    private static readonly PreviewRenderer Renderer = new();
    private static readonly PreviewOptions Sharp = new() { Blur = false, Greyscale = false };

    [Theory]
    [InlineData(1200, 800, 480, 320)]
    [InlineData(300, 2000, 72, 480)]
    [InlineData(100, 60, 100, 60)]
    public void RenderImage_AnySize_FitsTheMaxSideWithoutEnlarging(int width, int height, int expectedWidth, int expectedHeight)
    {
        var png = PngWriter.Encode(TestImages.Shapes(width, height, 3), width, height, 3);

        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(png, new PreviewOptions()));

        Assert.Equal("jpeg", preview.Format);
        Assert.Equal((expectedWidth, expectedHeight), (preview.Width, preview.Height));
    }

    [Fact]
    public void RenderImage_Defaults_AreGreyscaleWithEqualChannels()
    {
        var png = PngWriter.Encode(TestImages.Shapes(640, 480, 5), 640, 480, 3);

        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(png, new PreviewOptions()));

        Assert.True(preview.Bands == 1 || PreviewMeasure.MaxChannelSpread(preview) == 0, $"bands {preview.Bands}, spread {PreviewMeasure.MaxChannelSpread(preview)}");
    }

    [Fact]
    public void RenderImage_ColourKept_HasColour()
    {
        var png = PngWriter.Encode(TestImages.Shapes(640, 480, 5), 640, 480, 3);

        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(png, Sharp));

        Assert.Equal(3, preview.Bands);
        Assert.True(PreviewMeasure.MaxChannelSpread(preview) > 60);
    }

    [Fact]
    public void RenderImage_DefaultBlur_CollapsesACheckerboardsVariance()
    {
        // 32-pixel squares: detail far coarser than the fine texture a blur trivially hides.
        var png = PngWriter.Encode(PreviewMeasure.Checkerboard(480, 480, 32), 480, 480, 3);

        using var sharp = PreviewMeasure.Decode(Renderer.RenderImage(png, Sharp));
        using var blurred = PreviewMeasure.Decode(Renderer.RenderImage(png, new PreviewOptions()));

        var before = PreviewMeasure.Variance(sharp);
        var after = PreviewMeasure.Variance(blurred);
        Assert.InRange(before, 0.8 * 127.5 * 127.5, 1.1 * 127.5 * 127.5);
        Assert.True(after < before / 100, $"variance {before:0} -> {after:0}");
    }

    [Fact]
    public void RenderImage_BlurStrength_HidesMoreDetailAsItGrows()
    {
        var png = PngWriter.Encode(PreviewMeasure.Checkerboard(480, 480, 32), 480, 480, 3);

        var variances = new[] { 0.005, 0.02, PreviewOptions.DefaultBlurStrength, 0.2 }
            .Select(strength => VarianceOf(png, Sharp with { Blur = true, BlurStrength = strength }))
            .ToArray();

        Assert.True(variances[0] > variances[1] && variances[1] > variances[2] && variances[3] < variances[1] / 50, string.Join(", ", variances.Select(v => v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.True(variances[0] > VarianceOf(png, Sharp) / 2, "the weakest blur keeps the squares visible");
    }

    [Fact]
    public void RenderImage_Unblurred_KeepsTheCheckerboardAfterShrinking()
    {
        var png = PngWriter.Encode(PreviewMeasure.Checkerboard(1920, 1920, 64), 1920, 1920, 3);

        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(png, Sharp with { Greyscale = true }));

        Assert.Equal((480, 480), (preview.Width, preview.Height));
        Assert.True(PreviewMeasure.Variance(preview) > 0.8 * 127.5 * 127.5);
    }

    [Theory]
    [InlineData(2048, 0.25)]
    [InlineData(480, 0.2)]
    public void RenderImage_StrongBlurOnLongThinImage_KeepsTheShrunkSize(int maxSide, double strength)
    {
        var png = PngWriter.Encode(TestImages.Gradient(3001, 97), 3001, 97, 3);
        var options = new PreviewOptions { MaxSide = maxSide, BlurStrength = strength };

        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(png, options));

        Assert.Equal(maxSide, preview.Width);
        Assert.InRange(preview.Height, (97 * maxSide / 3001) - 1, 97 * maxSide / 3001 + 1);
    }

    [Fact]
    public void RenderImage_WebP_IsWebP()
    {
        var png = PngWriter.Encode(TestImages.Gradient(200, 100), 200, 100, 3);

        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(png, new PreviewOptions { Format = PreviewFormat.WebP }));

        Assert.Equal(("webp", 200, 100), (preview.Format, preview.Width, preview.Height));
    }

    [Fact]
    public void RenderImage_TransparentPixels_AreFlattenedOverMidGrey()
    {
        var rgba = new byte[64 * 64 * 4];
        Array.Fill(rgba, (byte)255);
        for (var i = 3; i < rgba.Length; i += 4)
        {
            rgba[i] = 0;
        }

        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(PngWriter.Encode(rgba, 64, 64, 4), new PreviewOptions()));

        Assert.Equal(1, preview.Bands);
        Assert.All(preview.Pixels.ToArray(), v => Assert.InRange(v, 126, 130));
    }

    [Fact]
    public void RenderImage_Jpeg_CarriesNoMetadataOfTheOriginal()
    {
        using var folder = new TempFolder();
        var plain = File.ReadAllBytes(Ffmpeg.Convert(TestImages.WriteShapesPng(folder.File("src.png"), 320, 240, 2), folder.File("plain.jpg")));
        var comment = System.Text.Encoding.ASCII.GetBytes("vigil-marker-text");
        byte[] jpeg = [.. plain[..2], 0xFF, 0xFE, 0, (byte)(comment.Length + 2), .. comment, .. plain[2..]];

        var preview = Renderer.RenderImage(jpeg, Sharp);

        Assert.DoesNotContain("vigil-marker-text", System.Text.Encoding.ASCII.GetString(preview), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Images.MalformedFileTests.Files), MemberType = typeof(Images.MalformedFileTests))]
    public void RenderImage_MalformedFile_ThrowsTheDecodersTypedError(string file)
    {
        var expected = file[..file.IndexOf("__", StringComparison.Ordinal)];
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Malformed", file));

        var error = Assert.Throws<MediaDecodeException>(() => Renderer.RenderImage(bytes, new PreviewOptions()));

        Assert.Equal(expected, error.Code);
    }

    [Fact]
    public void RenderImage_OverThePixelLimit_IsRefusedBeforeDecoding()
    {
        var renderer = new PreviewRenderer(new ImageDecoderOptions { MaxPixels = 10_000 });
        var png = PngWriter.Encode(TestImages.Gradient(200, 100), 200, 100, 3);

        var error = Assert.Throws<MediaDecodeException>(() => renderer.RenderImage(png, new PreviewOptions()));

        Assert.Equal(MediaErrorKind.TooManyPixels, error.Kind);
    }

    [Theory]
    [InlineData(nameof(PreviewOptions.MaxSide))]
    [InlineData(nameof(PreviewOptions.BlurStrength))]
    [InlineData(nameof(PreviewOptions.VideoFrames))]
    public void RenderImage_OptionOutOfRange_NamesTheKey(string key)
    {
        var options = key switch
        {
            nameof(PreviewOptions.MaxSide) => new PreviewOptions { MaxSide = 8 },
            nameof(PreviewOptions.BlurStrength) => new PreviewOptions { BlurStrength = 0.5 },
            _ => new PreviewOptions { VideoFrames = 0 },
        };
        var png = PngWriter.Encode(TestImages.Gradient(20, 20), 20, 20, 3);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Renderer.RenderImage(png, options));

        Assert.Equal(key, error.ParamName);
    }

    private static double VarianceOf(byte[] png, PreviewOptions options)
    {
        using var preview = PreviewMeasure.Decode(Renderer.RenderImage(png, options));
        return PreviewMeasure.Variance(preview);
    }
}
