using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Matching;

namespace Vigil.Persistence.Stores;

/// <summary>
/// Reads for the matching index: the list checkpoints (one small query per refresh), entries streamed without
/// tracking, entries changed between two checkpoints (served by the (list_id, checkpoint) index), item frames
/// and stored matches.
/// </summary>
public sealed class MatchingStore(IDbContextFactory<VigilDbContext> contextFactory) : IMatchingStore
{
    public async Task<IReadOnlyList<HashListState>> GetListsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.HashLists.AsNoTracking()
            .OrderBy(l => l.Id)
            .Select(l => new HashListState(l.Id, l.Name, l.MatchingEnabledRatio, l.Checkpoint))
            .ToListAsync(cancellationToken);
    }

    public async IAsyncEnumerable<IndexEntryRow> StreamLiveEntriesAsync(bool pdqOnly, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = context.HashListEntries.AsNoTracking().Where(e => !e.Removed);
        entries = pdqOnly ? entries.Where(e => e.Kind == HashListEntryKind.Pdq) : entries.Where(e => e.Kind != HashListEntryKind.Pdq);
        await foreach (var row in Project(entries.OrderBy(e => e.Id)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public async Task<long> CountChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.HashListEntries.LongCountAsync(e => e.ListId == listId && e.Checkpoint > afterCheckpoint && e.Checkpoint <= upToCheckpoint, cancellationToken);
    }

    public async IAsyncEnumerable<IndexEntryRow> StreamChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var changed = context.HashListEntries.AsNoTracking()
            .Where(e => e.ListId == listId && e.Checkpoint > afterCheckpoint && e.Checkpoint <= upToCheckpoint)
            .OrderBy(e => e.Checkpoint).ThenBy(e => e.Id);
        await foreach (var row in Project(changed).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public async Task<IReadOnlyList<ItemVideoFrame>> GetVideoFramesAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ItemVideoFrames.AsNoTracking().Where(f => f.ItemId == itemId).OrderBy(f => f.FrameNumber).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredMatch>> GetItemMatchesAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.ItemMatches.AsNoTracking()
            .Where(m => m.ItemId == itemId)
            .Join(context.HashListEntries, m => m.EntryId, e => e.Id, (m, e) => new { m, e.Value, e.Category, e.AiGenerated })
            .Join(context.HashLists, x => x.m.ListId, l => l.Id, (x, l) => new { x.m, x.Value, x.Category, x.AiGenerated, l.Name })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.m.Distance).ThenBy(r => r.m.Id)
            .Select(r => new StoredMatch(r.m, r.Name, r.Value, r.Category, r.AiGenerated))];
    }

    private static IQueryable<IndexEntryRow> Project(IQueryable<HashListEntry> entries) =>
        entries.Select(e => new IndexEntryRow(
            e.Id,
            e.ListId,
            e.Kind,
            e.Value,
            e.Kind == HashListEntryKind.Vpdq ? e.Frames : null,
            e.DisabledUntil,
            e.Removed,
            e.Checkpoint));
}
