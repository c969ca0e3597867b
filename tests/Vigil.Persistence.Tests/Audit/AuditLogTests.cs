using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Audit;
using Vigil.Persistence.Stores;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Audit;

public sealed class AuditLogTests
{
    private static readonly AuditKey Key = AuditKey.DeriveFrom(RandomNumberGenerator.GetBytes(32));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_ConcurrentAppends_ChainIsGapFreeAndValid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = new AuditLog(database.ContextFactory, TimeProvider.System, Key);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => log.AppendAsync(new AuditEntry("user:alice", "report.viewed", $"report:{i}", "127.0.0.1"), default)));
        var result = await log.VerifyAsync(default);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(20, result.RecordsChecked);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_RowEditedInTheDatabase_ReportsThatRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = await LogWithRecordsAsync(database, 4);
        await ExecuteAsync(database, "UPDATE audit_records SET actor = 'user:mallory' WHERE sequence = 3");

        var result = await log.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.NotNull(result.BrokenAtId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_MiddleRowDeleted_ReportsTheGap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = await LogWithRecordsAsync(database, 4);
        await ExecuteAsync(database, "DELETE FROM audit_records WHERE sequence = 2");

        var result = await log.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_LastRowDeleted_ReportsItMissing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = await LogWithRecordsAsync(database, 4);
        await ExecuteAsync(database, "DELETE FROM audit_records WHERE sequence = 4");

        var result = await log.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Equal(4, result.BrokenAtSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_LastRowsDeletedAndHeadMovedBack_ReportsTheHead(DatabaseProvider provider)
    {
        // The attacker knows the chaining rule and edits the head to name the new last record; without the key the
        // seal cannot follow.
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = await LogWithRecordsAsync(database, 4);
        await ExecuteAsync(database, "DELETE FROM audit_records WHERE sequence >= 3");
        await ExecuteAsync(database, "UPDATE audit_head SET sequence = 2, hash = (SELECT hash FROM audit_records WHERE sequence = 2)");

        var result = await log.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Contains("head was edited", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_HeadRowDeleted_IsInvalid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = await LogWithRecordsAsync(database, 2);
        await ExecuteAsync(database, "DELETE FROM audit_head");

        var result = await log.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Contains("head row is missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_OtherKey_IsInvalid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        (await LogWithRecordsAsync(database, 2)).Dispose();
        using var other = new AuditLog(database.ContextFactory, TimeProvider.System, AuditKey.DeriveFrom(RandomNumberGenerator.GetBytes(32)));

        var result = await other.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Equal(1, result.BrokenAtSequence);
    }

    private static async Task<AuditLog> LogWithRecordsAsync(TestDatabase database, int count)
    {
        var log = new AuditLog(database.ContextFactory, TimeProvider.System, Key);
        for (var i = 0; i < count; i++)
        {
            await log.AppendAsync(new AuditEntry("user:alice", "item.viewed", $"item:{i}", "10.0.0.1"), default);
        }

        return log;
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var context = database.CreateContext();
#pragma warning disable EF1002 // Constant test SQL.
        await context.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
    }
}
