namespace Vigil.Core.Assessment;

/// <summary>An analyst's exclusive hold on an item while grading it; one row per item (the primary key is the guarantee).</summary>
public sealed class ItemClaim
{
    public long ItemId { get; set; }

    public string Analyst { get; set; } = string.Empty;

    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
