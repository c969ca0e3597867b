using Microsoft.EntityFrameworkCore;
using Vigil.Core.Items;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>Near-duplicates and PDQ neighbours come from the in-memory item index, which follows the database.</summary>
public sealed class WorkspaceSimilarityTests
{
    // More than the 100,000 items the first version read (by id, so newer items were never compared).
    private const int Bulk = 100_050;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NearDuplicatesAsync_NeighbourNewerThan100000Items_Found(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (_, first) = await harness.ReportAsync(WorkspaceHarness.Start, "query");
        var hash = WorkspaceHarness.Pdq("query");
        await harness.SetPdqAsync(first[0], hash, 90);
        await BulkItemsAsync(harness, Bulk);
        var (_, last) = await harness.ReportAsync(WorkspaceHarness.Start, "neighbour");
        await harness.SetPdqAsync(last[0], WorkspaceHarness.Flip(hash, 5), 90);

        var near = await harness.Service.NearDuplicatesAsync(first[0], default);

        Assert.True(last[0] > Bulk);
        Assert.Equal([(last[0], 5)], near);
        Assert.Equal(Bulk + 2, harness.Index.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NearDuplicatesAsync_ItemsHashedAfterTheFirstLookup_FoundInAnyOrder(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (_, items) = await harness.ReportAsync(WorkspaceHarness.Start, "query", "far", "near-later", "near-first");
        var hash = WorkspaceHarness.Pdq("query");
        await harness.SetPdqAsync(items[0], hash, 90);
        await using (var context = harness.Database.CreateContext())
        {
            // Three items still processing (the hash step writes the PDQ before an item is processed): the index must
            // come back for each, whichever finishes first.
            await context.Items.Where(i => i.Id != items[0]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, ItemStatus.Pending));
        }

        Assert.Empty(await harness.Service.NearDuplicatesAsync(items[0], default));
        await harness.SetPdqAsync(items[3], WorkspaceHarness.Flip(hash, 3), 90);
        await harness.SetPdqAsync(items[1], WorkspaceHarness.Pdq("far"), 90);
        await ProcessedAsync(harness, items[1]);
        var afterOne = await harness.Service.NearDuplicatesAsync(items[0], default);
        await ProcessedAsync(harness, items[3]);
        await harness.SetPdqAsync(items[2], WorkspaceHarness.Flip(hash, harness.Options.PdqRadius), 90);
        await ProcessedAsync(harness, items[2]);
        var afterBoth = await harness.Service.NearDuplicatesAsync(items[0], default);

        Assert.Equal([(items[3], 3)], afterOne);
        Assert.Equal([(items[3], 3), (items[2], harness.Options.PdqRadius)], afterBoth);
        Assert.Equal(4, harness.Index.Count);
    }

    private static async Task ProcessedAsync(WorkspaceHarness harness, long itemId)
    {
        await using var context = harness.Database.CreateContext();
        await context.Items.Where(i => i.Id == itemId).ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, ItemStatus.Processed));
    }

    private static async Task BulkItemsAsync(WorkspaceHarness harness, int count)
    {
        // Set-based inserts of processed items with random 32-byte PDQs (about 128 bits from any other hash).
        await using var context = harness.Database.CreateContext();
        var ticks = WorkspaceHarness.Start.UtcTicks;
        var sql = harness.Database.Options.Provider == DatabaseProvider.Sqlite
            ? $"""
              WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
              INSERT INTO items (sha256, pdq, pdq_quality, size_bytes, media_type, status, first_seen_at)
              SELECT randomblob(32), randomblob(32), 90, 10, 'image/png', 'Processed', {ticks} FROM n
              """
            : $"""
              INSERT INTO items (sha256, pdq, pdq_quality, size_bytes, media_type, status, first_seen_at)
              SELECT sha256(int4send(i)), decode(md5(i::text) || md5((-i)::text), 'hex'), 90, 10, 'image/png', 'Processed', {ticks}
              FROM generate_series(1, {count}) AS i
              """;
        await context.Database.ExecuteSqlRawAsync(sql);
    }
}
