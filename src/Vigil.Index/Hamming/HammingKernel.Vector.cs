using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Vigil.Hashing.Pdq;

namespace Vigil.Index.Hamming;

// The vector paths count bits with the nibble lookup of Mula, Kurz and Lemire ("Faster population counts
// using AVX2 instructions", 2016): each byte splits into two nibbles, PSHUFB looks each up in a 16-entry
// table of bit counts (the table repeats in every 128-bit lane because PSHUFB works within lanes), and
// PSADBW against zero sums each 8 bytes into one 64-bit lane. A hash's distance is then spread over several
// 64-bit lanes; four hashes' partial sums are packed into the four 16-bit fields of each lane (no field can
// overflow: a hash's distance is at most 256) so that one horizontal add yields four distances at once.
public static partial class HammingKernel
{
    private static ReadOnlySpan<byte> NibbleCounts => [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

    // 512-bit: one vector holds two hashes (lanes 0..3 and 4..7); a block is eight hashes in four vectors.
    private static int Distances512(ReadOnlySpan<ulong> hashes, PdqHash query, Span<ushort> distances)
    {
        var blocks = hashes.Length / (WordsPerHash * 8);
        var lut = Vector512.Create(Vector128.Create(NibbleCounts));
        var low = Vector512.Create((byte)0x0F);
        var q = Vector512.Create(Vector256.Create(query.W0, query.W1, query.W2, query.W3));
        ref var w = ref MemoryMarshal.GetReference(hashes);
        for (var blk = 0; blk < blocks; blk++)
        {
            var b = (nuint)(blk * 32);
            var s0 = Sad512(Vector512.LoadUnsafe(ref w, b) ^ q, lut, low);
            var s1 = Sad512(Vector512.LoadUnsafe(ref w, b + 8) ^ q, lut, low);
            var s2 = Sad512(Vector512.LoadUnsafe(ref w, b + 16) ^ q, lut, low);
            var s3 = Sad512(Vector512.LoadUnsafe(ref w, b + 24) ^ q, lut, low);
            var packed = s0 | (s1 << 16) | (s2 << 32) | (s3 << 48);
            var even = Sum4(packed.GetLower()); // hashes 0, 2, 4, 6 of the block
            var odd = Sum4(packed.GetUpper());  // hashes 1, 3, 5, 7
            var d = distances.Slice(blk * 8, 8);
            d[0] = (ushort)even;
            d[1] = (ushort)odd;
            d[2] = (ushort)(even >> 16);
            d[3] = (ushort)(odd >> 16);
            d[4] = (ushort)(even >> 32);
            d[5] = (ushort)(odd >> 32);
            d[6] = (ushort)(even >> 48);
            d[7] = (ushort)(odd >> 48);
        }

        return blocks * 8;
    }

    // 256-bit: one vector holds one hash; a block is four hashes.
    private static int Distances256(ReadOnlySpan<ulong> hashes, PdqHash query, Span<ushort> distances)
    {
        var blocks = hashes.Length / (WordsPerHash * 4);
        var lut = Vector256.Create(Vector128.Create(NibbleCounts));
        var low = Vector256.Create((byte)0x0F);
        var q = Vector256.Create(query.W0, query.W1, query.W2, query.W3);
        ref var w = ref MemoryMarshal.GetReference(hashes);
        for (var blk = 0; blk < blocks; blk++)
        {
            var b = (nuint)(blk * 16);
            var s0 = Sad256(Vector256.LoadUnsafe(ref w, b) ^ q, lut, low);
            var s1 = Sad256(Vector256.LoadUnsafe(ref w, b + 4) ^ q, lut, low);
            var s2 = Sad256(Vector256.LoadUnsafe(ref w, b + 8) ^ q, lut, low);
            var s3 = Sad256(Vector256.LoadUnsafe(ref w, b + 12) ^ q, lut, low);
            Unpack4(Sum4(s0 | (s1 << 16) | (s2 << 32) | (s3 << 48)), distances.Slice(blk * 4, 4));
        }

        return blocks * 4;
    }

    // 128-bit: two vectors hold one hash; a block is four hashes.
    private static int Distances128(ReadOnlySpan<ulong> hashes, PdqHash query, Span<ushort> distances)
    {
        var blocks = hashes.Length / (WordsPerHash * 4);
        var lut = Vector128.Create(NibbleCounts);
        var low = Vector128.Create((byte)0x0F);
        var qa = Vector128.Create(query.W0, query.W1);
        var qb = Vector128.Create(query.W2, query.W3);
        ref var w = ref MemoryMarshal.GetReference(hashes);
        for (var blk = 0; blk < blocks; blk++)
        {
            var b = (nuint)(blk * 16);
            var s0 = Sad128(Vector128.LoadUnsafe(ref w, b) ^ qa, Vector128.LoadUnsafe(ref w, b + 2) ^ qb, lut, low);
            var s1 = Sad128(Vector128.LoadUnsafe(ref w, b + 4) ^ qa, Vector128.LoadUnsafe(ref w, b + 6) ^ qb, lut, low);
            var s2 = Sad128(Vector128.LoadUnsafe(ref w, b + 8) ^ qa, Vector128.LoadUnsafe(ref w, b + 10) ^ qb, lut, low);
            var s3 = Sad128(Vector128.LoadUnsafe(ref w, b + 12) ^ qa, Vector128.LoadUnsafe(ref w, b + 14) ^ qb, lut, low);
            var packed = s0 | (s1 << 16) | (s2 << 32) | (s3 << 48);
            Unpack4(packed.GetElement(0) + packed.GetElement(1), distances.Slice(blk * 4, 4));
        }

        return blocks * 4;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Sad512(Vector512<ulong> x, Vector512<byte> lut, Vector512<byte> low)
    {
        var lo = x.AsByte() & low;
        var hi = Vector512.ShiftRightLogical(x.AsUInt16(), 4).AsByte() & low;
        var counts = Avx512BW.Shuffle(lut, lo) + Avx512BW.Shuffle(lut, hi);
        return Avx512BW.SumAbsoluteDifferences(counts, Vector512<byte>.Zero).AsUInt64();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Sad256(Vector256<ulong> x, Vector256<byte> lut, Vector256<byte> low)
    {
        var lo = x.AsByte() & low;
        var hi = Vector256.ShiftRightLogical(x.AsUInt16(), 4).AsByte() & low;
        var counts = Avx2.Shuffle(lut, lo) + Avx2.Shuffle(lut, hi);
        return Avx2.SumAbsoluteDifferences(counts, Vector256<byte>.Zero).AsUInt64();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> Sad128(Vector128<ulong> a, Vector128<ulong> b, Vector128<byte> lut, Vector128<byte> low)
    {
        var counts = Counts128(a, lut, low) + Counts128(b, lut, low); // at most 16 per byte
        return Sse2.SumAbsoluteDifferences(counts, Vector128<byte>.Zero).AsUInt64();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Counts128(Vector128<ulong> x, Vector128<byte> lut, Vector128<byte> low)
    {
        var lo = x.AsByte() & low;
        var hi = Vector128.ShiftRightLogical(x.AsUInt16(), 4).AsByte() & low;
        return Ssse3.Shuffle(lut, lo) + Ssse3.Shuffle(lut, hi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Sum4(Vector256<ulong> v)
    {
        var h = v.GetLower() + v.GetUpper();
        return h.GetElement(0) + h.GetElement(1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Unpack4(ulong fields, Span<ushort> destination)
    {
        destination[0] = (ushort)fields;
        destination[1] = (ushort)(fields >> 16);
        destination[2] = (ushort)(fields >> 32);
        destination[3] = (ushort)(fields >> 48);
    }
}
