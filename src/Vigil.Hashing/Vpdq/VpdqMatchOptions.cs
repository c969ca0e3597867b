namespace Vigil.Hashing.Vpdq;

/// <summary>
/// Tolerances and thresholds of the vPDQ matcher. Defaults are the reference's (python-threatexchange
/// vpdq_util: quality 50, distance 31, query 80 %, index 0 %).
/// </summary>
public sealed record VpdqMatchOptions
{
    /// <summary>Frames with a quality under this are ignored (default 50; 0..100).</summary>
    public int QualityTolerance { get; init; } = 50;

    /// <summary>Two frames match when their Hamming distance is at most this (default 31; 0..256).</summary>
    public int DistanceTolerance { get; init; } = 31;

    /// <summary>The query's matched percentage needed for a match (default 80; 0..100).</summary>
    public double QueryMatchThresholdPercent { get; init; } = 80.0;

    /// <summary>The target's matched percentage needed for a match (default 0; 0..100).</summary>
    public double TargetMatchThresholdPercent { get; init; }

    /// <summary>The reference's defaults.</summary>
    public static VpdqMatchOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first property out of range.</summary>
    public void Validate()
    {
        if (QualityTolerance is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(QualityTolerance), QualityTolerance, "Must be 0..100.");
        }

        if (DistanceTolerance is < 0 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(DistanceTolerance), DistanceTolerance, "Must be 0..256.");
        }

        if (!(QueryMatchThresholdPercent is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(QueryMatchThresholdPercent), QueryMatchThresholdPercent, "Must be 0..100.");
        }

        if (!(TargetMatchThresholdPercent is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(TargetMatchThresholdPercent), TargetMatchThresholdPercent, "Must be 0..100.");
        }
    }
}
