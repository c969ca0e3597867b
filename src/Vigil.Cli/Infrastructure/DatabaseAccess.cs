using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Persistence;
using Vigil.Persistence.Migrations;

namespace Vigil.Cli.Infrastructure;

/// <summary>
/// Opens the database of a data folder for a command, migrated to the current schema. SQLite in the data folder
/// unless the environment says otherwise with the same keys the server reads (Vigil__Database__Provider,
/// Vigil__Database__ConnectionString), so that `vigil` and `vigil serve` see the same data.
/// </summary>
public static class DatabaseAccess
{
    public static async Task<IDbContextFactory<VigilDbContext>> OpenAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var options = new DatabaseOptions { DataFolder = dataFolder };
        if (Environment.GetEnvironmentVariable("Vigil__Database__Provider") is { Length: > 0 } provider)
        {
            options.Provider = Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed)
                ? parsed
                : throw new UsageException($"Vigil__Database__Provider must be Sqlite or PostgreSql.");
        }

        options.ConnectionString = Environment.GetEnvironmentVariable("Vigil__Database__ConnectionString");
        try
        {
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
