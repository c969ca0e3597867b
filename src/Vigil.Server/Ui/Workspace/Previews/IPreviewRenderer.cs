namespace Vigil.Server.Ui.Workspace.Previews;

/// <summary>
/// Renders the safe (downscaled, blurred, optionally greyscale) PNG preview of still-image content on the server, so
/// that the original never reaches the browser before a reveal. The seam where Vigil.Media's preview renderer plugs in.
/// </summary>
internal interface IPreviewRenderer
{
    /// <summary>The preview PNG, or null when the content cannot be decoded as an image.</summary>
    byte[]? Render(ReadOnlySpan<byte> content, PreviewStyle style);
}
