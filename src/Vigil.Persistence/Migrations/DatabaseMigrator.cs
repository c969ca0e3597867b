using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Vigil.Persistence.Migrations;

/// <summary>
/// Applies the provider's pending scripts, each with its row in <c>vigil_schema_version</c>, in one transaction
/// that holds the writer lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), so two
/// nodes starting together migrate once. SQLite is switched to WAL first.
/// </summary>
public sealed partial class DatabaseMigrator(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time, ILogger<DatabaseMigrator> logger)
{
    public const string VersionTable = "vigil_schema_version";

    // Arbitrary constant identifying Vigil's migration lock among other advisory-lock users of the database.
    private const long AdvisoryLockKey = 0x5669_6769_6C4D_6967;

    /// <summary>Applies what is pending; returns the versions applied (empty when up to date).</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var provider = context.IsPostgreSql ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        if (provider == DatabaseProvider.Sqlite)
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (provider == DatabaseProvider.PostgreSql)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey});", cancellationToken);
        }

        await ExecuteAsync(
            connection,
            transaction,
            $"CREATE TABLE IF NOT EXISTS {VersionTable} (version integer NOT NULL PRIMARY KEY, name varchar(100) NOT NULL, applied_at bigint NOT NULL);",
            cancellationToken);

        var applied = new HashSet<int>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT version FROM {VersionTable};";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var done = new List<int>();
        foreach (var script in MigrationScripts.For(provider).Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = $"INSERT INTO {VersionTable} (version, name, applied_at) VALUES ({script.Version}, @name, {time.GetUtcNow().UtcTicks});";
            var name = record.CreateParameter();
            name.ParameterName = "@name";
            name.Value = script.Name;
            record.Parameters.Add(name);
            await record.ExecuteNonQueryAsync(cancellationToken);
            done.Add(script.Version);
            LogApplied(logger, provider, script.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return done;
    }

    /// <summary>The versions recorded as applied (empty for a new database).</summary>
    public async Task<IReadOnlyList<int>> AppliedAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            $"CREATE TABLE IF NOT EXISTS {VersionTable} (version integer NOT NULL PRIMARY KEY, name varchar(100) NOT NULL, applied_at bigint NOT NULL);",
            cancellationToken);
        var versions = new List<int>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version FROM {VersionTable} ORDER BY version;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL is Vigil's own embedded migration text and constants, never input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applied {Provider} schema migration {Version}")]
    private static partial void LogApplied(ILogger logger, DatabaseProvider provider, int version);
}
