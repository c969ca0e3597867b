namespace Vigil.Server.Api.Reports;

/// <summary>The JSON describing a report (the <c>report</c> part of a multipart submission, or the whole JSON body).</summary>
public sealed record ReportSubmission(
    string? Source,
    IReadOnlyList<string>? Urls,
    string? Description,
    string? SiteType,
    string? Network,
    string? HostingCountry,
    DateTimeOffset? ReceivedAt,
    IReadOnlyList<int?>? FileUrlIndexes);
