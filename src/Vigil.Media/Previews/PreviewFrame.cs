namespace Vigil.Media.Previews;

/// <summary>One rendered frame of a video strip.</summary>
/// <param name="FrameNumber">Zero-based index among all decoded frames.</param>
/// <param name="Seconds">Its time from the start (frame number over the frame rate).</param>
/// <param name="Image">The encoded preview (JPEG or WebP as requested).</param>
public sealed record PreviewFrame(int FrameNumber, double Seconds, byte[] Image);
