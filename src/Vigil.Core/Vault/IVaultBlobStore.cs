namespace Vigil.Core.Vault;

/// <summary>
/// Where sealed (encrypted) vault files live: a local folder or the database (storage seam). Implementations
/// store a blob atomically: a reader sees either nothing or the whole blob, never part of it.
/// </summary>
public interface IVaultBlobStore
{
    Task<bool> ExistsAsync(byte[] sha256, CancellationToken cancellationToken);

    /// <summary>Stores the sealed bytes under the SHA-256 unless a blob is already there; true when it wrote.</summary>
    Task<bool> PutIfAbsentAsync(byte[] sha256, ReadOnlyMemory<byte> sealedContent, CancellationToken cancellationToken);

    /// <summary>The sealed bytes, or null when absent.</summary>
    Task<byte[]?> GetAsync(byte[] sha256, CancellationToken cancellationToken);
}
