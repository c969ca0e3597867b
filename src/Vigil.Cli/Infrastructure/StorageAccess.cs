using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Persistence;
using Vigil.Persistence.Migrations;

namespace Vigil.Cli.Infrastructure;

/// <summary>
/// Opens a data folder's storage (database, vault keys, accounts, audit log) for a command, composed by
/// Vigil.Persistence from the same configuration the server reads: <c>--data</c>, then the environment
/// (<c>Vigil__Database__Provider</c>, <c>Vigil__Database__ConnectionString</c>, <c>Vigil__Vault__...</c>, also with
/// the <c>VIGIL_</c> prefix), then <c>$VIGIL_DATA</c> or <c>./data</c>.
/// </summary>
public static class StorageAccess
{
    /// <summary>Reads the settings; a bad configuration value is a usage error naming its key.</summary>
    public static VigilStorageSettings Settings(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return Settings(parseResult.GetValue(GlobalOptions.Data)?.FullName);
    }

    /// <summary>Reads the settings for a data folder (null: the environment's or the default one).</summary>
    public static VigilStorageSettings Settings(string? dataFolder)
    {
        try
        {
            var configuration = VigilStorageSettings.AddVigilEnvironment(new ConfigurationBuilder()).Build();
            var settings = VigilStorageSettings.Read(configuration, dataFolder);
            settings.Database.Validate();
            return settings;
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    /// <summary>The services over the data folder; the database is migrated first unless <paramref name="migrate"/> is false.</summary>
    public static Task<ServiceProvider> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken, bool migrate = true) =>
        OpenAsync(Settings(parseResult), cancellationToken, migrate);

    /// <summary>The services over the storage the settings name; the database is migrated first unless <paramref name="migrate"/> is false.</summary>
    public static async Task<ServiceProvider> OpenAsync(VigilStorageSettings settings, CancellationToken cancellationToken, bool migrate = true)
    {
        var services = new ServiceCollection().AddLogging().AddVigilStorage(settings).BuildServiceProvider();
        if (migrate)
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        return services;
    }
}
