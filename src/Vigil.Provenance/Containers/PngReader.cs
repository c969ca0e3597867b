using System.Buffers.Binary;
using System.Text;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Containers;

/// <summary>Reads PNG chunks: tEXt, zTXt, iTXt (text and XMP), eXIf (EXIF) and caBX (C2PA JUMBF).</summary>
internal static class PngReader
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Read(ReadOnlyMemory<byte> file, FileMetadata meta)
    {
        meta.Format = "png";
        var pos = 8;
        var chunks = 0;
        while (true)
        {
            var span = file.Span;
            if (file.Length - pos < 12)
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"png: file ends at offset {pos} before IEND");
                return;
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(span[pos..]);
            var type = Encoding.ASCII.GetString(span.Slice(pos + 4, 4));
            if (length > int.MaxValue || length > (uint)(file.Length - pos - 12))
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"png: chunk at offset {pos} declares {length} bytes, {file.Length - pos - 12} left");
                return;
            }

            if (++chunks > ProvenanceLimits.MaxChunks)
            {
                meta.Fail(ProvenanceFailureKind.LimitExceeded, "png: more chunks than the cap");
                return;
            }

            var data = file.Slice(pos + 8, (int)length);
            var location = $"png {type} @{pos}";
            switch (type)
            {
                case "tEXt":
                    ReadText(data.Span, meta, location);
                    break;
                case "zTXt":
                    ReadCompressedText(data.Span, meta, location);
                    break;
                case "iTXt":
                    ReadInternationalText(data.Span, meta, location);
                    break;
                case "eXIf":
                    meta.Exif.Add(new BlobEntry(data, location));
                    break;
                case "caBX":
                    meta.SetManifestStore(data, "png caBX");
                    break;
                case "IEND":
                    return;
            }

            pos += 12 + (int)length;
        }
    }

    private static void ReadText(ReadOnlySpan<byte> d, FileMetadata meta, string location)
    {
        var nul = d.IndexOf((byte)0);
        if (nul is < 1 or > 79)
        {
            meta.Report.Warn($"{location}: text chunk without a valid keyword");
            return;
        }

        var key = Encoding.Latin1.GetString(d[..nul]);
        meta.AddText(key, DecodeText(d[(nul + 1)..]), $"png tEXt '{key}'");
    }

    private static void ReadCompressedText(ReadOnlySpan<byte> d, FileMetadata meta, string location)
    {
        var nul = d.IndexOf((byte)0);
        if (nul is < 1 or > 79 || d.Length < nul + 2)
        {
            meta.Report.Warn($"{location}: zTXt chunk without a valid keyword");
            return;
        }

        var key = Encoding.Latin1.GetString(d[..nul]);
        var inflated = Inflate.Zlib(d[(nul + 2)..], ProvenanceLimits.MaxInflatedBytes);
        if (inflated is null)
        {
            meta.Report.Warn($"{location}: zTXt '{key}' does not inflate");
            return;
        }

        meta.AddText(key, DecodeText(inflated), $"png zTXt '{key}'");
    }

    private static void ReadInternationalText(ReadOnlySpan<byte> d, FileMetadata meta, string location)
    {
        var nul = d.IndexOf((byte)0);
        if (nul is < 1 or > 79 || d.Length < nul + 3)
        {
            meta.Report.Warn($"{location}: iTXt chunk without a valid keyword");
            return;
        }

        var key = Encoding.Latin1.GetString(d[..nul]);
        var compressed = d[nul + 1] == 1;
        var rest = d[(nul + 3)..];
        var langEnd = rest.IndexOf((byte)0);
        if (langEnd < 0)
        {
            meta.Report.Warn($"{location}: iTXt '{key}' language tag not terminated");
            return;
        }

        rest = rest[(langEnd + 1)..];
        var transEnd = rest.IndexOf((byte)0);
        if (transEnd < 0)
        {
            meta.Report.Warn($"{location}: iTXt '{key}' translated keyword not terminated");
            return;
        }

        rest = rest[(transEnd + 1)..];
        byte[]? text = compressed ? Inflate.Zlib(rest, ProvenanceLimits.MaxInflatedBytes) : rest.ToArray();
        if (text is null)
        {
            meta.Report.Warn($"{location}: iTXt '{key}' does not inflate");
            return;
        }

        var value = Encoding.UTF8.GetString(text);
        if (string.Equals(key, "XML:com.adobe.xmp", StringComparison.Ordinal))
        {
            meta.Xmp.Add(new BlobEntry(text, "png iTXt 'XML:com.adobe.xmp'"));
        }
        else
        {
            meta.AddText(key, value, $"png iTXt '{key}'");
        }
    }

    // tEXt is Latin-1 by the spec, but generators (A1111, ComfyUI) write UTF-8; accept UTF-8 when it is valid.
    private static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > ProvenanceLimits.MaxTextBytes)
        {
            bytes = bytes[..ProvenanceLimits.MaxTextBytes];
        }

        return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }
}
