using System.Numerics;

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
/// <see cref="DwtDctVariant"/> and only the vote is per length. Everything runs in integers, bit-identical with the
/// package's float64 arithmetic for the 8-bit variants and exact for the float ones: U is OpenCV's fixed-point value
/// (0..255, so every band value is non-negative), the band is kept as the cell sum <c>s = 2v</c>, the arg-max of
/// <c>s</c> is the arg-max of <c>|v|</c>, and <c>v mod 36 &gt; 18</c> is exactly <c>s mod 72 &gt; 36</c>. Per-pixel
/// values and the per-column block maxima are computed <see cref="Vector{T}"/>-wide; the scalar code computes the
/// same integers (tests compare both with a float64 oracle, also with hardware intrinsics switched off).
/// </para>
/// </summary>
internal static partial class DwtDctDecoder
{
    public const int VariantCount = 4;
    private const int Block = 4;

    // OpenCV's float BGR2YUV: Y = 0.299 R + 0.587 G + 0.114 B, U = (B - Y) * 0.492 + 0.5. U is linear in the
    // channels, so a 2x2 cell's band value is v = (0.492 * (sumB - sumY) + 4 * 0.5) / 2. With the coefficients as
    // the exact decimals they are, N = 2e6 * v = 492 * (886 sumB - 299 sumR - 587 sumG) + 2e6 is an integer
    // (|N| < 1e9 for channel sums up to 1020), so the float paths run in exact integer arithmetic too:
    // arg-max |v| is arg-max |N|, and |v| mod 36 > 18 is |N| mod 72e6 > 36e6.
    private const int FloatScale = 2_000_000;

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
        // Every band value kept is non-negative: the 8-bit cell sums s = 2v, and |N| for the float paths.
        var cellsPerRow = blockCols * Block;
        var bandLength = Block * cellsPerRow;
        var bands = new int[VariantCount][];
        for (var v = 0; v < VariantCount; v++)
        {
            bands[v] = new int[bandLength];
        }

        var px = image.Pixels.Span;
        var stride = image.Width * image.Bands;
        var width = cellsPerRow * 2;
        var pair = new RowPair(width);
        var columnMax = new int[cellsPerRow];
        for (var br = 0; br < blockRows; br++)
        {
            for (var r = 0; r < Block; r++)
            {
                var top = ((br * Block) + r) * 2 * stride;
                pair.Read(px.Slice(top, width * image.Bands), image.Bands, add: false);
                pair.Read(px.Slice(top + stride, width * image.Bands), image.Bands, add: true);
                CellRow(pair, r * cellsPerRow, bands);
            }

            for (var v = 0; v < VariantCount; v++)
            {
                var (modulus, half) = v < (int)DwtDctVariant.FloatBgr ? (72, 36) : (36 * FloatScale, 18 * FloatScale);
                ColumnMaxima(bands[v], cellsPerRow, columnMax);
                var output = bits[v].AsSpan(br * blockCols, blockCols);
                for (var bc = 0; bc < blockCols; bc++)
                {
                    var c = bc * Block;
                    var largest = Math.Max(Math.Max(columnMax[c], columnMax[c + 1]), Math.Max(columnMax[c + 2], columnMax[c + 3]));
                    output[bc] = largest % modulus > half ? (byte)1 : (byte)0;
                }
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
        for (int n = 0, bit = 0; n < blockBits.Length; n++, bit = bit + 1 == length ? 0 : bit + 1)
        {
            ones[bit] += blockBits[n];
            counts[bit]++;
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

    // One band row from a row pair: per 2x2 cell the 8-bit U sums in BGR and swapped order, and |N| of the
    // float paths (N = 492 * sum P + 2e6).
    private static void CellRow(RowPair pair, int at, int[][] output)
    {
        var (byteBgr, byteRgb, floatBgr, floatRgb) = (output[0], output[1], output[2], output[3]);
        var (u, s, p, q) = (pair.U, pair.USwapped, pair.P, pair.PSwapped);
        for (var i = 0; i + 1 < u.Length; i += 2, at++)
        {
            byteBgr[at] = u[i] + u[i + 1];
            byteRgb[at] = s[i] + s[i + 1];
            floatBgr[at] = Math.Abs((492 * (p[i] + p[i + 1])) + FloatScale);
            floatRgb[at] = Math.Abs((492 * (q[i] + q[i + 1])) + FloatScale);
        }
    }

    // Per band column, the largest of the block row's four values, leaving out each block's [0,0] (every fourth
    // column of the first row). Values are non-negative, so a left-out value is replaced by 0; which of equal
    // maxima numpy would pick does not matter, they are the same value.
    private static void ColumnMaxima(int[] band, int rowLength, int[] columnMax)
    {
        var c = 0;
        if (Vector.IsHardwareAccelerated && Vector<int>.Count % Block == 0)
        {
            var notDc = DcMask();
            for (; c <= rowLength - Vector<int>.Count; c += Vector<int>.Count)
            {
                var lower = Vector.Max(Vector.Max(new Vector<int>(band, rowLength + c), new Vector<int>(band, (2 * rowLength) + c)), new Vector<int>(band, (3 * rowLength) + c));
                Vector.Max(lower, new Vector<int>(band, c) & notDc).CopyTo(columnMax, c);
            }
        }

        for (; c < rowLength; c++)
        {
            var first = c % Block == 0 ? 0 : band[c];
            columnMax[c] = Math.Max(Math.Max(first, band[rowLength + c]), Math.Max(band[(2 * rowLength) + c], band[(3 * rowLength) + c]));
        }
    }

    private static Vector<int> DcMask()
    {
        Span<int> mask = stackalloc int[Vector<int>.Count];
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = i % Block == 0 ? 0 : -1;
        }

        return new Vector<int>(mask);
    }
}
