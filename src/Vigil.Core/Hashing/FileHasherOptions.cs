using Vigil.Media.Images;

namespace Vigil.Core.Hashing;

/// <summary>What <see cref="FileHasher"/> computes and within which limits.</summary>
public sealed class FileHasherOptions
{
    /// <summary>Also compute the eight dihedral PDQ hashes of images.</summary>
    public bool Dihedral { get; init; }

    /// <summary>Decoder limits (bytes, pixels, time).</summary>
    public ImageDecoderOptions Images { get; init; } = new();
}
