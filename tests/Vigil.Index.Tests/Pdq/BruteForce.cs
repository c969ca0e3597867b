using Vigil.Hashing.Pdq;
using Vigil.Index.Pdq;

namespace Vigil.Index.Tests.Pdq;

/// <summary>The oracle: <see cref="PdqHash.Distance"/> against every entry.</summary>
internal static class BruteForce
{
    public static List<PdqMatch> Search(IReadOnlyList<PdqIndexEntry> entries, PdqHash query, int radius) =>
        [.. entries.Select(e => new PdqMatch(e.Id, PdqHash.Distance(e.Hash, query))).Where(m => m.Distance <= radius).Order(MatchOrder.Instance)];

    public static List<PdqMatch> Sorted(IEnumerable<PdqMatch> matches) => [.. matches.Order(MatchOrder.Instance)];

    private sealed class MatchOrder : IComparer<PdqMatch>
    {
        public static readonly MatchOrder Instance = new();

        public int Compare(PdqMatch x, PdqMatch y) =>
            x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : x.Id.CompareTo(y.Id);
    }
}
