using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;
using Vigil.Core.Items;

namespace Vigil.Persistence.Stores;

public sealed partial class WorkspaceStore
{
    /// <remarks>
    /// The ranking keys are the same facts <see cref="ItemSignalStore"/> reports (live matches: entries not removed;
    /// AI: a matched entry marked AI-generated or stored provenance with an AI signal), computed as correlated
    /// subqueries so that ordering, filtering and paging all happen in one statement on both providers. Ranking after
    /// a cut-off (the first version took the 200 oldest pairs and ranked those) hid every newer list match.
    /// </remarks>
    public async Task<IReadOnlyList<QueueCandidate>> PendingAsync(QueueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = query.Filter;
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
        var ranked = pairs.Distinct().Select(p => new
        {
            p.ItemId,
            p.ReportId,
            p.ReceivedAt,
            p.MediaType,
            Matches = (from m in context.ItemMatches
                       join e in context.HashListEntries on m.EntryId equals e.Id
                       join l in context.HashLists on m.ListId equals l.Id
                       where m.ItemId == p.ItemId && !e.Removed
                       select m.Id).Count(),
            Ai = (from m in context.ItemMatches
                  join e in context.HashListEntries on m.EntryId equals e.Id
                  join l in context.HashLists on m.ListId equals l.Id
                  where m.ItemId == p.ItemId && !e.Removed && e.AiGenerated == true
                  select m.Id).Any()
                 || context.ItemProvenance.Any(v => v.ItemId == p.ItemId && v.AiSignal),
        });
        if (filter.SignalsOnly)
        {
            ranked = ranked.Where(p => p.Matches > 0 || p.Ai);
        }

        if (!filter.IncludeClaimed)
        {
            var analyst = query.Analyst;
            var now = query.Now;
            ranked = ranked.Where(p => !context.ItemClaims.Any(c => c.ItemId == p.ItemId && c.Analyst != analyst && c.ExpiresAt > now));
        }

        var rows = await ranked
            .OrderByDescending(p => p.Matches > 0)
            .ThenByDescending(p => p.Ai)
            .ThenByDescending(p => p.Matches)
            .ThenBy(p => p.ReceivedAt)
            .ThenBy(p => p.ItemId)
            .ThenBy(p => p.ReportId)
            .Skip(query.Skip)
            .Take(query.Take)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ItemId).Distinct().ToList();
        var claims = await context.ItemClaims.AsNoTracking().Where(c => ids.Contains(c.ItemId)).ToDictionaryAsync(c => c.ItemId, cancellationToken);
        return [.. rows.Select(r =>
        {
            var claim = claims.GetValueOrDefault(r.ItemId);
            return new QueueCandidate(r.ItemId, r.ReportId, r.ReceivedAt, r.MediaType, claim?.Analyst, claim?.ExpiresAt, r.Matches, r.Ai);
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
