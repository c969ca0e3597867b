namespace Vigil.Core.Reports;

/// <summary>One URL named by a report, in the order the reporter gave.</summary>
public sealed class ReportUrl
{
    /// <summary>Longest URL accepted.</summary>
    public const int MaxLength = 2048;

    public long Id { get; set; }

    public long ReportId { get; set; }

    public int Position { get; set; }

    public string Url { get; set; } = string.Empty;
}
