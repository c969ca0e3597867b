using Vigil.Hashing.Pdq;

namespace Vigil.Hashing.Vpdq;

/// <summary>Hashes one decoded video frame into a <see cref="VpdqFeature"/>, as the reference's PDQ frame hasher does.</summary>
public static class VpdqFrameHasher
{
    /// <summary>
    /// Hashes a tightly packed RGB24 frame (<c>width * height * 3</c> bytes). Frames under
    /// <see cref="PdqHasher.MinimumDimension"/> pixels on a side give the zero hash with quality 0.
    /// </summary>
    /// <param name="rgb24">Interleaved R, G, B bytes, rows without padding.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <param name="frameNumber">Zero-based index among all decoded frames.</param>
    /// <param name="framesPerSecond">The stream's average frame rate, for the timestamp.</param>
    public static VpdqFeature Hash(ReadOnlySpan<byte> rgb24, int width, int height, int frameNumber, double framesPerSecond)
    {
        var result = PdqHasher.Hash(rgb24, PixelFormat.Packed(width, height, 3));
        return new VpdqFeature(result.Hash, result.Quality, frameNumber, VpdqSampling.Timestamp(frameNumber, framesPerSecond));
    }
}
