using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>Never re-expose: which earlier grade applies to an item seen again, and how it is taken over.</summary>
public sealed class WorkspacePriorGradeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PriorGradeAsync_SameContentVerifiedElsewhere_VerifiedGrade(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (first, items) = await harness.ReportAsync(WorkspaceHarness.Start, "shared");
        var (second, _) = await harness.ReportAsync(WorkspaceHarness.Start.AddHours(1), "shared");
        var verified = await harness.GradeVerifiedAsync(items[0], first, WorkspaceHarness.FactsA);

        var prior = await harness.Service.PriorGradeAsync(items[0], second, default);

        Assert.NotNull(prior);
        Assert.True(prior.Verified);
        Assert.True(prior.SameContent);
        Assert.Equal(verified.Id, prior.Assessment.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PriorGradeAsync_SameContentAwaitingVerification_PendingGradeThatCannotBeConfirmed(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (first, items) = await harness.ReportAsync(WorkspaceHarness.Start, "shared");
        var (second, _) = await harness.ReportAsync(WorkspaceHarness.Start.AddHours(1), "shared");
        var initial = await harness.GradeAsync(items[0], first, "user:ana", WorkspaceHarness.FactsA);

        var prior = await harness.Service.PriorGradeAsync(items[0], second, default);
        var inSameReport = await harness.Service.PriorGradeAsync(items[0], first, default);
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:bob", default));

        Assert.NotNull(prior);
        Assert.False(prior.Verified);
        Assert.Equal(initial.Id, prior.Assessment.Id);
        Assert.Null(inSameReport);
        await Assert.ThrowsAsync<WorkspaceException>(() => harness.Service.ConfirmPriorAsync(items[0], second, "user:bob", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssessAsync_PendingGradeTakenOverUnseen_InitialLoggedAsUnseen(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (first, items) = await harness.ReportAsync(WorkspaceHarness.Start, "shared");
        var (second, _) = await harness.ReportAsync(WorkspaceHarness.Start.AddHours(1), "shared");
        await harness.GradeAsync(items[0], first, "user:ana", WorkspaceHarness.FactsA);
        await harness.Exposure.ShownAsync("user:ana", items[0], default);

        var copied = await harness.GradeAsync(items[0], second, "user:bob", WorkspaceHarness.FactsA);

        Assert.Equal(AssessmentKind.Initial, copied.Kind);
        Assert.False(copied.Verified);
        var bob = await harness.Store.ExposureSinceAsync("user:bob", WorkspaceHarness.Start, default);
        Assert.Equal([ExposureKind.ConfirmedUnseen], bob.Select(e => e.Kind));
        Assert.Equal(2, (await harness.Service.AwaitingVerificationAsync(default)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConfirmPriorAsync_VerifiedPdqNeighbour_VerifiedConfirmationCountsUnseen(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (first, graded) = await harness.ReportAsync(WorkspaceHarness.Start, "original");
        var (second, reencoded) = await harness.ReportAsync(WorkspaceHarness.Start.AddHours(1), "re-encoded");
        var hash = WorkspaceHarness.Pdq("original");
        await harness.SetPdqAsync(graded[0], hash, 100);
        await harness.SetPdqAsync(reencoded[0], WorkspaceHarness.Flip(hash, 6), 80);
        var verified = await harness.GradeVerifiedAsync(graded[0], first, WorkspaceHarness.FactsA);
        Assert.True(await harness.Service.ClaimAsync(reencoded[0], "user:bob", default));

        var prior = await harness.Service.PriorGradeAsync(reencoded[0], second, default);
        var confirmation = await harness.Service.ConfirmPriorAsync(reencoded[0], second, "user:bob", default);

        Assert.Equal((verified.Id, false, 6), (prior!.Assessment.Id, prior.SameContent, prior.PdqDistance));
        Assert.Equal((AssessmentKind.Confirmation, true), (confirmation.Kind, confirmation.Verified));
        Assert.Equal(WorkspaceHarness.FactsA, confirmation.Facts);
        await using var context = harness.Database.CreateContext();
        Assert.True((await context.Assessments.SingleAsync(a => a.AssessmentId == confirmation.Id)).Verified);
        var bob = await harness.Store.ExposureSinceAsync("user:bob", WorkspaceHarness.Start, default);
        Assert.Equal([ExposureKind.ConfirmedUnseen], bob.Select(e => e.Kind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PriorGradeAsync_PdqNeighbourWeakOrFarOrUnverified_None(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var minimum = harness.Options.MinPdqQuality;
        var (first, graded) = await harness.ReportAsync(WorkspaceHarness.Start, "strong", "weak", "far", "unverified");
        var (second, queries) = await harness.ReportAsync(WorkspaceHarness.Start.AddHours(1), "q-strong-weak-self", "q-weak-neighbour", "q-far", "q-unverified");
        foreach (var (seed, index) in new[] { ("strong", 0), ("weak", 1), ("far", 2), ("unverified", 3) })
        {
            await harness.SetPdqAsync(graded[index], WorkspaceHarness.Pdq(seed), index == 1 ? minimum - 1 : 100);
        }

        await harness.SetPdqAsync(queries[0], WorkspaceHarness.Flip(WorkspaceHarness.Pdq("strong"), 2), minimum - 1);
        await harness.SetPdqAsync(queries[1], WorkspaceHarness.Flip(WorkspaceHarness.Pdq("weak"), 2), 100);
        await harness.SetPdqAsync(queries[2], WorkspaceHarness.Flip(WorkspaceHarness.Pdq("far"), harness.Options.PdqRadius + 1), 100);
        await harness.SetPdqAsync(queries[3], WorkspaceHarness.Flip(WorkspaceHarness.Pdq("unverified"), 2), 100);
        for (var i = 0; i < 3; i++)
        {
            await harness.GradeVerifiedAsync(graded[i], first);
        }

        await harness.GradeAsync(graded[3], first, "user:ana");

        foreach (var query in queries)
        {
            Assert.Null(await harness.Service.PriorGradeAsync(query, second, default));
        }

        await harness.SetPdqAsync(queries[0], WorkspaceHarness.Flip(WorkspaceHarness.Pdq("strong"), 2), minimum);
        Assert.Equal(graded[0], (await harness.Service.PriorGradeAsync(queries[0], second, default))?.Assessment.ItemId);
    }
}
