using System.Diagnostics;
using Vigil.Provenance.Pixels;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Tests;

/// <summary>
/// Runs one inspection under the fuzz tests' caps: it must return (hang detection: the test gives up waiting after
/// <see cref="HangTimeout"/>), take under <see cref="TimeCap"/> and allocate under <see cref="AllocationCap"/> on
/// its thread.
/// </summary>
internal static class FuzzRun
{
    public const long AllocationCap = 256L * 1024 * 1024;

    /// <summary>Every inspection of these small files takes milliseconds; two seconds means something loops.</summary>
    public static readonly TimeSpan TimeCap = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(30);

    public static async Task<ProvenanceReport> InspectAsync(ProvenanceInspector inspector, ReadOnlyMemory<byte> bytes, PixelBuffer? pixels = null)
    {
        var run = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var report = inspector.Inspect(bytes, null, pixels);
            return (report, clock.Elapsed, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
        });
        var (r, elapsed, allocated) = await run.WaitAsync(HangTimeout);
        Assert.True(elapsed < TimeCap, $"inspection took {elapsed.TotalMilliseconds:F0} ms");
        Assert.True(allocated < AllocationCap, $"allocated {allocated} bytes");
        return r;
    }
}
