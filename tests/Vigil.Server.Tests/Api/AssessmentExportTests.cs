using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Import;
using Vigil.Core.Statistics.Model;
using Vigil.Persistence;
using Vigil.Persistence.Stores;
using Vigil.Server.Tests.Support;
using Vigil.Server.Tests.Ui;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

/// <summary>The CSV export of assessments: the shared file's columns, and what it says re-imports as the same facts.</summary>
public sealed class AssessmentExportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_AfterGrading_HeaderIsTheSharedFilesAndRowsReimportWithTheSameFacts(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        var (first, items) = await Workbench.ReportAsync(server, TestPng.GradientPng(120, 90, 1), TestPng.GradientPng(120, 90, 2));
        var (second, _) = await Workbench.ReportAsync(server, TestPng.GradientPng(120, 90, 1));
        var workspace = server.App.Services.GetRequiredService<WorkspaceService>();
        var verifiedA = new AssessmentFacts(UkCategory.A, Realism.Photographic, AiStatus.No, AiEvidence.None, AgeBand.Age7To10, ChildSex.Girls, true, SiteType.Forum);
        var drawnSuspected = new AssessmentFacts(UkCategory.B, Realism.NonPhotographic, AiStatus.Suspected, AiEvidence.GeneratorMetadata | AiEvidence.VisualArtefacts, AgeBand.Age14To15, ChildSex.Boys, false, SiteType.Chatbot);
        await GradeAsync(workspace, items[0], first, "user:ana", verifiedA);
        var initial = (await workspace.AwaitingVerificationAsync(default)).Single();
        Assert.True(await workspace.ClaimAsync(items[0], "user:sam", default));
        await workspace.VerifyAsync(initial.Id, "user:sam", isSenior: true, verifiedA with { Sex = ChildSex.Both }, default);
        await GradeAsync(workspace, items[1], first, "user:ana", drawnSuspected);
        Assert.True(await workspace.ClaimAsync(items[0], "user:bob", default));
        await workspace.ConfirmPriorAsync(items[0], second, "user:bob", default);
        using var senior = await server.SignedInAsync(Role.SeniorAnalyst);

        using var response = await senior.GetAsync("/workspace/export/assessments.csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(File.ReadLines(SharedData.PathOf("stats", "assessments.csv")).First(), lines[0]);
        Assert.Equal(5, lines.Length);

        await using var copy = await TestDatabase.CreateAsync(provider);
        var summary = await new AssessmentImporter(new AssessmentStore(copy.ContextFactory)).ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));
        Assert.Equal((4L, 4L, 0L), (summary.Rows, summary.Added, summary.Rejected));
        var exported = await RowsAsync(server.Database);
        var reimported = await RowsAsync(copy);
        Assert.Equal(exported, reimported);
        Assert.Equal(
            [(Severity.A, ChildSex.Girls, false), (Severity.A, ChildSex.Both, true), (Severity.NonPhotographic, ChildSex.Boys, false), (Severity.A, ChildSex.Both, true)],
            reimported.Select(r => (r.Category, r.Sex, r.Verified)));
        Assert.Equal(AiStatus.Suspected, reimported[2].Ai);
        Assert.Equal([WorkspaceService.ReportKey(first), WorkspaceService.ReportKey(first), WorkspaceService.ReportKey(first), WorkspaceService.ReportKey(second)], reimported.Select(r => r.ReportId));
        Assert.Equal(reimported[0].AssessmentId, reimported[1].Supersedes);
    }

    private static async Task GradeAsync(WorkspaceService workspace, long itemId, long reportId, string analyst, AssessmentFacts facts)
    {
        Assert.True(await workspace.ClaimAsync(itemId, analyst, default));
        await workspace.AssessAsync(itemId, reportId, analyst, facts, default);
    }

    // Every statistics row in grading order (ids are time-ordered GUIDs, so by assessed time then id).
    private static async Task<List<AssessmentRecord>> RowsAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return [.. (await context.Assessments.AsNoTracking().ToListAsync()).OrderBy(r => r.AssessedAt).ThenBy(r => r.AssessmentId, StringComparer.Ordinal)];
    }
}
