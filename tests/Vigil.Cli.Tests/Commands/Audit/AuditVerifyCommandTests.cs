using Microsoft.EntityFrameworkCore;
using Vigil.Persistence;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Audit;

public sealed class AuditVerifyCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_IntactLog_ExitZeroWithSummary(DatabaseProvider provider)
    {
        await using var database = await WithActivityAsync(provider);

        var result = await CliDatabase.RunAsync(database, "audit", "verify");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Audit log intact: 4 records", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_EditedRow_FailsNamingThatRecord(DatabaseProvider provider)
    {
        await using var database = await WithActivityAsync(provider);
        var id = await ExecuteAsync(database, "UPDATE audit_records SET target = 'user:someone-else' WHERE sequence = 2", 2);

        var result = await CliDatabase.RunAsync(database, "audit", "verify");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"BROKEN at record 2 (id {id})", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("edited", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_MiddleRowRemoved_FailsNamingTheGap(DatabaseProvider provider)
    {
        await using var database = await WithActivityAsync(provider);
        await ExecuteAsync(database, "DELETE FROM audit_records WHERE sequence = 2", 2);

        var result = await CliDatabase.RunAsync(database, "audit", "verify");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("BROKEN at record 2", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("missing", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_LastRowRemoved_FailsNamingTheMissingRecord(DatabaseProvider provider)
    {
        await using var database = await WithActivityAsync(provider);
        await ExecuteAsync(database, "DELETE FROM audit_records WHERE sequence = 4", 4);

        var result = await CliDatabase.RunAsync(database, "audit", "verify");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("BROKEN at record 4", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Records 4..4 are missing", result.StandardError, StringComparison.Ordinal);
    }

    // Four records: the migration, two users, one API key, all written by `vigil` itself.
    private static async Task<TestDatabase> WithActivityAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateEmptyAsync(provider);
        Assert.Equal(0, (await CliDatabase.RunAsync(database, "db", "migrate")).ExitCode);
        Assert.Equal(0, (await CliDatabase.RunAsync(database, "users", "add", "ana", "--role", "analyst")).ExitCode);
        Assert.Equal(0, (await CliDatabase.RunAsync(database, "users", "add", "abe", "--role", "auditor")).ExitCode);
        Assert.Equal(0, (await CliDatabase.RunAsync(database, "apikeys", "create", "platform", "--scopes", "submit")).ExitCode);
        return database;
    }

    /// <summary>Tampers with the database directly (as someone with database access could); returns the row id of the record at <paramref name="sequence"/>.</summary>
    private static async Task<long> ExecuteAsync(TestDatabase database, string sql, long sequence)
    {
        await using var context = database.CreateContext();
        var id = await context.AuditRecords.Where(a => a.Sequence == sequence).Select(a => a.Id).SingleAsync();
#pragma warning disable EF1002 // Constant test SQL.
        await context.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
        return id;
    }
}
