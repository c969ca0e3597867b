using System.Globalization;
using Vigil.Hashing.Pdq;
using Vigil.Media.Images;
using Vigil.TestSupport;

namespace Vigil.Hashing.Tests.Pdq;

/// <summary>Reads ../shared/pdq's golden TSV files and hashes its images through the real decoder.</summary>
internal static class ReferenceVectors
{
    private static readonly ImageDecoder Decoder = new();

    public static IEnumerable<string[]> Rows(string tsv) =>
        File.ReadLines(SharedData.PathOf("pdq", tsv))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'));

    public static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    public static PdqResult Hash(string relativePath)
    {
        using var image = Decode(relativePath);
        return PdqHasher.Hash(image.Pixels, PixelFormat.Packed(image.Width, image.Height, image.Bands));
    }

    public static PdqDihedral HashDihedral(string relativePath)
    {
        using var image = Decode(relativePath);
        return PdqHasher.HashDihedral(image.Pixels, PixelFormat.Packed(image.Width, image.Height, image.Bands));
    }

    private static DecodedImage Decode(string relativePath) =>
        Decoder.Decode(File.ReadAllBytes(SharedData.PathOf("pdq", "images", relativePath)));
}
