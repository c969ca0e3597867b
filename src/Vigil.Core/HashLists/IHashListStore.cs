namespace Vigil.Core.HashLists;

/// <summary>
/// Storage of hash lists (a seam: implemented in Vigil.Persistence). Every method that changes a list or an entry
/// raises the list's checkpoint by exactly one in the same transaction and stamps each changed entry with the new
/// checkpoint; a call that changes nothing leaves the checkpoint alone. Entries are never deleted: removal is a
/// tombstone (docs/hash-list-index.md).
/// </summary>
public interface IHashListStore
{
    /// <summary>Creates a list (checkpoint 1); throws <see cref="HashListException"/> (Conflict) when the name is taken.</summary>
    Task<HashList> CreateAsync(HashList list, CancellationToken cancellationToken);

    /// <summary>Live lists by name, with live entry counts.</summary>
    Task<IReadOnlyList<HashListSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A live list by name, or null.</summary>
    Task<HashList?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>Live entries of a list.</summary>
    Task<long> CountEntriesAsync(long listId, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the list's name, description and ratio; null when the list is gone.</summary>
    Task<HashList?> UpdateAsync(long listId, HashListChange change, CancellationToken cancellationToken);

    /// <summary>Tombstones every live entry and the list itself (renamed, ratio 0); false when the list is gone.</summary>
    Task<bool> DeleteAsync(long listId, CancellationToken cancellationToken);

    /// <summary>Adds an entry, or revives its tombstone; an entry already live is returned unchanged.</summary>
    Task<EntryAddOutcome> AddEntryAsync(long listId, HashListEntry entry, CancellationToken cancellationToken);

    /// <summary>An entry of the list (tombstones included), or null.</summary>
    Task<HashListEntry?> GetEntryAsync(long listId, long entryId, CancellationToken cancellationToken);

    /// <summary>An entry in any live list (for HMA content ids, which are global), or null.</summary>
    Task<HashListEntry?> GetEntryAsync(long entryId, CancellationToken cancellationToken);

    /// <summary>Tombstones a live entry; false when there is no live entry with that id in the list.</summary>
    Task<bool> RemoveEntryAsync(long listId, long entryId, CancellationToken cancellationToken);

    /// <summary>Sets or clears (null) the entry's disabled-until time; null when there is no live entry.</summary>
    Task<HashListEntry?> DisableEntryAsync(long listId, long entryId, DateTimeOffset? until, CancellationToken cancellationToken);

    /// <summary>Sets or clears (null) the entry's note; null when there is no live entry.</summary>
    Task<HashListEntry?> SetEntryNoteAsync(long listId, long entryId, string? note, CancellationToken cancellationToken);

    /// <summary>Live entries in id order after <paramref name="afterId"/>.</summary>
    Task<EntryPage> EntriesAsync(long listId, long afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Streams every live entry in id order (export).</summary>
    IAsyncEnumerable<HashListEntry> ReadEntriesAsync(long listId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the records in batches inside ONE transaction (insert-if-absent on (list, kind, value), reviving
    /// tombstones), raising the checkpoint once when anything changed. If enumerating <paramref name="records"/>
    /// throws (a file-level problem found part-way), nothing is kept.
    /// </summary>
    Task<(long Added, long Checkpoint)> ImportAsync(
        long listId, IAsyncEnumerable<HashListRecord> records, string addedBy, IProgress<long>? progress, CancellationToken cancellationToken);
}
