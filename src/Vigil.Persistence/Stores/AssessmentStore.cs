using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Import;
using Vigil.Core.Statistics.Model;

namespace Vigil.Persistence.Stores;

/// <summary>
/// Stores assessments (insert-if-absent on assessment_id) and streams them to the statistics engine grouped by
/// content, with "superseded" resolved in SQL by a correlated EXISTS on the supersedes index.
/// </summary>
public sealed class AssessmentStore(IDbContextFactory<VigilDbContext> contextFactory) : IAssessmentStore, IAssessmentSource
{
    // Two imports of overlapping files racing: the loser's primary-key violation is retried, then skips the rows.
    private const int KeyRaceRetries = 3;

    public async Task<int> AddMissingAsync(IReadOnlyList<AssessmentRecord> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAddMissingAsync(batch, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < KeyRaceRetries)
            {
                // Someone else stored some of these ids meanwhile; the next attempt sees them as present.
            }
        }
    }

    private async Task<int> TryAddMissingAsync(IReadOnlyList<AssessmentRecord> batch, CancellationToken cancellationToken)
    {
        var unique = new Dictionary<string, AssessmentRecord>(batch.Count, StringComparer.Ordinal);
        foreach (var record in batch)
        {
            unique.TryAdd(record.AssessmentId, record); // the first occurrence of an id in a file wins, like a re-import
        }

        // A fresh context per batch keeps the change tracker (and memory) to one batch.
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var ids = unique.Keys.ToList();
        var existing = await context.Assessments.Where(a => ids.Contains(a.AssessmentId)).Select(a => a.AssessmentId).ToListAsync(cancellationToken);
        foreach (var id in existing)
        {
            unique.Remove(id);
        }

        context.Assessments.AddRange(unique.Values);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unique.Count;
    }

    public async IAsyncEnumerable<CountableAssessment> ReadByContentAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = context.Assessments
            .AsNoTracking()
            .OrderBy(a => a.ContentSha256)
            .Select(a => new CountableAssessment(
                a.AssessmentId,
                a.ReportId,
                a.AssessedAt,
                a.ContentSha256,
                a.MediaType,
                a.Ai,
                a.Category,
                a.Sex,
                a.AgeBand,
                a.SiteType,
                a.Network,
                a.Verified,
                context.Assessments.Any(s => s.Supersedes == a.AssessmentId)))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
