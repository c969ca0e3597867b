namespace Vigil.Server.Ui.Workspace;

/// <summary>What the item view is for.</summary>
public enum ItemMode
{
    /// <summary>A first grading.</summary>
    Assess,

    /// <summary>A senior's verification of an initial grading.</summary>
    Verify,

    /// <summary>An item with a verified grade (same content or a strict PDQ match): confirm it without showing the media.</summary>
    ConfirmPrior,

    /// <summary>The same content graded in another report, not yet verified: the grade pre-fills the form, the media stay hidden.</summary>
    ConfirmPending,
}
