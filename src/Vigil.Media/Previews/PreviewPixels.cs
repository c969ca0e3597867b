namespace Vigil.Media.Previews;

/// <summary>
/// Brings 8-bit interleaved pixels (1..4 bands) to what a preview encodes: 1 band (grey) or 3 bands (RGB), with any
/// alpha composited over mid-grey so that transparent regions neither hide nor reveal content.
/// </summary>
internal static class PreviewPixels
{
    private const int Matte = 128;

    /// <summary>Whether <paramref name="bands"/> can be encoded as they are for the requested colour mode.</summary>
    public static bool IsReady(int bands, bool greyscale) => greyscale ? bands == 1 : bands == 3;

    /// <summary>Writes the converted pixels of <paramref name="source"/> into <paramref name="target"/> (pixels x 1 or 3 bytes).</summary>
    public static void Convert(ReadOnlySpan<byte> source, int bands, bool greyscale, Span<byte> target)
    {
        var pixels = source.Length / bands;
        var outBands = greyscale ? 1 : 3;
        if (target.Length != pixels * outBands)
        {
            throw new ArgumentException("The target does not hold one converted pixel per source pixel.", nameof(target));
        }

        for (var i = 0; i < pixels; i++)
        {
            var s = source.Slice(i * bands, bands);
            int r, g, b;
            if (bands <= 2)
            {
                r = g = b = s[0];
            }
            else
            {
                (r, g, b) = (s[0], s[1], s[2]);
            }

            if (bands is 2 or 4)
            {
                var alpha = s[bands - 1];
                r = Over(r, alpha);
                g = Over(g, alpha);
                b = Over(b, alpha);
            }

            if (greyscale)
            {
                // ITU-R BT.601 luma, as libvips and JPEG use for B_W; integer weights summing to 1000, rounded.
                target[i] = (byte)(((299 * r) + (587 * g) + (114 * b) + 500) / 1000);
            }
            else
            {
                target[i * 3] = (byte)r;
                target[(i * 3) + 1] = (byte)g;
                target[(i * 3) + 2] = (byte)b;
            }
        }
    }

    private static int Over(int value, int alpha) => ((value * alpha) + (Matte * (255 - alpha)) + 127) / 255;
}
