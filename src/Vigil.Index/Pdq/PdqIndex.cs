using Vigil.Hashing.Pdq;

namespace Vigil.Index.Pdq;

/// <summary>
/// An in-memory, exact PDQ radius-search index. A search returns every entry within the radius with its
/// distance (recall 1.0 against a brute-force scan). The bulk of the entries live in an immutable multi-index
/// (sixteen 16-bit substring tables over contiguous arrays); entries added since the last build sit in a small
/// delta scanned linearly, and removals set tombstones, so the index can follow list checkpoints cheaply.
/// <see cref="Compact"/> folds both into a new multi-index (it also runs by itself when the delta grows, unless
/// <see cref="CompactAutomatically"/> is off). <see cref="CompactedCopy"/> builds that new multi-index as a separate
/// index while searches go on, for an owner that swaps it in itself so that no search ever waits for a build.
/// Searches may run concurrently with each other; changes take an exclusive lock.
/// </summary>
public sealed partial class PdqIndex : IDisposable
{
    /// <summary>The default search radius (the PDQ reference's recommended match threshold).</summary>
    public const int DefaultRadius = 31;

    /// <summary>The largest radius accepted. Any radius up to it is exact.</summary>
    public const int MaxRadius = 256;

    /// <summary>Entries the linear delta may hold before a change triggers <see cref="Compact"/>.</summary>
    public const int DeltaLimit = 32_768;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private PdqMultiIndex _base;
    private PdqHashStore _delta = new();

    private PdqIndex(PdqMultiIndex multiIndex) => _base = multiIndex;

    /// <summary>
    /// Whether a change that grows the delta past <see cref="DeltaLimit"/> (or the tombstones past a quarter of the
    /// index) compacts at once, under the exclusive lock (default true). An owner that compacts with
    /// <see cref="CompactedCopy"/> off the lock turns this off and watches <see cref="PendingChanges"/>.
    /// </summary>
    public bool CompactAutomatically { get; set; } = true;

    /// <summary>Whether the delta or the tombstones have grown to where searches slow down and a compaction is due.</summary>
    public bool CompactionDue => Read(static index => index.IsCompactionDue());

    /// <summary>Live entries (added, not removed).</summary>
    public int Count => Read(static index => index._base.Count - index._base.RemovedCount + index._delta.Count);

    /// <summary>Entries added or removed since the last build or compaction.</summary>
    public int PendingChanges => Read(static index => index._delta.Count + index._base.RemovedCount);

    /// <summary>Bytes held by the index's arrays (hashes, ids, substring tables, delta, tombstones).</summary>
    public long MemoryBytes => Read(static index => index._base.MemoryBytes + index._delta.MemoryBytes);

    /// <summary>An empty index.</summary>
    public static PdqIndex CreateEmpty() => new(PdqMultiIndex.Build([], []));

    /// <summary>Builds an index from a sequence of entries, read once and streamed into contiguous arrays.</summary>
    /// <param name="entries">The entries; duplicates (same hash, same or different id) are kept.</param>
    /// <param name="capacityHint">Expected entry count, to size the arrays once (optional).</param>
    public static PdqIndex Build(IEnumerable<PdqIndexEntry> entries, int capacityHint = 0)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var store = new PdqHashStore(capacityHint > 0 ? capacityHint : entries is ICollection<PdqIndexEntry> c ? c.Count : 1024);
        foreach (var entry in entries)
        {
            store.Add(entry.Id, entry.Hash);
        }

        return FromStore(store);
    }

    /// <summary>Builds an index from an asynchronous stream (for example rows read from the database).</summary>
    public static async Task<PdqIndex> BuildAsync(IAsyncEnumerable<PdqIndexEntry> entries, int capacityHint = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var store = new PdqHashStore(capacityHint > 0 ? capacityHint : 1024);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            store.Add(entry.Id, entry.Hash);
        }

        return FromStore(store);
    }

    /// <summary>Adds one entry (visible to the next search).</summary>
    public void Add(long id, PdqHash hash)
    {
        _lock.EnterWriteLock();
        try
        {
            _delta.Add(id, hash);
            CompactIfDue();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Applies a checkpoint's changes under one lock: removals first, then additions.</summary>
    /// <returns>How many of <paramref name="removed"/> were found and removed.</returns>
    public int Apply(IEnumerable<PdqIndexEntry> added, IEnumerable<PdqIndexEntry> removed)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(removed);
        _lock.EnterWriteLock();
        try
        {
            var found = 0;
            foreach (var entry in removed)
            {
                found += RemoveLocked(entry.Id, entry.Hash) ? 1 : 0;
            }

            foreach (var entry in added)
            {
                _delta.Add(entry.Id, entry.Hash);
            }

            CompactIfDue();
            return found;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes one entry with this id and hash (the hash locates it without an id map).</summary>
    /// <returns>False when no such live entry exists.</returns>
    public bool Remove(long id, PdqHash hash)
    {
        _lock.EnterWriteLock();
        try
        {
            var removed = RemoveLocked(id, hash);
            CompactIfDue();
            return removed;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Rebuilds the multi-index from the live entries, emptying the delta and the tombstones.</summary>
    public void Compact()
    {
        _lock.EnterWriteLock();
        try
        {
            CompactLocked();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// A new index holding this one's live entries in a fresh multi-index (no delta, no tombstones), built under the
    /// shared lock: searches of this index go on meanwhile, changes wait. The caller swaps it in and disposes this one.
    /// </summary>
    public PdqIndex CompactedCopy()
    {
        _lock.EnterReadLock();
        try
        {
            var (words, ids) = LiveStore().Detach();
            return new PdqIndex(PdqMultiIndex.Build(words, ids)) { CompactAutomatically = CompactAutomatically };
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private T Read<T>(Func<PdqIndex, T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read(this);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private static PdqIndex FromStore(PdqHashStore store)
    {
        var (words, ids) = store.Detach();
        return new PdqIndex(PdqMultiIndex.Build(words, ids));
    }

    private bool RemoveLocked(long id, PdqHash hash)
    {
        var position = _delta.IndexOf(id, hash);
        if (position >= 0)
        {
            _delta.RemoveAt(position);
            return true;
        }

        return _base.Remove(id, hash);
    }

    private bool IsCompactionDue() => _delta.Count > DeltaLimit || _base.RemovedCount > Math.Max(DeltaLimit, _base.Count / 4);

    private void CompactIfDue()
    {
        if (CompactAutomatically && IsCompactionDue())
        {
            CompactLocked();
        }
    }

    private void CompactLocked()
    {
        var (words, ids) = LiveStore().Detach();
        _base = PdqMultiIndex.Build(words, ids);
        _delta = new PdqHashStore();
    }

    // The live entries (base without tombstones, then the delta) in one new store; reads only.
    private PdqHashStore LiveStore()
    {
        var store = new PdqHashStore(_base.Count - _base.RemovedCount + _delta.Count);
        _base.CopyLiveTo(store);
        var delta = _delta.Ids;
        for (var i = 0; i < delta.Length; i++)
        {
            var w = _delta.HashAt(i);
            store.Add(delta[i], new PdqHash(w[0], w[1], w[2], w[3]));
        }

        return store;
    }
}
