using System.Globalization;
using Vigil.Core.Audit;

namespace Vigil.Core.HashLists;

/// <summary>
/// The rules of hash lists: names, field ranges, entry values; every change goes through the store (which raises
/// the list's checkpoint in the same transaction) and is then audited with list and entry ids, never values.
/// </summary>
public sealed partial class HashListService(IHashListStore store, IAuditLog audit, TimeProvider time)
{
    /// <summary>Largest page of entries.</summary>
    public const int MaxPageSize = 1000;

    public async Task<HashList> CreateAsync(string name, string? description, double matchingEnabledRatio, HashListActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        HashListNames.Validate(name);
        CheckDescription(description);
        CheckRatio(matchingEnabledRatio);
        var now = time.GetUtcNow();
        var list = await store.CreateAsync(
            new HashList
            {
                Name = name,
                Description = string.IsNullOrEmpty(description) ? null : description,
                MatchingEnabledRatio = matchingEnabledRatio,
                CreatedBy = Clip(actor.Name, HashListEntry.AddedByMaxLength),
                CreatedAt = now,
                UpdatedAt = now,
            },
            cancellationToken);
        await AuditAsync(actor, "list.created", Target(list.Id), cancellationToken);
        return list;
    }

    public Task<IReadOnlyList<HashListSummary>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>The live list named <paramref name="name"/>; throws NotFound.</summary>
    public async Task<HashList> GetAsync(string name, CancellationToken cancellationToken) =>
        (HashListNames.IsValid(name) ? await store.FindAsync(name, cancellationToken) : null)
        ?? throw new HashListException(HashListError.NotFound, "No such list.", "name");

    public async Task<HashListSummary> GetSummaryAsync(string name, CancellationToken cancellationToken)
    {
        var list = await GetAsync(name, cancellationToken);
        return new HashListSummary(list, await store.CountEntriesAsync(list.Id, cancellationToken));
    }

    public async Task<HashList> UpdateAsync(string name, HashListChange change, HashListActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        if (change.Name is not null)
        {
            HashListNames.Validate(change.Name);
        }

        CheckDescription(change.Description);
        if (change.MatchingEnabledRatio is { } ratio)
        {
            CheckRatio(ratio);
        }

        var list = await GetAsync(name, cancellationToken);
        var updated = await store.UpdateAsync(list.Id, change, cancellationToken)
            ?? throw new HashListException(HashListError.NotFound, "No such list.", "name");
        await AuditAsync(actor, "list.updated", Target(list.Id), cancellationToken);
        return updated;
    }

    /// <summary>
    /// Deletes a list by tombstoning it: every live entry becomes a tombstone at a new checkpoint (so indexes drop
    /// them), the row stays under a reserved name (matches keep their evidence), and the name is free again.
    /// </summary>
    public async Task DeleteAsync(string name, HashListActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var list = await GetAsync(name, cancellationToken);
        if (!await store.DeleteAsync(list.Id, cancellationToken))
        {
            throw new HashListException(HashListError.NotFound, "No such list.", "name");
        }

        await AuditAsync(actor, "list.deleted", Target(list.Id), cancellationToken);
    }

    /// <summary>Adds one entry (vPDQ: <see cref="HashListRecord.Frames"/> given, value derived); adding a live entry again changes nothing.</summary>
    public async Task<EntryAddOutcome> AddEntryAsync(string name, HashListRecord record, HashListActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(actor);
        if (!TryNormalize(record, out var normal, out var error))
        {
            throw new HashListException(HashListError.Invalid, error, "value");
        }

        var list = await GetAsync(name, cancellationToken);
        var outcome = await store.AddEntryAsync(list.Id, ToEntry(normal, actor), cancellationToken);
        if (outcome.Changed)
        {
            await AuditAsync(actor, "list.entry.added", Target(list.Id, outcome.Entry.Id), cancellationToken);
        }

        return outcome;
    }

    public async Task<HashListEntry> GetEntryAsync(string name, long entryId, CancellationToken cancellationToken)
    {
        var list = await GetAsync(name, cancellationToken);
        return await store.GetEntryAsync(list.Id, entryId, cancellationToken) is { Removed: false } entry
            ? entry
            : throw new HashListException(HashListError.NotFound, "No such entry in the list.", "entry");
    }

    /// <summary>Removes (tombstones) an entry; false when it was not live.</summary>
    public async Task<bool> RemoveEntryAsync(string name, long entryId, HashListActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var list = await GetAsync(name, cancellationToken);
        var removed = await store.RemoveEntryAsync(list.Id, entryId, cancellationToken);
        if (removed)
        {
            await AuditAsync(actor, "list.entry.removed", Target(list.Id, entryId), cancellationToken);
        }

        return removed;
    }

    /// <summary>Disables an entry until a time (null: enable again).</summary>
    public async Task<HashListEntry> DisableEntryAsync(string name, long entryId, DateTimeOffset? until, HashListActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var list = await GetAsync(name, cancellationToken);
        var entry = await store.DisableEntryAsync(list.Id, entryId, until, cancellationToken)
            ?? throw new HashListException(HashListError.NotFound, "No such entry in the list.", "entry");
        await AuditAsync(actor, until is null ? "list.entry.enabled" : "list.entry.disabled", Target(list.Id, entryId), cancellationToken);
        return entry;
    }

    /// <summary>Sets or clears (null or empty) an entry's note (at most <see cref="HashListEntry.NoteMaxLength"/> characters).</summary>
    public async Task<HashListEntry> SetEntryNoteAsync(string name, long entryId, string? note, HashListActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (note?.Length > HashListEntry.NoteMaxLength)
        {
            throw new HashListException(HashListError.Invalid, string.Create(CultureInfo.InvariantCulture, $"A note is at most {HashListEntry.NoteMaxLength} characters."), "note");
        }

        var list = await GetAsync(name, cancellationToken);
        var entry = await store.SetEntryNoteAsync(list.Id, entryId, string.IsNullOrEmpty(note) ? null : note, cancellationToken)
            ?? throw new HashListException(HashListError.NotFound, "No such entry in the list.", "entry");
        await AuditAsync(actor, "list.entry.updated", Target(list.Id, entryId), cancellationToken);
        return entry;
    }

    public async Task<EntryPage> EntriesAsync(string name, long afterId, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            throw new HashListException(HashListError.Invalid, string.Create(CultureInfo.InvariantCulture, $"'limit' must be 1..{MaxPageSize} (got {limit})."), "limit");
        }

        var list = await GetAsync(name, cancellationToken);
        return await store.EntriesAsync(list.Id, Math.Max(0, afterId), limit, cancellationToken);
    }

    private static string Target(long listId) => string.Create(CultureInfo.InvariantCulture, $"list:{listId}");

    private static string Target(long listId, long entryId) => string.Create(CultureInfo.InvariantCulture, $"list:{listId}/entry:{entryId}");

    private Task<AuditRecord> AuditAsync(HashListActor actor, string action, string target, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(actor.Name, action, target, actor.Address), cancellationToken);

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;

    private static void CheckDescription(string? description)
    {
        if (description?.Length > HashList.DescriptionMaxLength)
        {
            throw new HashListException(HashListError.Invalid, string.Create(CultureInfo.InvariantCulture, $"A description is at most {HashList.DescriptionMaxLength} characters."), "description");
        }
    }

    private static void CheckRatio(double ratio)
    {
        if (!(ratio is >= 0 and <= 1))
        {
            throw new HashListException(HashListError.Invalid, "'matching_enabled_ratio' must be 0..1.", "matching_enabled_ratio");
        }
    }
}
