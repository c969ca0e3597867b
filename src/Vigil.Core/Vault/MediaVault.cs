using System.Security.Cryptography;

namespace Vigil.Core.Vault;

/// <summary>
/// Content-addressed, encrypted media storage: a file is stored once under its SHA-256, sealed with
/// <see cref="VaultEnvelope"/>, through an atomic <see cref="IVaultBlobStore"/>.
/// </summary>
public sealed class MediaVault(IVaultBlobStore store, VaultKeyRing keys)
{
    /// <summary>Stores the bytes (if new) and returns their SHA-256 and whether this call stored them.</summary>
    public async Task<(byte[] Sha256, bool Stored)> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var sha = SHA256.HashData(content.Span);
        if (await store.ExistsAsync(sha, cancellationToken))
        {
            return (sha, false);
        }

        var sealedBytes = VaultEnvelope.Seal(keys.MasterKey, sha, content.Span);
        return (sha, await store.PutIfAbsentAsync(sha, sealedBytes, cancellationToken));
    }

    /// <summary>The plain bytes of a stored file, checked against the address; null when absent.</summary>
    public async Task<byte[]?> ReadAsync(byte[] sha256, CancellationToken cancellationToken)
    {
        var sealedBytes = await store.GetAsync(sha256, cancellationToken);
        if (sealedBytes is null)
        {
            return null;
        }

        var content = VaultEnvelope.Open(keys.MasterKey, sha256, sealedBytes);
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(sha256))
        {
            throw new VaultIntegrityException("A vault file does not hash to its address.");
        }

        return content;
    }

    public Task<bool> ContainsAsync(byte[] sha256, CancellationToken cancellationToken) => store.ExistsAsync(sha256, cancellationToken);
}
