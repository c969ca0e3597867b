namespace Vigil.Core.Reports;

/// <summary>The stored report and, per file in order, the item it became and whether the item is new.</summary>
public sealed record IntakeResult(long ReportId, IReadOnlyList<IntakeItem> Items);
