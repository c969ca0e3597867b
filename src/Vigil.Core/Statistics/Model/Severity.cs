namespace Vigil.Core.Statistics.Model;

/// <summary>The graded category (UK sentencing-guideline categories A to C, plus the two non-criminal-image outcomes).</summary>
public enum Severity
{
    A,
    B,
    C,

    /// <summary>Prohibited non-photographic image (drawings, cartoons): reported separately, not a realistic item.</summary>
    NonPhotographic,

    /// <summary>Assessed and found not indecent: reported separately.</summary>
    NotIndecent,
}
