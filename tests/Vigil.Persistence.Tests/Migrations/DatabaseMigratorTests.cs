using Microsoft.EntityFrameworkCore;
using Vigil.Persistence.Migrations;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Migrations;

public sealed class DatabaseMigratorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_EmptyDatabase_SchemaMatchesModel(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var applied = await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, MigrationScripts.For(provider).Count), applied);
        await using var context = database.CreateContext();
        var expected = SchemaCatalogue.FromModel(context);
        var actual = await SchemaCatalogue.FromDatabaseAsync(context);
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_SecondRun_AppliesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var applied = await database.CreateMigrator().MigrateAsync(CancellationToken.None);

        Assert.Empty(applied);
        Assert.Equal(Enumerable.Range(1, MigrationScripts.For(provider).Count), await database.CreateMigrator().AppliedAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_TwoMigratorsAtOnce_ApplyEachScriptOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);

        var runs = await Task.WhenAll(database.CreateMigrator().MigrateAsync(CancellationToken.None), database.CreateMigrator().MigrateAsync(CancellationToken.None));

        Assert.Equal(MigrationScripts.For(provider).Count, runs.Sum(r => r.Count));
    }

    [Fact]
    public async Task MigrateAsync_Sqlite_SwitchesToWriteAheadLog()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = database.CreateContext();

        var mode = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();

        Assert.Equal("wal", mode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void GenerateCreateScript_CurrentModel_IsTheBaselineScript(DatabaseProvider provider)
    {
        // 0001 is EF Core's own DDL for the model; while 0001 is the only script, it must still equal it.
        var scripts = MigrationScripts.For(provider);
        Assert.Single(scripts);
        var generated = VigilDatabase.GenerateCreateScript(provider).Trim();

        Assert.EndsWith(generated, scripts[0].Sql.Trim(), StringComparison.Ordinal);
    }
}
