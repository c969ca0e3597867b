using System.Diagnostics;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Core.Provenance;
using Vigil.Media.Images;

namespace Vigil.Benchmarks.Intake;

/// <summary>
/// The steps' own work in process on one thread, with no queue, database or vault: the hash step alone (the baseline
/// the processing rate is read against), and the hash step plus the provenance step's inspection (the other CPU work
/// each item gets by default; the match step only looks hashes up unless dihedral matching is on).
/// </summary>
internal static class HashStepBaseline
{
    public static async Task<double> ItemsPerSecondAsync(IReadOnlyList<byte[]> images, bool withProvenance = false)
    {
        var decoder = new ImageDecoder();
        var step = new HashStep(decoder);
        var inspector = new FileProvenanceInspector(decoder: decoder);
        var clock = Stopwatch.StartNew();
        foreach (var image in images)
        {
            var item = new Item { Sha256 = System.Security.Cryptography.SHA256.HashData(image), MediaType = "image/png" };
            _ = await step.RunAsync(item, image, default);
            if (withProvenance)
            {
                _ = inspector.InspectContent(image, out _);
            }
        }

        return images.Count / clock.Elapsed.TotalSeconds;
    }
}
