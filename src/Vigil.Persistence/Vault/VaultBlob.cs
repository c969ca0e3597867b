namespace Vigil.Persistence.Vault;

/// <summary>An encrypted vault file held in the database (the PostgreSQL vault backend).</summary>
public sealed class VaultBlob
{
    public byte[] Sha256 { get; set; } = [];

    /// <summary>The sealed envelope (same format as a local vault file).</summary>
    public byte[] Content { get; set; } = [];

    public DateTimeOffset StoredAt { get; set; }
}
