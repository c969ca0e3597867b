namespace Vigil.Core.Reports;

/// <summary>One file of a report as an item: its id, and whether this report first brought it.</summary>
public sealed record IntakeItem(long ItemId, byte[] Sha256, bool IsNew);
