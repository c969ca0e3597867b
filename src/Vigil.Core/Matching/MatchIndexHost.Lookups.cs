using Vigil.Core.HashLists;
using Vigil.Hashing.Pdq;
using Vigil.Hashing.Vpdq;
using Vigil.Index.Pdq;

namespace Vigil.Core.Matching;

public sealed partial class MatchIndexHost
{
    /// <summary>Entries whose digest equals <paramref name="digest"/> (MD5, SHA-1 or SHA-256 of a file).</summary>
    public IReadOnlyList<HashMatch> FindDigest(HashListEntryKind kind, ReadOnlySpan<byte> digest, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ids = new List<long>();
        _lock.EnterReadLock();
        try
        {
            var state = _state ?? throw NotBuilt();
            var index = kind switch
            {
                HashListEntryKind.Md5 => state.Md5,
                HashListEntryKind.Sha1 => state.Sha1,
                HashListEntryKind.Sha256 or HashListEntryKind.ModelSha256 => state.Sha256,
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a digest kind."),
            };
            index.Lookup(digest, ids);
            return Collect(state, ids.Select(id => (id, 0)), filter, kind);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Model entries named by a model hash found in an item's metadata, by length: 64 hex as a model file's SHA-256,
    /// 10 hex as an AutoV2 hash (see <see cref="FindModelHash(HashListEntryKind, string, MatchFilter)"/>).
    /// </summary>
    public IReadOnlyList<HashMatch> FindModelHash(string hex, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return hex.Trim().Length switch
        {
            64 => FindModelHash(HashListEntryKind.ModelSha256, hex, filter),
            10 => FindModelHash(HashListEntryKind.ModelAutoV2, hex, filter),
            _ => [],
        };
    }

    /// <summary>
    /// Model entries a declared hash of <paramref name="kind"/> names, every form of the same hash included (as
    /// <see cref="Provenance.ModelHashLookups"/> derives them): a SHA-256 finds SHA-256 entries and AutoV2 entries
    /// of its first 10 hex; an AutoV2 finds AutoV2 entries and SHA-256 entries starting with it; a 12-hex AutoV3
    /// finds AutoV3 entries starting with it, a 64-hex one AutoV3 entries equal to it or to its first 12; an AutoV1
    /// finds equal AutoV1 entries. A value that is not valid for the kind matches nothing.
    /// </summary>
    public IReadOnlyList<HashMatch> FindModelHash(HashListEntryKind kind, string hex, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(hex);
        ArgumentNullException.ThrowIfNull(filter);
        if (kind is not (HashListEntryKind.ModelSha256 or HashListEntryKind.ModelAutoV2 or HashListEntryKind.ModelAutoV3 or HashListEntryKind.ModelAutoV1)
            || !HashValues.TryNormalize(kind, hex, out var value, out _))
        {
            return [];
        }

        _lock.EnterReadLock();
        try
        {
            var state = _state ?? throw NotBuilt();
            // Each table holds several kinds (the SHA-256 digest index also file SHA-256 and full AutoV3 entries,
            // the AutoV2 prefix table also SHA-256 entries), so each source says which kinds it may answer with.
            (IReadOnlyList<long> Ids, HashListEntryKind[] Kinds)[] sources = kind switch
            {
                HashListEntryKind.ModelSha256 =>
                [
                    (state.Sha256.Lookup(Convert.FromHexString(value)), [HashListEntryKind.ModelSha256]),
                    (state.AutoV2(value[..10]), [HashListEntryKind.ModelAutoV2]),
                ],
                HashListEntryKind.ModelAutoV2 => [(state.AutoV2(value), [HashListEntryKind.ModelAutoV2, HashListEntryKind.ModelSha256])],
                HashListEntryKind.ModelAutoV3 when value.Length == HashValues.AutoV3ShortLength => [(state.AutoV3(value), [kind])],
                HashListEntryKind.ModelAutoV3 =>
                [
                    (state.Sha256.Lookup(Convert.FromHexString(value)), [kind]),
                    (state.AutoV3Short(value[..HashValues.AutoV3ShortLength]), [kind]),
                ],
                _ => [(state.AutoV1(value), [kind])],
            };
            var results = new List<HashMatch>();
            var seen = new HashSet<long>();
            foreach (var (ids, kinds) in sources)
            {
                foreach (var id in ids)
                {
                    if (state.Eligible(id, filter, out var entry, out var list) && kinds.Contains(entry.Kind) && seen.Add(id))
                    {
                        results.Add(new HashMatch(id, entry.ListId, list!.Name, entry.Kind, 0));
                    }
                }
            }

            return Ordered(results);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>PDQ entries within <paramref name="radius"/> (0..64) of <paramref name="hash"/>, nearest first.</summary>
    public IReadOnlyList<HashMatch> FindPdq(PdqHash hash, int radius, MatchFilter filter)
    {
        CheckRadius(radius);
        ArgumentNullException.ThrowIfNull(filter);
        var found = new List<PdqMatch>();
        _lock.EnterReadLock();
        try
        {
            var state = _state ?? throw NotBuilt();
            state.Pdq.Search(hash, radius, found);
            return Collect(state, found.Where(m => !VpdqFrameIds.IsFrame(m.Id)).Select(m => (m.Id, m.Distance)), filter, HashListEntryKind.Pdq);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>PDQ entries within the radius of any of a query's variants (e.g. its eight dihedral hashes).</summary>
    public IReadOnlyList<HashMatch> FindPdqDihedral(IReadOnlyList<PdqHash> variants, int radius, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(filter);
        CheckRadius(radius);
        _lock.EnterReadLock();
        try
        {
            var state = _state ?? throw NotBuilt();
            var results = new List<HashMatch>();
            foreach (var m in state.Pdq.SearchDihedral([.. variants], radius))
            {
                if (!VpdqFrameIds.IsFrame(m.Id) && state.Eligible(m.Id, filter, out var entry, out var list))
                {
                    results.Add(new HashMatch(m.Id, entry.ListId, list!.Name, HashListEntryKind.Pdq, m.Distance) { Variant = m.Variant });
                }
            }

            return Ordered(results);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Matches a video's frames: each usable frame (unique hash, quality at least the tolerance, as the reference
    /// matcher prepares them) is searched once in the PDQ index. Hits on PDQ entries within <paramref name="radius"/>
    /// are PDQ matches (with the frame); hits on vPDQ frames within the distance tolerance give, per listed video,
    /// the reference matcher's two percentages (query frames found in it; its frames found in the query), and a vPDQ
    /// match where both reach the thresholds. Equal to <see cref="VpdqMatcher.Match"/> against every listed video.
    /// </summary>
    public IReadOnlyList<HashMatch> MatchVideo(IReadOnlyList<VpdqFeature> frames, int radius, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(filter);
        CheckRadius(radius);
        var vpdq = _options.Vpdq;
        var query = UsableFrames(frames, vpdq.QualityTolerance);
        if (query.Count == 0)
        {
            return [];
        }

        var searchRadius = Math.Max(radius, vpdq.DistanceTolerance);
        var pdqBest = new Dictionary<long, (int Distance, int Frame)>();
        var videos = new Dictionary<long, VideoHits>();
        var found = new List<PdqMatch>();
        _lock.EnterReadLock();
        try
        {
            var state = _state ?? throw NotBuilt();
            var eligible = new Dictionary<long, bool>();
            bool IsEligible(long id) => eligible.TryGetValue(id, out var ok) ? ok : eligible[id] = state.Eligible(id, filter, out _, out _);

            for (var q = 0; q < query.Count; q++)
            {
                found.Clear();
                state.Pdq.Search(query[q].Hash, searchRadius, found);
                foreach (var m in found)
                {
                    if (!VpdqFrameIds.IsFrame(m.Id))
                    {
                        if (m.Distance <= radius && IsEligible(m.Id) && (!pdqBest.TryGetValue(m.Id, out var best) || m.Distance < best.Distance))
                        {
                            pdqBest[m.Id] = (m.Distance, query[q].FrameNumber);
                        }

                        continue;
                    }

                    var (entryId, ordinal) = VpdqFrameIds.Decode(m.Id);
                    if (m.Distance <= vpdq.DistanceTolerance && IsEligible(entryId))
                    {
                        if (!videos.TryGetValue(entryId, out var hits))
                        {
                            videos[entryId] = hits = new VideoHits();
                        }

                        hits.Query.Add(q);
                        hits.Target.Add(ordinal);
                        hits.Best = Math.Min(hits.Best, m.Distance);
                    }
                }
            }

            var results = new List<HashMatch>();
            foreach (var (id, (distance, frame)) in pdqBest)
            {
                var entry = state.Entries[id];
                results.Add(new HashMatch(id, entry.ListId, state.Lists[entry.ListId].Name, HashListEntryKind.Pdq, distance) { Frame = frame });
            }

            foreach (var (id, hits) in videos)
            {
                var entry = state.Entries[id];
                var queryPercent = hits.Query.Count * 100.0 / query.Count;
                var targetPercent = hits.Target.Count * 100.0 / entry.FrameCount;
                if (queryPercent >= vpdq.QueryMatchThresholdPercent && targetPercent >= vpdq.TargetMatchThresholdPercent)
                {
                    results.Add(new HashMatch(id, entry.ListId, state.Lists[entry.ListId].Name, HashListEntryKind.Vpdq, hits.Best)
                    {
                        QueryMatchPercent = queryPercent,
                        TargetMatchPercent = targetPercent,
                    });
                }
            }

            return Ordered(results);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private static List<(PdqHash Hash, int FrameNumber)> UsableFrames(IReadOnlyList<VpdqFeature> frames, int qualityTolerance)
    {
        var seen = new HashSet<PdqHash>();
        var usable = new List<(PdqHash, int)>();
        foreach (var f in frames)
        {
            // Same order as VpdqMatcher.Prepare: de-duplicate first, then drop low quality.
            if (seen.Add(f.Hash) && f.Quality >= qualityTolerance)
            {
                usable.Add((f.Hash, f.FrameNumber));
            }
        }

        return usable;
    }

    private static List<HashMatch> Collect(MatchIndexState state, IEnumerable<(long Id, int Distance)> hits, MatchFilter filter, HashListEntryKind signal)
    {
        var results = new List<HashMatch>();
        foreach (var (id, distance) in hits)
        {
            if (state.Eligible(id, filter, out var entry, out var list) && entry.Kind == signal)
            {
                results.Add(new HashMatch(id, entry.ListId, list!.Name, entry.Kind, distance));
            }
        }

        return Ordered(results);
    }

    private static List<HashMatch> Ordered(List<HashMatch> results)
    {
        results.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.EntryId.CompareTo(b.EntryId));
        return results;
    }

    private static void CheckRadius(int radius)
    {
        if (radius is < 0 or > MatchingOptions.MaxRadius)
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, $"The PDQ radius must be 0..{MatchingOptions.MaxRadius}.");
        }
    }

    private static InvalidOperationException NotBuilt() => new("The matching index has not been built yet.");

    private sealed class VideoHits
    {
        public HashSet<int> Query { get; } = [];

        public HashSet<int> Target { get; } = [];

        public int Best { get; set; } = int.MaxValue;
    }
}
