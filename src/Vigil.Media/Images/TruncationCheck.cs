using System.Buffers.Binary;

namespace Vigil.Media.Images;

/// <summary>
/// When a decoder fails, tells "the file ends early" from "the file is damaged" by the container's own framing:
/// a JPEG without its end-of-image marker, a PNG without IEND, a RIFF (WebP) or GIF shorter than it declares.
/// Decoder messages alone are unreliable for this (libpng says "read error" for both).
/// </summary>
internal static class TruncationCheck
{
    public static bool EndsEarly(string format, ReadOnlySpan<byte> data) => format switch
    {
        "jpeg" => !data.EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9]),
        "png" => !data.EndsWith((ReadOnlySpan<byte>)[(byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82]),
        "webp" => data.Length < 12 || (long)BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) + 8 > data.Length,
        "gif" => data.Length == 0 || data[^1] != 0x3B,
        _ => false,
    };
}
