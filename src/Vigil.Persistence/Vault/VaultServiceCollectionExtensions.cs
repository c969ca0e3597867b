using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Audit;
using Vigil.Core.Vault;

namespace Vigil.Persistence.Vault;

public static class VaultServiceCollectionExtensions
{
    /// <summary>Registers the media vault: master key (configured or key file), back-end, and <see cref="MediaVault"/>.</summary>
    public static IServiceCollection AddVigilVault(this IServiceCollection services, VaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(_ => new VaultKeyRing(VaultMasterKey.Load(options)));

        // The audit chain's HMAC key comes from the same master key (HKDF, its own label): see docs/audit.md.
        services.AddSingleton(sp => AuditKey.DeriveFrom(sp.GetRequiredService<VaultKeyRing>().MasterKey));
        if (options.Backend == VaultBackend.Database)
        {
            services.AddSingleton<IVaultBlobStore>(sp => new DatabaseVaultBlobStore(
                sp.GetRequiredService<IDbContextFactory<VigilDbContext>>(),
                sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.Folder))
            {
                throw new InvalidOperationException($"{VaultOptions.SectionName}:Folder is required for the folder back-end.");
            }

            services.AddSingleton<IVaultBlobStore>(_ => new FolderVaultBlobStore(options.Folder));
        }

        services.AddSingleton<MediaVault>();
        return services;
    }
}
