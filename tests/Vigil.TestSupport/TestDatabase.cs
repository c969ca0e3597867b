using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Vigil.Persistence;
using Vigil.Persistence.Migrations;

namespace Vigil.TestSupport;

/// <summary>
/// A fresh, migrated Vigil database for one test (class): SQLite in a temporary folder, or a new database on the
/// PostgreSQL server named by <c>VIGIL_TEST_POSTGRES</c> (started by scripts/postgres-test.sh), dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "VIGIL_TEST_POSTGRES";

    private readonly TempFolder? _folder;
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseOptions options, TempFolder? folder, string? adminConnectionString, string? databaseName)
    {
        Options = options;
        _folder = folder;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
        ContextFactory = new Factory(VigilDatabase.CreateOptions(options));
    }

    /// <summary>The providers to run on: SQLite always; PostgreSQL when <c>VIGIL_TEST_POSTGRES</c> is set.</summary>
    public static IEnumerable<object[]> Providers
    {
        get
        {
            yield return [DatabaseProvider.Sqlite];
            if (PostgresConnectionString is not null)
            {
                yield return [DatabaseProvider.PostgreSql];
            }
        }
    }

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public DatabaseOptions Options { get; }

    /// <summary>Where a test keeps files beside the database (the vault, key files); a temp folder for both providers.</summary>
    public string DataFolder => Options.DataFolder;

    public IDbContextFactory<VigilDbContext> ContextFactory { get; }

    /// <summary>Creates the database without applying any migration.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        var folder = new TempFolder();
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(new DatabaseOptions { Provider = provider, DataFolder = folder.Path }, folder, null, null);
        }

        var admin = PostgresConnectionString
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set; run scripts/postgres-test.sh and export its output.");
        var name = "vigil_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(
            new DatabaseOptions { Provider = provider, ConnectionString = builder.ConnectionString, DataFolder = folder.Path },
            folder,
            admin,
            name);
    }

    /// <summary>Creates the database and applies every migration script.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await CreateEmptyAsync(provider);
        await database.CreateMigrator().MigrateAsync(CancellationToken.None);
        return database;
    }

    public DatabaseMigrator CreateMigrator() =>
        new(ContextFactory, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance);

    public VigilDbContext CreateContext() => ContextFactory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is not null && _databaseName is not null)
        {
            await using (var pooled = new NpgsqlConnection(Options.ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        _folder?.Dispose();
    }

    private sealed class Factory(DbContextOptions<VigilDbContext> options) : IDbContextFactory<VigilDbContext>
    {
        public VigilDbContext CreateDbContext() => new(options);
    }
}
