using Vigil.Hashing.Pdq;
using Vigil.Index.Hamming;

namespace Vigil.Index.Pdq;

public sealed partial class PdqIndex
{
    /// <summary>Every entry within <paramref name="radius"/> of <paramref name="query"/>, nearest first (ties by id).</summary>
    public IReadOnlyList<PdqMatch> Search(PdqHash query, int radius = DefaultRadius)
    {
        var results = new List<PdqMatch>();
        Search(query, radius, results);
        results.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Id.CompareTo(b.Id));
        return results;
    }

    /// <summary>
    /// Appends every entry within <paramref name="radius"/> of <paramref name="query"/> to
    /// <paramref name="results"/> (unordered) and returns how many were appended. Every strategy is exact.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The radius is outside 0..<see cref="MaxRadius"/>.</exception>
    public int Search(PdqHash query, int radius, ICollection<PdqMatch> results, PdqSearchStrategy strategy = PdqSearchStrategy.Auto)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(radius, MaxRadius);
        var before = results.Count;
        _lock.EnterReadLock();
        try
        {
            var useMultiIndex = strategy switch
            {
                PdqSearchStrategy.MultiIndex => true,
                PdqSearchStrategy.LinearScan => false,
                _ => _base.PrefersMultiIndex(radius),
            };
            if (useMultiIndex)
            {
                _base.SearchMultiIndex(query, radius, results);
            }
            else
            {
                _base.SearchLinear(query, radius, results);
            }

            SearchDelta(query, radius, results);
        }
        finally
        {
            _lock.ExitReadLock();
        }

        return results.Count - before;
    }

    /// <summary>
    /// Searches with each of a query's variants (for example the eight from
    /// <see cref="PdqHasher.HashDihedral"/>) and returns each id once, with its smallest distance over the
    /// variants (and over the id's hashes, where one id was added with several) and the first variant that gave
    /// it; nearest first, ties by id.
    /// </summary>
    public IReadOnlyList<PdqDihedralMatch> SearchDihedral(ReadOnlySpan<PdqHash> variants, int radius = DefaultRadius)
    {
        var best = new Dictionary<long, PdqDihedralMatch>();
        var found = new List<PdqMatch>();
        for (var v = 0; v < variants.Length; v++)
        {
            found.Clear();
            Search(variants[v], radius, found);
            foreach (var match in found)
            {
                if (!best.TryGetValue(match.Id, out var current) || match.Distance < current.Distance)
                {
                    best[match.Id] = new PdqDihedralMatch(match.Id, match.Distance, v);
                }
            }
        }

        var results = best.Values.ToList();
        results.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Id.CompareTo(b.Id));
        return results;
    }

    private void SearchDelta(PdqHash query, int radius, ICollection<PdqMatch> results)
    {
        const int Chunk = 512;
        Span<ushort> distances = stackalloc ushort[Chunk];
        var words = _delta.Words;
        var ids = _delta.Ids;
        for (var start = 0; start < ids.Length; start += Chunk)
        {
            var take = Math.Min(Chunk, ids.Length - start);
            HammingKernel.Distances(words.Slice(start * HammingKernel.WordsPerHash, take * HammingKernel.WordsPerHash), query, distances);
            for (var i = 0; i < take; i++)
            {
                if (distances[i] <= radius)
                {
                    results.Add(new PdqMatch(ids[start + i], distances[i]));
                }
            }
        }
    }
}
