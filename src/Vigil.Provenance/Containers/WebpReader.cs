using System.Buffers.Binary;
using System.Text;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Containers;

/// <summary>Reads WebP RIFF chunks: EXIF, XMP and C2PA.</summary>
internal static class WebpReader
{
    public static bool IsWebp(ReadOnlySpan<byte> f) =>
        f.Length >= 12 && f.StartsWith("RIFF"u8) && f.Slice(8, 4).SequenceEqual("WEBP"u8);

    public static void Read(ReadOnlyMemory<byte> file, FileMetadata meta)
    {
        meta.Format = "webp";
        var declared = (long)BinaryPrimitives.ReadUInt32LittleEndian(file.Span[4..]) + 8;
        if (declared < 12)
        {
            meta.Fail(ProvenanceFailureKind.Corrupt, $"webp: RIFF declares {declared} bytes, less than its own header");
            return;
        }

        if (declared > file.Length)
        {
            meta.Fail(ProvenanceFailureKind.Truncated, $"webp: RIFF declares {declared} bytes, the file has {file.Length}");
        }
        else if (declared < file.Length)
        {
            meta.Report.Warn($"webp: {file.Length - declared} bytes after the RIFF chunk ignored");
        }

        var end = (int)Math.Min(declared, file.Length);
        var pos = 12;
        var chunks = 0;
        while (pos < end)
        {
            var span = file.Span;
            if (end - pos < 8)
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"webp: chunk header truncated at offset {pos}");
                return;
            }

            var fourcc = Encoding.ASCII.GetString(span.Slice(pos, 4));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(span[(pos + 4)..]);
            if (size > (uint)(end - pos - 8))
            {
                meta.Fail(ProvenanceFailureKind.Truncated, $"webp: chunk at offset {pos} declares {size} bytes, {end - pos - 8} left");
                return;
            }

            if (++chunks > ProvenanceLimits.MaxChunks)
            {
                meta.Fail(ProvenanceFailureKind.LimitExceeded, "webp: more chunks than the cap");
                return;
            }

            var data = file.Slice(pos + 8, (int)size);
            switch (fourcc)
            {
                case "EXIF":
                    // Some writers keep the JPEG-style "Exif\0\0" prefix inside the chunk.
                    meta.Exif.Add(new BlobEntry(data.Span.StartsWith("Exif\0\0"u8) ? data[6..] : data, "webp EXIF"));
                    break;
                case "XMP ":
                    meta.Xmp.Add(new BlobEntry(data, "webp XMP"));
                    break;
                case "C2PA":
                    meta.SetManifestStore(data, "webp C2PA");
                    break;
            }

            pos += 8 + (int)size + (int)(size & 1);
        }
    }
}
