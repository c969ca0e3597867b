namespace Vigil.Provenance.Tests.Pixels;

/// <summary>
/// A test-only embedder following invisible-watermark's <c>dwtDct</c> encoder (imwatermark/maxDct.py,
/// <c>EmbedMaxDct.encode</c> with scales [0, 36, 36] and 4x4 blocks), so the detector can be checked against
/// watermarks made the way the generators make them:
/// <list type="number">
/// <item>BGR to YUV; only the U channel is marked (the loop covers channels 0 and 1 and channel 0's scale is 0).</item>
/// <item>One-level Haar DWT of U cropped to a multiple of 4; the approximation band is split into 4x4 blocks in
/// row order and block n carries payload bit n mod L.</item>
/// <item>In each block the first coefficient of largest magnitude other than [0,0] is quantised to
/// <c>sign * (|v| // 36 + 0.25 + 0.5 * bit) * 36</c>. (Despite the method's name, this path applies no DCT:
/// <c>diffuse_dct_matrix</c> works on the DWT block directly.)</item>
/// <item>The inverse DWT is called with the horizontal and vertical details swapped (<c>(ca1, (v1, h1, d1))</c>),
/// which transposes each 2x2 pixel cell; the marked band is unaffected.</item>
/// </list>
/// Two pipelines feed it: the Stable Diffusion 1.x/2.x scripts pass an 8-bit BGR image (OpenCV's fixed-point YUV,
/// the marked U truncated back to 8 bits), Stability's generative-models (SDXL) and black-forest-labs flux pass
/// <c>255 * image</c> as float32 BGR (OpenCV's float YUV, chroma offset 0.5, so U is centred on 0.5, not 128), and
/// the result is clamped and truncated to 8 bits afterwards. Colour conversions use OpenCV's coefficients; they are
/// not bit-exact with OpenCV, which the detector does not need.
/// </summary>
internal static class DwtDctTestEmbedder
{
    private const double Scale = 36.0;
    private const int Block = 4;

    /// <summary>Marks an interleaved RGB image; returns a new RGB buffer.</summary>
    /// <param name="rgb">Width * height * 3 bytes, RGB.</param>
    /// <param name="width">Pixels per row (at least 8).</param>
    /// <param name="height">Rows (at least 8).</param>
    /// <param name="bits">The payload, most significant bit first.</param>
    /// <param name="floatYuv">The float32 pipeline (SDXL generative-models, FLUX) rather than the 8-bit one (SD 1.x).</param>
    /// <param name="rgbAsBgr">Hand the RGB array to the BGR API unconverted, as some pipelines did.</param>
    public static byte[] Embed(byte[] rgb, int width, int height, bool[] bits, bool floatYuv, bool rgbAsBgr = false)
    {
        var n = width * height;
        var (y, u, v) = (new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            int r = rgb[i * 3], g = rgb[(i * 3) + 1], b = rgb[(i * 3) + 2];
            if (rgbAsBgr)
            {
                (r, b) = (b, r);
            }

            (y[i], u[i], v[i]) = floatYuv ? FloatYuv(r, g, b) : ByteYuv(r, g, b);
        }

        MarkU(u, width, height, bits, truncate: !floatYuv);
        var output = new byte[rgb.Length];
        for (var i = 0; i < n; i++)
        {
            var (r, g, b) = floatYuv ? FloatRgb(y[i], u[i], v[i]) : ByteRgb((int)y[i], (int)u[i], (int)v[i]);
            if (rgbAsBgr)
            {
                (r, b) = (b, r);
            }

            (output[i * 3], output[(i * 3) + 1], output[(i * 3) + 2]) = (r, g, b);
        }

        return output;
    }

    private static void MarkU(double[] u, int width, int height, bool[] bits, bool truncate)
    {
        var (rows, cols) = (height / 4 * 4, width / 4 * 4);
        var (ar, ac) = (rows / 2, cols / 2);
        var approx = new double[ar * ac];
        for (var ay = 0; ay < ar; ay++)
        {
            for (var ax = 0; ax < ac; ax++)
            {
                var at = (2 * ay * width) + (2 * ax);
                approx[(ay * ac) + ax] = (u[at] + u[at + 1] + u[at + width] + u[at + width + 1]) / 2.0;
            }
        }

        var marked = (double[])approx.Clone();
        var num = 0;
        for (var bi = 0; bi < ar / Block; bi++)
        {
            for (var bj = 0; bj < ac / Block; bj++)
            {
                var pos = 1;
                double At(int k) => marked[(((bi * Block) + (k / Block)) * ac) + (bj * Block) + (k % Block)];
                for (var k = 2; k < Block * Block; k++)
                {
                    if (Math.Abs(At(k)) > Math.Abs(At(pos)))
                    {
                        pos = k;
                    }
                }

                var index = (((bi * Block) + (pos / Block)) * ac) + (bj * Block) + (pos % Block);
                var val = marked[index];
                var bit = bits[num % bits.Length] ? 1 : 0;
                var q = (Math.Floor(Math.Abs(val) / Scale) + 0.25 + (0.5 * bit)) * Scale;
                marked[index] = val >= 0 ? q : -q;
                num++;
            }
        }

        // idwt2 with h and v swapped: each 2x2 cell is transposed, and the approximation change spreads evenly.
        for (var ay = 0; ay < ar; ay++)
        {
            for (var ax = 0; ax < ac; ax++)
            {
                var at = (2 * ay * width) + (2 * ax);
                var delta = (marked[(ay * ac) + ax] - approx[(ay * ac) + ax]) / 2.0;
                var (a, b, c, d) = (u[at], u[at + 1], u[at + width], u[at + width + 1]);
                (u[at], u[at + 1], u[at + width], u[at + width + 1]) = (a + delta, c + delta, b + delta, d + delta);
                if (truncate)
                {
                    // numpy assigns the float result into the uint8 YUV array: truncation toward zero.
                    foreach (var k in (int[])[at, at + 1, at + width, at + width + 1])
                    {
                        u[k] = Math.Clamp(Math.Truncate(u[k]), 0, 255);
                    }
                }
            }
        }
    }

    // OpenCV COLOR_BGR2YUV, 8-bit: 14-bit fixed point, chroma offset 128.
    private static (double Y, double U, double V) ByteYuv(int r, int g, int b)
    {
        var y = ((r * 4899) + (g * 9617) + (b * 1868) + (1 << 13)) >> 14;
        var u = Math.Clamp((((b - y) * 8061) + (128 << 14) + (1 << 13)) >> 14, 0, 255);
        var v = Math.Clamp((((r - y) * 14369) + (128 << 14) + (1 << 13)) >> 14, 0, 255);
        return (y, u, v);
    }

    // OpenCV COLOR_YUV2BGR, 8-bit: 14-bit fixed point.
    private static (byte R, byte G, byte B) ByteRgb(int y, int u, int v)
    {
        static byte Sat(int x) => (byte)Math.Clamp(x, 0, 255);
        static int Descale(int x) => (x + (1 << 13)) >> 14;
        return (Sat(y + Descale((v - 128) * 18678)), Sat(y + Descale(((u - 128) * -6472) + ((v - 128) * -9519))), Sat(y + Descale((u - 128) * 33292)));
    }

    // OpenCV COLOR_BGR2YUV for float input: chroma offset 0.5 whatever the value range.
    private static (double Y, double U, double V) FloatYuv(int r, int g, int b)
    {
        var y = (0.299 * r) + (0.587 * g) + (0.114 * b);
        return (y, ((b - y) * 0.492) + 0.5, ((r - y) * 0.877) + 0.5);
    }

    // OpenCV COLOR_YUV2BGR for float input, then the pipelines' clamp to [0, 255] and truncation to 8 bits.
    private static (byte R, byte G, byte B) FloatRgb(double y, double u, double v)
    {
        static byte Byte(double x) => (byte)Math.Clamp(Math.Truncate(x), 0, 255);
        return (Byte(y + ((v - 0.5) * 1.140)), Byte(y - ((u - 0.5) * 0.395) - ((v - 0.5) * 0.581)), Byte(y + ((u - 0.5) * 2.032)));
    }
}
