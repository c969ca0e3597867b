using System.Diagnostics;
using System.Runtime.InteropServices;
using Vigil.Hashing.Pdq;
using Vigil.Index.Hamming;
using Vigil.Index.Pdq;

namespace Vigil.Cli.Commands.Bench;

/// <summary>
/// Builds an index over <c>N</c> random hashes plus <c>Q</c> planted near-duplicates (planted hash i is exactly
/// <c>i % (R + 1)</c> bits from query i), then times every query on one thread against the index and against a
/// brute-force scan of the same contiguous hashes with the fastest vector kernel, and checks that both return
/// the same matches.
/// </summary>
public static class IndexBenchmark
{
    public static IndexBenchResult Run(int hashes, int queries, int radius, int seed, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var random = new Random(seed);
        var total = checked(hashes + queries);
        var words = new ulong[checked(total * HammingKernel.WordsPerHash)];
        random.NextBytes(MemoryMarshal.AsBytes(words.AsSpan(0, hashes * HammingKernel.WordsPerHash)));

        var queryHashes = new PdqHash[queries];
        for (var q = 0; q < queries; q++)
        {
            queryHashes[q] = new PdqHash(NextWord(random), NextWord(random), NextWord(random), NextWord(random));
            var planted = FlipBits(random, queryHashes[q], q % (radius + 1));
            WriteWords(planted, words.AsSpan((hashes + q) * HammingKernel.WordsPerHash, HammingKernel.WordsPerHash));
        }

        progress($"generated {hashes} random + {queries} planted hashes");
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = PdqIndex.Build(Entries(words, total), capacityHint: total);
        clock.Stop();
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        progress($"built in {clock.Elapsed.TotalSeconds:F2} s");

        using (index)
        {
            // Warm up both paths for a second, so tiered compilation (which waits for a quiet 100 ms before
            // recompiling hot methods) has installed optimised code before anything is timed, as in a server.
            var scratch = new List<PdqMatch>();
            var warmUp = Stopwatch.StartNew();
            for (var q = 0; warmUp.ElapsedMilliseconds < 1000 || q < 64; q++)
            {
                scratch.Clear();
                index.Search(queryHashes[q % queries], radius, scratch);
                if (q % 64 == 0)
                {
                    BruteForce(words.AsSpan(0, Math.Min(words.Length, 4 << 16)), queryHashes[q % queries], radius, scratch);
                }
            }

            Thread.Sleep(200);
            // Index queries first, then brute-force queries: interleaving them would let every 32-byte-per-hash
            // scan evict the index's tables from the caches and time the index cold.
            var indexMs = new double[queries];
            var bruteMs = new double[queries];
            var indexResults = new List<PdqMatch>[queries];
            for (var q = 0; q < queries; q++)
            {
                indexResults[q] = [];
                var start = Stopwatch.GetTimestamp();
                index.Search(queryHashes[q], radius, indexResults[q]);
                indexMs[q] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            progress($"{queries} index queries done");
            var bruteResults = new List<PdqMatch>();
            long expected = 0, found = 0;
            var plantedFound = 0;
            for (var q = 0; q < queries; q++)
            {
                bruteResults.Clear();
                var start = Stopwatch.GetTimestamp();
                BruteForce(words, queryHashes[q], radius, bruteResults);
                bruteMs[q] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

                expected += bruteResults.Count;
                var fromIndex = indexResults[q].ToHashSet();
                found += bruteResults.Count(fromIndex.Contains);
                plantedFound += fromIndex.Contains(new PdqMatch(hashes + q, q % (radius + 1))) ? 1 : 0;
                if ((q + 1) % 200 == 0)
                {
                    progress($"{q + 1}/{queries} brute-force queries");
                }
            }

            return new IndexBenchResult(
                hashes, queries, radius, HammingKernel.BestPath, clock.Elapsed, index.MemoryBytes, heapGrowth,
                expected, found, plantedFound,
                Percentile(indexMs, 0.50), Percentile(indexMs, 0.99), Percentile(bruteMs, 0.50), Percentile(bruteMs, 0.99));
        }
    }

    private static void BruteForce(ReadOnlySpan<ulong> words, PdqHash query, int radius, List<PdqMatch> results)
    {
        const int Chunk = 1024;
        Span<ushort> distances = stackalloc ushort[Chunk];
        var count = words.Length / HammingKernel.WordsPerHash;
        for (var start = 0; start < count; start += Chunk)
        {
            var take = Math.Min(Chunk, count - start);
            HammingKernel.Distances(words.Slice(start * HammingKernel.WordsPerHash, take * HammingKernel.WordsPerHash), query, distances);
            for (var i = 0; i < take; i++)
            {
                if (distances[i] <= radius)
                {
                    results.Add(new PdqMatch(start + i, distances[i]));
                }
            }
        }
    }

    private static IEnumerable<PdqIndexEntry> Entries(ulong[] words, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var w = words.AsSpan(i * HammingKernel.WordsPerHash, HammingKernel.WordsPerHash);
            yield return new PdqIndexEntry(i, new PdqHash(w[0], w[1], w[2], w[3]));
        }
    }

    private static double Percentile(double[] values, double fraction)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }

    private static ulong NextWord(Random random) => ((ulong)(uint)random.Next() << 33) ^ ((ulong)(uint)random.Next() << 2) ^ (ulong)random.Next(4);

    private static PdqHash FlipBits(Random random, PdqHash hash, int distance)
    {
        Span<ulong> w = [hash.W0, hash.W1, hash.W2, hash.W3];
        Span<byte> order = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            order[i] = (byte)i;
        }

        random.Shuffle(order);
        foreach (var bit in order[..distance])
        {
            w[bit >> 6] ^= 1UL << (bit & 63);
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }

    private static void WriteWords(PdqHash hash, Span<ulong> destination)
    {
        destination[0] = hash.W0;
        destination[1] = hash.W1;
        destination[2] = hash.W2;
        destination[3] = hash.W3;
    }
}
