using System.Buffers.Binary;
using System.Text;
using Vigil.Provenance.C2pa;

namespace Vigil.Provenance.Containers;

/// <summary>
/// Lists the boxes of an ISO BMFF file with their paths, descending into the container boxes C2PA exclusions can
/// name (<c>moov</c>, <c>trak</c>, <c>meta</c>, ...), so that BMFF hash exclusions can be resolved. Every size is
/// bounded by its parent and the file; the count and depth are capped.
/// </summary>
internal static class BmffBoxTree
{
    private const int MaxDepth = 8;

    // Pure containers (children start right after the header); meta is a FullBox whose children follow 4 more bytes.
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "moov", "trak", "edts", "mdia", "minf", "dinf", "stbl", "mvex", "moof", "traf", "mfra", "udta", "iprp", "ipco", "sinf", "schi", "tref",
    };

    private static ReadOnlySpan<byte> C2paUuid =>
        [0xD8, 0xFE, 0xC3, 0xD6, 0x1B, 0x0E, 0x48, 0x3C, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7E, 0xC4, 0x81];

    /// <summary>The boxes in file order; throws <see cref="C2paFormatException"/> when a box does not fit its parent.</summary>
    public static List<BmffBox> Read(ReadOnlySpan<byte> file)
    {
        var boxes = new List<BmffBox>();
        ReadLevel(file, 0, file.Length, string.Empty, 0, boxes);
        return boxes;
    }

    private static void ReadLevel(ReadOnlySpan<byte> file, long start, long end, string parent, int depth, List<BmffBox> boxes)
    {
        var pos = start;
        while (pos < end)
        {
            var left = end - pos;
            if (left < 8)
            {
                throw new C2paFormatException($"bmff: box header truncated at offset {pos}");
            }

            var p = checked((int)pos);
            long size = BinaryPrimitives.ReadUInt32BigEndian(file[p..]);
            var type = Encoding.ASCII.GetString(file.Slice(p + 4, 4));
            var header = 8;
            if (size == 1)
            {
                if (left < 16)
                {
                    throw new C2paFormatException($"bmff: large box header truncated at offset {pos}");
                }

                var large = BinaryPrimitives.ReadUInt64BigEndian(file[(p + 8)..]);
                size = large > (ulong)left ? long.MaxValue : (long)large;
                header = 16;
            }
            else if (size == 0)
            {
                size = left;
            }

            if (size < header || size > left)
            {
                throw new C2paFormatException($"bmff: box at offset {pos} declares {size} bytes, {left} left");
            }

            if (boxes.Count >= ProvenanceLimits.MaxChunks)
            {
                throw new C2paFormatException("bmff: more boxes than the cap");
            }

            var path = parent + "/" + type;
            byte? version = null;
            uint? flags = null;
            var body = file.Slice(p + header, checked((int)size) - header);
            if ((string.Equals(type, "meta", StringComparison.Ordinal) || (string.Equals(type, "uuid", StringComparison.Ordinal) && body.Length >= 20 && body[..16].SequenceEqual(C2paUuid)))
                && body.Length >= (type == "uuid" ? 20 : 4))
            {
                var at = string.Equals(type, "uuid", StringComparison.Ordinal) ? 16 : 0;
                version = body[at];
                flags = (uint)((body[at + 1] << 16) | (body[at + 2] << 8) | body[at + 3]);
            }

            boxes.Add(new BmffBox(path, pos, size, version, flags, depth == 0));
            if (depth < MaxDepth)
            {
                if (Containers.Contains(type))
                {
                    ReadLevel(file, pos + header, pos + size, path, depth + 1, boxes);
                }
                else if (string.Equals(type, "meta", StringComparison.Ordinal) && size - header >= 4)
                {
                    TryReadChildren(file, pos + header + 4, pos + size, path, depth + 1, boxes);
                }
            }

            pos += size;
        }
    }

    // QuickTime writes meta as a plain container, ISO as a FullBox: children that do not parse are left out.
    private static void TryReadChildren(ReadOnlySpan<byte> file, long start, long end, string parent, int depth, List<BmffBox> boxes)
    {
        var count = boxes.Count;
        try
        {
            ReadLevel(file, start, end, parent, depth, boxes);
        }
        catch (C2paFormatException)
        {
            boxes.RemoveRange(count, boxes.Count - count);
        }
    }
}
