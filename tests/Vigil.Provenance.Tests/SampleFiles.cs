using Vigil.Media.Images;
using Vigil.Provenance.Pixels;
using Vigil.Provenance.Results;
using Vigil.TestSupport;

namespace Vigil.Provenance.Tests;

/// <summary>Loads shared samples, decodes their pixels with Vigil.Media (as the CLI does) and inspects them.</summary>
internal static class SampleFiles
{
    private static readonly ImageDecoder Decoder = new();

    public static string Sample(string name) => SharedData.PathOf("provenance", "samples", name);

    public static string C2paRs(string name) => SharedData.PathOf("provenance", "c2pa-rs", name);

    public static PixelBuffer? Pixels(byte[] bytes)
    {
        try
        {
            using var image = Decoder.Decode(bytes);
            return new PixelBuffer(image.Width, image.Height, image.Bands, image.Pixels.ToArray());
        }
        catch (MediaDecodeException)
        {
            return null;
        }
    }

    public static ProvenanceReport Inspect(string path, bool withAnchor = false)
    {
        var bytes = File.ReadAllBytes(path);
        var options = new ProvenanceOptions { VerificationTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        if (withAnchor)
        {
            options.AddTrustAnchorsFromPem(Sample("c2pa_test_anchor.pem"));
        }

        return new ProvenanceInspector(options).Inspect(bytes, Path.GetFileName(path), Pixels(bytes));
    }
}
