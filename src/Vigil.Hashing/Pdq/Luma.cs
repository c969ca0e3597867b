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

    // Byte-shuffle masks that move the R, G and B bytes of four packed 3-byte pixels into the low byte of four
    // 32-bit lanes (0x80 writes zero). The same masks serve each 128-bit half of a 256-bit shuffle.
    private static readonly Vector128<byte> RedOf3 = Vector128.Create(0, 0x80, 0x80, 0x80, 3, 0x80, 0x80, 0x80, 6, 0x80, 0x80, 0x80, 9, 0x80, 0x80, (byte)0x80);
    private static readonly Vector128<byte> GreenOf3 = Vector128.Create(1, 0x80, 0x80, 0x80, 4, 0x80, 0x80, 0x80, 7, 0x80, 0x80, 0x80, 10, 0x80, 0x80, (byte)0x80);
    private static readonly Vector128<byte> BlueOf3 = Vector128.Create(2, 0x80, 0x80, 0x80, 5, 0x80, 0x80, 0x80, 8, 0x80, 0x80, 0x80, 11, 0x80, 0x80, (byte)0x80);

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

        var start = Avx2.IsSupported ? FillRgbRowAvx2(row, bands, dst) : Ssse3.IsSupported ? FillRgbRowSsse3(row, bands, dst) : 0;

        // float * float products summed left to right, no fused multiply-add: the reference's float32
        // arithmetic (x86-64 SSE, FLT_EVAL_METHOD 0). The vector paths run the same operations in their lanes.
        var p = start * bands;
        for (var x = start; x < dst.Length; x++, p += bands)
        {
            dst[x] = (R * row[p]) + (G * row[p + 1]) + (B * row[p + 2]);
        }
    }

    // Eight pixels per step. Three bands: the two 128-bit halves are loaded 12 bytes apart (pixels 0-3 and 4-7,
    // each half reading four bytes it does not use) and byte shuffles spread R, G and B into 32-bit lanes; four
    // bands: one load and masks. A hardware gather would do the same but is several times slower on some cores.
    // Returns the first pixel not done: the last blocks, whose loads would pass the end of the row, are left to
    // the scalar loop.
    private static unsafe int FillRgbRowAvx2(ReadOnlySpan<byte> row, int bands, Span<float> dst)
    {
        var r = Vector256.Create(R);
        var g = Vector256.Create(G);
        var b = Vector256.Create(B);
        var x = 0;
        fixed (byte* source = row)
        fixed (float* target = dst)
        {
            if (bands == 3)
            {
                var redMask = Vector256.Create(RedOf3, RedOf3);
                var greenMask = Vector256.Create(GreenOf3, GreenOf3);
                var blueMask = Vector256.Create(BlueOf3, BlueOf3);
                for (; (x * 3) + 28 <= row.Length && x + 8 <= dst.Length; x += 8)
                {
                    var p = source + (x * 3);
                    var packed = Vector256.Create(Vector128.Load(p), Vector128.Load(p + 12));
                    var red = Avx.ConvertToVector256Single(Avx2.Shuffle(packed, redMask).AsInt32());
                    var green = Avx.ConvertToVector256Single(Avx2.Shuffle(packed, greenMask).AsInt32());
                    var blue = Avx.ConvertToVector256Single(Avx2.Shuffle(packed, blueMask).AsInt32());
                    ((r * red) + (g * green) + (b * blue)).Store(target + x);
                }

                return x;
            }

            if (bands != 4)
            {
                return 0;
            }

            var mask = Vector256.Create(0xFF);
            for (; ((x + 8) * 4) <= row.Length && x + 8 <= dst.Length; x += 8)
            {
                var packed = Vector256.Load((int*)(source + (x * 4)));
                var red = Avx.ConvertToVector256Single(packed & mask);
                var green = Avx.ConvertToVector256Single(Avx2.ShiftRightLogical(packed, 8) & mask);
                var blue = Avx.ConvertToVector256Single(Avx2.ShiftRightLogical(packed, 16) & mask);
                ((r * red) + (g * green) + (b * blue)).Store(target + x);
            }
        }

        return x;
    }

    // Four pixels per step with 128-bit shuffles, for machines (or runs) without AVX2.
    private static unsafe int FillRgbRowSsse3(ReadOnlySpan<byte> row, int bands, Span<float> dst)
    {
        if (bands != 3)
        {
            return 0;
        }

        var r = Vector128.Create(R);
        var g = Vector128.Create(G);
        var b = Vector128.Create(B);
        var x = 0;
        fixed (byte* source = row)
        fixed (float* target = dst)
        {
            for (; (x * 3) + 16 <= row.Length && x + 4 <= dst.Length; x += 4)
            {
                var packed = Vector128.Load(source + (x * 3));
                var red = Sse2.ConvertToVector128Single(Ssse3.Shuffle(packed, RedOf3).AsInt32());
                var green = Sse2.ConvertToVector128Single(Ssse3.Shuffle(packed, GreenOf3).AsInt32());
                var blue = Sse2.ConvertToVector128Single(Ssse3.Shuffle(packed, BlueOf3).AsInt32());
                ((r * red) + (g * green) + (b * blue)).Store(target + x);
            }
        }

        return x;
    }
}
