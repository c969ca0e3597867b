using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Vigil.Core.HashLists;

namespace Vigil.Persistence.Stores;

/// <summary>
/// Hash lists on SQLite and PostgreSQL. Every change runs in one transaction that first locks the list row
/// (PostgreSQL: <c>SELECT ... FOR UPDATE</c>; SQLite: the immediate transaction's write lock), raises
/// <c>hash_lists.checkpoint</c> by one and stamps each changed entry with it; nothing changed, nothing raised.
/// Entries are never deleted: removal sets the tombstone (docs/hash-list-index.md).
/// </summary>
internal sealed partial class HashListStore(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time) : IHashListStore
{
    public async Task<HashList> CreateAsync(HashList list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        list.Checkpoint = 1;
        context.HashLists.Add(list);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e.InnerException))
        {
            throw NameTaken();
        }

        return list;
    }

    public async Task<IReadOnlyList<HashListSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lists = await context.HashLists.AsNoTracking().Where(l => !EF.Functions.Like(l.Name, "~%")).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        var counts = await context.HashListEntries.AsNoTracking().Where(e => !e.Removed)
            .GroupBy(e => e.ListId).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. lists.Select(l => new HashListSummary(l, counts.GetValueOrDefault(l.Id)))];
    }

    public async Task<HashList?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.HashLists.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, cancellationToken);
    }

    public async Task<long> CountEntriesAsync(long listId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.HashListEntries.LongCountAsync(e => e.ListId == listId && !e.Removed, cancellationToken);
    }

    public async Task<HashList?> UpdateAsync(long listId, HashListChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(context, listId, cancellationToken) is not { } checkpoint)
        {
            return null;
        }

        var list = await context.HashLists.SingleAsync(l => l.Id == listId, cancellationToken);
        list.Name = change.Name ?? list.Name;
        list.Description = change.Description is null ? list.Description : change.Description.Length == 0 ? null : change.Description;
        list.MatchingEnabledRatio = change.MatchingEnabledRatio ?? list.MatchingEnabledRatio;
        list.Checkpoint = checkpoint + 1;
        list.UpdatedAt = time.GetUtcNow();
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e.InnerException))
        {
            throw NameTaken();
        }

        await transaction.CommitAsync(cancellationToken);
        return list;
    }

    public async Task<bool> DeleteAsync(long listId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(context, listId, cancellationToken) is not { } checkpoint)
        {
            return false;
        }

        var next = checkpoint + 1;
        await ExecuteAsync(
            context,
            """UPDATE hash_list_entries SET "removed" = @yes, "checkpoint" = @c WHERE "list_id" = @l AND "removed" = @no""",
            cancellationToken,
            ("@yes", true),
            ("@no", false),
            ("@c", next),
            ("@l", listId));
        var list = await context.HashLists.SingleAsync(l => l.Id == listId, cancellationToken);
        list.Name = HashListNames.DeletedName(list.Id, list.Name);
        list.MatchingEnabledRatio = 0;
        list.Checkpoint = next;
        list.UpdatedAt = time.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<EntryAddOutcome> AddEntryAsync(long listId, HashListEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var checkpoint = await LockAsync(context, listId, cancellationToken)
            ?? throw new HashListException(HashListError.NotFound, "No such list.", "name");
        var existing = await context.HashListEntries.SingleOrDefaultAsync(e => e.ListId == listId && e.Kind == entry.Kind && e.Value == entry.Value, cancellationToken);
        if (existing is { Removed: false })
        {
            return new EntryAddOutcome(existing, false);
        }

        var next = checkpoint + 1;
        var target = existing ?? context.HashListEntries.Add(new HashListEntry { ListId = listId, Kind = entry.Kind, Value = entry.Value }).Entity;
        target.Frames = entry.Frames;
        target.Category = entry.Category;
        target.AiGenerated = entry.AiGenerated;
        target.Source = entry.Source;
        target.Note = entry.Note;
        target.Quality = entry.Quality;
        target.Extra = entry.Extra;
        target.AddedBy = entry.AddedBy;
        target.AddedAt = entry.AddedAt;
        target.DisabledUntil = null;
        target.Removed = false;
        target.Checkpoint = next;
        await RaiseAsync(context, listId, next, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EntryAddOutcome(target, true);
    }

    public async Task<HashListEntry?> GetEntryAsync(long listId, long entryId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.HashListEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.ListId == listId, cancellationToken);
    }

    public async Task<HashListEntry?> GetEntryAsync(long entryId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.HashListEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
    }

    public async Task<bool> RemoveEntryAsync(long listId, long entryId, CancellationToken cancellationToken) =>
        await ChangeEntryAsync(listId, entryId, """ "removed" = @yes """, ("@u", null, DbType.Int64), cancellationToken) is not null;

    public Task<HashListEntry?> DisableEntryAsync(long listId, long entryId, DateTimeOffset? until, CancellationToken cancellationToken) =>
        ChangeEntryAsync(listId, entryId, """ "disabled_until" = @u """, ("@u", until?.UtcTicks, DbType.Int64), cancellationToken);

    public Task<HashListEntry?> SetEntryNoteAsync(long listId, long entryId, string? note, CancellationToken cancellationToken) =>
        ChangeEntryAsync(listId, entryId, """ "note" = @u """, ("@u", note, DbType.String), cancellationToken);

    public async Task<EntryPage> EntriesAsync(long listId, long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await context.HashListEntries.AsNoTracking()
            .Where(e => e.ListId == listId && !e.Removed && e.Id > afterId).OrderBy(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return entries.Count > limit ? new EntryPage(entries[..limit], entries[limit - 1].Id) : new EntryPage(entries, null);
    }

    public async IAsyncEnumerable<HashListEntry> ReadEntriesAsync(long listId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = context.HashListEntries.AsNoTracking().Where(e => e.ListId == listId && !e.Removed).OrderBy(e => e.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    // One live entry changed: stamp it and raise the list in one transaction; null (and nothing raised) when absent.
    // The new column value travels as @u with its type given (a null must still be typed for PostgreSQL).
    private async Task<HashListEntry?> ChangeEntryAsync(long listId, long entryId, string set, (string Name, object? Value, DbType Type) value, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(context, listId, cancellationToken) is not { } checkpoint)
        {
            return null;
        }

        var next = checkpoint + 1;
        await using var update = Command(
            context,
            $"""UPDATE hash_list_entries SET {set}, "checkpoint" = @c WHERE "id" = @e AND "list_id" = @l AND "removed" = @no""",
            ("@yes", true),
            ("@no", false),
            ("@c", next),
            ("@e", entryId),
            ("@l", listId));
        var parameter = update.CreateParameter();
        parameter.ParameterName = value.Name;
        parameter.DbType = value.Type;
        parameter.Value = value.Value ?? DBNull.Value;
        update.Parameters.Add(parameter);
        var changed = await update.ExecuteNonQueryAsync(cancellationToken);
        if (changed == 0)
        {
            return null;
        }

        await RaiseAsync(context, listId, next, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await context.HashListEntries.AsNoTracking().SingleAsync(e => e.Id == entryId, cancellationToken);
    }

    /// <summary>Locks a live list's row for this transaction and returns its checkpoint; null when there is no live list.</summary>
    private static async Task<long?> LockAsync(VigilDbContext context, long listId, CancellationToken cancellationToken)
    {
        var sql = """SELECT "checkpoint" FROM hash_lists WHERE "id" = @l AND "name" NOT LIKE '~%'""" + (context.IsPostgreSql ? " FOR UPDATE" : string.Empty);
        await using var command = Command(context, sql, ("@l", listId));
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private Task<int> RaiseAsync(VigilDbContext context, long listId, long checkpoint, CancellationToken cancellationToken) =>
        ExecuteAsync(
            context,
            """UPDATE hash_lists SET "checkpoint" = @c, "updated_at" = @t WHERE "id" = @l""",
            cancellationToken,
            ("@c", checkpoint),
            ("@t", time.GetUtcNow().UtcTicks),
            ("@l", listId));

    private static async Task<int> ExecuteAsync(VigilDbContext context, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(context, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(VigilDbContext context, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = value switch
            {
                bool => DbType.Boolean,
                int => DbType.Int32,
                _ => DbType.Int64,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static bool IsUniqueViolation(Exception? e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteErrorCode: 19 };

    private static HashListException NameTaken() => new(HashListError.Conflict, "A list with that name already exists.", "name");
}
