using Microsoft.EntityFrameworkCore;
using Vigil.Core.Audit;
using Vigil.Persistence.Stores;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_ConcurrentAppends_ChainIsGapFreeAndValid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = new AuditLog(database.ContextFactory, TimeProvider.System);

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
        using var log = new AuditLog(database.ContextFactory, TimeProvider.System);
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync(new AuditEntry("user:alice", "item.viewed", $"item:{i}", "10.0.0.1"), default);
        }

        await using (var context = database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE audit_records SET actor = 'user:mallory' WHERE sequence = 3");
        }

        var result = await log.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.BrokenAtSequence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_RowDeleted_ReportsTheGap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var log = new AuditLog(database.ContextFactory, TimeProvider.System);
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync(new AuditEntry("system", "job.failed", $"job:{i}", "worker"), default);
        }

        await using (var context = database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM audit_records WHERE sequence = 2");
        }

        var result = await log.VerifyAsync(default);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }
}
