using Vigil.Core.Assessment.Rules;
using Vigil.Core.Items;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Assessment;

public sealed partial class WorkspaceService
{
    /// <summary>The rule table that derives other schemes' categories for new assessments (its version is stored with each).</summary>
    public SchemeRuleTable Rules => rules;

    /// <summary>Records an analyst's first grading of the item in the report (counts once a senior verifies it).</summary>
    public async Task<WorkspaceAssessment> AssessAsync(long itemId, long reportId, string analyst, AssessmentFacts facts, CancellationToken cancellationToken)
    {
        await RequireClaimAsync(itemId, analyst, cancellationToken);
        var assessment = await BuildAsync(itemId, reportId, analyst, AssessmentKind.Initial, facts, verified: false, supersedes: null, cancellationToken);
        await StoreAsync(assessment, analyst, cancellationToken);
        return assessment;
    }

    /// <summary>
    /// A senior's second grading of an initial assessment. Agreeing or not, it is stored as a new verified assessment
    /// that supersedes the initial one (both are kept): on disagreement the senior's grade is the one that counts.
    /// </summary>
    public async Task<WorkspaceAssessment> VerifyAsync(string initialId, string senior, bool isSenior, AssessmentFacts facts, CancellationToken cancellationToken)
    {
        if (!isSenior)
        {
            throw new WorkspaceException("Only a senior analyst verifies assessments.");
        }

        var initial = await store.GetAsync(initialId, cancellationToken) ?? throw new WorkspaceException("The assessment does not exist.");
        if (initial.Kind != AssessmentKind.Initial)
        {
            throw new WorkspaceException("Only an initial assessment is verified.");
        }

        if (string.Equals(initial.Analyst, senior, StringComparison.Ordinal))
        {
            throw new WorkspaceException("A second analyst verifies: you made this assessment.");
        }

        await RequireClaimAsync(initial.ItemId, senior, cancellationToken);
        var verification = await BuildAsync(initial.ItemId, initial.ReportId, senior, AssessmentKind.Verification, facts, verified: true, initial.Id, cancellationToken);
        await StoreAsync(verification, senior, cancellationToken);
        return verification;
    }

    /// <summary>
    /// Confirms an already verified grade for the item in this report without showing the media (never re-expose).
    /// The grade is copied; the site type is this report's. A grade still awaiting verification is not confirmed
    /// this way: it only pre-fills a first grading (<see cref="PriorGradeAsync"/>).
    /// </summary>
    public async Task<WorkspaceAssessment> ConfirmPriorAsync(long itemId, long reportId, string analyst, CancellationToken cancellationToken)
    {
        var prior = await PriorGradeAsync(itemId, reportId, cancellationToken);
        if (prior is not { Assessment.Verified: true })
        {
            throw new WorkspaceException("The item has no verified grade to confirm.");
        }

        await RequireClaimAsync(itemId, analyst, cancellationToken);
        var report = await reports.GetAsync(reportId, cancellationToken) ?? throw new WorkspaceException("The report does not exist.");
        var facts = prior.Assessment.Facts with { SiteType = report.SiteType };
        var confirmation = await BuildAsync(itemId, reportId, analyst, AssessmentKind.Confirmation, facts, verified: true, supersedes: null, cancellationToken);
        await StoreAsync(confirmation, analyst, cancellationToken);
        return confirmation;
    }

    private async Task RequireClaimAsync(long itemId, string analyst, CancellationToken cancellationToken)
    {
        if (!await HoldsClaimAsync(itemId, analyst, cancellationToken))
        {
            throw new WorkspaceException("Claim the item first (your claim may have expired).");
        }
    }

    // The exposure entry says whether the analyst was shown the media before grading (see ExposureLog).
    private async Task StoreAsync(WorkspaceAssessment assessment, string analyst, CancellationToken cancellationToken)
    {
        var item = await reports.GetItemAsync(assessment.ItemId, cancellationToken) ?? throw new WorkspaceException("The item does not exist.");
        var report = await reports.GetAsync(assessment.ReportId, cancellationToken) ?? throw new WorkspaceException("The report does not exist.");
        var statistics = StatisticsRow(assessment, item, report);
        var entry = await exposure.GradedEntryAsync(analyst, assessment.ItemId, assessment.Category == UkCategory.A, cancellationToken);
        await store.AddAsync(assessment, statistics, entry, cancellationToken);
        await store.ReleaseAsync(assessment.ItemId, analyst, cancellationToken);
    }

    private async Task<WorkspaceAssessment> BuildAsync(
        long itemId, long reportId, string analyst, AssessmentKind kind, AssessmentFacts facts, bool verified, string? supersedes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Problem() is { } problem)
        {
            throw new WorkspaceException($"The assessment is incomplete: {problem}.");
        }

        var report = await reports.GetAsync(reportId, cancellationToken);
        if (report is null || !report.Sightings.Any(s => s.ItemId == itemId))
        {
            throw new WorkspaceException("The item was not sighted in that report.");
        }

        var derived = rules.Derive(facts);
        return new WorkspaceAssessment
        {
            Id = $"ws-{Guid.CreateVersion7(time.GetUtcNow()):N}",
            ItemId = itemId,
            ReportId = reportId,
            Analyst = analyst,
            Kind = kind,
            Category = facts.Category,
            Realism = facts.Realism,
            Ai = facts.Ai,
            AiEvidence = facts.AiEvidence,
            YoungestAge = facts.YoungestAge,
            Sex = facts.Sex,
            MultipleChildren = facts.MultipleChildren,
            SiteType = facts.SiteType,
            InterpolBaseline = derived.InterpolBaseline,
            TechCoalition = derived.TechCoalition,
            ProjectVic = derived.ProjectVic,
            RulesVersion = derived.RulesVersion,
            Verified = verified,
            Supersedes = supersedes,
            AssessedAt = time.GetUtcNow(),
        };
    }

    /// <summary>The row the statistics engine counts (same id as the workspace assessment).</summary>
    public static AssessmentRecord StatisticsRow(WorkspaceAssessment assessment, Item item, Report report)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(report);
        var sighting = report.Sightings.FirstOrDefault(s => s.ItemId == item.Id);
        var url = report.Urls.FirstOrDefault(u => u.Id == sighting?.ReportUrlId)?.Url ?? report.Urls.FirstOrDefault()?.Url;
        return new AssessmentRecord(
            assessment.Id,
            ReportKey(report.Id),
            string.IsNullOrEmpty(url) ? $"urn:vigil:report:{report.Id}" : url,
            report.ReceivedAt,
            assessment.AssessedAt,
            Convert.ToHexStringLower(item.Sha256),
            item.MediaType.StartsWith("video/", StringComparison.Ordinal) ? MediaType.Video : MediaType.Image,
            assessment.Ai,
            assessment.Facts.Severity,
            assessment.Sex,
            assessment.YoungestAge,
            assessment.SiteType,
            report.Network,
            assessment.Verified,
            assessment.Supersedes);
    }

    /// <summary>The report id as written in statistics rows and exports.</summary>
    public static string ReportKey(long reportId) => $"report-{reportId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
