using Microsoft.EntityFrameworkCore;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Persistence.Postgres;

namespace Vigil.Persistence.Stores;

/// <summary>
/// The durable queue. Claiming is one UPDATE ... RETURNING: on PostgreSQL its sub-select takes the row with
/// <c>FOR UPDATE SKIP LOCKED</c>, so workers on several nodes never claim the same job; SQLite serialises all
/// writers (and this process claims one at a time), so the same statement is safe there. Completion re-checks
/// the lease inside the transaction that writes the step's effect, so a worker that lost its lease writes nothing.
/// </summary>
internal sealed class JobStore(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time) : IJobStore, IDisposable
{
    private readonly SemaphoreSlim _sqliteClaimGate = new(1, 1);

    public void Dispose() => _sqliteClaimGate.Dispose();

    public async Task<Job?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcTicks;
        var expires = time.GetUtcNow().Add(lease).UtcTicks;
        var queued = nameof(JobState.Queued);
        var running = nameof(JobState.Running);
        if (context.IsPostgreSql)
        {
            var claimed = await context.Jobs.FromSql($"""
                UPDATE jobs SET state = {running}, attempts = attempts + 1, lease_owner = {workerId}, lease_expires_at = {expires}
                WHERE id = (
                    SELECT id FROM jobs
                    WHERE (state = {queued} AND run_after <= {now}) OR (state = {running} AND lease_expires_at < {now})
                    ORDER BY id
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken);
            return claimed.FirstOrDefault();
        }

        await _sqliteClaimGate.WaitAsync(cancellationToken);
        try
        {
            var claimed = await context.Jobs.FromSql($"""
                UPDATE jobs SET state = {running}, attempts = attempts + 1, lease_owner = {workerId}, lease_expires_at = {expires}
                WHERE id = (
                    SELECT id FROM jobs
                    WHERE (state = {queued} AND run_after <= {now}) OR (state = {running} AND lease_expires_at < {now})
                    ORDER BY id
                    LIMIT 1)
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken);
            return claimed.FirstOrDefault();
        }
        finally
        {
            _sqliteClaimGate.Release();
        }
    }

    public async Task<bool> RenewAsync(Job job, string workerId, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        DateTimeOffset? expires = time.GetUtcNow().Add(lease);
        var updated = await context.Jobs
            .Where(j => j.Id == job.Id && j.State == JobState.Running && j.LeaseOwner == workerId)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.LeaseExpiresAt, expires), cancellationToken);
        return updated == 1;
    }

    public async Task<bool> CompleteAsync(Job job, string workerId, StepResult result, string? nextStep, CancellationToken cancellationToken) =>
        (await CompleteCoreAsync(job, workerId, result, nextStep, null, cancellationToken)).Completed;

    public Task<JobCompletion> CompleteAndClaimNextAsync(Job job, string workerId, StepResult result, string? nextStep, TimeSpan lease, CancellationToken cancellationToken) =>
        CompleteCoreAsync(job, workerId, result, nextStep, lease, cancellationToken);

    private async Task<JobCompletion> CompleteCoreAsync(Job job, string workerId, StepResult result, string? nextStep, TimeSpan? claimNextFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(result);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await LockJobAsync(context, job.Id, cancellationToken);
        if (row is null || row.State != JobState.Running || row.LeaseOwner != workerId)
        {
            return JobCompletion.LeaseLost;
        }

        var now = time.GetUtcNow();
        var item = await context.Items.FirstAsync(i => i.Id == row.ItemId, cancellationToken);
        var alreadyDone = await context.ProcessingRecords.AnyAsync(p => p.ItemId == row.ItemId && p.Step == row.Step, cancellationToken);
        if (!alreadyDone)
        {
            result.UpdateItem?.Invoke(item);
            foreach (var entity in result.NewEntities)
            {
                context.Add(entity);
            }

            context.ProcessingRecords.Add(new ProcessingRecord { ItemId = row.ItemId, Step = row.Step, JobId = row.Id, WorkerId = workerId, CompletedAt = now });
        }

        Finish(row, JobState.Succeeded, null, now);
        Job? next = null;
        if (nextStep is not null)
        {
            if (!await context.Jobs.AnyAsync(j => j.ItemId == row.ItemId && j.Step == nextStep, cancellationToken))
            {
                next = new Job { Step = nextStep, ItemId = row.ItemId, MaxAttempts = row.MaxAttempts, RunAfter = now, CreatedAt = now };
                if (claimNextFor is { } lease)
                {
                    // Born claimed by this worker, exactly as ClaimAsync would leave it: should the worker die before
                    // completing it, the lease lapses and any worker runs it again.
                    next.State = JobState.Running;
                    next.Attempts = 1;
                    next.LeaseOwner = workerId;
                    next.LeaseExpiresAt = now.Add(lease);
                }

                context.Jobs.Add(next);
            }
        }
        else
        {
            item.Status = ItemStatus.Processed;
            item.ProcessedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        if (nextStep is null)
        {
            // Only the item's last step can finish a report: until then the item is pending.
            await UpdateReportsAsync(context, row.ItemId, cancellationToken);
        }

        if (next is not null && claimNextFor is null)
        {
            await JobNotifications.NotifyAsync(context, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new JobCompletion(true, claimNextFor is null ? null : next);
    }

    public async Task<bool> ReleaseAsync(Job job, string workerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        DateTimeOffset? none = null;
        var now = time.GetUtcNow();
        var updated = await context.Jobs
            .Where(j => j.Id == job.Id && j.State == JobState.Running && j.LeaseOwner == workerId)
            .ExecuteUpdateAsync(
                u => u.SetProperty(j => j.State, JobState.Queued)
                    .SetProperty(j => j.RunAfter, now)
                    .SetProperty(j => j.Attempts, j => j.Attempts - 1)
                    .SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseExpiresAt, none),
                cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        await JobNotifications.NotifyAsync(context, cancellationToken);
        return true;
    }

    public async Task FailAsync(Job job, string workerId, string errorMessage, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await LockJobAsync(context, job.Id, cancellationToken);
        if (row is null || row.State != JobState.Running || row.LeaseOwner != workerId)
        {
            return;
        }

        var error = errorMessage.Length > Job.ErrorMaxLength ? errorMessage[..Job.ErrorMaxLength] : errorMessage;
        var now = time.GetUtcNow();
        if (retryAt is { } at && row.Attempts < row.MaxAttempts)
        {
            row.State = JobState.Queued;
            row.RunAfter = at;
            row.LastError = error;
            row.LeaseOwner = null;
            row.LeaseExpiresAt = null;
        }
        else
        {
            Finish(row, JobState.Failed, error, now);
            var item = await context.Items.FirstAsync(i => i.Id == row.ItemId, cancellationToken);
            item.Status = ItemStatus.Failed;
            item.ProcessedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        if (row.State == JobState.Failed)
        {
            await UpdateReportsAsync(context, row.ItemId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Job>> ListAsync(JobState state, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Jobs.AsNoTracking().Where(j => j.State == state).OrderBy(j => j.Id).Take(limit).ToListAsync(cancellationToken);
    }

    private static async Task<Job?> LockJobAsync(VigilDbContext context, long id, CancellationToken cancellationToken) =>
        context.IsPostgreSql
            ? (await context.Jobs.FromSql($"SELECT * FROM jobs WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken)).FirstOrDefault()
            : await context.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    private static void Finish(Job row, JobState state, string? error, DateTimeOffset now)
    {
        row.State = state;
        row.LastError = error ?? row.LastError;
        row.FinishedAt = now;
        row.LeaseOwner = null;
        row.LeaseExpiresAt = null;
    }

    // A report is processed once none of its items is still pending.
    private static async Task UpdateReportsAsync(VigilDbContext context, long itemId, CancellationToken cancellationToken)
    {
        var reportIds = await context.Sightings
            .Where(s => s.ItemId == itemId)
            .Join(context.Reports.Where(r => r.Status != ReportStatus.Processed), s => s.ReportId, r => r.Id, (s, r) => r.Id)
            .Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        foreach (var reportId in reportIds)
        {
            if (context.IsPostgreSql)
            {
                // Two items of one report finishing at once would each see the other still pending (write skew
                // under READ COMMITTED); locking the report row serialises them, and the next statement sees the
                // other's committed status.
                await context.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM reports WHERE id = {reportId} FOR UPDATE", cancellationToken);
            }

            var pending = await context.Sightings
                .Where(s => s.ReportId == reportId)
                .Join(context.Items, s => s.ItemId, i => i.Id, (s, i) => i.Status)
                .AnyAsync(s => s == ItemStatus.Pending, cancellationToken);
            if (!pending)
            {
                await context.Reports.Where(r => r.Id == reportId && r.Status != ReportStatus.Processed)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReportStatus.Processed), cancellationToken);
            }
        }
    }
}
