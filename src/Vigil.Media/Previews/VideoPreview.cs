namespace Vigil.Media.Previews;

/// <summary>A video's preview strip: frames sampled evenly from start to end, in order.</summary>
/// <param name="Width">The video's coded width.</param>
/// <param name="Height">The video's coded height.</param>
/// <param name="DurationSeconds">The declared duration, where known.</param>
/// <param name="FramesDecoded">How many frames ffmpeg decoded.</param>
/// <param name="Frames">The rendered frames, in order.</param>
public sealed record VideoPreview(int Width, int Height, double? DurationSeconds, long FramesDecoded, IReadOnlyList<PreviewFrame> Frames);
