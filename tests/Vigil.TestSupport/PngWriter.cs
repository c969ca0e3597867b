using System.Buffers.Binary;
using System.IO.Compression;

namespace Vigil.TestSupport;

/// <summary>A minimal PNG encoder for benign generated test images (8-bit grey, RGB or RGBA, filter 0).</summary>
public static class PngWriter
{
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int bands)
    {
        var colourType = bands switch { 1 => 0, 2 => 4, 3 => 2, 4 => 6, _ => throw new ArgumentOutOfRangeException(nameof(bands)) };
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], height);
        ihdr[8] = 8;
        ihdr[9] = (byte)colourType;
        WriteChunk(output, "IHDR", ihdr);

        using (var raw = new MemoryStream())
        {
            using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
            {
                var rowLength = width * bands;
                for (var y = 0; y < height; y++)
                {
                    z.WriteByte(0);
                    z.Write(pixels.Slice(y * rowLength, rowLength));
                }
            }

            WriteChunk(output, "IDAT", raw.ToArray());
        }

        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>
    /// Inserts a <c>tEXt</c> chunk (Latin-1 keyword and text) after IHDR, as generators write their metadata, e.g.
    /// AUTOMATIC1111's <c>parameters</c>.
    /// </summary>
    public static byte[] WithText(byte[] png, string keyword, string text)
    {
        ArgumentNullException.ThrowIfNull(png);
        const int afterIhdr = 8 + 4 + 4 + 13 + 4;
        using var output = new MemoryStream();
        output.Write(png.AsSpan(0, afterIhdr));
        var latin1 = System.Text.Encoding.Latin1;
        var data = new byte[latin1.GetByteCount(keyword) + 1 + latin1.GetByteCount(text)];
        latin1.GetBytes(keyword, data);
        latin1.GetBytes(text, data.AsSpan(latin1.GetByteCount(keyword) + 1));
        WriteChunk(output, "tEXt", data);
        output.Write(png.AsSpan(afterIhdr));
        return output.ToArray();
    }

    /// <summary>A PNG whose header declares <paramref name="width"/> x <paramref name="height"/> but holds almost no data.</summary>
    public static byte[] HeaderOnly(int width, int height)
    {
        var tiny = Encode(new byte[3 * 8 * 8], 8, 8, 3);
        BinaryPrimitives.WriteInt32BigEndian(tiny.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(tiny.AsSpan(20), height);
        var crc = Crc(tiny.AsSpan(12, 17));
        BinaryPrimitives.WriteUInt32BigEndian(tiny.AsSpan(29), crc);
        return tiny;
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeAndData = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData.AsSpan(4));
        output.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typeAndData));
        output.Write(crc);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    // CRC-32 as PNG specifies (ISO 3309, reflected, polynomial 0xEDB88320).
    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }
}
