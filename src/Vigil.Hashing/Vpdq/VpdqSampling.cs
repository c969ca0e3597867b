namespace Vigil.Hashing.Vpdq;

/// <summary>
/// Which frames the reference vPDQ hasher samples and the timestamps it gives them (facebook/ThreatExchange
/// vpdq/cpp, filehasher.cpp and hasher.h): every decoded frame is numbered from 0 in decoder output order, frame
/// <c>n</c> is hashed when <c>n % interval == 0</c> with <c>interval = (int)(secondsPerHash * frameRate)</c>
/// (at least 1), and its timestamp is <c>(float)n / (float)frameRate</c>. The frame rate is the stream's average
/// frame rate, or its real base frame rate where the average is unknown.
/// </summary>
public static class VpdqSampling
{
    /// <summary>The reference's default: one hash per second.</summary>
    public const double DefaultSecondsPerHash = 1.0;

    /// <summary>Frames between two sampled frames: <c>(int)(secondsPerHash * framesPerSecond)</c>, at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive or non-finite argument.</exception>
    public static int FrameInterval(double framesPerSecond, double secondsPerHash = DefaultSecondsPerHash)
    {
        Check(framesPerSecond, nameof(framesPerSecond));
        Check(secondsPerHash, nameof(secondsPerHash));
        var product = secondsPerHash * framesPerSecond;

        // The reference truncates toward zero (static_cast<int>) and then avoids a zero modulus.
        return product >= int.MaxValue ? int.MaxValue : Math.Max((int)product, 1);
    }

    /// <summary>Whether frame <paramref name="frameNumber"/> is sampled at <paramref name="interval"/>.</summary>
    public static bool IsSampled(long frameNumber, int interval)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameNumber);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(interval);
        return frameNumber % interval == 0;
    }

    /// <summary>
    /// The timestamp the reference records: single-precision <c>frameNumber / framesPerSecond</c> (its
    /// <c>VideoMetadata.framerate</c> is a <c>float</c>), widened to double.
    /// </summary>
    public static double Timestamp(int frameNumber, double framesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameNumber);
        Check(framesPerSecond, nameof(framesPerSecond));
        return (float)frameNumber / (float)framesPerSecond;
    }

    private static void Check(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a positive finite number.");
        }
    }
}
