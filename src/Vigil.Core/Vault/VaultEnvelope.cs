using System.Security.Cryptography;

namespace Vigil.Core.Vault;

/// <summary>
/// The sealed form of a vault file (version 1):
/// <c>"VGV1" | key nonce (12) | wrapped file key (32) | key tag (16) | data nonce (12) | data tag (16) | ciphertext</c>.
/// A random 256-bit file key encrypts the content with AES-GCM (associated data: the content's SHA-256); the
/// master key wraps the file key with AES-GCM (associated data: "key" + SHA-256). Rotating the master key
/// re-wraps 60-byte headers, not the files.
/// </summary>
public static class VaultEnvelope
{
    public const int HeaderLength = 4 + 12 + 32 + 16 + 12 + 16;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int KeyLength = 32;
    private static readonly byte[] Magic = "VGV1"u8.ToArray();

    public static byte[] Seal(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> sha256, ReadOnlySpan<byte> content)
    {
        var sealedBytes = new byte[checked(HeaderLength + content.Length)];
        var span = sealedBytes.AsSpan();
        Magic.CopyTo(span);
        Span<byte> fileKey = stackalloc byte[KeyLength];
        RandomNumberGenerator.Fill(fileKey);
        try
        {
            var keyNonce = span.Slice(4, NonceLength);
            RandomNumberGenerator.Fill(keyNonce);
            using (var wrap = new AesGcm(masterKey, TagLength))
            {
                wrap.Encrypt(keyNonce, fileKey, span.Slice(16, KeyLength), span.Slice(48, TagLength), KeyAad(sha256));
            }

            var dataNonce = span.Slice(64, NonceLength);
            RandomNumberGenerator.Fill(dataNonce);
            using var aes = new AesGcm(fileKey, TagLength);
            aes.Encrypt(dataNonce, content, span[HeaderLength..], span.Slice(76, TagLength), sha256);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }

        return sealedBytes;
    }

    /// <summary>Opens a sealed file; throws <see cref="VaultIntegrityException"/> when it was altered or the key is wrong.</summary>
    public static byte[] Open(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> sha256, ReadOnlySpan<byte> sealedBytes)
    {
        if (sealedBytes.Length < HeaderLength || !sealedBytes[..4].SequenceEqual(Magic))
        {
            throw new VaultIntegrityException("The vault file is not a version 1 envelope (bad length or magic).");
        }

        Span<byte> fileKey = stackalloc byte[KeyLength];
        try
        {
            using (var wrap = new AesGcm(masterKey, TagLength))
            {
                wrap.Decrypt(sealedBytes.Slice(4, NonceLength), sealedBytes.Slice(16, KeyLength), sealedBytes.Slice(48, TagLength), fileKey, KeyAad(sha256));
            }

            var content = new byte[sealedBytes.Length - HeaderLength];
            using var aes = new AesGcm(fileKey, TagLength);
            aes.Decrypt(sealedBytes.Slice(64, NonceLength), sealedBytes[HeaderLength..], sealedBytes.Slice(76, TagLength), content, sha256);
            return content;
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new VaultIntegrityException("The vault file failed authentication: it was altered, or the master key is not the one it was sealed with.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    private static byte[] KeyAad(ReadOnlySpan<byte> sha256) => [.. "key"u8, .. sha256];
}
