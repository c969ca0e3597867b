namespace Vigil.Media.Previews;

/// <summary>The encoding of a rendered preview.</summary>
public enum PreviewFormat
{
    /// <summary>Baseline JPEG (libvips' default quality, 75).</summary>
    Jpeg,

    /// <summary>Lossy WebP (libvips' default quality, 75).</summary>
    WebP,
}
