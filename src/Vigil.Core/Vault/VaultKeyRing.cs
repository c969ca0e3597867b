namespace Vigil.Core.Vault;

/// <summary>Holds the loaded master key for the process lifetime.</summary>
public sealed class VaultKeyRing(byte[] masterKey)
{
    public byte[] MasterKey { get; } = masterKey.Length == VaultMasterKey.Length
        ? masterKey
        : throw new ArgumentException("The master key must be 32 bytes.", nameof(masterKey));
}
