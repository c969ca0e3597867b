using Vigil.Core.Items;

namespace Vigil.Core.Matching;

/// <summary>What matching reads from storage (the seam Persistence implements).</summary>
public interface IMatchingStore
{
    /// <summary>Every list with its checkpoint: one cheap query, run on every refresh.</summary>
    Task<IReadOnlyList<HashListState>> GetListsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every entry that is not a tombstone, streamed in id order (the start-up build): the PDQ entries when
    /// <paramref name="pdqOnly"/>, else every other kind, so the PDQ rows can stream straight into the index build.
    /// </summary>
    IAsyncEnumerable<IndexEntryRow> StreamLiveEntriesAsync(bool pdqOnly, CancellationToken cancellationToken);

    /// <summary>How many entries of a list changed in (<paramref name="afterCheckpoint"/>, <paramref name="upToCheckpoint"/>] (one index range count).</summary>
    Task<long> CountChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, CancellationToken cancellationToken);

    /// <summary>Entries of a list changed in (<paramref name="afterCheckpoint"/>, <paramref name="upToCheckpoint"/>], tombstones included.</summary>
    IAsyncEnumerable<IndexEntryRow> StreamChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, CancellationToken cancellationToken);

    /// <summary>A video item's sampled frames in frame order.</summary>
    Task<IReadOnlyList<ItemVideoFrame>> GetVideoFramesAsync(long itemId, CancellationToken cancellationToken);

    /// <summary>An item's stored matches with the list and entry they name.</summary>
    Task<IReadOnlyList<StoredMatch>> GetItemMatchesAsync(long itemId, CancellationToken cancellationToken);
}
