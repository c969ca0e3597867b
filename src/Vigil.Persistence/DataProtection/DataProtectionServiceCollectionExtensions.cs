using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vigil.Core.Vault;

namespace Vigil.Persistence.DataProtection;

public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Data Protection (cookies, antiforgery) for Vigil: on PostgreSQL the key ring lives in the database so that
    /// every node accepts every other node's cookies; on SQLite (one node) in <c>keys/</c> in the data folder. Either
    /// way the keys are encrypted with a key derived from the vault master key.
    /// </summary>
    public static IServiceCollection AddVigilDataProtection(this IServiceCollection services, DatabaseOptions database, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = services.AddDataProtection().SetApplicationName("Vigil");
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
                o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IDbContextFactory<VigilDbContext>>(), sp.GetRequiredService<TimeProvider>())));
        }
        else
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlEncryptor = new MasterKeyXmlEncryptor(sp.GetRequiredService<VaultKeyRing>())));
        return services;
    }
}
