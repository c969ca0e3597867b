namespace Vigil.Hashing.Pdq;

/// <summary>
/// How 8-bit pixels are laid out in a buffer handed to <see cref="PdqHasher"/>: interleaved bands, row stride
/// in bytes. With three or more bands the first three are R, G, B (alpha is ignored, as in the reference);
/// with one or two bands the first is grey.
/// </summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Bands">Interleaved 8-bit bands per pixel (1..4).</param>
/// <param name="Stride">Bytes from one row to the next (at least <c>Width * Bands</c>).</param>
public readonly record struct PixelFormat(int Width, int Height, int Bands, int Stride)
{
    /// <summary>A tightly packed layout.</summary>
    public static PixelFormat Packed(int width, int height, int bands) => new(width, height, bands, width * bands);

    internal void Validate(int bufferLength)
    {
        if (Width <= 0 || Height <= 0)
        {
            throw new ArgumentException($"Image dimensions must be positive, got {Width}x{Height}.");
        }

        if (Bands is < 1 or > 4)
        {
            throw new ArgumentException($"Bands must be 1..4, got {Bands}.");
        }

        if (Stride < (long)Width * Bands)
        {
            throw new ArgumentException($"Stride {Stride} is shorter than a row of {Width} pixels.");
        }

        if ((long)Stride * (Height - 1) + ((long)Width * Bands) > bufferLength)
        {
            throw new ArgumentException("The pixel buffer is shorter than the layout says.");
        }
    }
}
