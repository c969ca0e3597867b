namespace Vigil.Core.Assessment;

/// <summary>A user's own blur and greyscale settings; null fields fall back to the organisation's defaults.</summary>
public sealed class ViewPreference
{
    public string UserName { get; set; } = string.Empty;

    /// <summary>Blur strength 0..<see cref="WorkspaceOptions.MaxBlur"/>; null: organisation default.</summary>
    public int? Blur { get; set; }

    public bool? Greyscale { get; set; }
}
