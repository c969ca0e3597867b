using Vigil.Hashing.Vpdq;

namespace Vigil.Media.Video;

/// <summary>A video's vPDQ hash with what was learned decoding it.</summary>
/// <param name="Info">What ffprobe said of the video stream.</param>
/// <param name="FramesDecoded">Frames the decoder produced.</param>
/// <param name="Features">One feature per sampled frame, in frame order.</param>
public sealed record VideoHash(VideoInfo Info, long FramesDecoded, IReadOnlyList<VpdqFeature> Features)
{
    /// <summary>The stream's duration, else frames decoded over the frame rate.</summary>
    public double DurationSeconds => Info.DurationSeconds ?? FramesDecoded / Info.FrameRate;
}
