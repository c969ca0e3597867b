using Vigil.Hashing.Pdq;

namespace Vigil.Hashing.Tests.Pdq;

public sealed class PdqHashTests
{
    private const string Sample = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public void Parse_ThenToString_RoundTripsLowercaseHex()
    {
        Assert.Equal(Sample, PdqHash.Parse(Sample.ToUpperInvariant()).ToString());
    }

    [Theory]
    [InlineData("", "64 hex characters, got 0")]
    [InlineData("f8f8", "64 hex characters, got 4")]
    [InlineData("g8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22", "only hex digits")]
    [InlineData("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2200", "got 66")]
    public void TryParse_MalformedHex_FailsNamingTheProblem(string text, string expectedFragment)
    {
        Assert.False(PdqHash.TryParse(text, out _, out var error));
        Assert.Contains(expectedFragment, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => PdqHash.Parse(text));
    }

    [Fact]
    public void FromBits_BitZero_IsTheLastHexDigitAsInTheReference()
    {
        // Reference: setBit(k) sets bit k%16 of word k/16, and words print from 15 down to 0.
        var bits = new bool[256];
        bits[0] = true;
        bits[255] = true;

        var hash = PdqHash.FromBits(bits);

        Assert.Equal("8" + new string('0', 62) + "1", hash.ToString());
        Assert.True(hash.GetBit(0));
        Assert.True(hash.GetBit(255));
        Assert.False(hash.GetBit(1));
    }

    [Fact]
    public void Distance_CountsDifferingBits()
    {
        var a = PdqHash.Parse(Sample);
        var b = PdqHash.Parse("07070f311f0b57b0f9c8f5ddfc709c0f4c91d12a699de1e2cc194c63b16364dd");

        Assert.Equal(0, PdqHash.Distance(a, a));
        Assert.Equal(256, PdqHash.Distance(a, b));
        Assert.Equal(256, a.PopCount + b.PopCount);
    }

    [Fact]
    public void WriteBytes_ThenFromBytes_RoundTrips()
    {
        var hash = PdqHash.Parse(Sample);
        var bytes = new byte[32];

        hash.WriteBytes(bytes);

        Assert.Equal(Convert.FromHexString(Sample), bytes);
        Assert.Equal(hash, PdqHash.FromBytes(bytes));
    }
}
