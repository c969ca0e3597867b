namespace Vigil.Provenance.Pixels;

/// <summary>
/// The invisible-watermark package's <c>dwtDct</c> decoder (imwatermark/maxDct.py, EmbedMaxDct with scales
/// [0, 36, 36] and 4x4 blocks): convert to YUV as OpenCV does (fixed point, 14-bit), take the U channel cropped
/// to a multiple of 4, one level of the 2-D Haar DWT (approximation band, pywt normalisation: sum of the 2x2
/// block / 2), then for each 4x4 block of it find the largest-magnitude coefficient other than [0,0] and read
/// a bit from where its magnitude falls within the quantisation step (remainder above half the step means 1).
/// Block n votes for payload bit n mod length; a bit is 1 when its mean vote times 255 exceeds 127.
/// </summary>
internal static class DwtDctDecoder
{
    private const double Scale = 36.0;
    private const int Block = 4;

    /// <summary>Decodes <paramref name="length"/> bits; null when the image is too small or not colour.</summary>
    /// <param name="image">RGB or RGBA pixels.</param>
    /// <param name="length">Payload length in bits.</param>
    /// <param name="swapRedBlue">Treat the buffer as BGR (some embedders handed RGB arrays to the BGR API).</param>
    /// <param name="applyDct">Read the 4x4 blocks through a DCT-II first (the dwtDct variant with cv2.dct).</param>
    public static bool[]? Decode(PixelBuffer image, int length, bool swapRedBlue, bool applyDct) =>
        Approximation(image, swapRedBlue) is { } band ? DecodeBand(band, length, applyDct) : null;

    /// <summary>The Haar approximation band of the U channel; null when the image is too small or not colour.</summary>
    public static ApproximationBand? Approximation(PixelBuffer image, bool swapRedBlue)
    {
        if (image.Bands < 3)
        {
            return null;
        }

        var rows = image.Height / 4 * 4;
        var cols = image.Width / 4 * 4;
        var ar = rows / 2;
        var ac = cols / 2;
        if (ar < Block || ac < Block)
        {
            return null;
        }

        var approx = new double[ar * ac];
        var px = image.Pixels.Span;
        var bands = image.Bands;
        for (var y = 0; y < rows; y += 2)
        {
            for (var x = 0; x < cols; x += 2)
            {
                var sum = U(px, ((y * image.Width) + x) * bands, swapRedBlue)
                    + U(px, ((y * image.Width) + x + 1) * bands, swapRedBlue)
                    + U(px, (((y + 1) * image.Width) + x) * bands, swapRedBlue)
                    + U(px, (((y + 1) * image.Width) + x + 1) * bands, swapRedBlue);
                approx[((y / 2) * ac) + (x / 2)] = sum / 2.0;
            }
        }

        return new ApproximationBand(approx, ar, ac);
    }

    /// <summary>Reads <paramref name="length"/> bits from an approximation band.</summary>
    public static bool[]? DecodeBand(ApproximationBand band, int length, bool applyDct)
    {
        ArgumentNullException.ThrowIfNull(band);
        if (length < 1)
        {
            return null;
        }

        var (approx, ar, ac) = (band.Values, band.Rows, band.Columns);
        var ones = new int[length];
        var counts = new int[length];
        Span<double> block = stackalloc double[Block * Block];
        Span<double> scratch = stackalloc double[Block * Block];
        var n = 0;
        for (var bi = 0; bi < ar / Block; bi++)
        {
            for (var bj = 0; bj < ac / Block; bj++)
            {
                for (var i = 0; i < Block; i++)
                {
                    for (var j = 0; j < Block; j++)
                    {
                        block[(i * Block) + j] = approx[(((bi * Block) + i) * ac) + (bj * Block) + j];
                    }
                }

                if (applyDct)
                {
                    Dct4x4(block, scratch);
                }

                var bit = n % length;
                ones[bit] += InferBit(block);
                counts[bit]++;
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

    private static int InferBit(ReadOnlySpan<double> block)
    {
        // argmax of |block.flatten()[1:]| + 1; numpy returns the first maximum.
        var pos = 1;
        for (var k = 2; k < block.Length; k++)
        {
            if (Math.Abs(block[k]) > Math.Abs(block[pos]))
            {
                pos = k;
            }
        }

        var val = Math.Abs(block[pos]);
        return val % Scale > 0.5 * Scale ? 1 : 0;
    }

    // OpenCV COLOR_BGR2YUV for 8-bit: Y = descale(R*4899 + G*9617 + B*1868, 14),
    // U = saturate(descale((B - Y) * 8061 + (128 << 14), 14)).
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

    // Orthonormal 2-D DCT-II of a 4x4 block (cv2.dct), separable: rows then columns.
    private static void Dct4x4(Span<double> block, Span<double> scratch)
    {
        for (var i = 0; i < Block; i++)
        {
            for (var k = 0; k < Block; k++)
            {
                double s = 0;
                for (var x = 0; x < Block; x++)
                {
                    s += block[(i * Block) + x] * Math.Cos(Math.PI * ((2 * x) + 1) * k / (2.0 * Block));
                }

                scratch[(i * Block) + k] = s * (k == 0 ? Math.Sqrt(1.0 / Block) : Math.Sqrt(2.0 / Block));
            }
        }

        for (var j = 0; j < Block; j++)
        {
            for (var k = 0; k < Block; k++)
            {
                double s = 0;
                for (var y = 0; y < Block; y++)
                {
                    s += scratch[(y * Block) + j] * Math.Cos(Math.PI * ((2 * y) + 1) * k / (2.0 * Block));
                }

                block[(k * Block) + j] = s * (k == 0 ? Math.Sqrt(1.0 / Block) : Math.Sqrt(2.0 / Block));
            }
        }
    }

    /// <summary>The approximation band of the one-level Haar DWT, row-major.</summary>
    internal sealed record ApproximationBand(double[] Values, int Rows, int Columns);
}
