using System.Buffers.Binary;
using System.Text;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Containers;

/// <summary>
/// Reads JPEG marker segments up to the first scan: APP1 EXIF and XMP, COM, and APP11 JUMBF (C2PA), whose
/// segments are reassembled per box instance (En) in packet-sequence (Z) order.
/// </summary>
internal static class JpegReader
{
    private static ReadOnlySpan<byte> ExifId => "Exif\0\0"u8;

    private static ReadOnlySpan<byte> XmpId => "http://ns.adobe.com/xap/1.0/\0"u8;

    public static void Read(ReadOnlyMemory<byte> file, FileMetadata meta)
    {
        meta.Format = "jpeg";
        var jumbf = new SortedDictionary<(int En, uint Z), (ReadOnlyMemory<byte> Data, int Offset)>();
        var pos = 2;
        var segments = 0;
        while (true)
        {
            var span = file.Span;
            if (file.Length - pos < 2)
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"jpeg: file ends at offset {pos} before the first scan");
                break;
            }

            if (span[pos] != 0xFF)
            {
                meta.Fail(ProvenanceFailureKind.Corrupt, $"jpeg: expected a marker at offset {pos}");
                break;
            }

            var marker = span[pos + 1];
            if (marker == 0xFF)
            {
                pos++; // fill byte
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                pos += 2;
                continue;
            }

            if (marker == 0xD9 || ++segments > ProvenanceLimits.MaxChunks)
            {
                break;
            }

            if (file.Length - pos < 4)
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"jpeg: segment header truncated at offset {pos}");
                break;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(span[(pos + 2)..]);
            if (length < 2 || length > file.Length - pos - 2)
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"jpeg: segment 0x{marker:X2} at offset {pos} declares {length} bytes, {file.Length - pos - 2} left");
                break;
            }

            var body = file.Slice(pos + 4, length - 2);
            ReadSegment(marker, body, pos, meta, jumbf);
            if (marker == 0xDA)
            {
                // Metadata precedes the scan; entropy-coded data is not parsed. Byte stuffing keeps FF D9 out of
                // it, so a file that does not end with EOI was cut (or has data appended after the image).
                if (!span.EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9]))
                {
                    meta.Report.Warn("jpeg: the file does not end with an EOI marker (truncated, or data after the image)");
                }

                break;
            }

            pos += 2 + length;
        }

        Reassemble(jumbf, meta);
    }

    private static void ReadSegment(
        byte marker,
        ReadOnlyMemory<byte> body,
        int offset,
        FileMetadata meta,
        SortedDictionary<(int En, uint Z), (ReadOnlyMemory<byte> Data, int Offset)> jumbf)
    {
        var b = body.Span;
        if (marker == 0xE1 && b.StartsWith(ExifId))
        {
            meta.Exif.Add(new BlobEntry(body[ExifId.Length..], "jpeg APP1 Exif"));
        }
        else if (marker == 0xE1 && b.StartsWith(XmpId))
        {
            meta.Xmp.Add(new BlobEntry(body[XmpId.Length..], "jpeg APP1 XMP"));
        }
        else if (marker == 0xFE)
        {
            meta.AddText("Comment", Encoding.UTF8.GetString(b), $"jpeg COM @{offset}");
        }
        else if (marker == 0xEB && b.Length >= 8 && b[0] == (byte)'J' && b[1] == (byte)'P')
        {
            int en = BinaryPrimitives.ReadUInt16BigEndian(b[2..]);
            var z = BinaryPrimitives.ReadUInt32BigEndian(b[4..]);
            if (!jumbf.TryAdd((en, z), (body[8..], offset)))
            {
                meta.Report.Warn($"jpeg: duplicate APP11 packet En={en} Z={z} at offset {offset} ignored");
            }
        }
    }

    private static void Reassemble(
        SortedDictionary<(int En, uint Z), (ReadOnlyMemory<byte> Data, int Offset)> packets,
        FileMetadata meta)
    {
        foreach (var group in packets.GroupBy(p => p.Key.En))
        {
            var parts = group.ToList();
            var first = parts[0].Value.Data;
            if (first.Length < 8)
            {
                continue;
            }

            var type = Encoding.ASCII.GetString(first.Span.Slice(4, 4));
            if (!string.Equals(type, "jumb", StringComparison.Ordinal))
            {
                continue;
            }

            // Every continuation packet repeats the box's LBox/TBox (and XLBox when LBox is 1).
            var repeat = BinaryPrimitives.ReadUInt32BigEndian(first.Span) == 1 ? 16 : 8;
            using var ms = new MemoryStream();
            ms.Write(first.Span);
            foreach (var p in parts.Skip(1))
            {
                if (p.Value.Data.Length < repeat || ms.Length + p.Value.Data.Length > ProvenanceLimits.MaxManifestStoreBytes)
                {
                    meta.Report.Warn($"jpeg: APP11 packet at offset {p.Value.Offset} is malformed or over the cap");
                    break;
                }

                ms.Write(p.Value.Data.Span[repeat..]);
            }

            var label = parts.Count > 1 ? $"jpeg app11 ({parts.Count} segments)" : "jpeg app11";
            meta.SetManifestStore(ms.ToArray(), label);
        }
    }
}
