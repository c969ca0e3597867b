using Microsoft.Extensions.DependencyInjection;
using Vigil.Persistence.Vault;

namespace Vigil.Persistence;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database (stores, migrator, accounts, audit) and the vault (with the keys derived from its master key).</summary>
    public static IServiceCollection AddVigilStorage(this IServiceCollection services, VigilStorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Directory.CreateDirectory(settings.DataFolder);
        return services.AddVigilPersistence(settings.Database).AddVigilVault(settings.Vault);
    }
}
