using Vigil.Hashing.Pdq;

namespace Vigil.Hashing.Vpdq;

/// <summary>
/// Compares two vPDQ hashes as the reference brute-force matcher does (python-threatexchange
/// vpdq_brute_matcher.match_VPDQ_hash_brute): each side is de-duplicated by exact hash (first occurrence kept),
/// then frames under the quality tolerance are dropped; a frame matches when any frame of the other side is within
/// the distance tolerance (inclusive); each percentage is matched frames * 100 / remaining frames. Where either side
/// has no frame left both percentages are 0 and there is no match (the C++ matcher's rule; the Python one divides
/// by zero there). Pure and thread-safe.
/// </summary>
public static class VpdqMatcher
{
    /// <summary>Compares <paramref name="query"/> with <paramref name="target"/>.</summary>
    public static VpdqMatchResult Match(IReadOnlyList<VpdqFeature> query, IReadOnlyList<VpdqFeature> target, VpdqMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(target);
        options ??= VpdqMatchOptions.Default;
        options.Validate();

        var q = Prepare(query, options.QualityTolerance);
        var t = Prepare(target, options.QualityTolerance);
        if (q.Length == 0 || t.Length == 0)
        {
            return new VpdqMatchResult(0, 0, false);
        }

        var queryPercent = CountFoundIn(q, t, options.DistanceTolerance) * 100.0 / q.Length;
        var targetPercent = CountFoundIn(t, q, options.DistanceTolerance) * 100.0 / t.Length;
        var isMatch = queryPercent >= options.QueryMatchThresholdPercent && targetPercent >= options.TargetMatchThresholdPercent;
        return new VpdqMatchResult(queryPercent, targetPercent, isMatch);
    }

    /// <summary>The unique hashes (first occurrence kept) whose frame quality reaches <paramref name="qualityTolerance"/>, in order.</summary>
    public static PdqHash[] Prepare(IReadOnlyList<VpdqFeature> features, int qualityTolerance)
    {
        ArgumentNullException.ThrowIfNull(features);
        var seen = new HashSet<PdqHash>(features.Count);
        var kept = new List<PdqHash>(features.Count);
        foreach (var feature in features)
        {
            // De-duplicate before the quality filter, in the reference's order: a repeated hash counts once even
            // where its first occurrence is the low-quality one.
            if (seen.Add(feature.Hash) && feature.Quality >= qualityTolerance)
            {
                kept.Add(feature.Hash);
            }
        }

        return [.. kept];
    }

    private static int CountFoundIn(PdqHash[] needles, PdqHash[] haystack, int distanceTolerance)
    {
        var count = 0;
        foreach (var needle in needles)
        {
            foreach (var candidate in haystack)
            {
                if (PdqHash.Distance(needle, candidate) <= distanceTolerance)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
