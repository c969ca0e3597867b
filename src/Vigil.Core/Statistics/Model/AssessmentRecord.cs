using Vigil.Core.Reports;

namespace Vigil.Core.Statistics.Model;

/// <summary>One analyst assessment of one piece of content seen at one URL in one report.</summary>
/// <remarks>
/// <para>AssessmentId: Unique key of the assessment (imports are idempotent on it).</para>
/// <para>ReportId: The report (public or proactive) that led to the content.</para>
/// <para>Url: Where the content was seen. Never logged.</para>
/// <para>ReportedAt: When the report arrived (UTC).</para>
/// <para>AssessedAt: When the assessment was made (UTC); decides the year an item counts in.</para>
/// <para>ContentSha256: SHA-256 of the content, lowercase hex: the identity of an item.</para>
/// <para>Supersedes: The assessment this one overturns on verification, if any.</para>
/// </remarks>
public sealed record AssessmentRecord(
    string AssessmentId,
    string ReportId,
    string Url,
    DateTimeOffset ReportedAt,
    DateTimeOffset AssessedAt,
    string ContentSha256,
    MediaType MediaType,
    AiStatus Ai,
    Severity Category,
    ChildSex Sex,
    AgeBand AgeBand,
    SiteType SiteType,
    WebNetwork Network,
    bool Verified,
    string? Supersedes);
