using Vigil.Hashing.Pdq;

namespace Vigil.Index.Tests;

/// <summary>Seeded random hashes and near neighbours for property tests.</summary>
internal static class RandomHashes
{
    public static PdqHash Next(Random random) =>
        new((ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
            (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63));

    /// <summary>A hash exactly <paramref name="distance"/> bits away from <paramref name="hash"/>.</summary>
    public static PdqHash FlipBits(Random random, PdqHash hash, int distance)
    {
        Span<ulong> w = [hash.W0, hash.W1, hash.W2, hash.W3];
        var bits = Enumerable.Range(0, 256).OrderBy(_ => random.Next()).Take(distance);
        foreach (var bit in bits)
        {
            w[bit >> 6] ^= 1UL << (bit & 63);
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }
}
