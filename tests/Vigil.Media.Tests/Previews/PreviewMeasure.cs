using Vigil.Media.Images;

namespace Vigil.Media.Tests.Previews;

/// <summary>Decodes rendered previews and measures what a viewer would see.</summary>
internal static class PreviewMeasure
{
    private static readonly ImageDecoder Decoder = new();

    public static DecodedImage Decode(byte[] preview) => Decoder.Decode(preview);

    /// <summary>A checkerboard of <paramref name="square"/>-pixel black and white squares, RGB.</summary>
    public static byte[] Checkerboard(int width, int height, int square)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var value = (byte)(((x / square) + (y / square)) % 2 == 0 ? 0 : 255);
                rgb.AsSpan(((y * width) + x) * 3, 3).Fill(value);
            }
        }

        return rgb;
    }

    /// <summary>The variance of the first band over all pixels.</summary>
    public static double Variance(DecodedImage image)
    {
        var pixels = image.Pixels;
        double sum = 0, squares = 0;
        var count = image.Width * image.Height;
        for (var i = 0; i < count; i++)
        {
            double v = pixels[i * image.Bands];
            sum += v;
            squares += v * v;
        }

        var mean = sum / count;
        return (squares / count) - (mean * mean);
    }

    /// <summary>The largest difference between two colour bands of one pixel (0 for a grey image).</summary>
    public static int MaxChannelSpread(DecodedImage image)
    {
        if (image.Bands < 3)
        {
            return 0;
        }

        var spread = 0;
        var pixels = image.Pixels;
        for (var i = 0; i < pixels.Length; i += image.Bands)
        {
            var (r, g, b) = (pixels[i], pixels[i + 1], pixels[i + 2]);
            spread = Math.Max(spread, Math.Max(Math.Abs(r - g), Math.Max(Math.Abs(g - b), Math.Abs(r - b))));
        }

        return spread;
    }
}
