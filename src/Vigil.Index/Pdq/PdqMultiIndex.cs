using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Vigil.Hashing.Pdq;
using Vigil.Index.Hamming;

namespace Vigil.Index.Pdq;

/// <summary>
/// The immutable part of a <see cref="PdqIndex"/>: hashes in one contiguous array (four words each), ids in a
/// parallel array, and for each of the 16 substrings a table of 65,536 buckets (counting-sorted
/// <see cref="SegmentEntry"/> runs). Removals only set a tombstone bit; <see cref="PdqIndex.Compact"/> rebuilds.
/// </summary>
internal sealed class PdqMultiIndex
{
    private const int ProbeBatch = 32;

    private readonly ulong[] _words;
    private readonly long[] _ids;
    private readonly int[][] _offsets;
    private readonly SegmentEntry[][] _entries;
    private readonly ulong[] _removed;

    private PdqMultiIndex(ulong[] words, long[] ids, int[][] offsets, SegmentEntry[][] entries)
    {
        _words = words;
        _ids = ids;
        _offsets = offsets;
        _entries = entries;
        _removed = new ulong[(ids.Length + 63) / 64];
    }

    public int Count => _ids.Length;

    public int RemovedCount { get; private set; }

    public long MemoryBytes
    {
        get
        {
            var bytes = ((long)_words.Length * 8) + ((long)_ids.Length * 8) + ((long)_removed.Length * 8);
            for (var s = 0; s < PdqSegments.Count; s++)
            {
                bytes += ((long)_offsets[s].Length * 4) + ((long)_entries[s].Length * 16);
            }

            return bytes;
        }
    }

    public static PdqMultiIndex Build(ulong[] words, long[] ids)
    {
        var n = ids.Length;
        var offsets = new int[PdqSegments.Count][];
        var entries = new SegmentEntry[PdqSegments.Count][];

        // Each substring's table is an independent counting sort, so the 16 tables build in parallel.
        Parallel.For(0, PdqSegments.Count, s =>
        {
            var counts = new int[PdqSegments.Buckets + 1];
            for (var i = 0; i < n; i++)
            {
                counts[PdqSegments.Value(words.AsSpan(i * 4, 4), s) + 1]++;
            }

            for (var b = 0; b < PdqSegments.Buckets; b++)
            {
                counts[b + 1] += counts[b];
            }

            var cursor = counts.AsSpan(0, PdqSegments.Buckets).ToArray();
            var table = GC.AllocateUninitializedArray<SegmentEntry>(n);
            for (var i = 0; i < n; i++)
            {
                var hash = words.AsSpan(i * 4, 4);
                var (f64, f32) = PdqSegments.Filters(hash, s);
                table[cursor[PdqSegments.Value(hash, s)]++] = new SegmentEntry(f64, f32, i);
            }

            offsets[s] = counts;
            entries[s] = table;
        });

        return new PdqMultiIndex(words, ids, offsets, entries);
    }

    public bool IsRemoved(int position) => (_removed[position >> 6] & (1UL << position)) != 0;

    /// <summary>All live entries, in store order.</summary>
    public void CopyLiveTo(PdqHashStore store)
    {
        for (var i = 0; i < _ids.Length; i++)
        {
            if (!IsRemoved(i))
            {
                var w = _words.AsSpan(i * 4, 4);
                store.Add(_ids[i], new PdqHash(w[0], w[1], w[2], w[3]));
            }
        }
    }

    /// <summary>Tombstones one live entry with this id and hash; false when there is none.</summary>
    public bool Remove(long id, PdqHash hash)
    {
        Span<ulong> q = [hash.W0, hash.W1, hash.W2, hash.W3];
        var bucket = PdqSegments.Value(q, 0);
        var offsets = _offsets[0];
        var table = _entries[0];
        for (var e = offsets[bucket]; e < offsets[bucket + 1]; e++)
        {
            var position = table[e].Position;
            if (_ids[position] == id && !IsRemoved(position) && PdqHashStore.Equal(_words.AsSpan(position * 4, 4), hash))
            {
                _removed[position >> 6] |= 1UL << position;
                RemovedCount++;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the estimated cost of probing beats scanning every hash at this radius.</summary>
    public bool PrefersMultiIndex(int radius)
    {
        Span<int> radii = stackalloc int[PdqSegments.Count];
        PdqSegments.Radii(radius, radii);
        double probes = 0;
        foreach (var r in radii)
        {
            probes += PdqSegments.Probes(r);
        }

        // A probed candidate costs about what a scanned hash costs (16 filter bytes against 32 hash bytes, but
        // scattered); each bucket visit adds roughly a cache miss, counted as eight hashes.
        var probeCost = probes * ((Count / (double)PdqSegments.Buckets) + 8);
        return probeCost < Count;
    }

    public void SearchLinear(PdqHash query, int radius, ICollection<PdqMatch> results)
    {
        const int Chunk = 512;
        Span<ushort> distances = stackalloc ushort[Chunk];
        var n = Count;
        for (var start = 0; start < n; start += Chunk)
        {
            var take = Math.Min(Chunk, n - start);
            HammingKernel.Distances(_words.AsSpan(start * 4, take * 4), query, distances);
            for (var i = 0; i < take; i++)
            {
                if (distances[i] <= radius && (RemovedCount == 0 || !IsRemoved(start + i)))
                {
                    results.Add(new PdqMatch(_ids[start + i], distances[i]));
                }
            }
        }
    }

    public void SearchMultiIndex(PdqHash query, int radius, ICollection<PdqMatch> results)
    {
        Span<ulong> q = [query.W0, query.W1, query.W2, query.W3];
        Span<int> radii = stackalloc int[PdqSegments.Count];
        Span<int> querySegments = stackalloc int[PdqSegments.Count];
        Span<int> starts = stackalloc int[ProbeBatch];
        Span<int> ends = stackalloc int[ProbeBatch];
        PdqSegments.Radii(radius, radii);
        for (var s = 0; s < PdqSegments.Count; s++)
        {
            querySegments[s] = PdqSegments.Value(q, s);
        }

        for (var s = 0; s < PdqSegments.Count; s++)
        {
            if (radii[s] < 0)
            {
                continue;
            }

            var (qf64, qf32) = PdqSegments.Filters(q, s);

            // Unchecked indexing: bucket keys are 16-bit, offsets has 65,537 entries and its values are
            // positions inside the table, all fixed at build time.
            ref var offsets = ref MemoryMarshal.GetArrayDataReference(_offsets[s]);
            ref var table = ref MemoryMarshal.GetArrayDataReference(_entries[s]);
            ref var masks = ref MemoryMarshal.GetArrayDataReference(PdqSegments.Masks);
            var querySegment = querySegments[s];
            var probes = PdqSegments.Probes(radii[s]);

            // Buckets are probed in batches: first every bucket's range is looked up and its first cache line
            // prefetched, then the batch is scanned, so the cache misses of a batch overlap instead of queueing.
            for (var batch = 0; batch < probes; batch += ProbeBatch)
            {
                var count = Math.Min(ProbeBatch, probes - batch);
                for (var i = 0; i < count; i++)
                {
                    var bucket = querySegment ^ Unsafe.Add(ref masks, batch + i);
                    var start = Unsafe.Add(ref offsets, bucket);
                    starts[i] = start;
                    ends[i] = Unsafe.Add(ref offsets, bucket + 1);
                    Prefetch(ref Unsafe.Add(ref table, start));
                }

                for (var i = 0; i < count; i++)
                {
                    // Masks are ordered by popcount, so the substring distance of this bucket is its mask's popcount.
                    var k = BitOperations.PopCount((uint)Unsafe.Add(ref masks, batch + i));
                    var budget = radius - k;
                    for (var e = starts[i]; e < ends[i]; e++)
                    {
                        ref readonly var entry = ref Unsafe.Add(ref table, e);

                        // Lower bound: the k differing substring bits plus the 96 disjoint filter bits.
                        if (BitOperations.PopCount(entry.Filter64 ^ qf64) + BitOperations.PopCount(entry.Filter32 ^ qf32) <= budget)
                        {
                            Verify(entry.Position, s, q, querySegments, radii, radius, results);
                        }
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref SegmentEntry entry)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref entry));
        }
    }

    private void Verify(int position, int segment, ReadOnlySpan<ulong> q, ReadOnlySpan<int> querySegments, ReadOnlySpan<int> radii, int radius, ICollection<PdqMatch> results)
    {
        var hash = _words.AsSpan(position * 4, 4);
        var distance = HammingKernel.Distance(hash, q);
        if (distance > radius || (RemovedCount != 0 && IsRemoved(position)))
        {
            return;
        }

        // Report each hash once: only from the first substring whose radius admits it (earlier substrings
        // would have found it too and are the ones that report it).
        for (var j = 0; j < segment; j++)
        {
            if (radii[j] >= 0 && BitOperations.PopCount((uint)(PdqSegments.Value(hash, j) ^ querySegments[j])) <= radii[j])
            {
                return;
            }
        }

        results.Add(new PdqMatch(_ids[position], distance));
    }
}
