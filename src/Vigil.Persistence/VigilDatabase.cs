using Microsoft.EntityFrameworkCore;
using Vigil.Persistence.Sqlite;

namespace Vigil.Persistence;

/// <summary>Builds context options for a provider (used by DI, the CLI and tests alike).</summary>
public static class VigilDatabase
{
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(options.ConnectionString);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                Directory.CreateDirectory(options.DataFolder);
            }

            builder.UseSqlite(options.SqliteConnectionString()).AddInterceptors(SqliteBusyTimeoutInterceptor.Instance);
        }
    }

    public static DbContextOptions<VigilDbContext> CreateOptions(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<VigilDbContext>();
        Configure(builder, options);
        return builder.Options;
    }

    /// <summary>
    /// The DDL EF Core derives from the model for a provider: how Migrations/*/0001_initial.sql were produced
    /// (<c>vigil db script</c>), and what the drift tests compare the migrated schema with.
    /// </summary>
    public static string GenerateCreateScript(DatabaseProvider provider)
    {
        var options = provider == DatabaseProvider.PostgreSql
            ? new DatabaseOptions { Provider = provider, ConnectionString = "Host=localhost;Database=vigil_script" }
            : new DatabaseOptions { Provider = provider, ConnectionString = "Data Source=:memory:" };
        using var context = new VigilDbContext(CreateOptions(options));
        return context.Database.GenerateCreateScript();
    }
}
