namespace Vigil.Media.Video;

/// <summary>What ffprobe says of a video's first video stream.</summary>
/// <param name="Container">The demuxer, e.g. <c>mov,mp4,m4a,3gp,3g2,mj2</c>, <c>matroska,webm</c>, <c>gif</c>.</param>
/// <param name="Codec">The codec, e.g. <c>h264</c>, <c>vp9</c>.</param>
/// <param name="PixelFormat">The decoder's pixel format, e.g. <c>yuv420p</c>.</param>
/// <param name="Width">Coded width in pixels.</param>
/// <param name="Height">Coded height in pixels.</param>
/// <param name="FrameRate">Average frame rate, or the real base frame rate where the average is unknown (as the reference).</param>
/// <param name="DurationSeconds">The stream's duration, else the container's; null where neither is known.</param>
public sealed record VideoInfo(
    string Container,
    string Codec,
    string PixelFormat,
    int Width,
    int Height,
    double FrameRate,
    double? DurationSeconds);
