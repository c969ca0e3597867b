namespace Vigil.Media.Images;

/// <summary>A file could not be decoded; <see cref="Kind"/> says why, the message names the cause.</summary>
public sealed class MediaDecodeException : Exception
{
    public MediaDecodeException(MediaErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    public MediaDecodeException(MediaErrorKind kind, string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public MediaDecodeException()
        : this(MediaErrorKind.Corrupt, "The media could not be decoded.")
    {
    }

    public MediaDecodeException(string message)
        : this(MediaErrorKind.Corrupt, message)
    {
    }

    public MediaDecodeException(string message, Exception innerException)
        : this(MediaErrorKind.Corrupt, message, innerException)
    {
    }

    /// <summary>The cause.</summary>
    public MediaErrorKind Kind { get; }

    /// <summary>A short stable code for the cause, for JSON output and APIs (e.g. <c>truncated</c>).</summary>
    public string Code => Kind switch
    {
        MediaErrorKind.Empty => "empty",
        MediaErrorKind.TooLarge => "too_large",
        MediaErrorKind.TooManyPixels => "too_many_pixels",
        MediaErrorKind.Unsupported => "unsupported",
        MediaErrorKind.Truncated => "truncated",
        MediaErrorKind.Corrupt => "corrupt",
        MediaErrorKind.Timeout => "timeout",
        _ => "native_unavailable",
    };
}
