using Microsoft.EntityFrameworkCore;
using Vigil.Core.HashLists;
using Vigil.Core.Provenance;

namespace Vigil.Persistence.Stores;

/// <summary>Reads the <c>item_provenance</c> rows the provenance step wrote, and the model-hash entries it matches.</summary>
internal sealed class ProvenanceStore(IDbContextFactory<VigilDbContext> contextFactory) : IProvenanceStore
{
    private static readonly HashListEntryKind[] ModelKinds =
        [HashListEntryKind.ModelSha256, HashListEntryKind.ModelAutoV2, HashListEntryKind.ModelAutoV3, HashListEntryKind.ModelAutoV1];

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

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The (kind, value) index serves these: exact values in one query, and per prefix length (AutoV2 10, short
        // AutoV3 12) one query on the value's leading characters, among the few model entries. A list with ratio 0
        // is switched off (deleted lists are set to 0).
        var live = context.HashListEntries.AsNoTracking()
            .Where(e => ModelKinds.Contains(e.Kind) && !e.Removed && (e.DisabledUntil == null || e.DisabledUntil <= now))
            .Join(context.HashLists.Where(l => l.MatchingEnabledRatio > 0), e => e.ListId, l => l.Id, (e, _) => e);
        var exact = lookups.Where(l => !l.Prefix).Select(l => l.Value).Distinct(StringComparer.Ordinal).ToList();
        var candidates = exact.Count == 0 ? [] : await live.Where(e => exact.Contains(e.Value)).ToListAsync(cancellationToken);
        foreach (var group in lookups.Where(l => l.Prefix).GroupBy(l => l.Value.Length))
        {
            var length = group.Key;
            var prefixes = group.Select(l => l.Value).Distinct(StringComparer.Ordinal).ToList();
            candidates.AddRange(await live.Where(e => prefixes.Contains(e.Value.Substring(0, length))).ToListAsync(cancellationToken));
        }

        return [.. candidates
            .Where(e => lookups.Any(l => l.Matches(e.Kind, e.Value)))
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Id)];
    }
}
