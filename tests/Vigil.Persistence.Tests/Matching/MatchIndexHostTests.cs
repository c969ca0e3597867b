using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.HashLists;
using Vigil.Core.Matching;
using Vigil.Hashing.Pdq;
using Vigil.Persistence.Stores;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Matching;

public sealed class MatchIndexHostTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefreshAsync_SeriesOfAddsRemovesAndDisables_EqualsBruteForce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var lists = new TestHashLists(database.ContextFactory);
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        using var host = CreateHost(database, time);
        var random = new Random(42);
        var listA = await lists.CreateAsync("LIST_A");
        var listB = await lists.CreateAsync("LIST_B");
        var centres = Enumerable.Range(0, 4).Select(_ => RandomHash(random)).ToArray();
        var live = new Dictionary<long, (long List, PdqHash Hash)>();
        var disabledUntil = new Dictionary<long, DateTimeOffset>();
        await host.RefreshAsync(default);

        for (var round = 0; round < 6; round++)
        {
            // Clustered adds (near the centres, so searches find several) on both lists.
            foreach (var list in new[] { listA, listB })
            {
                var hashes = Enumerable.Range(0, 25).Select(_ => Near(random, centres[random.Next(centres.Length)], random.Next(2, 40))).Distinct().ToArray();
                var ids = await lists.AddAsync(list, [.. hashes.Select(h => (HashListEntryKind.Pdq, h.ToString(), (string?)null))]);
                for (var i = 0; i < ids.Length; i++)
                {
                    live[ids[i]] = (list, hashes[i]);
                }
            }

            foreach (var id in live.Keys.OrderBy(_ => random.Next()).Take(6).ToList())
            {
                await lists.RemoveAsync(live[id].List, id);
                live.Remove(id);
                disabledUntil.Remove(id);
            }

            foreach (var id in live.Keys.OrderBy(_ => random.Next()).Take(4).ToList())
            {
                var until = time.GetUtcNow().AddMinutes(random.Next(1, 10));
                await lists.DisableAsync(live[id].List, id, until);
                disabledUntil[id] = until;
            }

            foreach (var id in disabledUntil.Keys.OrderBy(_ => random.Next()).Take(1).ToList())
            {
                await lists.DisableAsync(live[id].List, id, null);
                disabledUntil.Remove(id);
            }

            await host.RefreshAsync(default);
            time.Advance(TimeSpan.FromMinutes(2));

            foreach (var radius in new[] { 0, 8, 31, 64 })
            {
                foreach (var query in centres.Append(RandomHash(random)))
                {
                    var expected = live
                        .Where(e => !disabledUntil.TryGetValue(e.Key, out var until) || time.GetUtcNow() >= until)
                        .Select(e => (Id: e.Key, Distance: PdqHash.Distance(query, e.Value.Hash)))
                        .Where(e => e.Distance <= radius)
                        .OrderBy(e => e.Distance).ThenBy(e => e.Id)
                        .ToList();
                    var actual = host.FindPdq(query, radius, host.Filter(seed: 1)).Select(m => (Id: m.EntryId, m.Distance)).ToList();
                    Assert.Equal(expected, actual);
                }
            }
        }

        // A list switched off (ratio 0) matches nothing; its entries come back when it is switched on again.
        await lists.SetRatioAsync(listB, 0);
        await host.RefreshAsync(default);
        Assert.DoesNotContain(host.FindPdq(centres[0], 64, host.Filter(seed: 1)), m => m.ListId == listB);
        await lists.SetRatioAsync(listB, 1);
        await host.RefreshAsync(default);
        Assert.Contains(host.FindPdq(centres[0], 64, host.Filter(seed: 1)), m => m.ListId == listB);

        // A deleted list disappears (the index is rebuilt without it).
        await lists.DeleteListAsync(listB);
        await host.RefreshAsync(default);
        Assert.DoesNotContain(host.FindPdq(centres[0], 64, host.Filter(seed: 1)), m => m.ListId == listB);
        Assert.Equal(live.Count(e => e.Value.List == listA), host.Status.Counts[HashListEntryKind.Pdq]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Worker_ChangeMadeByAnotherNode_VisibleToLookupsWithinTenSeconds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var otherNode = new TestHashLists(database.ContextFactory);
        var listId = await otherNode.CreateAsync("PARTNER");
        var options = new MatchingOptions { RefreshInterval = TimeSpan.FromSeconds(2) };
        using var host = new MatchIndexHost(new MatchingStore(database.ContextFactory), options, TimeProvider.System, NullLogger<MatchIndexHost>.Instance);
        using var worker = new MatchIndexWorker(host, options, TimeProvider.System, NullLogger<MatchIndexWorker>.Instance);
        await worker.StartAsync(default);
        await host.EnsureBuiltAsync(default);
        var hash = RandomHash(new Random(7));
        var sha = new string('a', 64);
        Assert.Empty(host.FindPdq(hash, 31, host.Filter()));

        var watch = Stopwatch.StartNew();
        var pdqId = await otherNode.AddOneAsync(listId, HashListEntryKind.Pdq, hash.ToString());
        var shaId = await otherNode.AddOneAsync(listId, HashListEntryKind.Sha256, sha);
        await WaitUntilAsync(() => host.FindPdq(hash, 31, host.Filter()).Count == 1 && host.FindDigest(HashListEntryKind.Sha256, Convert.FromHexString(sha), host.Filter()).Count == 1);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));

        watch.Restart();
        await otherNode.RemoveAsync(listId, pdqId);
        await otherNode.DisableAsync(listId, shaId, TimeProvider.System.GetUtcNow().AddDays(1));
        await WaitUntilAsync(() => host.FindPdq(hash, 31, host.Filter()).Count == 0 && host.FindDigest(HashListEntryKind.Sha256, Convert.FromHexString(sha), host.Filter()).Count == 0);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        await worker.StopAsync(default);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindModelHash_Sha256AndAutoV2Entries_MatchEitherForm(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var lists = new TestHashLists(database.ContextFactory);
        var listId = await lists.CreateAsync("MODELS");
        var modelSha = "0123456789" + new string('b', 54);
        var otherSha = "fedcba9876" + new string('c', 54);
        var shaId = await lists.AddOneAsync(listId, HashListEntryKind.ModelSha256, modelSha);
        var autoId = await lists.AddOneAsync(listId, HashListEntryKind.ModelAutoV2, otherSha[..10]);
        await lists.AddOneAsync(listId, HashListEntryKind.Sha256, new string('d', 64));
        using var host = CreateHost(database, TimeProvider.System);
        await host.RefreshAsync(default);

        Assert.Equal([shaId], host.FindModelHash(modelSha, host.Filter()).Select(m => m.EntryId));
        Assert.Equal([shaId], host.FindModelHash("0123456789", host.Filter()).Select(m => m.EntryId));
        Assert.Equal([autoId], host.FindModelHash(otherSha.ToUpperInvariant(), host.Filter()).Select(m => m.EntryId));
        Assert.Empty(host.FindModelHash(new string('d', 64), host.Filter()));
        Assert.Empty(host.FindModelHash("not a hash", host.Filter()));
        Assert.Single(host.FindDigest(HashListEntryKind.Sha256, Convert.FromHexString(new string('d', 64)), host.Filter()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindModelHash_AutoV3AndAutoV1Entries_MatchEveryFormOfTheHash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var lists = new TestHashLists(database.ContextFactory);
        var listId = await lists.CreateAsync("LORAS");
        var full = "abcdef012345" + new string('6', 52);
        var shortId = await lists.AddOneAsync(listId, HashListEntryKind.ModelAutoV3, "abcdef012345");
        var fullId = await lists.AddOneAsync(listId, HashListEntryKind.ModelAutoV3, full);
        var otherFullId = await lists.AddOneAsync(listId, HashListEntryKind.ModelAutoV3, "abcdef012345" + new string('7', 52));
        var autoV1Id = await lists.AddOneAsync(listId, HashListEntryKind.ModelAutoV1, "0badf00d");
        await lists.AddOneAsync(listId, HashListEntryKind.Sha256, full);
        using var host = CreateHost(database, TimeProvider.System);
        await host.RefreshAsync(default);

        Assert.Equal([shortId, fullId, otherFullId], host.FindModelHash(HashListEntryKind.ModelAutoV3, "ABCDEF012345", host.Filter()).Select(m => m.EntryId));
        Assert.Equal([shortId, fullId], host.FindModelHash(HashListEntryKind.ModelAutoV3, full, host.Filter()).Select(m => m.EntryId));
        Assert.Equal([autoV1Id], host.FindModelHash(HashListEntryKind.ModelAutoV1, "0badf00d", host.Filter()).Select(m => m.EntryId));
        Assert.Empty(host.FindModelHash(HashListEntryKind.ModelSha256, full, host.Filter()));
        Assert.Empty(host.FindModelHash(HashListEntryKind.ModelAutoV3, "abcdef0123", host.Filter()));
        Assert.True(HashLookup.TryResolveKind("abcdef012345", null, out var kind, out _));
        Assert.Equal(HashListEntryKind.ModelAutoV3, kind);
        Assert.Equal([shortId, fullId, otherFullId], HashLookup.Find(host, kind, "abcdef012345", 0, host.Filter()).Select(m => m.EntryId));
    }

    internal static MatchIndexHost CreateHost(TestDatabase database, TimeProvider time) =>
        new(new MatchingStore(database.ContextFactory), new MatchingOptions(), time, NullLogger<MatchIndexHost>.Instance);

    internal static PdqHash RandomHash(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());

    private static PdqHash Near(Random random, PdqHash centre, int flips)
    {
        Span<ulong> w = [centre.W0, centre.W1, centre.W2, centre.W3];
        for (var i = 0; i < flips; i++)
        {
            var bit = random.Next(256);
            w[bit / 64] ^= 1UL << (bit % 64);
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "the change was not visible within 10 s");
            await Task.Delay(50);
        }
    }
}
