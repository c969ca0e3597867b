using Microsoft.EntityFrameworkCore;
using Vigil.Core.HashLists;
using Vigil.Core.Provenance;

namespace Vigil.Persistence.Stores;

/// <summary>Reads the <c>item_provenance</c> rows the provenance step wrote, and the model-hash entries it matches.</summary>
internal sealed class ProvenanceStore(IDbContextFactory<VigilDbContext> contextFactory) : IProvenanceStore
{
    public async Task<ItemProvenance?> GetAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ItemProvenance.AsNoTracking().FirstOrDefaultAsync(p => p.ItemId == itemId, cancellationToken);
    }

    public async Task<IReadOnlyList<HashListEntry>> FindModelEntriesAsync(IReadOnlyCollection<ModelHashLookup> lookups, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        if (lookups.Count == 0)
        {
            return [];
        }

        var values = lookups.Select(l => l.Value).Distinct(StringComparer.Ordinal).ToList();
        HashListEntryKind[] kinds = [HashListEntryKind.ModelSha256, HashListEntryKind.ModelAutoV2];
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The (kind, value) index serves this; a list with ratio 0 is switched off (deleted lists are set to 0).
        var candidates = await context.HashListEntries.AsNoTracking()
            .Where(e => kinds.Contains(e.Kind) && values.Contains(e.Value) && !e.Removed && (e.DisabledUntil == null || e.DisabledUntil <= now))
            .Join(context.HashLists.Where(l => l.MatchingEnabledRatio > 0), e => e.ListId, l => l.Id, (e, _) => e)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(e => lookups.Any(l => l.Kind == e.Kind && string.Equals(l.Value, e.Value, StringComparison.Ordinal)))];
    }
}
