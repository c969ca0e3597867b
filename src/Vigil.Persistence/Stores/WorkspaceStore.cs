using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;
using Vigil.Core.Items;
using Vigil.Core.Statistics.Model;

namespace Vigil.Persistence.Stores;

/// <summary>
/// The workspace's storage: append-only assessments with their statistics rows (one transaction), claims
/// (WorkspaceStore.Claims.cs), the queue (WorkspaceStore.Queue.cs), the exposure log and preferences
/// (WorkspaceStore.Exposure.cs).
/// </summary>
public sealed partial class WorkspaceStore(IDbContextFactory<VigilDbContext> contextFactory) : IWorkspaceStore
{
    public async Task AddAsync(WorkspaceAssessment assessment, AssessmentRecord statistics, ExposureEvent exposure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(exposure);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.WorkspaceAssessments.Add(assessment);
        context.Assessments.Add(statistics);
        context.ExposureEvents.Add(exposure);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // The unique indexes (item, report, kind) and (supersedes) refused it: someone graded first.
            throw new AssessmentConflictException("Another assessment of this item was stored first; reload the item.", e);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<WorkspaceAssessment?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.WorkspaceAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<WorkspaceAssessment>> HistoryAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.WorkspaceAssessments.AsNoTracking()
            .Where(a => a.ItemId == itemId)
            .OrderBy(a => a.AssessedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WorkspaceAssessment>> LatestVerifiedAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var ids = itemIds.ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var verified = await context.WorkspaceAssessments.AsNoTracking()
            .Where(a => ids.Contains(a.ItemId) && a.Verified)
            .ToListAsync(cancellationToken);
        return [.. verified.GroupBy(a => a.ItemId).Select(g => g.OrderByDescending(a => a.AssessedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal).First())];
    }

    public async Task<IReadOnlyList<ItemPdqRow>> ItemPdqsAfterAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.Items.AsNoTracking()
            .Where(i => i.Id > afterId)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Pdq, i.Status })
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ItemPdqRow(r.Id, r.Pdq, r.Status != ItemStatus.Pending))];
    }

    public async Task<IReadOnlyList<long>> ReportsOfItemAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Sightings.AsNoTracking().Where(s => s.ItemId == itemId).Select(s => s.ReportId).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
    }

    public async IAsyncEnumerable<AssessmentRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var row in context.Assessments.AsNoTracking().OrderBy(a => a.AssessmentId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
