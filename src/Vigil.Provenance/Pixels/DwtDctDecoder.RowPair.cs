using System.Numerics;

namespace Vigil.Provenance.Pixels;

internal static partial class DwtDctDecoder
{
    /// <summary>
    /// Per-pixel values of two pixel rows added column by column (a cell's value is then the sum of two adjacent
    /// columns), planar: the 8-bit U in BGR and in swapped order, and for the float paths
    /// <c>P = 886 B - 299 R - 587 G</c> (and swapped), so that a cell's <c>N</c> is <c>492 * sum P + 2e6</c>. The
    /// channels are split into planes first, then computed <see cref="Vector{T}"/>-wide; the tail (and every pixel
    /// when vectors are not accelerated) uses the same formulas in scalar code.
    /// </summary>
    private sealed class RowPair(int width)
    {
        private const int RoundY = 1 << 13;
        private const int OffsetU = (128 << 14) + (1 << 13);

        private readonly int[] _r = new int[width];
        private readonly int[] _g = new int[width];
        private readonly int[] _b = new int[width];

        public int[] U { get; } = new int[width];

        public int[] USwapped { get; } = new int[width];

        public int[] P { get; } = new int[width];

        public int[] PSwapped { get; } = new int[width];

        /// <summary>Reads the upper row (<paramref name="add"/> false) or adds the lower one.</summary>
        public void Read(ReadOnlySpan<byte> row, int bands, bool add)
        {
            Span<int> r = _r, g = _g, b = _b;
            for (int i = 0, p = 0; i < r.Length; i++, p += bands)
            {
                r[i] = row[p];
                g[i] = row[p + 1];
                b[i] = row[p + 2];
            }

            var x = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; x <= r.Length - Vector<int>.Count; x += Vector<int>.Count)
                {
                    var (vr, vg, vb) = (new Vector<int>(_r, x), new Vector<int>(_g, x), new Vector<int>(_b, x));
                    var y = Vector.ShiftRightArithmetic((vr * 4899) + (vg * 9617) + (vb * 1868) + new Vector<int>(RoundY), 14);
                    var ySwapped = Vector.ShiftRightArithmetic((vb * 4899) + (vg * 9617) + (vr * 1868) + new Vector<int>(RoundY), 14);
                    Store(U, x, Vector.ShiftRightArithmetic(((vb - y) * 8061) + new Vector<int>(OffsetU), 14), add);
                    Store(USwapped, x, Vector.ShiftRightArithmetic(((vr - ySwapped) * 8061) + new Vector<int>(OffsetU), 14), add);
                    Store(P, x, (vb * 886) - (vr * 299) - (vg * 587), add);
                    Store(PSwapped, x, (vr * 886) - (vb * 299) - (vg * 587), add);
                }
            }

            for (; x < r.Length; x++)
            {
                var keep = add ? 1 : 0;
                U[x] = (keep * U[x]) + ByteU(r[x], g[x], b[x]);
                USwapped[x] = (keep * USwapped[x]) + ByteU(b[x], g[x], r[x]);
                P[x] = (keep * P[x]) + (886 * b[x]) - (299 * r[x]) - (587 * g[x]);
                PSwapped[x] = (keep * PSwapped[x]) + (886 * r[x]) - (299 * b[x]) - (587 * g[x]);
            }
        }

        private static void Store(int[] target, int at, Vector<int> value, bool add) =>
            (add ? value + new Vector<int>(target, at) : value).CopyTo(target, at);

        // OpenCV COLOR_BGR2YUV for 8-bit: Y = descale(R*4899 + G*9617 + B*1868, 14),
        // U = saturate(descale((B - Y) * 8061 + (128 << 14), 14)). |B - Y| <= 255 keeps U within 2..253, so the
        // saturation never applies and is left out.
        private static int ByteU(int r, int g, int b)
        {
            var y = ((r * 4899) + (g * 9617) + (b * 1868) + RoundY) >> 14;
            return (((b - y) * 8061) + OffsetU) >> 14;
        }
    }
}
