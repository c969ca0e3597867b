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

        Assert.Equal(MigrationScripts.For(provider).Select(s => s.Version), applied);
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
        Assert.Equal(MigrationScripts.For(provider).Select(s => s.Version), await database.CreateMigrator().AppliedAsync(CancellationToken.None));
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
    public void GenerateCreateScript_CurrentModel_IsTheUnionOfTheScripts(DatabaseProvider provider)
    {
        // Every script so far is EF Core's own DDL for part of the model (0001 the baseline, 0002 the assessments
        // table): together they hold exactly the statements EF generates for the model today. A later ALTER-style
        // script will need this test to compare catalogues only (the drift test above already does).
        var fromScripts = MigrationScripts.For(provider).SelectMany(s => Statements(s.Sql)).Order(StringComparer.Ordinal);
        var generated = Statements(VigilDatabase.GenerateCreateScript(provider)).Order(StringComparer.Ordinal);

        Assert.Equal(generated, fromScripts);
    }

    private static IEnumerable<string> Statements(string sql) =>
        string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal)))
            .Split(';')
            .Select(statement => statement.Trim())
            .Where(statement => statement.Length > 0);
}
