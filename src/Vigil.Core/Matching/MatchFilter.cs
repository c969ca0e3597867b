namespace Vigil.Core.Matching;

/// <summary>
/// Which entries a lookup may return: only these lists (null: all), entries enabled at <paramref name="Now"/>,
/// and lists whose matching-enabled ratio reaches <paramref name="Coinflip"/> (HMA's rule: a list with ratio r
/// takes part in a share r of lookups; 0 switches it off, 1 on).
/// </summary>
public sealed record MatchFilter(IReadOnlySet<long>? ListIds, DateTimeOffset Now, double Coinflip)
{
    /// <summary>Lists take part whatever their matching-enabled ratio (HMA's raw lookup and <c>bypass_coinflip</c>).</summary>
    public bool IgnoreRatio { get; init; }

    /// <summary>Entries match even while disabled (HMA's raw lookup, which reads the index without the content's status).</summary>
    public bool IncludeDisabled { get; init; }

    /// <summary>A coinflip fixed by a text seed (HMA's <c>seed</c> parameter): FNV-1a of its UTF-16 code units.</summary>
    public static double CoinflipFor(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var hash = 14695981039346656037UL;
        foreach (var c in seed)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return CoinflipFor(unchecked((long)hash));
    }

    /// <summary>A coinflip in [0, 1) fixed by a seed (e.g. the item id), so re-running a lookup gives the same answer.</summary>
    public static double CoinflipFor(long seed)
    {
        // SplitMix64 finaliser: spreads consecutive seeds over the whole range.
        var z = unchecked((ulong)seed + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
