using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;

namespace Vigil.Persistence.Stores;

/// <summary>
/// Queue signals from stored hash-list matches: the number of live matches and whether a matched entry records the
/// content as AI-generated, or the item's stored provenance evidence carries an AI signal.
/// </summary>
public sealed class ItemSignalStore(IDbContextFactory<VigilDbContext> contextFactory) : IItemSignalSource
{
    public async Task<IReadOnlyDictionary<long, ItemSignals>> SignalsAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var ids = itemIds.ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matches = await (from m in context.ItemMatches
                             join e in context.HashListEntries on m.EntryId equals e.Id
                             join l in context.HashLists on m.ListId equals l.Id
                             where ids.Contains(m.ItemId) && !e.Removed
                             select new { m.ItemId, l.Name, e.Category, e.AiGenerated, m.Distance })
            .ToListAsync(cancellationToken);
        var provenance = await context.ItemProvenance.AsNoTracking()
            .Where(p => ids.Contains(p.ItemId) && p.AiSignal)
            .Select(p => p.ItemId)
            .ToListAsync(cancellationToken);
        var signals = matches.GroupBy(m => m.ItemId).ToDictionary(
            g => g.Key,
            g => new ItemSignals(
                g.Count(),
                g.Any(m => m.AiGenerated == true) || provenance.Contains(g.Key),
                [.. g.Select(m => $"{m.Name}: earlier grade {m.Category ?? "not stated"}, distance {m.Distance}{(m.AiGenerated == true ? ", AI" : string.Empty)}")]));
        foreach (var itemId in provenance.Where(i => !signals.ContainsKey(i)))
        {
            signals[itemId] = new ItemSignals(0, true, []);
        }

        return signals;
    }
}
