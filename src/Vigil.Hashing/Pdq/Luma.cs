using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Hashing.Pdq;

/// <summary>RGB or grey bytes to float luma, exactly as the reference's fillFloatLumaFrom{RGB,Grey}.</summary>
internal static class Luma
{
    // The reference's coefficients are float constants initialised from the doubles 0.299/0.587/0.114.
    private const float R = 0.299f;
    private const float G = 0.587f;
    private const float B = 0.114f;

    /// <summary>Fills one row of luma from one row of interleaved pixels.</summary>
    public static void FillRow(ReadOnlySpan<byte> row, int bands, Span<float> dst)
    {
        if (bands < 3)
        {
            for (var x = 0; x < dst.Length; x++)
            {
                dst[x] = row[x * bands];
            }

            return;
        }

        var start = Avx2.IsSupported ? FillRgbRowAvx2(row, bands, dst) : 0;

        // float * float products summed left to right, no fused multiply-add: the reference's float32
        // arithmetic (x86-64 SSE, FLT_EVAL_METHOD 0).
        var p = start * bands;
        for (var x = start; x < dst.Length; x++, p += bands)
        {
            dst[x] = (R * row[p]) + (G * row[p + 1]) + (B * row[p + 2]);
        }
    }

    // Eight pixels per step: one 32-bit gather per pixel picks up R, G and B (and whatever follows), masks split
    // them, and the same float multiplies and adds as the scalar loop run in the lanes. Returns the first pixel
    // not done (the gather reads one byte past a 3-band pixel, so the last block is left to the scalar loop).
    private static unsafe int FillRgbRowAvx2(ReadOnlySpan<byte> row, int bands, Span<float> dst)
    {
        var index = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7) * bands;
        var mask = Vector256.Create(0xFF);
        var r = Vector256.Create(R);
        var g = Vector256.Create(G);
        var b = Vector256.Create(B);
        var x = 0;
        fixed (byte* source = row)
        fixed (float* target = dst)
        {
            for (; ((x + 8) * bands) + 1 <= row.Length && x + 8 <= dst.Length; x += 8)
            {
                var packed = Avx2.GatherVector256((int*)(source + (x * bands)), index, 1);
                var red = Avx.ConvertToVector256Single(packed & mask);
                var green = Avx.ConvertToVector256Single(Avx2.ShiftRightLogical(packed, 8) & mask);
                var blue = Avx.ConvertToVector256Single(Avx2.ShiftRightLogical(packed, 16) & mask);
                ((r * red) + (g * green) + (b * blue)).Store(target + x);
            }
        }

        return x;
    }
}
