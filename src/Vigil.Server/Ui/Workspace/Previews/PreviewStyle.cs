namespace Vigil.Server.Ui.Workspace.Previews;

/// <summary>How a preview is rendered: blur strength 0..40 and greyscale.</summary>
internal readonly record struct PreviewStyle(int Blur, bool Greyscale);
