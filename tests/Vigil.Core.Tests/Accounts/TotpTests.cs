using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Accounts;

namespace Vigil.Core.Tests.Accounts;

public sealed class TotpTests
{
    private const string Seed20 = "12345678901234567890";
    private const string Seed32 = "12345678901234567890123456789012";
    private const string Seed64 = "1234567890123456789012345678901234567890123456789012345678901234";

    // RFC 6238 appendix B: time (s), then the 8-digit codes for SHA-1, SHA-256, SHA-512.
    [Theory]
    [InlineData(59L, "94287082", "46119246", "90693936")]
    [InlineData(1111111109L, "07081804", "68084774", "25091201")]
    [InlineData(1111111111L, "14050471", "67062674", "99943326")]
    [InlineData(1234567890L, "89005924", "91819424", "93441116")]
    [InlineData(2000000000L, "69279037", "90698825", "38618901")]
    [InlineData(20000000000L, "65353130", "77737706", "47863826")]
    public void Code_Rfc6238Vectors_Match(long unixSeconds, string sha1, string sha256, string sha512)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(sha1, Totp.Code(Encoding.ASCII.GetBytes(Seed20), step, 8, HashAlgorithmName.SHA1));
        Assert.Equal(sha256, Totp.Code(Encoding.ASCII.GetBytes(Seed32), step, 8, HashAlgorithmName.SHA256));
        Assert.Equal(sha512, Totp.Code(Encoding.ASCII.GetBytes(Seed64), step, 8, HashAlgorithmName.SHA512));
    }

    [Fact]
    public void Match_CodeFromPreviousStep_AcceptedWithinOneStepOfDrift()
    {
        var secret = Encoding.ASCII.GetBytes(Seed20);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var previous = Totp.Code(secret, Totp.StepAt(now) - 1);
        var old = Totp.Code(secret, Totp.StepAt(now) - 3);

        Assert.Equal(Totp.StepAt(now) - 1, Totp.Match(secret, previous, now));
        Assert.Null(Totp.Match(secret, old, now));
        Assert.Null(Totp.Match(secret, "12a456", now));
        Assert.Null(Totp.Match(secret, "1234567", now));
    }

    [Fact]
    public void Base32_Rfc4648Vector_Encodes()
    {
        Assert.Equal("MZXW6YTBOI", Totp.Base32("foobar"u8));
    }
}
