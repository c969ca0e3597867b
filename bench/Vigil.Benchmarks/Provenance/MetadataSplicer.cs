using System.Buffers.Binary;
using System.Text;
using Vigil.TestSupport;

namespace Vigil.Benchmarks.Provenance;

/// <summary>Copies the metadata of shared samples into a bare image: right after SOI (JPEG) or IHDR (PNG).</summary>
internal static class MetadataSplicer
{
    public static byte[] Splice(byte[] bare, string format) => format == "png" ? SplicePng(bare) : SpliceJpeg(bare);

    private static byte[] SplicePng(byte[] bare)
    {
        var chunks = new List<byte[]>();
        chunks.AddRange(PngChunks(File.ReadAllBytes(SharedData.PathOf("provenance", "samples", "a1111_lora.png")), "tEXt"));
        chunks.AddRange(PngChunks(File.ReadAllBytes(SharedData.PathOf("provenance", "samples", "c2pa_ai_generated.png")), "caBX"));
        const int afterIhdr = 8 + 12 + 13;
        return [.. bare.AsSpan(0, afterIhdr), .. chunks.SelectMany(c => c), .. bare.AsSpan(afterIhdr)];
    }

    private static byte[] SpliceJpeg(byte[] bare)
    {
        var segments = new List<byte[]>();
        segments.AddRange(JpegSegments(File.ReadAllBytes(SharedData.PathOf("provenance", "samples", "a1111_exif.jpg")), 0xE1));
        segments.AddRange(JpegSegments(File.ReadAllBytes(SharedData.PathOf("provenance", "samples", "c2pa_ai_generated.jpg")), 0xEB));
        return [.. bare.AsSpan(0, 2), .. segments.SelectMany(s => s), .. bare.AsSpan(2)];
    }

    private static IEnumerable<byte[]> PngChunks(byte[] png, string type)
    {
        var pos = 8;
        while (pos + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            if (Encoding.ASCII.GetString(png, pos + 4, 4) == type)
            {
                yield return png.AsSpan(pos, length + 12).ToArray();
            }

            pos += length + 12;
        }
    }

    private static IEnumerable<byte[]> JpegSegments(byte[] jpeg, byte marker)
    {
        var pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF && jpeg[pos + 1] != 0xDA)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(pos + 2));
            if (jpeg[pos + 1] == marker)
            {
                yield return jpeg.AsSpan(pos, length + 2).ToArray();
            }

            pos += length + 2;
        }
    }
}
