using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vigil.Core.Accounts;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): counter = floor(unix seconds / 30); HMAC of the
/// 8-byte big-endian counter; dynamic truncation; modulo 10^digits.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int SecretLength = 20;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretLength);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code for a time step, zero-padded to <paramref name="digits"/>.</summary>
    public static string Code(ReadOnlySpan<byte> secret, long step, int digits = 6, HashAlgorithmName? algorithm = null)
    {
        if (digits is < 6 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), "TOTP codes have 6 to 8 digits.");
        }

        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var name = algorithm ?? HashAlgorithmName.SHA1;
        Span<byte> mac = stackalloc byte[64];
        var length = name == HashAlgorithmName.SHA256 ? HMACSHA256.HashData(secret, counter, mac)
            : name == HashAlgorithmName.SHA512 ? HMACSHA512.HashData(secret, counter, mac)
#pragma warning disable CA5350 // RFC 6238's default and what authenticator apps use; HMAC-SHA1 is still a sound PRF.
            : HMACSHA1.HashData(secret, counter, mac);
#pragma warning restore CA5350
        var offset = mac[length - 1] & 0x0F;
        var binary = ((mac[offset] & 0x7F) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
        var modulo = digits switch { 6 => 1_000_000, 7 => 10_000_000, _ => 100_000_000 };
        return (binary % modulo).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The time step <paramref name="code"/> matches within one step of clock drift, or null. Constant-time
    /// comparison per candidate.
    /// </summary>
    public static long? Match(ReadOnlySpan<byte> secret, string code, DateTimeOffset now)
    {
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var current = StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            var expected = Code(secret, step);
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>The otpauth:// URI authenticator apps read (Base32 secret).</summary>
    public static string ProvisioningUri(string issuer, string account, ReadOnlySpan<byte> secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={Base32(secret)}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";

    public static string Base32(ReadOnlySpan<byte> data)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new System.Text.StringBuilder((data.Length * 8 / 5) + 1);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }

        return output.ToString();
    }
}
