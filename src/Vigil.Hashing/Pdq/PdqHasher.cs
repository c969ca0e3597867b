namespace Vigil.Hashing.Pdq;

/// <summary>
/// PDQ perceptual hashing, bit-compatible with the reference library's full-resolution route
/// (facebook/ThreatExchange pdq/cpp pdqHash256FromFloatLuma; the route of HMA, pdqhash and the Java port):
/// float luma, two-pass Jarosz box filter with window ceil(side / 128), 64x64 decimation, 16x64 DCT,
/// median threshold, quality from gradients. Pure managed code over pixel spans; thread-safe.
/// </summary>
public static class PdqHasher
{
    /// <summary>Images smaller than this on either side hash to zero with quality 0, as in the reference.</summary>
    public const int MinimumDimension = 5;

    /// <summary>Hashes interleaved 8-bit pixels.</summary>
    public static PdqResult Hash(ReadOnlySpan<byte> pixels, PixelFormat format)
    {
        format.Validate(pixels.Length);
        Span<float> dct = stackalloc float[256];
        var quality = Compute(pixels, format, dct);
        return new PdqResult(quality < 0 ? PdqHash.Zero : PdqDct.ToHash(dct), Math.Max(quality, 0));
    }

    /// <summary>Hashes interleaved 8-bit pixels and returns the eight dihedral hashes in the reference's order.</summary>
    public static PdqDihedral HashDihedral(ReadOnlySpan<byte> pixels, PixelFormat format)
    {
        format.Validate(pixels.Length);
        Span<float> dct = stackalloc float[256];
        var quality = Compute(pixels, format, dct);
        var hashes = new PdqHash[8];
        if (quality < 0)
        {
            return new PdqDihedral(hashes, 0);
        }

        Span<float> aux = stackalloc float[256];
        for (var t = 0; t < 8; t++)
        {
            PdqDct.Transform(t, dct, aux);
            hashes[t] = PdqDct.ToHash(aux);
        }

        return new PdqDihedral(hashes, quality);
    }

    // Returns the quality, or -1 when the image is under the minimum size (zero hash).
    private static int Compute(ReadOnlySpan<byte> pixels, PixelFormat format, Span<float> dct)
    {
        if (format.Width < MinimumDimension || format.Height < MinimumDimension)
        {
            return -1;
        }

        Span<float> image64 = stackalloc float[64 * 64];
        JaroszFilter.FilterAndDecimate(pixels, format, image64);
        var quality = PdqDct.Quality(image64);
        PdqDct.Dct64To16(image64, dct);
        return quality;
    }
}
