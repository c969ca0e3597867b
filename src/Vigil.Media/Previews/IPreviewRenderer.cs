namespace Vigil.Media.Previews;

/// <summary>
/// Renders safe previews on the server, so that an original never has to reach a browser to be assessed: shrunk,
/// greyscale and blurred by default, re-encoded (no metadata survives). The seam the analyst workspace uses.
/// </summary>
public interface IPreviewRenderer
{
    /// <summary>Decodes an image file within the decoder's limits and renders its preview. Throws <see cref="Images.MediaDecodeException"/>.</summary>
    byte[] RenderImage(ReadOnlySpan<byte> file, PreviewOptions options);

    /// <summary>
    /// Renders <see cref="PreviewOptions.VideoFrames"/> frames sampled evenly over the video at <paramref name="path"/>,
    /// each as its own preview. Throws <see cref="Images.MediaDecodeException"/>.
    /// </summary>
    Task<VideoPreview> RenderVideoAsync(string path, PreviewOptions options, CancellationToken cancellationToken = default);
}
