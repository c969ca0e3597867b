using System.Security.Cryptography;
using Vigil.Core.Vault;

namespace Vigil.Core.Tests.Vault;

public sealed class VaultEnvelopeTests
{
    private static readonly byte[] Master = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Open_SealedContent_ReturnsOriginalAndHidesPlaintext()
    {
        var content = "a benign test payload, repeated a few times so patterns would show"u8.ToArray();
        var sha = SHA256.HashData(content);

        var sealedBytes = VaultEnvelope.Seal(Master, sha, content);

        Assert.Equal(VaultEnvelope.HeaderLength + content.Length, sealedBytes.Length);
        Assert.Equal(-1, sealedBytes.AsSpan().IndexOf("benign test"u8));
        Assert.Equal(content, VaultEnvelope.Open(Master, sha, sealedBytes));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(70)]
    [InlineData(VaultEnvelope.HeaderLength + 2)]
    public void Open_OneByteFlipped_ThrowsIntegrity(int position)
    {
        var content = RandomNumberGenerator.GetBytes(64);
        var sha = SHA256.HashData(content);
        var sealedBytes = VaultEnvelope.Seal(Master, sha, content);
        sealedBytes[position] ^= 0x01;

        Assert.Throws<VaultIntegrityException>(() => VaultEnvelope.Open(Master, sha, sealedBytes));
    }

    [Fact]
    public void Open_WrongMasterKey_ThrowsIntegrity()
    {
        var content = RandomNumberGenerator.GetBytes(64);
        var sha = SHA256.HashData(content);
        var sealedBytes = VaultEnvelope.Seal(Master, sha, content);

        var ex = Assert.Throws<VaultIntegrityException>(() => VaultEnvelope.Open(RandomNumberGenerator.GetBytes(32), sha, sealedBytes));
        Assert.Contains("master key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Truncated_ThrowsIntegrity()
    {
        Assert.Throws<VaultIntegrityException>(() => VaultEnvelope.Open(Master, new byte[32], "VGV1"u8));
    }
}
