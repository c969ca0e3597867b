namespace Vigil.Core.Vault;

/// <summary>A vault file could not be authenticated or does not hash to its address.</summary>
public sealed class VaultIntegrityException : Exception
{
    public VaultIntegrityException()
    {
    }

    public VaultIntegrityException(string message)
        : base(message)
    {
    }

    public VaultIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
