namespace Vigil.Media.Video;

/// <summary>Limits and tools for video hashing. Every limit has a range; <see cref="Validate"/> names the bad key.</summary>
public sealed class VideoOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Vigil:Media:Video";

    /// <summary>The ffmpeg executable: a path, or a name looked up on PATH (default <c>ffmpeg</c>).</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>The ffprobe executable: a path, or a name looked up on PATH (default <c>ffprobe</c>).</summary>
    public string FfprobePath { get; set; } = "ffprobe";

    /// <summary>Seconds of video between two hashed frames (default 1, the reference's; 0.01 .. 3600).</summary>
    public double SecondsPerHash { get; set; } = 1.0;

    /// <summary>Longest one video may take to probe and hash before ffmpeg is killed (default 10 min; 1 s .. 6 h).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest file accepted, in bytes (default 16 GiB; 1 .. 1 TiB).</summary>
    public long MaxInputBytes { get; set; } = 16L * 1024 * 1024 * 1024;

    /// <summary>Largest frame accepted, width x height (default 8K UHD, 35,389,440; 25 .. 268,435,456).</summary>
    public long MaxFramePixels { get; set; } = 8192L * 4320;

    /// <summary>Decoder threads for ffmpeg; 0 lets ffmpeg choose (default 0; 0 .. 64).</summary>
    public int DecoderThreads { get; set; }

    /// <summary>
    /// Whether decoder errors that ffmpeg recovers from are tolerated (the hashes of what decoded are kept). Off by
    /// default: a damaged or truncated stream is reported as such rather than hashed partly.
    /// </summary>
    public bool TolerateDecodeErrors { get; set; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first key out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(FfmpegPath))
        {
            throw new ArgumentOutOfRangeException(nameof(FfmpegPath), FfmpegPath, $"{Section}:{nameof(FfmpegPath)} must be set.");
        }

        if (string.IsNullOrWhiteSpace(FfprobePath))
        {
            throw new ArgumentOutOfRangeException(nameof(FfprobePath), FfprobePath, $"{Section}:{nameof(FfprobePath)} must be set.");
        }

        if (!(SecondsPerHash is >= 0.01 and <= 3600))
        {
            throw new ArgumentOutOfRangeException(nameof(SecondsPerHash), SecondsPerHash, $"{Section}:{nameof(SecondsPerHash)} must be 0.01 .. 3600.");
        }

        if (Timeout < TimeSpan.FromSeconds(1) || Timeout > TimeSpan.FromHours(6))
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, $"{Section}:{nameof(Timeout)} must be 1 s .. 6 h.");
        }

        if (MaxInputBytes is < 1 or > 1L << 40)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInputBytes), MaxInputBytes, $"{Section}:{nameof(MaxInputBytes)} must be 1 .. 1 TiB.");
        }

        if (MaxFramePixels is < 25 or > 1L << 28)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFramePixels), MaxFramePixels, $"{Section}:{nameof(MaxFramePixels)} must be 25 .. 268435456.");
        }

        if (DecoderThreads is < 0 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(DecoderThreads), DecoderThreads, $"{Section}:{nameof(DecoderThreads)} must be 0 .. 64.");
        }
    }
}
