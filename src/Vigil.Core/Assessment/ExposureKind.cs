namespace Vigil.Core.Assessment;

/// <summary>What an exposure-log entry records.</summary>
public enum ExposureKind
{
    /// <summary>An item view showing media was opened (the blurred preview or the revealed original).</summary>
    Shown = 0,

    /// <summary>The analyst revealed the original.</summary>
    Revealed = 1,

    /// <summary>The analyst graded an item whose media they were shown; <see cref="ExposureEvent.Seconds"/> holds the time since it was first shown.</summary>
    Assessed = 2,

    /// <summary>The analyst took a break; the break prompt counts exposure from here.</summary>
    Break = 3,

    /// <summary>An item was graded without its media being shown to the analyst (an earlier grade confirmed).</summary>
    ConfirmedUnseen = 4,

    /// <summary>The analyst left an item view (the browser reported the page going away); ends the viewing.</summary>
    Left = 5,
}
