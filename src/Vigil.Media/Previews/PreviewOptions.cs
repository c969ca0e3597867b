namespace Vigil.Media.Previews;

/// <summary>
/// How a preview is rendered. The defaults show as little as possible: greyscale and blurred so that content is
/// not recognisable; an analyst (or the organisation's settings) turns either off. Every value has a range;
/// <see cref="Validate"/> names the bad key.
/// </summary>
public sealed record PreviewOptions
{
    /// <summary>Configuration section for organisation defaults.</summary>
    public const string Section = "Vigil:Media:Previews";

    /// <summary>The default <see cref="BlurStrength"/>: sigma of 5 % of the longer side (24 px on a 480 px preview).</summary>
    public const double DefaultBlurStrength = 0.05;

    /// <summary>Longest side of the preview in pixels (default 480; 16 .. 2048). Smaller images are never enlarged.</summary>
    public int MaxSide { get; init; } = 480;

    /// <summary>Whether colour is removed (default true): the preview has one band, luma by BT.601 weights.</summary>
    public bool Greyscale { get; init; } = true;

    /// <summary>Whether the preview is Gaussian-blurred (default true).</summary>
    public bool Blur { get; init; } = true;

    /// <summary>
    /// The blur's sigma as a fraction of the preview's longer side (default 0.05; 0.005 .. 0.25), so that the
    /// same setting hides the same amount of detail whatever the preview's size.
    /// </summary>
    public double BlurStrength { get; init; } = DefaultBlurStrength;

    /// <summary>The output encoding (default JPEG).</summary>
    public PreviewFormat Format { get; init; } = PreviewFormat.Jpeg;

    /// <summary>Frames in a video strip, sampled evenly over the video (default 8; 1 .. 64).</summary>
    public int VideoFrames { get; init; } = 8;

    /// <summary>The blur's sigma in pixels for a preview whose longer side is <paramref name="longerSide"/>; 0 for no blur.</summary>
    public double SigmaFor(int longerSide) => Blur ? BlurStrength * longerSide : 0;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first key out of range.</summary>
    public void Validate()
    {
        if (MaxSide is < 16 or > 2048)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSide), MaxSide, $"{Section}:{nameof(MaxSide)} must be 16 .. 2048.");
        }

        if (!(BlurStrength is >= 0.005 and <= 0.25))
        {
            throw new ArgumentOutOfRangeException(nameof(BlurStrength), BlurStrength, $"{Section}:{nameof(BlurStrength)} must be 0.005 .. 0.25.");
        }

        if (!Enum.IsDefined(Format))
        {
            throw new ArgumentOutOfRangeException(nameof(Format), Format, $"{Section}:{nameof(Format)} must be Jpeg or WebP.");
        }

        if (VideoFrames is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(VideoFrames), VideoFrames, $"{Section}:{nameof(VideoFrames)} must be 1 .. 64.");
        }
    }
}
