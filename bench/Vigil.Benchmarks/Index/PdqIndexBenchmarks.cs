using BenchmarkDotNet.Attributes;
using Vigil.Hashing.Pdq;
using Vigil.Index.Hamming;
using Vigil.Index.Pdq;

namespace Vigil.Benchmarks.Index;

/// <summary>
/// Radius-31 search over random hashes with planted near-duplicates: the multi-index against a brute-force
/// scan with the best vector kernel (the baseline), 64 queries per operation.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class PdqIndexBenchmarks
{
    private const int Queries = 64;

    private ulong[] _words = [];
    private PdqHash[] _queries = [];
    private PdqIndex _index = PdqIndex.CreateEmpty();
    private readonly List<PdqMatch> _results = [];

    [Params(100_000, 1_000_000)]
    public int Hashes { get; set; }

    [Params(31)]
    public int Radius { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(4);
        _words = new ulong[Hashes * 4];
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
        }

        _queries = new PdqHash[Queries];
        for (var q = 0; q < Queries; q++)
        {
            // Every query has a stored hash q % 32 bits away, so both sides report real matches.
            var at = random.Next(Hashes) * 4;
            _queries[q] = new PdqHash(_words[at] ^ ((1UL << (q % 32)) - 1), _words[at + 1], _words[at + 2], _words[at + 3]);
        }

        _index.Dispose();
        _index = PdqIndex.Build(Enumerable.Range(0, Hashes).Select(i => new PdqIndexEntry(i, new PdqHash(_words[i * 4], _words[(i * 4) + 1], _words[(i * 4) + 2], _words[(i * 4) + 3]))), Hashes);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int BruteForce()
    {
        Span<ushort> distances = stackalloc ushort[1024];
        var found = 0;
        foreach (var query in _queries)
        {
            for (var start = 0; start < Hashes; start += 1024)
            {
                var take = Math.Min(1024, Hashes - start);
                HammingKernel.Distances(_words.AsSpan(start * 4, take * 4), query, distances);
                foreach (var d in distances[..take])
                {
                    found += d <= Radius ? 1 : 0;
                }
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public int MultiIndex()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            _results.Clear();
            found += _index.Search(query, Radius, _results);
        }

        return found;
    }
}
