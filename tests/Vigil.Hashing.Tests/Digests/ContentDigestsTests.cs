using Vigil.Hashing.Digests;

namespace Vigil.Hashing.Tests.Digests;

public sealed class ContentDigestsTests
{
    [Fact]
    public void Compute_Abc_GivesTheStandardTestVectors()
    {
        var d = ContentDigests.Compute("abc"u8);

        Assert.Equal("900150983cd24fb0d6963f7d28e17f72", d.Md5);
        Assert.Equal("a9993e364706816aba3e25717850c26c9cd0d89d", d.Sha1);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", d.Sha256);
        Assert.Equal(3, d.Length);
    }

    [Fact]
    public async Task ComputeAsync_StreamLargerThanOneChunk_EqualsInMemoryDigests()
    {
        var data = new byte[(1 << 16) * 3 + 17];
        new Random(5).NextBytes(data);

        var streamed = await ContentDigests.ComputeAsync(new MemoryStream(data));

        Assert.Equal(ContentDigests.Compute(data), streamed);
    }

    [Fact]
    public void Compute_Empty_GivesEmptyDigests()
    {
        var d = ContentDigests.Compute([]);

        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", d.Md5);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", d.Sha256);
    }
}
