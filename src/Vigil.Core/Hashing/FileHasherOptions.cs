using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Core.Hashing;

/// <summary>What <see cref="FileHasher"/> computes and within which limits.</summary>
public sealed class FileHasherOptions
{
    /// <summary>Also compute the eight dihedral PDQ hashes of images.</summary>
    public bool Dihedral { get; init; }

    /// <summary>Decoder limits (bytes, pixels, time).</summary>
    public ImageDecoderOptions Images { get; init; } = new();

    /// <summary>Video hashing limits; null leaves videos at digests only.</summary>
    public VideoOptions? Video { get; init; } = new();
}
