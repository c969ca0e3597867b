using Vigil.Hashing.Vpdq;

namespace Vigil.Core.Matching;

/// <summary>Configuration section <c>Vigil:Matching</c>. Every value has a range; <see cref="Validate"/> names the bad key.</summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Vigil:Matching";

    /// <summary>The largest PDQ radius a caller may ask for (the bound; the index is exact up to 256).</summary>
    public const int MaxRadius = 64;

    /// <summary>PDQ radius used when a caller gives none (default 31, the PDQ reference's threshold; 0..64).</summary>
    public int Radius { get; set; } = 31;

    /// <summary>Whether the pipeline also searches the eight dihedral variants of an image (rotations, flips).</summary>
    public bool Dihedral { get; set; }

    /// <summary>How often a node compares list checkpoints with the database (default 2 s; 0.05 .. 60 s).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A refresh that finds more changed entries than this, and more than an eighth of the entries indexed (a bulk
    /// import, a large list deleted), builds a fresh index from the database off the lock and swaps it in instead
    /// of applying the changes in small batches (default 50,000; 1,000 .. 1,000,000).
    /// </summary>
    public int RebuildThreshold { get; set; } = 50_000;

    /// <summary>vPDQ frames under this quality are ignored, as the reference matcher (default 50; 0..100).</summary>
    public int VpdqQualityTolerance { get; set; } = 50;

    /// <summary>Two vPDQ frames match at this distance or less (default 31; 0..64).</summary>
    public int VpdqDistanceTolerance { get; set; } = 31;

    /// <summary>Share of the query video's frames that must be found in the listed video (default 80 %).</summary>
    public double VpdqQueryMatchPercent { get; set; } = 80;

    /// <summary>Share of the listed video's frames that must be found in the query (default 0 %).</summary>
    public double VpdqTargetMatchPercent { get; set; }

    /// <summary>The vPDQ comparison settings these options describe.</summary>
    public VpdqMatchOptions Vpdq => new()
    {
        QualityTolerance = VpdqQualityTolerance,
        DistanceTolerance = VpdqDistanceTolerance,
        QueryMatchThresholdPercent = VpdqQueryMatchPercent,
        TargetMatchThresholdPercent = VpdqTargetMatchPercent,
    };

    public void Validate()
    {
        if (Radius is < 0 or > MaxRadius)
        {
            throw new InvalidOperationException($"{SectionName}:Radius must be 0..{MaxRadius} (is {Radius}).");
        }

        if (RefreshInterval < TimeSpan.FromMilliseconds(50) || RefreshInterval > TimeSpan.FromSeconds(60))
        {
            throw new InvalidOperationException($"{SectionName}:RefreshInterval must be 0.05 .. 60 s (is {RefreshInterval}).");
        }

        if (RebuildThreshold is < 1_000 or > 1_000_000)
        {
            throw new InvalidOperationException($"{SectionName}:RebuildThreshold must be 1000..1000000 (is {RebuildThreshold}).");
        }

        if (VpdqQualityTolerance is < 0 or > 100)
        {
            throw new InvalidOperationException($"{SectionName}:VpdqQualityTolerance must be 0..100 (is {VpdqQualityTolerance}).");
        }

        if (VpdqDistanceTolerance is < 0 or > MaxRadius)
        {
            throw new InvalidOperationException($"{SectionName}:VpdqDistanceTolerance must be 0..{MaxRadius} (is {VpdqDistanceTolerance}).");
        }

        if (!(VpdqQueryMatchPercent is >= 0 and <= 100) || !(VpdqTargetMatchPercent is >= 0 and <= 100))
        {
            throw new InvalidOperationException($"{SectionName}:VpdqQueryMatchPercent and VpdqTargetMatchPercent must be 0..100.");
        }
    }
}
