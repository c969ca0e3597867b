namespace Vigil.Core.Reports;

/// <summary>Where a report stands in processing (assessment states join in a later issue).</summary>
public enum ReportStatus
{
    /// <summary>Received; some of its items are still being processed.</summary>
    Received = 1,

    /// <summary>Every item has been processed (successfully or as a visible failure).</summary>
    Processed = 2,
}
