using Microsoft.EntityFrameworkCore;
using Vigil.Core.Audit;

namespace Vigil.Persistence.Stores;

/// <summary>
/// Appends under the writer lock (SQLite: the immediate transaction plus an in-process gate; PostgreSQL: a
/// transaction-scoped advisory lock), so sequence numbers are gap-free and each record links to the last. The
/// sealed head row moves in the same transaction, so the log's end is anchored too.
/// </summary>
internal sealed class AuditLog(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time, AuditKey key) : IAuditLog, IDisposable
{
    private const long AdvisoryLockKey = 0x5669_6769_6C41_7564;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public async Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            if (context.IsPostgreSql)
            {
                await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
            }

            var head = await context.AuditHeads.FirstOrDefaultAsync(h => h.Id == AuditHead.SingletonId, cancellationToken)
                ?? throw new InvalidOperationException("The audit head row is missing; run `vigil audit verify` and restore the database.");
            var last = await context.AuditRecords.OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
            var record = new AuditRecord
            {
                Sequence = (last?.Sequence ?? 0) + 1,
                At = time.GetUtcNow(),
                Actor = Clip(entry.Actor, AuditRecord.ActorMaxLength),
                Action = Clip(entry.Action, AuditRecord.ActionMaxLength),
                Target = Clip(entry.Target, AuditRecord.TargetMaxLength),
                Address = Clip(entry.Address, AuditRecord.AddressMaxLength),
                PreviousHash = last?.Hash ?? AuditChain.Genesis,
            };
            record.Hash = AuditChain.ComputeHash(key, record.PreviousHash, record);
            context.AuditRecords.Add(record);
            head.Sequence = record.Sequence;
            head.Hash = record.Hash;
            head.Seal = AuditChain.Seal(key, record.Sequence, record.Hash);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return record;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        // One snapshot for records and head: a concurrent append must not look like a record added behind the head.
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var head = await context.AuditHeads.AsNoTracking().FirstOrDefaultAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var records = await context.AuditRecords.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
        return AuditVerification.Verify(records, head, key);
    }

    public async Task<IReadOnlyList<AuditRecord>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AuditRecords.AsNoTracking().OrderByDescending(a => a.Sequence).Take(count).ToListAsync(cancellationToken);
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
