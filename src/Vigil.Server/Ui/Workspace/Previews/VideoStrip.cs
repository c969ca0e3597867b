using Vigil.Core.Items;
using Vigil.Core.Vault;
using Vigil.Media.Images;
using Vigil.Media.Previews;

namespace Vigil.Server.Ui.Workspace.Previews;

/// <summary>
/// A video's strip of sampled blurred frames as data URIs: ffmpeg reads the decrypted content from a private temporary
/// file that is deleted at once; the page carries the frames, so the browser never requests the video before a reveal.
/// </summary>
internal static class VideoStrip
{
    public static async Task<IReadOnlyList<string>> RenderAsync(IPreviewRenderer renderer, MediaVault vault, Item item, PreviewStyle style, CancellationToken cancellationToken)
    {
        var content = await vault.ReadAsync(item.Sha256, cancellationToken);
        if (content is null)
        {
            return [];
        }

        var path = Path.Combine(Path.GetTempPath(), $"vigil-strip-{Guid.NewGuid():N}");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var file = new FileStream(path, options))
            {
                await file.WriteAsync(content, cancellationToken);
            }

            var preview = await renderer.RenderVideoAsync(path, style.Options, cancellationToken);
            return [.. preview.Frames.Select(f => "data:image/jpeg;base64," + Convert.ToBase64String(f.Image))];
        }
        catch (MediaDecodeException)
        {
            return [];
        }
        finally
        {
            File.Delete(path);
        }
    }
}
