using Microsoft.EntityFrameworkCore;
using Vigil.Core.HashLists;
using Vigil.Persistence;

namespace Vigil.TestSupport;

/// <summary>
/// Writes lists and entries straight through a context, keeping the lists contract (every change raises the list's
/// checkpoint by one in the same transaction and stamps the changed entries; removal is a tombstone). Stands in for
/// the lists capability's store, as "another node" would.
/// </summary>
public sealed class TestHashLists(IDbContextFactory<VigilDbContext> contexts)
{
    private static readonly DateTimeOffset At = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public async Task<long> CreateAsync(string name, double ratio = 1.0)
    {
        await using var context = await contexts.CreateDbContextAsync();
        var list = new HashList { Name = name, MatchingEnabledRatio = ratio, CreatedBy = "test", CreatedAt = At, UpdatedAt = At };
        context.HashLists.Add(list);
        await context.SaveChangesAsync();
        return list.Id;
    }

    public async Task<long[]> AddAsync(long listId, params (HashListEntryKind Kind, string Value, string? Frames)[] entries)
    {
        var rows = new List<HashListEntry>();
        await ChangeAsync(listId, (context, checkpoint) =>
        {
            foreach (var (kind, value, frames) in entries)
            {
                var row = new HashListEntry { ListId = listId, Kind = kind, Value = value, Frames = frames, AddedBy = "test", AddedAt = At, Checkpoint = checkpoint };
                rows.Add(row);
                context.HashListEntries.Add(row);
            }

            return Task.CompletedTask;
        });
        return [.. rows.Select(r => r.Id)];
    }

    public async Task<long> AddOneAsync(long listId, HashListEntryKind kind, string value, string? frames = null) =>
        (await AddAsync(listId, (kind, value, frames)))[0];

    public Task RemoveAsync(long listId, long entryId) => UpdateAsync(listId, entryId, e => e.Removed = true);

    public Task DisableAsync(long listId, long entryId, DateTimeOffset? until) => UpdateAsync(listId, entryId, e => e.DisabledUntil = until);

    public Task SetRatioAsync(long listId, double ratio) => ChangeAsync(listId, async (context, _) =>
        (await context.HashLists.SingleAsync(l => l.Id == listId)).MatchingEnabledRatio = ratio);

    public async Task DeleteListAsync(long listId)
    {
        await using var context = await contexts.CreateDbContextAsync();
        await context.HashLists.Where(l => l.Id == listId).ExecuteDeleteAsync();
    }

    private Task UpdateAsync(long listId, long entryId, Action<HashListEntry> change) => ChangeAsync(listId, async (context, checkpoint) =>
    {
        var entry = await context.HashListEntries.SingleAsync(e => e.Id == entryId);
        change(entry);
        entry.Checkpoint = checkpoint;
    });

    private async Task ChangeAsync(long listId, Func<VigilDbContext, long, Task> change)
    {
        await using var context = await contexts.CreateDbContextAsync();
        await using var transaction = await context.Database.BeginTransactionAsync();
        var list = await context.HashLists.SingleAsync(l => l.Id == listId);
        list.Checkpoint++;
        await change(context, list.Checkpoint);
        await context.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
