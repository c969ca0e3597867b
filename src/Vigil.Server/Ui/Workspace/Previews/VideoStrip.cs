using Vigil.Core.Items;
using Vigil.Core.Vault;
using Vigil.Media.Images;
using Vigil.Media.Previews;

namespace Vigil.Server.Ui.Workspace.Previews;

/// <summary>
/// A video's strip of sampled blurred frames as data URIs: ffmpeg reads the decrypted content from a private file in
/// the data folder's scratch folder that is deleted at once; the page carries the frames, so the browser never
/// requests the video before a reveal.
/// </summary>
internal static class VideoStrip
{
    public static async Task<IReadOnlyList<string>> RenderAsync(IPreviewRenderer renderer, MediaVault vault, Item item, PreviewStyle style, ScratchFolder scratch, CancellationToken cancellationToken)
    {
        var content = await vault.ReadAsync(item.Sha256, cancellationToken);
        if (content is null)
        {
            return [];
        }

        using var file = await scratch.WriteAsync(content, cancellationToken);
        try
        {
            var preview = await renderer.RenderVideoAsync(file.Path, style.Options, cancellationToken);
            return [.. preview.Frames.Select(f => "data:image/jpeg;base64," + Convert.ToBase64String(f.Image))];
        }
        catch (MediaDecodeException)
        {
            return [];
        }
    }
}
