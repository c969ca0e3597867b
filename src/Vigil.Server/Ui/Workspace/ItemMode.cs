namespace Vigil.Server.Ui.Workspace;

/// <summary>What the item view is for.</summary>
public enum ItemMode
{
    /// <summary>A first grading.</summary>
    Assess,

    /// <summary>A senior's verification of an initial grading.</summary>
    Verify,

    /// <summary>An already graded item: confirm the earlier grade without showing the media.</summary>
    ConfirmPrior,
}
