namespace Vigil.Media.Images;

/// <summary>Limits for image decoding. Every limit has a range; <see cref="Validate"/> names the bad key.</summary>
public sealed class ImageDecoderOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Vigil:Media:Images";

    /// <summary>Largest input accepted, in bytes (default 256 MiB; 1 KiB .. 4 GiB).</summary>
    public long MaxInputBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest width x height accepted, read from the header before decoding (default 100 MP; 1 .. 1 G).</summary>
    public long MaxPixels { get; set; } = 100_000_000;

    /// <summary>Longest one decode may take before it is stopped (default 30 s; 100 ms .. 10 min).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first key out of range.</summary>
    public void Validate()
    {
        if (MaxInputBytes is < 1024 or > 4L * 1024 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInputBytes), MaxInputBytes, $"{Section}:{nameof(MaxInputBytes)} must be 1 KiB .. 4 GiB.");
        }

        if (MaxPixels is < 1 or > 1L << 30)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPixels), MaxPixels, $"{Section}:{nameof(MaxPixels)} must be 1 .. 1073741824.");
        }

        if (Timeout < TimeSpan.FromMilliseconds(100) || Timeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, $"{Section}:{nameof(Timeout)} must be 100 ms .. 10 min.");
        }
    }
}
