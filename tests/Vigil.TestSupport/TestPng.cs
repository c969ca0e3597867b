namespace Vigil.TestSupport;

/// <summary>Benign generated PNG files (gradients, patterns) from a minimal encoder, for intake and queue tests.</summary>
public static class TestPng
{
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

    /// <summary>Encodes packed 8-bit RGB rows as PNG (through <see cref="PngWriter"/>).</summary>
    public static byte[] EncodeRgb(int width, int height, ReadOnlySpan<byte> rgb) => PngWriter.Encode(rgb, width, height, 3);
}
