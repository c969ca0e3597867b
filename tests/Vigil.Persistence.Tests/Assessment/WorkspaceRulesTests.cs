using Vigil.Core.Assessment;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>Every stored assessment keeps the scheme codes and the version of the rule table that derived them.</summary>
public sealed class WorkspaceRulesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssessAsync_ShippedTable_CodesAndVersionStored(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "item");

        var verified = await harness.GradeVerifiedAsync(items[0], reportId, WorkspaceHarness.FactsA);
        var stored = await harness.Store.GetAsync(verified.Id, default);

        Assert.NotNull(stored);
        Assert.Equal((true, "A1", 1, "vigil-2026.2"), (stored.InterpolBaseline, stored.TechCoalition, stored.ProjectVic, stored.RulesVersion));
        var initial = await harness.Store.GetAsync(verified.Supersedes!, default);
        Assert.Equal("vigil-2026.2", initial!.RulesVersion);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssessAsync_OrganisationTable_ItsCodesAndVersionStored(DatabaseProvider provider)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("org.json"), """
            {
              "version": "org-7",
              "schemes": {
                "interpolBaseline": [ { "when": { "category": ["C"], "ageBand": ["16-17"] }, "then": "yes" }, { "when": {}, "then": "no" } ],
                "techCoalition": [ { "when": { "multipleChildren": true }, "then": "B2" }, { "when": {}, "then": "" } ],
                "projectVic": [ { "when": {}, "then": "2" } ]
              }
            }
            """);
        await using var harness = await WorkspaceHarness.CreateAsync(provider, new WorkspaceOptions { RulesFile = folder.File("org.json") });
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "item");
        var facts = new AssessmentFacts(UkCategory.C, Realism.Photographic, AiStatus.No, AiEvidence.None, AgeBand.Age16To17, ChildSex.Girls, true, SiteType.Chat);

        var graded = await harness.GradeAsync(items[0], reportId, "user:ana", facts);
        var stored = await harness.Store.GetAsync(graded.Id, default);

        Assert.Equal((true, "B2", 2, "org-7"), (stored!.InterpolBaseline, stored.TechCoalition, stored.ProjectVic, stored.RulesVersion));
    }
}
