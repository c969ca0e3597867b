namespace Vigil.Provenance.Pixels;

/// <summary>
/// Decoded pixels handed to the pixel-based readers: 8-bit, band-interleaved, tightly packed rows; 1 (grey),
/// 2 (grey + alpha), 3 (RGB) or 4 (RGBA) bands. The library decodes nothing itself.
/// </summary>
public sealed class PixelBuffer
{
    /// <summary>Wraps pixels after checking that the buffer length matches the dimensions.</summary>
    /// <param name="width">Pixels per row (1 or more).</param>
    /// <param name="height">Rows (1 or more).</param>
    /// <param name="bands">Bands per pixel, 1 to 4.</param>
    /// <param name="pixels">Exactly <c>width * height * bands</c> bytes.</param>
    /// <exception cref="ArgumentException">The dimensions and the buffer length disagree.</exception>
    public PixelBuffer(int width, int height, int bands, ReadOnlyMemory<byte> pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bands, 4);
        if ((long)width * height * bands != pixels.Length)
        {
            throw new ArgumentException($"Expected {(long)width * height * bands} pixel bytes, got {pixels.Length}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Bands = bands;
        Pixels = pixels;
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>Bands per pixel.</summary>
    public int Bands { get; }

    /// <summary>The interleaved pixel bytes.</summary>
    public ReadOnlyMemory<byte> Pixels { get; }

    /// <summary>Whether the last band is alpha.</summary>
    public bool HasAlpha => Bands is 2 or 4;
}
