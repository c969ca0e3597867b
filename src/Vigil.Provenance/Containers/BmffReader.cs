using System.Buffers.Binary;
using System.Text;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Containers;

/// <summary>
/// Reads top-level ISO BMFF boxes (MP4, MOV, HEIF, AVIF) and finds the C2PA <c>uuid</c> box
/// (D8FEC3D6-1B0E-483C-9297-5828877EC481) whose purpose is <c>manifest</c>.
/// </summary>
internal static class BmffReader
{
    private static ReadOnlySpan<byte> C2paUuid =>
        [0xD8, 0xFE, 0xC3, 0xD6, 0x1B, 0x0E, 0x48, 0x3C, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7E, 0xC4, 0x81];

    public static bool IsBmff(ReadOnlySpan<byte> f) => f.Length >= 12 && f.Slice(4, 4).SequenceEqual("ftyp"u8);

    public static void Read(ReadOnlyMemory<byte> file, FileMetadata meta)
    {
        meta.Format = "bmff";
        long pos = 0;
        var boxes = 0;
        while (pos < file.Length)
        {
            var span = file.Span;
            var left = file.Length - pos;
            if (left < 8)
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"bmff: box header truncated at offset {pos}");
                return;
            }

            var p = (int)pos;
            long size = BinaryPrimitives.ReadUInt32BigEndian(span[p..]);
            var type = Encoding.ASCII.GetString(span.Slice(p + 4, 4));
            var header = 8;
            if (size == 1)
            {
                if (left < 16)
                {
                    meta.Fail(ProvenanceFailureKind.Truncated, $"bmff: large box header truncated at offset {pos}");
                    return;
                }

                var large = BinaryPrimitives.ReadUInt64BigEndian(span[(p + 8)..]);
                size = large > long.MaxValue ? long.MaxValue : (long)large;
                header = 16;
            }
            else if (size == 0)
            {
                size = left;
            }

            if (size < header || size > left)
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"bmff: box at offset {pos} declares {size} bytes, {left} left");
                return;
            }

            if (++boxes > ProvenanceLimits.MaxChunks)
            {
                meta.Fail(ProvenanceFailureKind.LimitExceeded, "bmff: more boxes than the cap");
                return;
            }

            if (string.Equals(type, "uuid", StringComparison.Ordinal))
            {
                ReadUuidBox(file.Slice(p + header, (int)size - header), pos, meta);
            }

            pos += size;
        }
    }

    private static void ReadUuidBox(ReadOnlyMemory<byte> body, long offset, FileMetadata meta)
    {
        var b = body.Span;
        if (b.Length < 20 || !b[..16].SequenceEqual(C2paUuid))
        {
            return;
        }

        // FullBox version and flags, then a NUL-terminated purpose, then (for "manifest") a 64-bit merkle offset.
        var rest = b[20..];
        var nul = rest.IndexOf((byte)0);
        if (nul < 0)
        {
            meta.Report.Warn($"bmff: C2PA uuid box at offset {offset} has no purpose string");
            return;
        }

        var purpose = Encoding.ASCII.GetString(rest[..nul]);
        if (!string.Equals(purpose, "manifest", StringComparison.Ordinal))
        {
            return;
        }

        var start = 20 + nul + 1 + 8;
        if (start > b.Length)
        {
            meta.Report.Warn($"bmff: C2PA uuid box at offset {offset} is truncated");
            return;
        }

        meta.SetManifestStore(body[start..], "bmff uuid");
    }
}
