namespace Vigil.Core.Assessment;

/// <summary>What an exposure-log entry records.</summary>
public enum ExposureKind
{
    /// <summary>An item view was opened (the blurred preview was shown).</summary>
    Shown = 0,

    /// <summary>The analyst revealed the original.</summary>
    Revealed = 1,

    /// <summary>The analyst submitted a grade; <see cref="ExposureEvent.Seconds"/> holds the viewing time.</summary>
    Assessed = 2,

    /// <summary>The analyst took a break; the break prompt counts exposure from here.</summary>
    Break = 3,

    /// <summary>An already-graded item was confirmed without its media being shown.</summary>
    ConfirmedUnseen = 4,
}
