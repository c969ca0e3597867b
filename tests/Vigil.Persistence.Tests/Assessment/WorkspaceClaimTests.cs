using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>Claims expire after <see cref="WorkspaceOptions.ClaimMinutes"/>; the clock is moved by hand.</summary>
public sealed class WorkspaceClaimTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimAsync_LiveClaimOfAnother_Refused(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (_, items) = await harness.ReportAsync(WorkspaceHarness.Start, "item");
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:ana", default));
        harness.Time.Advance(TimeSpan.FromMinutes(harness.Options.ClaimMinutes) - TimeSpan.FromSeconds(1));

        Assert.False(await harness.Service.ClaimAsync(items[0], "user:bob", default));
        Assert.True(await harness.Service.HoldsClaimAsync(items[0], "user:ana", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimAsync_ExpiredClaimOfAnother_TakenOver(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "item");
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:ana", default));
        harness.Time.Advance(TimeSpan.FromMinutes(harness.Options.ClaimMinutes));

        Assert.True(await harness.Service.ClaimAsync(items[0], "user:bob", default));
        Assert.False(await harness.Service.HoldsClaimAsync(items[0], "user:ana", default));
        Assert.True(await harness.Service.HoldsClaimAsync(items[0], "user:bob", default));
        var claim = await harness.Store.GetClaimAsync(items[0], default);
        Assert.Equal(harness.Time.GetUtcNow().AddMinutes(harness.Options.ClaimMinutes), claim!.ExpiresAt);
        var graded = await harness.Service.AssessAsync(items[0], reportId, "user:bob", WorkspaceHarness.FactsC, default);
        Assert.Equal("user:bob", graded.Analyst);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AssessAsync_OwnClaimExpired_RefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "item");
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:ana", default));
        harness.Time.Advance(TimeSpan.FromMinutes(harness.Options.ClaimMinutes) + TimeSpan.FromSeconds(1));

        var refused = await Assert.ThrowsAsync<WorkspaceException>(() => harness.Service.AssessAsync(items[0], reportId, "user:ana", WorkspaceHarness.FactsC, default));

        Assert.Contains("expired", refused.Message, StringComparison.Ordinal);
        await using var context = harness.Database.CreateContext();
        Assert.Equal(0, await context.WorkspaceAssessments.CountAsync());
        Assert.Equal(0, await context.Assessments.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAsync_SeniorClaimExpired_Refused(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "item");
        var initial = await harness.GradeAsync(items[0], reportId, "user:ana");
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:sam", default));
        harness.Time.Advance(TimeSpan.FromMinutes(harness.Options.ClaimMinutes + 5));

        await Assert.ThrowsAsync<WorkspaceException>(() => harness.Service.VerifyAsync(initial.Id, "user:sam", isSenior: true, WorkspaceHarness.FactsC, default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimAsync_OwnClaimAgain_RenewsFromNow(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "item");
        var minutes = harness.Options.ClaimMinutes;
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:ana", default));
        harness.Time.Advance(TimeSpan.FromMinutes(minutes - 2));
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:ana", default));
        harness.Time.Advance(TimeSpan.FromMinutes(minutes - 2));

        Assert.True(await harness.Service.HoldsClaimAsync(items[0], "user:ana", default));
        Assert.False(await harness.Service.ClaimAsync(items[0], "user:bob", default));
        var graded = await harness.Service.AssessAsync(items[0], reportId, "user:ana", WorkspaceHarness.FactsC, default);
        Assert.Equal(WorkspaceHarness.Start.AddMinutes(2 * (minutes - 2)), graded.AssessedAt);
        Assert.Null(await harness.Store.GetClaimAsync(items[0], default));
    }
}
