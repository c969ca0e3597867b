using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Assessment;

/// <summary>
/// One grading made in the workspace (append-only: never updated; a later one supersedes). Its statistics row in
/// <c>assessments</c> has the same id and is written in the same transaction.
/// </summary>
public sealed class WorkspaceAssessment
{
    public const int IdMaxLength = 64;
    public const int AnalystMaxLength = 80;

    public string Id { get; set; } = string.Empty;

    public long ItemId { get; set; }

    public long ReportId { get; set; }

    /// <summary>The actor (<c>user:NAME</c>) who graded.</summary>
    public string Analyst { get; set; } = string.Empty;

    public AssessmentKind Kind { get; set; }

    public UkCategory Category { get; set; }

    public Realism Realism { get; set; }

    public AiStatus Ai { get; set; }

    public AiEvidence AiEvidence { get; set; }

    public AgeBand YoungestAge { get; set; }

    public ChildSex Sex { get; set; }

    public bool MultipleChildren { get; set; }

    public SiteType SiteType { get; set; }

    public bool InterpolBaseline { get; set; }

    public string TechCoalition { get; set; } = string.Empty;

    public int ProjectVic { get; set; }

    /// <summary>The rule-table version that derived the three scheme categories above.</summary>
    public string RulesVersion { get; set; } = string.Empty;

    /// <summary>Counts in statistics (a senior's verification, or a confirmation of an already verified item).</summary>
    public bool Verified { get; set; }

    /// <summary>The assessment this one supersedes (the initial one, for a verification).</summary>
    public string? Supersedes { get; set; }

    public DateTimeOffset AssessedAt { get; set; }

    public AssessmentFacts Facts => new(Category, Realism, Ai, AiEvidence, YoungestAge, Sex, MultipleChildren, SiteType);
}
