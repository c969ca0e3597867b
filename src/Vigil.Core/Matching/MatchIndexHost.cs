using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Vigil.Core.HashLists;
using Vigil.Index.Pdq;

namespace Vigil.Core.Matching;

/// <summary>
/// A node's matching index: built from the database at start (entries streamed once into the PDQ and digest
/// indexes) and kept current by <see cref="RefreshAsync"/>, which compares each list's checkpoint with the one the
/// index is current to and applies the entries stamped in between (adds, tombstones, disables). A deleted list
/// triggers a full rebuild. The database stays the truth; this is derived state. Thread-safe: lookups share a read
/// lock, changes take it exclusively for one batch at a time, and reading the database holds no lock.
/// </summary>
public sealed partial class MatchIndexHost : IDisposable
{
    private const int BatchSize = 4096;

    private readonly IMatchingStore _store;
    private readonly MatchingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<MatchIndexHost> _logger;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private MatchIndexState? _state;
    private DateTimeOffset? _builtAt;
    private DateTimeOffset? _refreshedAt;

    public MatchIndexHost(IMatchingStore store, MatchingOptions options, TimeProvider time, ILogger<MatchIndexHost> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _store = store;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public MatchingOptions Options => _options;

    /// <summary>Whether the first build has finished.</summary>
    public bool IsBuilt => Volatile.Read(ref _state) is not null;

    /// <summary>Builds the index unless it is built already.</summary>
    public async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        if (!IsBuilt)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Brings the index up to the database's checkpoints (building it first when needed). Returns the number of
    /// changed entries applied (a build counts every entry).
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

            var applied = 0;
            foreach (var list in lists)
            {
                var seen = state.Lists.TryGetValue(list.Id, out var known) ? known.Checkpoint : 0;
                if (list.Checkpoint > seen)
                {
                    applied += await ApplyChangesAsync(state, list.Id, seen, list.Checkpoint, cancellationToken);
                }

                if (known != list)
                {
                    WithWriteLock(() => state.Lists[list.Id] = list);
                }
            }

            _refreshedAt = _time.GetUtcNow();
            if (applied > 0)
            {
                LogApplied(_logger, applied, lists.Count);
            }

            return applied;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>The ids of the named lists; throws <see cref="KeyNotFoundException"/> naming the first unknown one.</summary>
    public IReadOnlySet<long> ResolveLists(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return Read(state =>
        {
            var ids = new HashSet<long>();
            foreach (var name in names)
            {
                var list = state.Lists.Values.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))
                    ?? throw new KeyNotFoundException($"No hash list is named '{name}'.");
                ids.Add(list.Id);
            }

            return (IReadOnlySet<long>)ids;
        });
    }

    /// <summary>A filter for now: only <paramref name="lists"/> (null: all), coinflip fixed by <paramref name="seed"/> (null: random).</summary>
    public MatchFilter Filter(IReadOnlySet<long>? lists = null, long? seed = null) =>
        new(lists, _time.GetUtcNow(), seed is { } s ? MatchFilter.CoinflipFor(s) : Random.Shared.NextDouble());

    /// <summary>The lists the index knows, by id.</summary>
    public IReadOnlyList<HashListState> Lists => Read(state => (IReadOnlyList<HashListState>)[.. state.Lists.Values.OrderBy(l => l.Id)]);

    public IndexStatus Status
    {
        get
        {
            var state = Volatile.Read(ref _state);
            if (state is null)
            {
                return new IndexStatus(false, null, null, new Dictionary<HashListEntryKind, int>(), 0, 0, 0, 0);
            }

            return Read(s => new IndexStatus(
                true,
                _builtAt,
                _refreshedAt,
                Enum.GetValues<HashListEntryKind>().ToDictionary(k => k, s.CountOf),
                s.Pdq.Count,
                s.Pdq.PendingChanges,
                s.Pdq.MemoryBytes + s.Md5.MemoryBytes + s.Sha1.MemoryBytes + s.Sha256.MemoryBytes,
                s.Skipped));
        }
    }

    public void Dispose()
    {
        _state?.Dispose();
        _lock.Dispose();
        _refreshGate.Dispose();
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

    private async Task<int> ApplyChangesAsync(MatchIndexState state, long listId, long after, long upTo, CancellationToken cancellationToken)
    {
        var batch = new List<IndexEntryRow>(BatchSize);
        var applied = 0;
        await foreach (var row in _store.StreamChangesAsync(listId, after, upTo, cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                applied += ApplyBatch(state, batch);
            }
        }

        return applied + ApplyBatch(state, batch);
    }

    private int ApplyBatch(MatchIndexState state, List<IndexEntryRow> batch)
    {
        var count = batch.Count;
        WithWriteLock(() =>
        {
            foreach (var row in batch)
            {
                state.ApplyChange(row);
            }
        });
        batch.Clear();
        return count;
    }

    private T Read<T>(Func<MatchIndexState, T> read)
    {
        _lock.EnterReadLock();
        try
        {
            var state = _state ?? throw new InvalidOperationException("The matching index has not been built yet.");
            return read(state);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void WithWriteLock(Action change)
    {
        _lock.EnterWriteLock();
        try
        {
            change();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Matching index built: {Entries} entries from {Lists} lists ({Skipped} skipped as malformed)")]
    private static partial void LogBuilt(ILogger logger, int entries, int lists, int skipped);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Matching index applied {Changes} changed entries ({Lists} lists)")]
    private static partial void LogApplied(ILogger logger, int changes, int lists);
}
