using System.Diagnostics;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Media.Images;

namespace Vigil.Benchmarks.Intake;

/// <summary>The hash step alone, in process on one thread: what processing would reach with no queue, database or vault.</summary>
internal static class HashStepBaseline
{
    public static async Task<double> ItemsPerSecondAsync(IReadOnlyList<byte[]> images)
    {
        var step = new HashStep(new ImageDecoder());
        var clock = Stopwatch.StartNew();
        foreach (var image in images)
        {
            var item = new Item { Sha256 = System.Security.Cryptography.SHA256.HashData(image), MediaType = "image/png" };
            _ = await step.RunAsync(item, image, default);
        }

        return images.Count / clock.Elapsed.TotalSeconds;
    }
}
