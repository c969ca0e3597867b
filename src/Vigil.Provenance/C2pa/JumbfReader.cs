using System.Buffers.Binary;
using System.Text;

namespace Vigil.Provenance.C2pa;

/// <summary>Parses JUMBF box trees with every length bounded by its parent and a depth cap.</summary>
internal static class JumbfReader
{
    /// <summary>Parses the single top-level superbox (the C2PA manifest store).</summary>
    public static JumbfBox ParseStore(ReadOnlyMemory<byte> data)
    {
        var boxes = ParseBoxes(data, 0);
        if (boxes.Count == 0 || !boxes[0].IsSuperbox)
        {
            throw new C2paFormatException("jumbf: the manifest store is not a jumb superbox");
        }

        return boxes[0];
    }

    private static List<JumbfBox> ParseBoxes(ReadOnlyMemory<byte> data, int depth)
    {
        if (depth > ProvenanceLimits.MaxJumbfDepth)
        {
            throw new C2paFormatException("jumbf: boxes nested deeper than the cap");
        }

        var list = new List<JumbfBox>();
        var pos = 0;
        while (pos < data.Length)
        {
            if (list.Count >= ProvenanceLimits.MaxChunks)
            {
                throw new C2paFormatException("jumbf: more boxes than the cap");
            }

            var span = data.Span;
            if (data.Length - pos < 8)
            {
                throw new C2paFormatException($"jumbf: box header truncated at offset {pos}");
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(span[pos..]);
            var type = Encoding.ASCII.GetString(span.Slice(pos + 4, 4));
            var header = 8;
            if (size == 1)
            {
                if (data.Length - pos < 16)
                {
                    throw new C2paFormatException($"jumbf: extended box header truncated at offset {pos}");
                }

                var xl = BinaryPrimitives.ReadUInt64BigEndian(span[(pos + 8)..]);
                size = xl > int.MaxValue ? long.MaxValue : (long)xl;
                header = 16;
            }
            else if (size == 0)
            {
                size = data.Length - pos;
            }

            if (size < header || size > data.Length - pos)
            {
                throw new C2paFormatException($"jumbf: box '{Printable(type)}' at offset {pos} has length {size}, {data.Length - pos} bytes left");
            }

            var raw = data.Slice(pos, (int)size);
            var box = new JumbfBox { Type = type, Raw = raw, Payload = raw[header..] };
            if (box.IsSuperbox)
            {
                FillSuperbox(box, depth);
            }

            list.Add(box);
            pos += (int)size;
        }

        return list;
    }

    private static void FillSuperbox(JumbfBox box, int depth)
    {
        var children = ParseBoxes(box.Payload, depth + 1);
        if (children.Count == 0 || !string.Equals(children[0].Type, "jumd", StringComparison.Ordinal))
        {
            throw new C2paFormatException("jumbf: superbox without a description box");
        }

        var d = children[0].Payload.Span;
        if (d.Length < 17)
        {
            throw new C2paFormatException("jumbf: description box shorter than its UUID and toggles");
        }

        box.ContentTypeUuid = d[..16].ToArray();
        var toggles = d[16];
        if ((toggles & 0x02) != 0)
        {
            var rest = d[17..];
            var end = rest.IndexOf((byte)0);
            if (end < 0)
            {
                throw new C2paFormatException("jumbf: description label not terminated");
            }

            box.Label = Encoding.UTF8.GetString(rest[..end]);
        }

        box.Children.AddRange(children.Skip(1));
    }

    private static string Printable(string type) =>
        type.All(c => c is >= ' ' and <= '~') ? type : "?";
}
