using Vigil.Media.Images;
using Vigil.TestSupport;

namespace Vigil.Media.Tests.Images;

/// <summary>
/// libvips keeps thread-private buffers whose destructors run when a thread exits. A process whose decoding threads
/// come and go (thread-pool threads retire, hosted workers stop) must survive that: this test decodes good and
/// truncated images on hundreds of short-lived threads, in parallel, and then lets them all exit.
/// </summary>
public sealed class DecoderThreadingTests
{
    [Fact]
    public void Decode_OnManyShortLivedThreads_EveryThreadExitsCleanly()
    {
        var decoder = new ImageDecoder();
        var good = PngWriter.Encode(TestImages.Shapes(160, 120, 3), 160, 120, 3);
        var truncated = good[..(good.Length / 2)];
        var failures = 0;
        for (var round = 0; round < 10; round++)
        {
            var threads = Enumerable.Range(0, 24).Select(i => new Thread(() =>
            {
                try
                {
                    using var image = decoder.Decode(i % 3 == 0 ? truncated : good);
                    if (image.Width != 160)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (MediaDecodeException e) when (e.Kind == MediaErrorKind.Truncated)
                {
                    // Expected for the truncated copies.
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(0, failures);
    }
}
