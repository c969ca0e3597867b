using Microsoft.Extensions.Configuration;
using Vigil.Core.Vault;

namespace Vigil.Persistence;

/// <summary>
/// Where a Vigil installation keeps its data: the data folder, the database and the vault, read from configuration
/// the one way both `vigil serve` (the server) and the other `vigil` commands read it, so they open the same data.
/// </summary>
public sealed record VigilStorageSettings(string DataFolder, DatabaseOptions Database, VaultOptions Vault)
{
    /// <summary>The data folder key (<c>--data</c> on the command line, <c>Vigil__DataFolder</c> in the environment).</summary>
    public const string DataFolderKey = "Vigil:DataFolder";

    /// <summary>The environment variable naming the data folder when configuration does not.</summary>
    public const string DataFolderVariable = "VIGIL_DATA";

    /// <summary>
    /// Binds <c>Vigil:Database</c> and <c>Vigil:Vault</c>; the data folder is <paramref name="dataFolder"/>, else
    /// <c>Vigil:DataFolder</c>, else <c>$VIGIL_DATA</c>, else <c>./data</c>. Vault folder and key file default to
    /// <c>vault/</c> and <c>vault.key</c> in the data folder.
    /// </summary>
    public static VigilStorageSettings Read(IConfiguration configuration, string? dataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = Path.GetFullPath(dataFolder ?? configuration[DataFolderKey] ?? Environment.GetEnvironmentVariable(DataFolderVariable) ?? "data");
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.DataFolder = folder;
        var vault = configuration.GetSection(VaultOptions.SectionName).Get<VaultOptions>() ?? new VaultOptions();
        vault.Folder = string.IsNullOrEmpty(vault.Folder) ? Path.Combine(folder, "vault") : vault.Folder;
        vault.KeyFile = string.IsNullOrEmpty(vault.KeyFile) ? Path.Combine(folder, "vault.key") : vault.KeyFile;
        return new VigilStorageSettings(folder, database, vault);
    }

    /// <summary>
    /// The environment as the server sees it: every variable (<c>Vigil__Database__Provider</c>), then the
    /// <c>VIGIL_</c>-prefixed ones (<c>VIGIL_Vigil__Database__Provider</c>), later sources winning.
    /// </summary>
    public static IConfigurationBuilder AddVigilEnvironment(IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEnvironmentVariables().AddEnvironmentVariables("VIGIL_");
    }
}
