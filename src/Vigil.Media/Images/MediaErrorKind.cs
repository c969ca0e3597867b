namespace Vigil.Media.Images;

/// <summary>Why a file could not be decoded. Each value is a cause a person can act on.</summary>
public enum MediaErrorKind
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>The file is larger than the configured byte limit.</summary>
    TooLarge,

    /// <summary>The header declares more pixels than the configured limit (a decompression bomb is refused here).</summary>
    TooManyPixels,

    /// <summary>No decoder recognises the format.</summary>
    Unsupported,

    /// <summary>The data ends before the image does.</summary>
    Truncated,

    /// <summary>The data is damaged or not what its header claims.</summary>
    Corrupt,

    /// <summary>Decoding took longer than the configured limit and was stopped.</summary>
    Timeout,

    /// <summary>A native component (libvips, ffmpeg) is missing or failed to start.</summary>
    NativeUnavailable,
}
