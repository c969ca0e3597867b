using System.Runtime.CompilerServices;
using Vigil.Index.Pdq;

namespace Vigil.Core.Matching;

/// <summary>Building, refreshing and compacting: every build runs off the lock; only swaps and small batches take it.</summary>
public sealed partial class MatchIndexHost
{
    // Changed entries applied under one hold of the write lock: a few milliseconds, so lookups wait at most that.
    private const int BatchSize = 4096;

    /// <summary>
    /// Brings the index up to the database's checkpoints (building it first when needed). Returns the number of
    /// changed entries applied (a build counts every entry). The changes are counted first: more than
    /// <see cref="MatchingOptions.RebuildThreshold"/> and more than an eighth of the entries indexed (a bulk import
    /// into a small index, a large list deleted) and the index is built afresh from the database off the lock and
    /// swapped in atomically; otherwise they are streamed and applied in small batches under the write lock, so they
    /// become visible within seconds even in a 10 M-entry index. A PDQ index whose delta has grown past
    /// <see cref="PdqIndex.DeltaLimit"/> is then compacted off the lock and swapped in the same way.
    /// </summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            var lists = await _store.GetListsAsync(cancellationToken);
            var state = Volatile.Read(ref _state);
            if (state is null || state.Lists.Keys.Any(id => !lists.Any(l => l.Id == id)))
            {
                return await RebuildAsync(lists, cancellationToken);
            }

            var moved = new List<(long ListId, long Seen, long UpTo)>();
            long changed = 0;
            foreach (var list in lists)
            {
                var seen = state.Lists.TryGetValue(list.Id, out var known) ? known.Checkpoint : 0;
                if (list.Checkpoint > seen)
                {
                    moved.Add((list.Id, seen, list.Checkpoint));
                    changed += await _store.CountChangesAsync(list.Id, seen, list.Checkpoint, cancellationToken);
                }
            }

            // Only refreshes change the state and they hold the gate, so reading the entry count needs no lock.
            if (changed > Math.Max(_options.RebuildThreshold, state.Entries.Count / 8))
            {
                LogBulkRebuild(_logger, changed);
                return await RebuildAsync(lists, cancellationToken);
            }

            // Lists first: a deleted list (ratio 0) stops matching before its tombstones are applied, and a new list
            // is known before its entries arrive.
            if (lists.Any(l => !state.Lists.TryGetValue(l.Id, out var known) || known != l))
            {
                WithWriteLock(() =>
                {
                    foreach (var list in lists)
                    {
                        state.Lists[list.Id] = list;
                    }
                });
            }

            var applied = 0;
            var batch = new List<IndexEntryRow>(BatchSize);
            foreach (var (listId, seen, upTo) in moved)
            {
                await foreach (var row in _store.StreamChangesAsync(listId, seen, upTo, cancellationToken))
                {
                    batch.Add(row);
                    if (batch.Count == BatchSize)
                    {
                        applied += ApplyBatch(state, batch);
                    }
                }
            }

            applied += ApplyBatch(state, batch);
            _refreshedAt = _time.GetUtcNow();
            if (applied > 0)
            {
                LogApplied(_logger, applied, lists.Count);
            }

            CompactIfDue(state);
            return applied;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private int ApplyBatch(MatchIndexState state, List<IndexEntryRow> batch)
    {
        var count = batch.Count;
        if (count > 0)
        {
            WithWriteLock(() =>
            {
                foreach (var row in batch)
                {
                    state.ApplyChange(row);
                }
            });
            batch.Clear();
        }

        return count;
    }

    // The PDQ index does not compact itself under its lock (CompactAutomatically is off): when its delta or tombstones
    // grow, a compacted copy is built here while lookups go on against the current one, then swapped in. Only the
    // refresh path changes the state, and it holds the refresh gate, so nothing changes the index meanwhile.
    private void CompactIfDue(MatchIndexState state)
    {
        if (!state.Pdq.CompactionDue)
        {
            return;
        }

        var compacted = state.Pdq.CompactedCopy();
        var previous = state.Pdq;
        WithWriteLock(() => state.Pdq = compacted);
        previous.Dispose();
        LogCompacted(_logger, compacted.Count);
    }

    private async Task<int> RebuildAsync(IReadOnlyList<HashListState> lists, CancellationToken cancellationToken)
    {
        var state = new MatchIndexState(PdqIndex.CreateEmpty(), _options.VpdqQualityTolerance, lists);
        var frames = new List<PdqIndexEntry>();
        var count = 0;
        await foreach (var row in _store.StreamLiveEntriesAsync(pdqOnly: false, cancellationToken))
        {
            if (Current(state, row) && state.PdqEntriesOf(row, out var frameCount) is { } parts && state.AddDigestsAndEntry(row, frameCount))
            {
                frames.AddRange(parts);
                count++;
            }
        }

        var pdqCount = 0;
        state.Pdq.Dispose();
        state.Pdq = await PdqIndex.BuildAsync(PdqRows(state, frames, c => pdqCount = c, cancellationToken), frames.Count, cancellationToken);
        state.Pdq.CompactAutomatically = false;
        count += pdqCount;

        var previous = Volatile.Read(ref _state);
        WithWriteLock(() => Volatile.Write(ref _state, state));
        previous?.Dispose();
        _builtAt = _refreshedAt = _time.GetUtcNow();
        LogBuilt(_logger, count, lists.Count, state.Skipped);
        return count;
    }

    // Frames first, then the PDQ entries as they stream from the database, registered as they pass.
    private async IAsyncEnumerable<PdqIndexEntry> PdqRows(MatchIndexState state, List<PdqIndexEntry> frames, Action<int> counted, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var frame in frames)
        {
            yield return frame;
        }

        var count = 0;
        await foreach (var row in _store.StreamLiveEntriesAsync(pdqOnly: true, cancellationToken))
        {
            if (Current(state, row) && state.PdqEntriesOf(row, out _) is [var entry] && state.AddDigestsAndEntry(row, 0))
            {
                count++;
                yield return entry;
            }
        }

        counted(count);
    }

    // An entry stamped after the list checkpoint this build read (or of a list created since) is left to the next
    // refresh, which applies it from the checkpoint; so the build never holds a state newer than its checkpoints.
    private static bool Current(MatchIndexState state, IndexEntryRow row) =>
        state.Lists.TryGetValue(row.ListId, out var list) && row.Checkpoint <= list.Checkpoint;
}
