using Vigil.Core.HashLists;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.HashLists;

public sealed class HashListServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_ValidName_StartsAtCheckpointOneAndIsAudited(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);

        var list = await h.Service.CreateAsync("PARTNER_PDQ", "from a partner", 1.0, ListHarness.Actor, default);

        Assert.Equal(1, list.Checkpoint);
        var summary = Assert.Single(await h.Service.ListAsync(default));
        Assert.Equal(("PARTNER_PDQ", 0L), (summary.List.Name, summary.EntryCount));
        var audit = Assert.Single(await h.Audit.RecentAsync(10, default));
        Assert.Equal(("user:tester", "list.created", $"list:{list.Id}"), (audit.Actor, audit.Action, audit.Target));
    }

    [Theory]
    [InlineData("lower")]
    [InlineData("WITH SPACE")]
    [InlineData("DASH-ED")]
    [InlineData("")]
    public async Task CreateAsync_NotAnHmaBankName_IsRefusedNamingTheField(string name)
    {
        await using var h = await ListHarness.CreateAsync(DatabaseProvider.Sqlite);

        var e = await Assert.ThrowsAsync<HashListException>(() => h.Service.CreateAsync(name, null, 1.0, ListHarness.Actor, default));

        Assert.Equal((HashListError.Invalid, "name"), (e.Error, e.Field));
        Assert.Empty(await h.Service.ListAsync(default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_NameTaken_IsAConflict(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("A", null, 1.0, ListHarness.Actor, default);

        var e = await Assert.ThrowsAsync<HashListException>(() => h.Service.CreateAsync("A", null, 1.0, ListHarness.Actor, default));

        Assert.Equal(HashListError.Conflict, e.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryChange_RaisesCheckpointByExactlyOneAndStampsTheEntry(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        var record = new HashListRecord { Kind = HashListEntryKind.Pdq, Value = ListHarness.Pdq(1).ToUpperInvariant() };

        var added = await h.Service.AddEntryAsync("L", record, ListHarness.Actor, default);
        var afterAdd = await h.CheckpointAsync("L");
        var again = await h.Service.AddEntryAsync("L", record, ListHarness.Actor, default);
        var afterAgain = await h.CheckpointAsync("L");
        var disabled = await h.Service.DisableEntryAsync("L", added.Entry.Id, h.Time.GetUtcNow().AddDays(1), ListHarness.Actor, default);
        var afterDisable = await h.CheckpointAsync("L");
        await h.Service.UpdateAsync("L", new HashListChange(Description: "d", MatchingEnabledRatio: 0.5), ListHarness.Actor, default);
        var afterUpdate = await h.CheckpointAsync("L");

        Assert.True(added.Changed);
        Assert.Equal(ListHarness.Pdq(1), added.Entry.Value);
        Assert.Equal((2L, 2L), (afterAdd, added.Entry.Checkpoint));
        Assert.False(again.Changed);
        Assert.Equal(2, afterAgain);
        Assert.Equal((3L, 3L), (afterDisable, disabled.Checkpoint));
        Assert.Equal(4, afterUpdate);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RemoveEntryAsync_LeavesATombstoneAtANewCheckpoint_AndReAddRevivesIt(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        var record = new HashListRecord { Kind = HashListEntryKind.Md5, Value = new string('a', 32) };
        var added = await h.Service.AddEntryAsync("L", record, ListHarness.Actor, default);

        var removed = await h.Service.RemoveEntryAsync("L", added.Entry.Id, ListHarness.Actor, default);
        var removedTwice = await h.Service.RemoveEntryAsync("L", added.Entry.Id, ListHarness.Actor, default);
        var tombstone = Assert.Single(await h.AllEntriesAsync());
        var afterRemove = await h.CheckpointAsync("L");
        var revived = await h.Service.AddEntryAsync("L", record, ListHarness.Actor, default);

        Assert.True(removed);
        Assert.False(removedTwice);
        Assert.Equal((true, 3L, 3L), (tombstone.Removed, tombstone.Checkpoint, afterRemove));
        Assert.Equal((added.Entry.Id, false, 4L), (revived.Entry.Id, revived.Entry.Removed, revived.Entry.Checkpoint));
        Assert.Equal(1, (await h.Service.GetSummaryAsync("L", default)).EntryCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteAsync_TombstonesEntriesKeepsTheRowAndFreesTheName(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        var list = await h.Service.CreateAsync("GONE", null, 1.0, ListHarness.Actor, default);
        await h.Service.AddEntryAsync("GONE", new HashListRecord { Kind = HashListEntryKind.Pdq, Value = ListHarness.Pdq(1) }, ListHarness.Actor, default);
        await h.Service.AddEntryAsync("GONE", new HashListRecord { Kind = HashListEntryKind.Pdq, Value = ListHarness.Pdq(2) }, ListHarness.Actor, default);

        await h.Service.DeleteAsync("GONE", ListHarness.Actor, default);
        var recreated = await h.Service.CreateAsync("GONE", null, 1.0, ListHarness.Actor, default);

        var entries = await h.AllEntriesAsync();
        Assert.All(entries, e => Assert.Equal((true, 4L), (e.Removed, e.Checkpoint)));
        await using var context = h.Database.CreateContext();
        var kept = context.HashLists.Single(l => l.Id == list.Id);
        Assert.True(HashListNames.IsDeleted(kept));
        Assert.Equal((4L, 0.0), (kept.Checkpoint, kept.MatchingEnabledRatio));
        Assert.NotEqual(list.Id, recreated.Id);
        Assert.Equal("GONE", Assert.Single(await h.Service.ListAsync(default)).List.Name);
        Assert.Contains(await h.Audit.RecentAsync(10, default), a => a.Action == "list.deleted" && a.Target == $"list:{list.Id}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddEntryAsync_Vpdq_StoresCanonicalFramesAndTheirSha256(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("VIDEOS", null, 1.0, ListHarness.Actor, default);
        var frames = $"{ListHarness.Pdq(1).ToUpperInvariant()},100,0;{ListHarness.Pdq(2)},90,1.5";

        var added = await h.Service.AddEntryAsync("VIDEOS", new HashListRecord { Kind = HashListEntryKind.Vpdq, Value = string.Empty, Frames = frames }, ListHarness.Actor, default);

        var canonical = $"{ListHarness.Pdq(1)},100,0.000\n{ListHarness.Pdq(2)},90,1.500\n";
        Assert.Equal(canonical, added.Entry.Frames);
        Assert.Equal(VpdqFrames.ValueOf(canonical), added.Entry.Value);
    }

    [Fact]
    public async Task AuditRecords_NeverContainEntryValues()
    {
        await using var h = await ListHarness.CreateAsync(DatabaseProvider.Sqlite);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        var added = await h.Service.AddEntryAsync("L", new HashListRecord { Kind = HashListEntryKind.Pdq, Value = ListHarness.Pdq(7) }, ListHarness.Actor, default);
        await h.Service.RemoveEntryAsync("L", added.Entry.Id, ListHarness.Actor, default);

        var records = await h.Audit.RecentAsync(10, default);

        Assert.Equal(["list.entry.removed", "list.entry.added", "list.created"], records.Select(r => r.Action));
        Assert.Equal($"list:{added.Entry.ListId}/entry:{added.Entry.Id}", records[0].Target);
        Assert.DoesNotContain(records, r => r.Target.Contains(ListHarness.Pdq(7)[..16], StringComparison.Ordinal));
    }
}
