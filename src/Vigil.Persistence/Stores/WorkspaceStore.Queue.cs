using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;
using Vigil.Core.Items;

namespace Vigil.Persistence.Stores;

public sealed partial class WorkspaceStore
{
    public async Task<IReadOnlyList<QueueCandidate>> PendingAsync(QueueFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pairs = from s in context.Sightings
                    join r in context.Reports on s.ReportId equals r.Id
                    join i in context.Items on s.ItemId equals i.Id
                    where i.Status == ItemStatus.Processed
                          && !context.WorkspaceAssessments.Any(a => a.ItemId == s.ItemId && a.ReportId == s.ReportId)
                    select new { s.ItemId, s.ReportId, r.ReceivedAt, i.MediaType };
        pairs = filter.MediaKind switch
        {
            "video" => pairs.Where(p => p.MediaType.StartsWith("video/")),
            "image" => pairs.Where(p => p.MediaType.StartsWith("image/")),
            _ => pairs,
        };
        var rows = await pairs.Distinct().OrderBy(p => p.ReceivedAt).ThenBy(p => p.ItemId).Take(limit).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ItemId).Distinct().ToList();
        var claims = await context.ItemClaims.AsNoTracking().Where(c => ids.Contains(c.ItemId)).ToDictionaryAsync(c => c.ItemId, cancellationToken);
        return [.. rows.Select(r =>
        {
            var claim = claims.GetValueOrDefault(r.ItemId);
            return new QueueCandidate(r.ItemId, r.ReportId, r.ReceivedAt, r.MediaType, claim?.Analyst, claim?.ExpiresAt);
        })];
    }

    public async Task<IReadOnlyList<WorkspaceAssessment>> AwaitingVerificationAsync(int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.WorkspaceAssessments.AsNoTracking()
            .Where(a => a.Kind == AssessmentKind.Initial && !context.WorkspaceAssessments.Any(b => b.Supersedes == a.Id))
            .OrderBy(a => a.AssessedAt).ThenBy(a => a.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }
}
