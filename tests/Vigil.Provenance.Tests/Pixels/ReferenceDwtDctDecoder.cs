using Vigil.Provenance.Pixels;

namespace Vigil.Provenance.Tests.Pixels;

/// <summary>
/// The oracle for <see cref="DwtDctDecoder"/>'s 8-bit path: the straightforward reading of invisible-watermark's
/// <c>EmbedMaxDct.decode</c> in <c>double</c> (the decoder Vigil shipped before the integer rewrite): OpenCV's
/// fixed-point U channel, the Haar approximation band as sum / 2, per 4x4 block the first largest
/// <c>|coefficient|</c> other than [0,0], bit = <c>|v| mod 36 &gt; 18</c>, bit n mod L voted, 1 when
/// <c>mean * 255 &gt; 127</c>. The float variants' oracle is the same reading of float-path U values.
/// </summary>
internal static class ReferenceDwtDctDecoder
{
    private const double Scale = 36.0;
    private const int Block = 4;

    public static bool[]? Decode(PixelBuffer image, int length, bool swapRedBlue) => Decode(image, length, swapRedBlue, floatYuv: false);

    /// <summary>
    /// With <paramref name="floatYuv"/>, U is OpenCV's float formula in <c>double</c>,
    /// <c>(B - (0.299 R + 0.587 G + 0.114 B)) * 0.492 + 0.5</c>, the oracle for the float variants.
    /// </summary>
    public static bool[]? Decode(PixelBuffer image, int length, bool swapRedBlue, bool floatYuv)
    {
        if (image.Bands < 3)
        {
            return null;
        }

        var rows = image.Height / 4 * 4;
        var cols = image.Width / 4 * 4;
        var (ar, ac) = (rows / 2, cols / 2);
        if (ar < Block || ac < Block)
        {
            return null;
        }

        var approx = new double[ar * ac];
        var px = image.Pixels.Span;
        for (var y = 0; y < rows; y += 2)
        {
            for (var x = 0; x < cols; x += 2)
            {
                double sum = 0;
                foreach (var at in (int[])[(y * image.Width) + x, (y * image.Width) + x + 1, ((y + 1) * image.Width) + x, ((y + 1) * image.Width) + x + 1])
                {
                    sum += floatYuv ? FloatU(px, at * image.Bands, swapRedBlue) : U(px, at * image.Bands, swapRedBlue);
                }

                approx[((y / 2) * ac) + (x / 2)] = sum / 2.0;
            }
        }

        var ones = new int[length];
        var counts = new int[length];
        var block = new double[Block * Block];
        var n = 0;
        for (var bi = 0; bi < ar / Block; bi++)
        {
            for (var bj = 0; bj < ac / Block; bj++)
            {
                for (var i = 0; i < Block * Block; i++)
                {
                    block[i] = approx[(((bi * Block) + (i / Block)) * ac) + (bj * Block) + (i % Block)];
                }

                var pos = 1;
                for (var k = 2; k < block.Length; k++)
                {
                    if (Math.Abs(block[k]) > Math.Abs(block[pos]))
                    {
                        pos = k;
                    }
                }

                ones[n % length] += Math.Abs(block[pos]) % Scale > 0.5 * Scale ? 1 : 0;
                counts[n % length]++;
                n++;
            }
        }

        var bits = new bool[length];
        for (var i = 0; i < length; i++)
        {
            bits[i] = counts[i] > 0 && (double)ones[i] / counts[i] * 255.0 > 127.0;
        }

        return bits;
    }

    private static double FloatU(ReadOnlySpan<byte> px, int at, bool swap)
    {
        double r = px[at], g = px[at + 1], b = px[at + 2];
        if (swap)
        {
            (r, b) = (b, r);
        }

        return ((b - ((0.299 * r) + (0.587 * g) + (0.114 * b))) * 0.492) + 0.5;
    }

    private static int U(ReadOnlySpan<byte> px, int at, bool swap)
    {
        int r = px[at], g = px[at + 1], b = px[at + 2];
        if (swap)
        {
            (r, b) = (b, r);
        }

        var y = ((r * 4899) + (g * 9617) + (b * 1868) + (1 << 13)) >> 14;
        var u = (((b - y) * 8061) + (128 << 14) + (1 << 13)) >> 14;
        return Math.Clamp(u, 0, 255);
    }
}
