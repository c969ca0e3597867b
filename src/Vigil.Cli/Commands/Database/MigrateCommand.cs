using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Audit;
using Vigil.Persistence.Migrations;

namespace Vigil.Cli.Commands.Database;

/// <summary>`vigil db migrate`: applies the pending schema scripts of the configured database (SQLite or PostgreSQL).</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Bring the database schema up to date (safe to run on several nodes at once)");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = StorageAccess.Settings(parseResult);
        await using var services = await StorageAccess.OpenAsync(parseResult, cancellationToken, migrate: false);
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        var applied = await migrator.MigrateAsync(cancellationToken);
        var all = await migrator.AppliedAsync(cancellationToken);
        var versions = string.Join(", ", applied.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        if (applied.Count > 0)
        {
            await CliAudit.AppendAsync(services.GetRequiredService<IAuditLog>(), "schema.migrated", $"schema:{all[^1]}", cancellationToken);
            Console.WriteLine($"{settings.Database.Provider}: applied {applied.Count} migration(s): {versions}.");
        }
        else
        {
            Console.WriteLine($"{settings.Database.Provider}: up to date ({all.Count} migrations applied, latest {all[^1]}).");
        }

        return ExitCodes.Success;
    }
}
