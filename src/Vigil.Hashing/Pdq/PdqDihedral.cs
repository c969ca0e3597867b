namespace Vigil.Hashing.Pdq;

/// <summary>
/// The eight dihedral PDQ hashes of one image, in the reference's order: original, rotate 90, rotate 180,
/// rotate 270, flip x, flip y, flip about the +1 diagonal, flip about the -1 diagonal.
/// </summary>
public sealed class PdqDihedral
{
    /// <summary>Names of the eight transforms in the reference's order.</summary>
    public static readonly IReadOnlyList<string> TransformNames =
        ["original", "rotate90", "rotate180", "rotate270", "flipx", "flipy", "flipplus1", "flipminus1"];

    internal PdqDihedral(PdqHash[] hashes, int quality)
    {
        Hashes = hashes;
        Quality = quality;
    }

    /// <summary>The eight hashes in the reference's order.</summary>
    public IReadOnlyList<PdqHash> Hashes { get; }

    /// <summary>Quality of the image (the same for every transform).</summary>
    public int Quality { get; }
}
