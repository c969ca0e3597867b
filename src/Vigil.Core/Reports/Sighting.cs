namespace Vigil.Core.Reports;

/// <summary>An item seen in a report (at one of its URLs when known) at a time.</summary>
public sealed class Sighting
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    public long ItemId { get; set; }

    /// <summary>The report URL the item was found at; null for media uploaded without a URL.</summary>
    public long? ReportUrlId { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
