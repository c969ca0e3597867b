using Microsoft.Extensions.Logging;
using Vigil.Core.HashLists;

namespace Vigil.Core.Matching;

/// <summary>
/// A node's matching index: built from the database at start (entries streamed once into the PDQ and digest
/// indexes) and kept current by <see cref="RefreshAsync"/>, which compares each list's checkpoint with the one the
/// index is current to and applies the entries stamped in between (adds, tombstones, disables). The database stays
/// the truth; this is derived state. Thread-safe: lookups share a read lock; changes take it exclusively for one
/// small batch at a time; anything that builds (the first build, a refresh with more changes than both
/// <see cref="MatchingOptions.RebuildThreshold"/> and an eighth of the index, a list row gone, a PDQ compaction)
/// builds off the lock and swaps the result in under it, so a lookup never waits for a build. Reading the database
/// holds no lock.
/// </summary>
public sealed partial class MatchIndexHost : IDisposable
{
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

    /// <summary>The ids of the lists named exactly (ordinal) by <paramref name="names"/>; names of no list are left out.</summary>
    public IReadOnlySet<long> ListIdsNamed(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        return Read(state => (IReadOnlySet<long>)state.Lists.Values.Where(l => wanted.Contains(l.Name)).Select(l => l.Id).ToHashSet());
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

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Matching index: {Changes} changed entries since the last refresh; building a fresh index off the lock")]
    private static partial void LogBulkRebuild(ILogger logger, long changes);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Matching index compacted off the lock: {Entries} PDQ entries")]
    private static partial void LogCompacted(ILogger logger, int entries);
}
