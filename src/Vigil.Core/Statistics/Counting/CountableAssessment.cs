using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Counting;

/// <summary>The facts about one stored assessment that the counting rules look at.</summary>
/// <remarks>
/// <para>IsSuperseded: True when another stored assessment names this one in its <c>supersedes</c> column.</para>
/// </remarks>
public readonly record struct CountableAssessment(
    string AssessmentId,
    string ReportId,
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
    bool IsSuperseded);
