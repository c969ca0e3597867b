using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Vigil.Hashing.Pdq;

namespace Vigil.Index.Hamming;

/// <summary>
/// Hamming distances between one 256-bit query and many stored hashes. Hashes are stored as four consecutive
/// <see cref="ulong"/> words each (<see cref="PdqHash.W0"/>..<see cref="PdqHash.W3"/>), so a span of
/// <c>4 * n</c> words holds <c>n</c> hashes. The scalar popcount loop is the oracle; the vector paths are
/// tested against it (also with hardware intrinsics switched off by environment variables).
/// </summary>
public static partial class HammingKernel
{
    /// <summary>Number of <see cref="ulong"/> words per stored hash.</summary>
    public const int WordsPerHash = 4;

    /// <summary>The fastest path this process supports (what <see cref="Distances(ReadOnlySpan{ulong}, PdqHash, Span{ushort})"/> uses).</summary>
    public static HammingPath BestPath { get; } =
        Avx512BW.IsSupported ? HammingPath.Vector512
        : Avx2.IsSupported ? HammingPath.Vector256
        : Ssse3.IsSupported ? HammingPath.Vector128
        : HammingPath.Scalar;

    /// <summary>Whether <paramref name="path"/> can run in this process.</summary>
    public static bool IsSupported(HammingPath path) => path switch
    {
        HammingPath.Scalar => true,
        HammingPath.Vector128 => Ssse3.IsSupported,
        HammingPath.Vector256 => Avx2.IsSupported,
        HammingPath.Vector512 => Avx512BW.IsSupported,
        _ => false,
    };

    /// <summary>Distance between two hashes given as four words each.</summary>
    public static int Distance(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) =>
        BitOperations.PopCount(a[0] ^ b[0]) + BitOperations.PopCount(a[1] ^ b[1])
        + BitOperations.PopCount(a[2] ^ b[2]) + BitOperations.PopCount(a[3] ^ b[3]);

    /// <summary>
    /// Writes the distance from <paramref name="query"/> to each hash in <paramref name="hashes"/> into
    /// <paramref name="distances"/> (one entry per hash) with the fastest supported path.
    /// </summary>
    public static void Distances(ReadOnlySpan<ulong> hashes, PdqHash query, Span<ushort> distances) =>
        Distances(hashes, query, distances, BestPath);

    /// <summary>As <see cref="Distances(ReadOnlySpan{ulong}, PdqHash, Span{ushort})"/> with an explicit path.</summary>
    /// <exception cref="PlatformNotSupportedException">The path cannot run in this process.</exception>
    public static void Distances(ReadOnlySpan<ulong> hashes, PdqHash query, Span<ushort> distances, HammingPath path)
    {
        if (hashes.Length % WordsPerHash != 0)
        {
            throw new ArgumentException($"The word count must be a multiple of {WordsPerHash}, got {hashes.Length}.", nameof(hashes));
        }

        var count = hashes.Length / WordsPerHash;
        if (distances.Length < count)
        {
            throw new ArgumentException($"Need room for {count} distances, got {distances.Length}.", nameof(distances));
        }

        if (!IsSupported(path))
        {
            throw new PlatformNotSupportedException($"The {path} Hamming path is not supported by this processor or runtime.");
        }

        var done = path switch
        {
            HammingPath.Vector512 => Distances512(hashes, query, distances),
            HammingPath.Vector256 => Distances256(hashes, query, distances),
            HammingPath.Vector128 => Distances128(hashes, query, distances),
            _ => 0,
        };
        DistancesScalar(hashes[(done * WordsPerHash)..], query, distances[done..count]);
    }

    /// <summary>The oracle: a <see cref="BitOperations.PopCount(ulong)"/> loop over the four words.</summary>
    public static void DistancesScalar(ReadOnlySpan<ulong> hashes, PdqHash query, Span<ushort> distances)
    {
        var count = hashes.Length / WordsPerHash;
        ulong q0 = query.W0, q1 = query.W1, q2 = query.W2, q3 = query.W3;
        ref var w = ref MemoryMarshal.GetReference(hashes);
        for (var i = 0; i < count; i++)
        {
            var b = i * WordsPerHash;
            distances[i] = (ushort)(
                BitOperations.PopCount(Unsafe.Add(ref w, b) ^ q0) + BitOperations.PopCount(Unsafe.Add(ref w, b + 1) ^ q1)
                + BitOperations.PopCount(Unsafe.Add(ref w, b + 2) ^ q2) + BitOperations.PopCount(Unsafe.Add(ref w, b + 3) ^ q3));
        }
    }
}
