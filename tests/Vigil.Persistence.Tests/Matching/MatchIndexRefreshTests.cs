using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using Vigil.Core.Matching;
using Vigil.Hashing.Pdq;
using Vigil.Persistence.Stores;
using Vigil.Persistence.Tests.HashLists;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Matching;

/// <summary>Refreshes at scale: bulk changes rebuild off the lock and swap, list deletes, off-lock compaction.</summary>
public sealed class MatchIndexRefreshTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Worker_BulkImportOfHundredThousandEntries_VisibleWithinTenSecondsWhileLookupsKeepAnswering(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        var options = new MatchingOptions { RefreshInterval = TimeSpan.FromSeconds(2) };
        using var host = new MatchIndexHost(new MatchingStore(h.Database.ContextFactory), options, TimeProvider.System, NullLogger<MatchIndexHost>.Instance);
        using var worker = new MatchIndexWorker(host, options, TimeProvider.System, NullLogger<MatchIndexWorker>.Instance);
        var random = new Random(17);
        var known = MatchIndexHostTests.RandomHash(random);
        await h.Service.CreateAsync("BULK", null, 1.0, ListHarness.Actor, default);
        await ImportAsync(h, "BULK", [known]);
        await worker.StartAsync(default);
        await UntilAsync(() => host.IsBuilt && host.FindPdq(known, 0, host.Filter()).Count == 1);
        var builtBefore = host.Status.BuiltAt;

        using var stop = new CancellationTokenSource();
        var lookups = Task.Run(() => LookUpUntilStopped(host, known, stop.Token));
        var bulk = Enumerable.Range(0, 100_000).Select(_ => MatchIndexHostTests.RandomHash(random)).ToList();
        await ImportAsync(h, "BULK", bulk);
        var watch = Stopwatch.StartNew();
        await UntilAsync(() => host.FindPdq(bulk[^1], 0, host.Filter()).Count == 1);
        var visibleAfter = watch.Elapsed;
        await stop.CancelAsync();
        var (count, missed, slowest) = await lookups;
        await worker.StopAsync(default);

        Assert.InRange(visibleAfter, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.True(count > 0, "no lookup ran during the refresh");
        Assert.Equal(0, missed);
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"a lookup took {slowest} during the refresh");
        Assert.True(host.Status.BuiltAt > builtBefore, "the bulk change was not taken as a fresh build");
        Assert.Equal((100_001, 0), (host.Status.Counts[HashListEntryKind.Pdq], host.Status.PendingChanges));
        var live = bulk.Append(known).ToList();
        foreach (var query in bulk.Take(10).Append(MatchIndexHostTests.RandomHash(random)))
        {
            Assert.Equal(BruteForce(live, query, 31), host.FindPdq(query, 31, host.Filter()).Select(m => m.Distance).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefreshAsync_RebuildInProgress_LookupsAnswerFromPreviousIndexUntilSwap(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        var store = new GatedMatchingStore(new MatchingStore(h.Database.ContextFactory));
        using var host = new MatchIndexHost(store, new MatchingOptions { RebuildThreshold = 1_000 }, TimeProvider.System, NullLogger<MatchIndexHost>.Instance);
        var random = new Random(23);
        var known = MatchIndexHostTests.RandomHash(random);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        await ImportAsync(h, "L", [known]);
        await host.RefreshAsync(default);
        var bulk = Enumerable.Range(0, 2_000).Select(_ => MatchIndexHostTests.RandomHash(random)).ToList();
        await ImportAsync(h, "L", bulk);

        store.Close();
        var refresh = host.RefreshAsync(default);
        await store.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var during = await Task.Run(() => (Known: host.FindPdq(known, 0, host.Filter()).Count, New: host.FindPdq(bulk[^1], 0, host.Filter()).Count)).WaitAsync(TimeSpan.FromSeconds(5));
        store.Open();
        var applied = await refresh;

        Assert.Equal((1, 0), during);
        Assert.Equal(2_001, applied);
        Assert.Single(host.FindPdq(bulk[^1], 0, host.Filter()));
        Assert.Single(host.FindPdq(known, 0, host.Filter()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefreshAsync_ChangesPastThresholdButWithinAnEighthOfTheIndex_AppliedWithoutRebuild(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        using var host = new MatchIndexHost(new MatchingStore(h.Database.ContextFactory), new MatchingOptions { RebuildThreshold = 1_000 }, TimeProvider.System, NullLogger<MatchIndexHost>.Instance);
        var random = new Random(31);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        await ImportAsync(h, "L", Enumerable.Range(0, 20_000).Select(_ => MatchIndexHostTests.RandomHash(random)));
        await host.RefreshAsync(default);
        var built = host.Status.BuiltAt;

        // 2,400 changes: past the threshold, but within 20,000 / 8: applied in batches, no fresh build.
        var within = Enumerable.Range(0, 2_400).Select(_ => MatchIndexHostTests.RandomHash(random)).ToList();
        await ImportAsync(h, "L", within);
        Assert.Equal(2_400, await host.RefreshAsync(default));
        Assert.Equal(built, host.Status.BuiltAt);
        Assert.Single(host.FindPdq(within[^1], 0, host.Filter()));

        // 3,000 more: past 22,400 / 8 as well, so the index is built afresh.
        var past = Enumerable.Range(0, 3_000).Select(_ => MatchIndexHostTests.RandomHash(random)).ToList();
        await ImportAsync(h, "L", past);
        Assert.Equal(25_400, await host.RefreshAsync(default));
        Assert.True(host.Status.BuiltAt > built);
        Assert.Single(host.FindPdq(past[^1], 0, host.Filter()));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndSizes))]
    public async Task RefreshAsync_ListDeletedByService_ItsEntriesDisappear(DatabaseProvider provider, int size)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        using var host = new MatchIndexHost(new MatchingStore(h.Database.ContextFactory), new MatchingOptions { RebuildThreshold = 1_000 }, TimeProvider.System, NullLogger<MatchIndexHost>.Instance);
        var random = new Random(size);
        var keep = Enumerable.Range(0, 50).Select(_ => MatchIndexHostTests.RandomHash(random)).ToList();
        var gone = Enumerable.Range(0, size).Select(_ => MatchIndexHostTests.RandomHash(random)).ToList();
        await h.Service.CreateAsync("KEEP", null, 1.0, ListHarness.Actor, default);
        await h.Service.CreateAsync("GONE", null, 1.0, ListHarness.Actor, default);
        await ImportAsync(h, "KEEP", keep);
        await ImportAsync(h, "GONE", gone);
        await host.RefreshAsync(default);
        Assert.Single(host.FindPdq(gone[0], 0, host.Filter() with { IgnoreRatio = true, IncludeDisabled = true }));
        var builtBefore = host.Status.BuiltAt;

        await h.Service.DeleteAsync("GONE", ListHarness.Actor, default);
        var applied = await host.RefreshAsync(default);

        // Up to the threshold the tombstones are applied; past it the index is built afresh without them.
        Assert.Equal(size > 1_000 ? 50 : size, applied);
        Assert.Equal(size > 1_000, host.Status.BuiltAt > builtBefore);
        Assert.Equal(50, host.Status.Counts[HashListEntryKind.Pdq]);
        var everything = host.Filter() with { IgnoreRatio = true, IncludeDisabled = true };
        foreach (var query in gone.Take(20).Concat(keep.Take(5)))
        {
            Assert.Equal(BruteForce(keep, query, 64), host.FindPdq(query, 64, everything).Select(m => m.Distance).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefreshAsync_ChangesPastDeltaLimitInSmallRefreshes_CompactsOffLockAndEqualsBruteForce(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        using var host = new MatchIndexHost(new MatchingStore(h.Database.ContextFactory), new MatchingOptions(), TimeProvider.System, NullLogger<MatchIndexHost>.Instance);
        var random = new Random(29);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        await host.RefreshAsync(default);
        var live = new List<PdqHash>();
        var pending = new List<int>();

        for (var round = 0; round < 3; round++)
        {
            var hashes = Enumerable.Range(0, 12_000).Select(_ => MatchIndexHostTests.RandomHash(random)).ToList();
            await ImportAsync(h, "L", hashes);
            live.AddRange(hashes);
            Assert.Equal(12_000, await host.RefreshAsync(default));
            pending.Add(host.Status.PendingChanges);
        }

        // 24,000 pending changes stay in the delta (no compaction under the lock); past 32,768 it is compacted.
        Assert.Equal([12_000, 24_000, 0], pending);
        Assert.Equal(36_000, host.Status.Counts[HashListEntryKind.Pdq]);
        foreach (var query in live.Where((_, i) => i % 4_000 == 0).Append(MatchIndexHostTests.RandomHash(random)))
        {
            Assert.Equal(BruteForce(live, query, 31), host.FindPdq(query, 31, host.Filter()).Select(m => m.Distance).ToList());
        }
    }

    public static TheoryData<DatabaseProvider, int> ProvidersAndSizes()
    {
        var data = new TheoryData<DatabaseProvider, int>();
        foreach (var provider in TestDatabase.Providers.Select(p => (DatabaseProvider)p[0]))
        {
            data.Add(provider, 10);
            data.Add(provider, 3_000);
        }

        return data;
    }

    private static List<int> BruteForce(List<PdqHash> live, PdqHash query, int radius) =>
        [.. live.Select(h => PdqHash.Distance(h, query)).Where(d => d <= radius).Order()];

    private static async Task ImportAsync(ListHarness h, string list, IEnumerable<PdqHash> hashes)
    {
        var text = new StringBuilder();
        foreach (var hash in hashes)
        {
            text.Append(hash.ToString()).Append('\n');
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        await h.Service.ImportAsync(list, stream, HashListFormat.HmaPdq, ListHarness.Actor, null, default);
    }

    private static (int Count, int Missed, TimeSpan Slowest) LookUpUntilStopped(MatchIndexHost host, PdqHash known, CancellationToken stop)
    {
        var (count, missed, slowest) = (0, 0, TimeSpan.Zero);
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            missed += host.FindPdq(known, 0, host.Filter()).Count == 1 ? 0 : 1;
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, Stopwatch.GetElapsedTime(started).Ticks));
            count++;
            Thread.Sleep(1);
        }

        return (count, missed, slowest);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the condition did not hold within 30 s");
            await Task.Delay(20);
        }
    }
}
