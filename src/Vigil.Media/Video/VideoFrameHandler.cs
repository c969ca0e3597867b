namespace Vigil.Media.Video;

/// <summary>
/// Receives one sampled frame: tightly packed RGB24 at full resolution, valid only during the call (the buffer
/// is reused for the next frame), and its zero-based index among all decoded frames.
/// </summary>
public delegate void VideoFrameHandler(ReadOnlySpan<byte> rgb24, int frameNumber);
