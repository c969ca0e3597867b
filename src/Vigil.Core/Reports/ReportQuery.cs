namespace Vigil.Core.Reports;

/// <summary>Filters and paging for listing reports; ranges are checked by the caller (the API validates them).</summary>
public sealed record ReportQuery(
    int Page,
    int PageSize,
    ReportSource? Source = null,
    ReportStatus? Status = null,
    WebNetwork? Network = null,
    DateTimeOffset? ReceivedFrom = null,
    DateTimeOffset? ReceivedTo = null)
{
    public const int MaxPageSize = 200;
}
