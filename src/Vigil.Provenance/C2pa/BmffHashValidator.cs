using System.Buffers.Binary;
using System.Security.Cryptography;
using Vigil.Provenance.Cbor;
using Vigil.Provenance.Containers;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.C2pa;

/// <summary>
/// Validates a BMFF-based hash hard binding (C2PA 1.x/2.x "BMFF-based hash": <c>c2pa.hash.bmff</c>, <c>.v2</c>,
/// <c>.v3</c>). Each exclusion names boxes by xpath (optionally narrowed by <c>length</c>, <c>version</c>,
/// <c>flags</c> and <c>data</c> at offsets, and reduced to <c>subset</c> ranges); the hash runs over the file in
/// order without the excluded bytes. From v2 on, every top-level box that is not wholly excluded also contributes
/// its file offset as 8 big-endian bytes just before its bytes, which binds the box layout. The file-level
/// <c>hash</c> is checked; for a fragmented-MP4 init segment the Merkle map's <c>initHash</c> is (the init
/// segment is everything before the first <c>moof</c>); fragment and chunk Merkle hashes are not.
/// </summary>
internal static class BmffHashValidator
{
    private const int MaxExclusions = 1000;

    public static void Validate(CborMap map, string label, ReadOnlySpan<byte> file, string? claimAlg, C2paReport r, ProvenanceReport report)
    {
        var offsetMarkers = !string.Equals(label, "c2pa.hash.bmff", StringComparison.Ordinal);
        List<BmffBox> boxes;
        try
        {
            boxes = BmffBoxTree.Read(file);
        }
        catch (C2paFormatException ex)
        {
            report.Warn($"c2pa: {ex.Message}; the BMFF hash cannot be checked");
            Fail(r, "assertion.bmffHash.malformed");
            return;
        }

        if (!TryResolveExclusions(map, boxes, file, out var exclusions, out var excludedTopLevel))
        {
            report.Warn("c2pa: the BMFF hash exclusions are malformed");
            Fail(r, "assertion.bmffHash.malformed");
            return;
        }

        var markers = offsetMarkers
            ? boxes.Where(b => b.IsTopLevel && !excludedTopLevel.Contains(b.Offset)).Select(b => b.Offset).ToList()
            : [];
        var alg = map.GetString("alg") ?? claimAlg;
        if (map.GetBytes("hash") is { } expected)
        {
            Compare(Hash(alg, file, file.Length, exclusions, markers), expected, r);
            if (map.GetArray("merkle") is { Count: > 0 })
            {
                report.Warn("c2pa: the BMFF Merkle hashes are not validated; the file-level hash is");
            }

            return;
        }

        var initHash = (map.GetArray("merkle")?.OfType<CborMap>() ?? []).Select(m => (Map: m, Init: m.GetBytes("initHash"))).FirstOrDefault(m => m.Init is not null);
        if (initHash.Init is null)
        {
            report.Warn($"c2pa: '{label}' carries only Merkle chunk hashes, which this reader does not validate");
            return;
        }

        // The init segment ends at the first top-level moof; the fragments after it are hashed by the Merkle tree.
        var firstMoof = boxes.FirstOrDefault(b => b.IsTopLevel && b.Path == "/moof");
        var initEnd = firstMoof.Path is null ? file.Length : firstMoof.Offset;
        Compare(Hash(initHash.Map.GetString("alg") ?? alg, file, initEnd, exclusions, [.. markers.Where(m => m < initEnd)]), initHash.Init, r);
        report.Warn(firstMoof.Path is null
            ? "c2pa: BMFF init segment hash checked; the fragments it names are not in this file"
            : "c2pa: BMFF init segment hash checked; the fragment Merkle hashes are not validated");
    }

    private static bool TryResolveExclusions(CborMap map, List<BmffBox> boxes, ReadOnlySpan<byte> file, out List<(long Start, long Length)> ranges, out HashSet<long> excludedTopLevel)
    {
        ranges = [];
        excludedTopLevel = [];
        var list = map.GetArray("exclusions");
        if (list is null || list.Count > MaxExclusions)
        {
            return list is null;
        }

        foreach (var item in list)
        {
            if (item is not CborMap e || e.GetString("xpath") is not { } xpath)
            {
                return false;
            }

            foreach (var box in boxes)
            {
                if (!string.Equals(box.Path, xpath, StringComparison.Ordinal) || !Selected(e, box, file))
                {
                    continue;
                }

                if (e.GetArray("subset") is { } subsets)
                {
                    foreach (var s in subsets.OfType<CborMap>().Take(MaxExclusions))
                    {
                        var offset = s.GetInteger("offset") ?? -1;
                        var length = s.GetInteger("length") ?? -1;
                        if (offset < 0 || length < 0 || offset > box.Size)
                        {
                            return false;
                        }

                        // Length 0 means "to the end of the box"; a subset never reaches past its box.
                        var available = box.Size - offset;
                        ranges.Add((box.Offset + offset, length == 0 ? available : Math.Min(length, available)));
                    }
                }
                else
                {
                    ranges.Add((box.Offset, box.Size));
                    if (box.IsTopLevel)
                    {
                        excludedTopLevel.Add(box.Offset);
                    }
                }
            }
        }

        return true;
    }

    private static bool Selected(CborMap e, BmffBox box, ReadOnlySpan<byte> file)
    {
        if (e.GetInteger("length") is long length && length != box.Size)
        {
            return false;
        }

        if (e.GetInteger("version") is long version && box.Version is byte v && v != version)
        {
            return false;
        }

        if (e.GetBytes("flags") is { Length: >= 3 } f && box.Flags is uint flags)
        {
            var wanted = (uint)((f[0] << 16) | (f[1] << 8) | f[2]);
            var exact = e["exact"] as bool? ?? true;
            if (exact ? wanted != flags : (wanted | flags) != wanted)
            {
                return false;
            }
        }

        foreach (var d in e.GetArray("data")?.OfType<CborMap>() ?? [])
        {
            var offset = d.GetInteger("offset") ?? -1;
            var value = d.GetBytes("value") ?? [];
            if (offset < 0 || offset > box.Size - value.Length || !file.Slice(checked((int)(box.Offset + offset)), value.Length).SequenceEqual(value))
            {
                return false;
            }
        }

        return true;
    }

    private static byte[]? Hash(string? alg, ReadOnlySpan<byte> file, long end, List<(long Start, long Length)> exclusions, List<long> markers)
    {
        using var hash = CoseAlgorithms.CreateHash(alg);
        if (hash is null)
        {
            return null;
        }

        // Merge the exclusions into sorted disjoint ranges, then hash [0, end) without them, writing each
        // top-level box's offset marker just before the bytes at that offset.
        var merged = new List<(long Start, long End)>();
        foreach (var (start, length) in exclusions.OrderBy(x => x.Start))
        {
            var stop = Math.Min(end, start + length);
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, stop));
            }
            else if (start < end)
            {
                merged.Add((start, stop));
            }
        }

        Span<byte> marker = stackalloc byte[8];
        long pos = 0;
        var next = 0;
        foreach (var at in markers.Order())
        {
            HashIncluded(hash, file, pos, at, merged, ref next);
            BinaryPrimitives.WriteInt64BigEndian(marker, at);
            hash.AppendData(marker);
            pos = at;
        }

        HashIncluded(hash, file, pos, end, merged, ref next);
        return hash.GetHashAndReset();
    }

    private static void HashIncluded(IncrementalHash hash, ReadOnlySpan<byte> file, long from, long to, List<(long Start, long End)> excluded, ref int next)
    {
        var pos = from;
        while (pos < to)
        {
            while (next < excluded.Count && excluded[next].End <= pos)
            {
                next++;
            }

            if (next < excluded.Count && excluded[next].Start <= pos)
            {
                pos = excluded[next].End;
                continue;
            }

            var stop = next < excluded.Count ? Math.Min(to, excluded[next].Start) : to;
            hash.AppendData(file[checked((int)pos)..checked((int)stop)]);
            pos = stop;
        }
    }

    private static void Compare(byte[]? actual, byte[] expected, C2paReport r)
    {
        if (actual is null)
        {
            r.CodeList.Add("algorithm.unsupported");
            return;
        }

        r.DataHashValid = CryptographicOperations.FixedTimeEquals(actual, expected);
        if (r.DataHashValid == false)
        {
            r.CodeList.Add("assertion.bmffHash.mismatch");
        }
    }

    private static void Fail(C2paReport r, string code)
    {
        r.DataHashValid = false;
        r.CodeList.Add(code);
    }
}
