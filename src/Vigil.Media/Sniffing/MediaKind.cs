namespace Vigil.Media.Sniffing;

/// <summary>What a file is, judged from its first bytes.</summary>
public enum MediaKind
{
    /// <summary>Not a format Vigil hashes perceptually.</summary>
    Other,

    /// <summary>A still image (JPEG, PNG, WebP, GIF, TIFF, HEIF/AVIF).</summary>
    Image,

    /// <summary>A video container (MP4/MOV, WebM/Matroska, AVI, MPEG, FLV, ASF).</summary>
    Video,
}
