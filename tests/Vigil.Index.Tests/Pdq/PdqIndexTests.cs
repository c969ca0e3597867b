using Vigil.Hashing.Pdq;
using Vigil.Index.Pdq;

namespace Vigil.Index.Tests.Pdq;

public sealed class PdqIndexTests
{
    public static TheoryData<string, int, PdqSearchStrategy> Cases()
    {
        var data = new TheoryData<string, int, PdqSearchStrategy>();
        foreach (var set in new[] { "random", "clustered", "duplicates" })
        {
            foreach (var radius in new[] { 0, 8, 31, 64 })
            {
                foreach (var strategy in Enum.GetValues<PdqSearchStrategy>())
                {
                    data.Add(set, radius, strategy);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Search_AnyDataRadiusAndStrategy_EqualsBruteForce(string set, int radius, PdqSearchStrategy strategy)
    {
        var random = new Random(HashCode.Combine(set.Length, radius, (int)strategy));
        var entries = set switch
        {
            "random" => RandomEntries(random, 3000),
            "clustered" => ClusteredEntries(random, centers: 40, perCenter: 60),
            _ => DuplicateEntries(random),
        };
        using var index = PdqIndex.Build(entries);
        var queries = Queries(random, entries, 120);

        foreach (var query in queries)
        {
            var actual = new List<PdqMatch>();
            index.Search(query, radius, actual, strategy);
            Assert.Equal(BruteForce.Search(entries, query, radius), BruteForce.Sorted(actual));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(64)]
    [InlineData(256)]
    public void Search_EmptyIndex_FindsNothing(int radius)
    {
        using var index = PdqIndex.Build([]);
        foreach (var strategy in Enum.GetValues<PdqSearchStrategy>())
        {
            var found = new List<PdqMatch>();
            Assert.Equal(0, index.Search(RandomHashes.Next(new Random(radius)), radius, found, strategy));
            Assert.Empty(found);
        }

        Assert.Equal(0, index.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(31)]
    [InlineData(64)]
    public void Search_OneEntry_FoundExactlyWithinRadius(int radius)
    {
        var random = new Random(radius);
        var hash = RandomHashes.Next(random);
        using var index = PdqIndex.Build([new PdqIndexEntry(7, hash)]);
        for (var distance = 0; distance <= 70; distance++)
        {
            var query = RandomHashes.FlipBits(random, hash, distance);
            foreach (var strategy in Enum.GetValues<PdqSearchStrategy>())
            {
                var found = new List<PdqMatch>();
                index.Search(query, radius, found, strategy);
                Assert.Equal(distance <= radius ? [new PdqMatch(7, distance)] : [], found);
            }
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(31)]
    [InlineData(64)]
    public void SearchDihedral_EightVariants_EqualsBruteForceMinimumOverVariants(int radius)
    {
        var random = new Random(1000 + radius);
        var entries = ClusteredEntries(random, centers: 20, perCenter: 30);
        using var index = PdqIndex.Build(entries);
        for (var q = 0; q < 30; q++)
        {
            // Each variant is near a different entry (or random), as the transforms of one image would be.
            var variants = Enumerable.Range(0, 8)
                .Select(_ => random.Next(3) == 0 ? RandomHashes.Next(random) : RandomHashes.FlipBits(random, entries[random.Next(entries.Count)].Hash, random.Next(70)))
                .ToArray();

            var expected = entries
                .Select(e => (e.Id, Best: Enumerable.Range(0, 8).Select(v => (Distance: PdqHash.Distance(e.Hash, variants[v]), Variant: v)).Min()))
                .Where(x => x.Best.Distance <= radius)
                .Select(x => new PdqDihedralMatch(x.Id, x.Best.Distance, x.Best.Variant))
                .OrderBy(m => m.Distance).ThenBy(m => m.Id)
                .ToList();

            Assert.Equal(expected, index.SearchDihedral(variants, radius));
        }
    }

    [Fact]
    public void AddRemoveCompact_IncrementalChanges_EqualBruteForceOverLiveEntries()
    {
        var random = new Random(5);
        var all = ClusteredEntries(random, centers: 30, perCenter: 40);
        var initial = all.Take(600).ToList();
        using var index = PdqIndex.Build(initial);
        var live = new List<PdqIndexEntry>(initial);

        foreach (var entry in all.Skip(600))
        {
            index.Add(entry.Id, entry.Hash);
            live.Add(entry);
        }

        // Remove from both the built part and the delta; a second removal of the same entry finds nothing.
        foreach (var victim in live.Where((_, i) => i % 7 == 0).ToList())
        {
            Assert.True(index.Remove(victim.Id, victim.Hash));
            Assert.False(index.Remove(victim.Id, victim.Hash));
            live.Remove(victim);
        }

        Assert.Equal(live.Count, index.Count);
        AssertEqualsBruteForce(index, live, random);

        index.Compact();
        Assert.Equal(0, index.PendingChanges);
        Assert.Equal(live.Count, index.Count);
        AssertEqualsBruteForce(index, live, random);
    }

    [Fact]
    public void Apply_BeyondDeltaLimit_CompactsAndStaysExact()
    {
        var random = new Random(11);
        var entries = RandomEntries(random, PdqIndex.DeltaLimit + 500);
        using var index = PdqIndex.CreateEmpty();

        var removedFound = index.Apply(entries, [new PdqIndexEntry(-5, RandomHashes.Next(random))]);

        Assert.Equal(0, removedFound);
        Assert.Equal(entries.Count, index.Count);
        Assert.Equal(0, index.PendingChanges);
        AssertEqualsBruteForce(index, entries, random);
    }

    [Fact]
    public void Apply_AutomaticCompactionOff_DeltaGrowsPastLimitAndStaysExact()
    {
        var random = new Random(12);
        var entries = RandomEntries(random, PdqIndex.DeltaLimit + 500);
        using var index = PdqIndex.CreateEmpty();
        index.CompactAutomatically = false;

        index.Apply(entries, []);

        Assert.Equal(entries.Count, index.PendingChanges);
        Assert.True(index.CompactionDue);
        AssertEqualsBruteForce(index, entries, random);
    }

    [Fact]
    public void CompactedCopy_AfterAddsAndRemoves_FreshIndexEqualsBruteForceAndOriginalUnchanged()
    {
        var random = new Random(13);
        var all = ClusteredEntries(random, centers: 20, perCenter: 50);
        using var index = PdqIndex.Build(all.Take(500));
        index.CompactAutomatically = false;
        var live = all.Take(500).ToList();
        index.Apply(all.Skip(500), []);
        live.AddRange(all.Skip(500));
        var victims = live.Where((_, i) => i % 5 == 0).ToList();
        Assert.Equal(victims.Count, index.Apply([], victims));
        live.RemoveAll(victims.Contains);
        var pending = index.PendingChanges;

        using var copy = index.CompactedCopy();

        Assert.Equal(0, copy.PendingChanges);
        Assert.False(copy.CompactAutomatically);
        Assert.Equal(live.Count, copy.Count);
        Assert.Equal(pending, index.PendingChanges);
        AssertEqualsBruteForce(copy, live, random);
        AssertEqualsBruteForce(index, live, random);
    }

    [Fact]
    public async Task BuildAsync_StreamedEntries_SameResultsAsBuild()
    {
        var random = new Random(3);
        var entries = RandomEntries(random, 2000);
        using var built = PdqIndex.Build(entries);
        using var streamed = await PdqIndex.BuildAsync(entries.ToAsyncEnumerable(), capacityHint: 10);
        foreach (var query in Queries(random, entries, 50))
        {
            Assert.Equal(built.Search(query, 31), streamed.Search(query, 31));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(257)]
    public void Search_RadiusOutOfRange_Throws(int radius)
    {
        using var index = PdqIndex.CreateEmpty();
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(default, radius));
    }

    private static void AssertEqualsBruteForce(PdqIndex index, List<PdqIndexEntry> live, Random random)
    {
        foreach (var radius in new[] { 0, 8, 31, 64 })
        {
            foreach (var query in Queries(random, live, 25))
            {
                foreach (var strategy in Enum.GetValues<PdqSearchStrategy>())
                {
                    var found = new List<PdqMatch>();
                    index.Search(query, radius, found, strategy);
                    Assert.Equal(BruteForce.Search(live, query, radius), BruteForce.Sorted(found));
                }
            }
        }
    }

    private static List<PdqIndexEntry> RandomEntries(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new PdqIndexEntry(i, RandomHashes.Next(random)))];

    // Tight clusters: many members within 31 and 64 bits of each other, as near-duplicate lists are.
    private static List<PdqIndexEntry> ClusteredEntries(Random random, int centers, int perCenter)
    {
        var entries = new List<PdqIndexEntry>();
        for (var c = 0; c < centers; c++)
        {
            var center = RandomHashes.Next(random);
            for (var m = 0; m < perCenter; m++)
            {
                entries.Add(new PdqIndexEntry(entries.Count, RandomHashes.FlipBits(random, center, random.Next(45))));
            }
        }

        return entries;
    }

    // Exact duplicate hashes under several ids, and the same id under several hashes.
    private static List<PdqIndexEntry> DuplicateEntries(Random random)
    {
        var entries = new List<PdqIndexEntry>();
        for (var i = 0; i < 200; i++)
        {
            var hash = RandomHashes.Next(random);
            var copies = 1 + random.Next(4);
            for (var c = 0; c < copies; c++)
            {
                entries.Add(new PdqIndexEntry(entries.Count, hash));
            }

            entries.Add(new PdqIndexEntry(i, RandomHashes.FlipBits(random, hash, random.Next(20))));
        }

        return entries;
    }

    private static List<PdqHash> Queries(Random random, List<PdqIndexEntry> entries, int count)
    {
        var queries = new List<PdqHash>();
        for (var q = 0; q < count; q++)
        {
            queries.Add(entries.Count == 0 || q % 4 == 0
                ? RandomHashes.Next(random)
                : RandomHashes.FlipBits(random, entries[random.Next(entries.Count)].Hash, random.Next(72)));
        }

        return queries;
    }
}
