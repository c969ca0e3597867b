namespace Vigil.Core.Vault;

/// <summary>Vault storage back-ends.</summary>
public enum VaultBackend
{
    /// <summary>Files in a local folder (one node, or a shared file system).</summary>
    Folder = 1,

    /// <summary>Rows in the database (bytea on PostgreSQL), for several nodes without a shared file system.</summary>
    Database = 2,
}
