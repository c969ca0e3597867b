using System.Buffers.Binary;
using System.IO.Compression;

namespace Vigil.TestSupport;

/// <summary>Benign generated PNG files (gradients, patterns) from a minimal encoder, for intake and queue tests.</summary>
public static class TestPng
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>An RGB gradient with a filled circle, varied by <paramref name="seed"/> so each seed gives different bytes and pixels.</summary>
    public static byte[] GradientPng(int width, int height, int seed)
    {
        var rgb = new byte[width * height * 3];
        var cx = width * (0.3 + (seed % 5) * 0.1);
        var cy = height * (0.3 + (seed / 5 % 5) * 0.1);
        var r2 = Math.Pow(Math.Min(width, height) / 4.0, 2);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 3;
                var inside = ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) < r2;
                rgb[i] = (byte)(inside ? 255 - (seed * 37 % 256) : x * 255 / Math.Max(1, width - 1));
                rgb[i + 1] = (byte)(inside ? seed * 53 % 256 : y * 255 / Math.Max(1, height - 1));
                rgb[i + 2] = (byte)((x + y + (seed * 11)) % 256);
            }
        }

        return EncodeRgb(width, height, rgb);
    }

    /// <summary>Noise-like benign pattern, to make a PNG of roughly a target size (for intake benchmarks).</summary>
    public static byte[] PatternPng(int width, int height, int seed)
    {
        var rgb = new byte[width * height * 3];
        var state = (uint)(seed * 2654435761u) | 1;
        for (var i = 0; i < rgb.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            rgb[i] = (byte)(((i / 3 % width) + (state & 0x3F)) & 0xFF);
        }

        return EncodeRgb(width, height, rgb);
    }

    public static byte[] EncodeRgb(int width, int height, ReadOnlySpan<byte> rgb)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        WriteChunk(output, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0);
                    zlib.Write(rgb.Slice(y * width * 3, width * 3));
                }
            }

            WriteChunk(output, "IDAT", raw.ToArray());
        }

        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        output.Write(buffer);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typeBytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer, crc ^ 0xFFFFFFFFu);
        output.Write(buffer);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
