using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Hashing.Pdq;

/// <summary>
/// 8x8 float transposes between eight row vectors and eight column vectors, so that a strip of eight image rows
/// can be filtered with one row per lane. Pure data movement: no arithmetic touches the values.
/// </summary>
internal static class Transpose
{
    /// <summary>Loads an 8x8 block (rows <paramref name="rowStride"/> floats apart, starting at <paramref name="origin"/>) as columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LoadColumns(ref float origin, nuint rowStride, Span<Vector256<float>> columns)
    {
        var r0 = Vector256.LoadUnsafe(ref origin);
        var r1 = Vector256.LoadUnsafe(ref origin, rowStride);
        var r2 = Vector256.LoadUnsafe(ref origin, rowStride * 2);
        var r3 = Vector256.LoadUnsafe(ref origin, rowStride * 3);
        var r4 = Vector256.LoadUnsafe(ref origin, rowStride * 4);
        var r5 = Vector256.LoadUnsafe(ref origin, rowStride * 5);
        var r6 = Vector256.LoadUnsafe(ref origin, rowStride * 6);
        var r7 = Vector256.LoadUnsafe(ref origin, rowStride * 7);
        Eight(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        columns[0] = r0;
        columns[1] = r1;
        columns[2] = r2;
        columns[3] = r3;
        columns[4] = r4;
        columns[5] = r5;
        columns[6] = r6;
        columns[7] = r7;
    }

    /// <summary>Stores eight column vectors as an 8x8 block of rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreRows(ReadOnlySpan<Vector256<float>> columns, ref float origin, nuint rowStride)
    {
        var r0 = columns[0];
        var r1 = columns[1];
        var r2 = columns[2];
        var r3 = columns[3];
        var r4 = columns[4];
        var r5 = columns[5];
        var r6 = columns[6];
        var r7 = columns[7];
        Eight(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        r0.StoreUnsafe(ref origin);
        r1.StoreUnsafe(ref origin, rowStride);
        r2.StoreUnsafe(ref origin, rowStride * 2);
        r3.StoreUnsafe(ref origin, rowStride * 3);
        r4.StoreUnsafe(ref origin, rowStride * 4);
        r5.StoreUnsafe(ref origin, rowStride * 5);
        r6.StoreUnsafe(ref origin, rowStride * 6);
        r7.StoreUnsafe(ref origin, rowStride * 7);
    }

    /// <summary>Transposes eight vectors in place: lane j of vector i becomes lane i of vector j.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void InPlace(Span<Vector256<float>> eight)
    {
        var r0 = eight[0];
        var r1 = eight[1];
        var r2 = eight[2];
        var r3 = eight[3];
        var r4 = eight[4];
        var r5 = eight[5];
        var r6 = eight[6];
        var r7 = eight[7];
        Eight(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        eight[0] = r0;
        eight[1] = r1;
        eight[2] = r2;
        eight[3] = r3;
        eight[4] = r4;
        eight[5] = r5;
        eight[6] = r6;
        eight[7] = r7;
    }

    // The classic unpack / shuffle / permute 8x8 transpose; an element-wise fallback where AVX is off.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Eight(
        ref Vector256<float> r0, ref Vector256<float> r1, ref Vector256<float> r2, ref Vector256<float> r3,
        ref Vector256<float> r4, ref Vector256<float> r5, ref Vector256<float> r6, ref Vector256<float> r7)
    {
        if (Avx.IsSupported)
        {
            var t0 = Avx.UnpackLow(r0, r1);
            var t1 = Avx.UnpackHigh(r0, r1);
            var t2 = Avx.UnpackLow(r2, r3);
            var t3 = Avx.UnpackHigh(r2, r3);
            var t4 = Avx.UnpackLow(r4, r5);
            var t5 = Avx.UnpackHigh(r4, r5);
            var t6 = Avx.UnpackLow(r6, r7);
            var t7 = Avx.UnpackHigh(r6, r7);
            var s0 = Avx.Shuffle(t0, t2, 0x44);
            var s1 = Avx.Shuffle(t0, t2, 0xEE);
            var s2 = Avx.Shuffle(t1, t3, 0x44);
            var s3 = Avx.Shuffle(t1, t3, 0xEE);
            var s4 = Avx.Shuffle(t4, t6, 0x44);
            var s5 = Avx.Shuffle(t4, t6, 0xEE);
            var s6 = Avx.Shuffle(t5, t7, 0x44);
            var s7 = Avx.Shuffle(t5, t7, 0xEE);
            r0 = Avx.Permute2x128(s0, s4, 0x20);
            r1 = Avx.Permute2x128(s1, s5, 0x20);
            r2 = Avx.Permute2x128(s2, s6, 0x20);
            r3 = Avx.Permute2x128(s3, s7, 0x20);
            r4 = Avx.Permute2x128(s0, s4, 0x31);
            r5 = Avx.Permute2x128(s1, s5, 0x31);
            r6 = Avx.Permute2x128(s2, s6, 0x31);
            r7 = Avx.Permute2x128(s3, s7, 0x31);
            return;
        }

        Span<float> m = stackalloc float[64];
        r0.CopyTo(m);
        r1.CopyTo(m[8..]);
        r2.CopyTo(m[16..]);
        r3.CopyTo(m[24..]);
        r4.CopyTo(m[32..]);
        r5.CopyTo(m[40..]);
        r6.CopyTo(m[48..]);
        r7.CopyTo(m[56..]);
        Span<float> t = stackalloc float[64];
        for (var i = 0; i < 8; i++)
        {
            for (var j = 0; j < 8; j++)
            {
                t[(j * 8) + i] = m[(i * 8) + j];
            }
        }

        r0 = Vector256.Create<float>(t);
        r1 = Vector256.Create<float>(t[8..]);
        r2 = Vector256.Create<float>(t[16..]);
        r3 = Vector256.Create<float>(t[24..]);
        r4 = Vector256.Create<float>(t[32..]);
        r5 = Vector256.Create<float>(t[40..]);
        r6 = Vector256.Create<float>(t[48..]);
        r7 = Vector256.Create<float>(t[56..]);
    }
}
