namespace Vigil.Provenance.Pixels;

/// <summary>
/// The invisible-watermark package's <c>dwtDct</c> decoder (imwatermark/maxDct.py, EmbedMaxDct with scales
/// [0, 36, 36] and 4x4 blocks): the U channel cropped to a multiple of 4, one level of the 2-D Haar DWT
/// (approximation band, pywt normalisation: sum of the 2x2 cell / 2), then for each 4x4 block of the band the
/// first largest-magnitude coefficient other than [0,0] gives one bit: 1 when its magnitude modulo the step 36
/// exceeds 18. Block n votes for payload bit n mod L; a bit is 1 when its mean vote times 255 exceeds 127.
/// (Despite the name, the package applies no DCT on this path: <c>infer_dct_matrix</c> reads the DWT block.)
/// <para>
/// A block's bit does not depend on the payload length, so each block is decided once per
/// <see cref="DwtDctVariant"/> and only the vote is per length. The 8-bit variants work in integers: U is
/// OpenCV's fixed-point value (0..255, so every band value is non-negative), the band is kept as the cell sum
/// <c>s = 2v</c>, the arg-max of <c>s</c> is the arg-max of <c>|v|</c>, and <c>v mod 36 &gt; 18</c> is exactly
/// <c>s mod 72 &gt; 36</c>: the same bits as the package's float64 arithmetic for every input.
/// </para>
/// </summary>
internal static class DwtDctDecoder
{
    public const int VariantCount = 4;
    private const int Block = 4;

    // OpenCV's float BGR2YUV: Y = 0.299 R + 0.587 G + 0.114 B, U = (B - Y) * 0.492 + 0.5. U is linear in the
    // channels, so a cell's band value is (0.492 * (sumB - sumY) + 4 * 0.5) / 2 from the cell's channel sums.
    private const double KR = 0.299, KG = 0.587, KB = 0.114, KU = 0.492;

    /// <summary>
    /// Per variant, the bit each 4x4 block of the approximation band decides, blocks in row order; null when the
    /// image is not colour or smaller than one block (8x8 pixels).
    /// </summary>
    public static byte[][]? BlockBits(PixelBuffer image)
    {
        if (image.Bands < 3)
        {
            return null;
        }

        var blockRows = image.Height / 4 * 4 / 2 / Block;
        var blockCols = image.Width / 4 * 4 / 2 / Block;
        if (blockRows == 0 || blockCols == 0)
        {
            return null;
        }

        var bits = new byte[VariantCount][];
        for (var v = 0; v < VariantCount; v++)
        {
            bits[v] = new byte[blockRows * blockCols];
        }

        // One block row of the band at a time (4 band rows = 8 pixel rows), so memory stays at a few band rows.
        var cellsPerRow = blockCols * Block;
        var bandLength = Block * cellsPerRow;
        var sums = new int[2 * bandLength];
        var values = new double[2 * bandLength];
        var px = image.Pixels.Span;
        var stride = image.Width * image.Bands;
        var bands = image.Bands;
        for (var br = 0; br < blockRows; br++)
        {
            for (var r = 0; r < Block; r++)
            {
                var top = ((br * Block) + r) * 2 * stride;
                var at = r * cellsPerRow;
                for (var cx = 0; cx < cellsPerRow; cx++, at++)
                {
                    var p = top + (2 * cx * bands);
                    Cell(px, p, p + bands, p + stride, p + stride + bands, out var u, out var uSwapped, out var sr, out var sg, out var sb);
                    sums[at] = u;
                    sums[bandLength + at] = uSwapped;
                    values[at] = FloatBand(sr, sg, sb);
                    values[bandLength + at] = FloatBand(sb, sg, sr);
                }
            }

            for (var bc = 0; bc < blockCols; bc++)
            {
                var n = (br * blockCols) + bc;
                bits[(int)DwtDctVariant.ByteBgr][n] = ByteBit(sums.AsSpan(0, bandLength), bc, cellsPerRow);
                bits[(int)DwtDctVariant.ByteRgb][n] = ByteBit(sums.AsSpan(bandLength, bandLength), bc, cellsPerRow);
                bits[(int)DwtDctVariant.FloatBgr][n] = FloatBit(values.AsSpan(0, bandLength), bc, cellsPerRow);
                bits[(int)DwtDctVariant.FloatRgb][n] = FloatBit(values.AsSpan(bandLength, bandLength), bc, cellsPerRow);
            }
        }

        return bits;
    }

    /// <summary>Votes the block bits into <paramref name="length"/> payload bits (block n votes for bit n mod length).</summary>
    public static bool[] Vote(ReadOnlySpan<byte> blockBits, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var ones = new int[length];
        var counts = new int[length];
        for (var n = 0; n < blockBits.Length; n++)
        {
            ones[n % length] += blockBits[n];
            counts[n % length]++;
        }

        var result = new bool[length];
        for (var i = 0; i < length; i++)
        {
            // numpy: mean(scores) * 255 > 127, with the mean as float64 sum / count.
            result[i] = counts[i] > 0 && (double)ones[i] / counts[i] * 255.0 > 127.0;
        }

        return result;
    }

    /// <summary>Decodes <paramref name="length"/> bits for one variant; null when the image is too small or grey.</summary>
    public static bool[]? Decode(PixelBuffer image, int length, DwtDctVariant variant) =>
        BlockBits(image) is { } bits ? Vote(bits[(int)variant], length) : null;

    private static void Cell(ReadOnlySpan<byte> px, int p0, int p1, int p2, int p3, out int u, out int uSwapped, out int sr, out int sg, out int sb)
    {
        int r0 = px[p0], g0 = px[p0 + 1], b0 = px[p0 + 2];
        int r1 = px[p1], g1 = px[p1 + 1], b1 = px[p1 + 2];
        int r2 = px[p2], g2 = px[p2 + 1], b2 = px[p2 + 2];
        int r3 = px[p3], g3 = px[p3 + 1], b3 = px[p3 + 2];
        u = U(r0, g0, b0) + U(r1, g1, b1) + U(r2, g2, b2) + U(r3, g3, b3);
        uSwapped = U(b0, g0, r0) + U(b1, g1, r1) + U(b2, g2, r2) + U(b3, g3, r3);
        sr = r0 + r1 + r2 + r3;
        sg = g0 + g1 + g2 + g3;
        sb = b0 + b1 + b2 + b3;
    }

    // OpenCV COLOR_BGR2YUV for 8-bit: Y = descale(R*4899 + G*9617 + B*1868, 14),
    // U = saturate(descale((B - Y) * 8061 + (128 << 14), 14)).
    private static int U(int r, int g, int b)
    {
        var y = ((r * 4899) + (g * 9617) + (b * 1868) + (1 << 13)) >> 14;
        var u = (((b - y) * 8061) + (128 << 14) + (1 << 13)) >> 14;
        return Math.Clamp(u, 0, 255);
    }

    private static double FloatBand(int sr, int sg, int sb) =>
        ((KU * (sb - ((KR * sr) + (KG * sg) + (KB * sb)))) + 2.0) / 2.0;

    // The band holds 2v (v >= 0): arg-max over s is arg-max over |v| (numpy's first maximum), v mod 36 > 18 is s mod 72 > 36.
    private static byte ByteBit(ReadOnlySpan<int> band, int blockCol, int rowLength)
    {
        var best = -1;
        for (var k = 1; k < Block * Block; k++)
        {
            var s = band[((k / Block) * rowLength) + (blockCol * Block) + (k % Block)];
            if (s > best)
            {
                best = s;
            }
        }

        return best % 72 > 36 ? (byte)1 : (byte)0;
    }

    private static byte FloatBit(ReadOnlySpan<double> band, int blockCol, int rowLength)
    {
        var best = -1.0;
        for (var k = 1; k < Block * Block; k++)
        {
            var m = Math.Abs(band[((k / Block) * rowLength) + (blockCol * Block) + (k % Block)]);
            if (m > best)
            {
                best = m;
            }
        }

        return best % 36.0 > 18.0 ? (byte)1 : (byte)0;
    }
}
