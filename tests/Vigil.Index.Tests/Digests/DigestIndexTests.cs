using Vigil.Index.Digests;

namespace Vigil.Index.Tests.Digests;

public sealed class DigestIndexTests
{
    [Theory]
    [InlineData(DigestAlgorithm.Md5)]
    [InlineData(DigestAlgorithm.Sha1)]
    [InlineData(DigestAlgorithm.Sha256)]
    public void AddRemoveLookup_RandomOperations_MatchDictionaryOracle(DigestAlgorithm algorithm)
    {
        var random = new Random((int)algorithm);
        var index = new DigestIndex(algorithm);
        var oracle = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var keys = Enumerable.Range(0, 3000).Select(_ => RandomDigest(random, index.DigestLength)).ToList();

        for (var step = 0; step < 40_000; step++)
        {
            var key = keys[random.Next(keys.Count)];
            var hex = Convert.ToHexString(key);
            var id = random.Next(50);
            if (random.Next(3) > 0)
            {
                index.Add(key, id);
                CollectionsMarshalGet(oracle, hex).Add(id);
            }
            else
            {
                var expected = CollectionsMarshalGet(oracle, hex).Remove(id);
                Assert.Equal(expected, index.Remove(key, id));
            }
        }

        Assert.Equal(oracle.Values.Sum(v => v.Count), index.Count);
        foreach (var key in keys)
        {
            Assert.Equal(CollectionsMarshalGet(oracle, Convert.ToHexString(key)).Order(), index.Lookup(key));
        }

        Assert.Empty(index.Lookup(RandomDigest(random, index.DigestLength)));
    }

    [Fact]
    public void Add_ManyEntries_GrowsAndKeepsEveryEntry()
    {
        var random = new Random(9);
        var index = new DigestIndex(DigestAlgorithm.Sha256, capacity: 4);
        var keys = Enumerable.Range(0, 50_000).Select(_ => RandomDigest(random, 32)).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            index.Add(keys[i], i);
        }

        Assert.Equal(keys.Count, index.Count);
        for (var i = 0; i < keys.Count; i += 97)
        {
            Assert.Equal([i], index.Lookup(keys[i]));
        }
    }

    [Fact]
    public void Add_WrongLength_ThrowsNamingTheLength()
    {
        var index = new DigestIndex(DigestAlgorithm.Md5);
        var error = Assert.Throws<ArgumentException>(() => index.Add(new byte[20], 1));
        Assert.Contains("16 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("d41d8cd98f00b204e9800998ecf8427e", DigestAlgorithm.Md5, true)]
    [InlineData("D41D8CD98F00B204E9800998ECF8427E", DigestAlgorithm.Md5, true)]
    [InlineData("d41d8cd98f00b204e9800998ecf8427", DigestAlgorithm.Md5, false)]
    [InlineData("d41d8cd98f00b204e9800998ecf8427g", DigestAlgorithm.Md5, false)]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709", DigestAlgorithm.Sha1, true)]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709", DigestAlgorithm.Sha256, false)]
    public void TryParseHex_Input_ParsesOnlyRightLengthHex(string hex, DigestAlgorithm algorithm, bool valid)
    {
        Assert.Equal(valid, DigestIndex.TryParseHex(hex, algorithm, out var digest));
        if (valid)
        {
            Assert.Equal(Convert.FromHexString(hex), digest);
        }
    }

    private static List<long> CollectionsMarshalGet(Dictionary<string, List<long>> oracle, string key)
    {
        if (!oracle.TryGetValue(key, out var list))
        {
            list = [];
            oracle[key] = list;
        }

        return list;
    }

    private static byte[] RandomDigest(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
