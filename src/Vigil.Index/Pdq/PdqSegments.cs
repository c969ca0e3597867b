using System.Numerics;

namespace Vigil.Index.Pdq;

/// <summary>
/// The multi-index layout: the 256 bits split into 16 substrings of 16 bits (substring s is bits
/// <c>16 * (s % 4)</c>.. of word <c>s / 4</c>). Norouzi, Punjani and Fleet ("Fast search in Hamming space with
/// multi-index hashing", CVPR 2012) generalised pigeonhole: if substring radii r_s satisfy
/// sum(r_s + 1) &gt;= r + 1, every hash within r of the query has some substring s within r_s of the query's.
/// </summary>
internal static class PdqSegments
{
    public const int Count = 16;
    public const int Buckets = 1 << 16;

    /// <summary>All 16-bit masks ordered by popcount; masks of popcount k are MaskStart[k]..MaskStart[k + 1].</summary>
    public static readonly ushort[] Masks = BuildMasks(out MaskStart);

    public static readonly int[] MaskStart;

    public static int Value(ReadOnlySpan<ulong> hash, int segment) =>
        (int)((hash[segment >> 2] >> ((segment & 3) * 16)) & 0xFFFF);

    /// <summary>Filter words for a substring: the next word whole and the high half of the one after.</summary>
    public static (ulong Filter64, uint Filter32) Filters(ReadOnlySpan<ulong> hash, int segment)
    {
        var word = segment >> 2;
        return (hash[(word + 1) & 3], (uint)(hash[(word + 2) & 3] >> 32));
    }

    /// <summary>
    /// Substring radii for a search radius: spread the budget r + 1 over the 16 substrings as evenly as possible;
    /// -1 means the substring need not be probed (for r &lt; 15 only r + 1 substrings are probed, exactly).
    /// </summary>
    public static void Radii(int radius, Span<int> radii)
    {
        var budget = radius + 1;
        var each = budget / Count;
        var extra = budget % Count;
        for (var s = 0; s < Count; s++)
        {
            radii[s] = Math.Min(16, each - 1 + (s < extra ? 1 : 0));
        }
    }

    /// <summary>Number of buckets a substring radius probes: sum of C(16, k) for k = 0..r.</summary>
    public static int Probes(int segmentRadius) => segmentRadius < 0 ? 0 : MaskStart[segmentRadius + 1];

    private static ushort[] BuildMasks(out int[] start)
    {
        var masks = new ushort[Buckets];
        start = new int[18];
        var counts = new int[17];
        for (var m = 0; m < Buckets; m++)
        {
            counts[BitOperations.PopCount((uint)m)]++;
        }

        for (var k = 0; k < 17; k++)
        {
            start[k + 1] = start[k] + counts[k];
        }

        var cursor = start[..17];
        for (var m = 0; m < Buckets; m++)
        {
            masks[cursor[BitOperations.PopCount((uint)m)]++] = (ushort)m;
        }

        return masks;
    }
}
