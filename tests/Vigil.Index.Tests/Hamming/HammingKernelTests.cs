using Vigil.Hashing.Pdq;
using Vigil.Index.Hamming;

namespace Vigil.Index.Tests.Hamming;

public sealed class HammingKernelTests
{
    public static TheoryData<HammingPath> Paths => [HammingPath.Scalar, HammingPath.Vector128, HammingPath.Vector256, HammingPath.Vector512];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Distances_EverySupportedPath_EqualsScalarOracle(HammingPath path)
    {
        if (!HammingKernel.IsSupported(path))
        {
            Assert.Throws<PlatformNotSupportedException>(() => HammingKernel.Distances(new ulong[4], default, new ushort[1], path));
            return;
        }

        var random = new Random(42 + (int)path);
        for (var count = 0; count < 70; count++)
        {
            var words = RandomWords(random, count);
            var query = RandomHashes.Next(random);
            var expected = new ushort[count];
            var actual = new ushort[count];
            HammingKernel.DistancesScalar(words, query, expected);
            HammingKernel.Distances(words, query, actual, path);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Distances_ExtremeHashes_GiveZeroAnd256(HammingPath path)
    {
        if (!HammingKernel.IsSupported(path))
        {
            return;
        }

        // Eight copies of all-ones against an all-zero query: every lane at its maximum, no field overflow.
        var words = Enumerable.Repeat(ulong.MaxValue, 32).ToArray();
        var distances = new ushort[8];
        HammingKernel.Distances(words, PdqHash.Zero, distances, path);
        Assert.All(distances, d => Assert.Equal(256, d));
        HammingKernel.Distances(words, new PdqHash(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue), distances, path);
        Assert.All(distances, d => Assert.Equal(0, d));
    }

    [Fact]
    public void DistancesScalar_KnownPair_MatchesPdqHashDistance()
    {
        var random = new Random(7);
        var a = RandomHashes.Next(random);
        var b = RandomHashes.FlipBits(random, a, 37);
        var distances = new ushort[1];
        HammingKernel.DistancesScalar([b.W0, b.W1, b.W2, b.W3], a, distances);
        Assert.Equal(37, distances[0]);
        Assert.Equal(PdqHash.Distance(a, b), distances[0]);
    }

    [Fact]
    public void Distances_WordCountNotMultipleOfFour_Throws()
    {
        Assert.Throws<ArgumentException>(() => HammingKernel.Distances(new ulong[5], default, new ushort[2]));
    }

    [Fact]
    public void Distances_DestinationTooShort_Throws()
    {
        Assert.Throws<ArgumentException>(() => HammingKernel.Distances(new ulong[8], default, new ushort[1]));
    }

    private static ulong[] RandomWords(Random random, int count)
    {
        var words = new ulong[count * 4];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
        }

        return words;
    }
}
