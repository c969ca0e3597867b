using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Audit;

/// <summary>
/// The secret that keys the audit chain's HMACs. Derived with HKDF-SHA256 from the vault master key (the key file in
/// the data folder, or the configured key), so it never sits in the database: someone who can write the database
/// but not read the key cannot forge a record, re-chain after an edit, or move the head after removing records.
/// </summary>
public sealed class AuditKey
{
    public const int Length = 32;

    private static readonly byte[] Info = Encoding.ASCII.GetBytes("vigil audit chain v1");

    public AuditKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key.Length == Length ? key : throw new ArgumentException("The audit key must be 32 bytes.", nameof(key));
    }

    internal byte[] Key { get; }

    /// <summary>Derives the audit key from a 32-byte master key (domain-separated from the vault's own use of it).</summary>
    public static AuditKey DeriveFrom(byte[] masterKey) => new(HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, Length, salt: [], info: Info));
}
