namespace Vigil.Core.Vault;

/// <summary>Configuration section <c>Vigil:Vault</c>.</summary>
public sealed class VaultOptions
{
    public const string SectionName = "Vigil:Vault";

    /// <summary>Where sealed files go: <see cref="VaultBackend.Folder"/> (default) or the database.</summary>
    public VaultBackend Backend { get; set; } = VaultBackend.Folder;

    /// <summary>The vault folder for the folder backend (default: <c>vault</c> in the data folder).</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>The master key, base64 of 32 bytes; when empty, <see cref="KeyFile"/> is used (created at first start).</summary>
    public string? MasterKey { get; set; }

    /// <summary>The master key file (default: <c>vault.key</c> in the data folder), created with mode 0600.</summary>
    public string KeyFile { get; set; } = string.Empty;
}
