using Vigil.Persistence;
using Vigil.Persistence.Migrations;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Database;

public sealed class MigrateCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_NewDatabase_AppliesEveryScriptThenIsUpToDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);

        var first = await CliDatabase.RunAsync(database, "db", "migrate");
        var second = await CliDatabase.RunAsync(database, "db", "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"{provider}: applied {MigrationScripts.For(provider).Count} migration(s)", first.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(MigrationScripts.For(provider).Select(s => s.Version), await database.CreateMigrator().AppliedAsync(default));
    }

    [Fact]
    public async Task Migrate_PostgreSqlWithoutConnectionString_UsageErrorNamingTheKey()
    {
        using var data = new TempFolder();

        var result = await CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["Vigil__Database__Provider"] = "PostgreSql" }, "--data", data.Path, "db", "migrate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Vigil:Database:ConnectionString", result.StandardError, StringComparison.Ordinal);
    }
}
