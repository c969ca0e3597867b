using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Persistence;
using Vigil.Persistence.Migrations;

namespace Vigil.Cli.Infrastructure;

/// <summary>
/// Opens the database of a data folder for a command, migrated to the current schema, with the database settings
/// the server reads (<see cref="VigilStorageSettings"/>), so that `vigil` and `vigil serve` see the same data.
/// </summary>
public static class DatabaseAccess
{
    public static async Task<IDbContextFactory<VigilDbContext>> OpenAsync(string dataFolder, CancellationToken cancellationToken)
    {
        DatabaseOptions options;
        try
        {
            var configuration = VigilStorageSettings.AddVigilEnvironment(new ConfigurationBuilder()).Build();
            options = VigilStorageSettings.Read(configuration, dataFolder).Database;
            options.Validate();
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message, e);
        }

        var factory = new PooledDbContextFactory<VigilDbContext>(VigilDatabase.CreateOptions(options));
        await new DatabaseMigrator(factory, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);
        return factory;
    }
}
