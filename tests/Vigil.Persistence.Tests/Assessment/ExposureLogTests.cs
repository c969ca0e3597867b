using Vigil.Core.Assessment;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>Exposure is counted from the log: each viewing lasts until the analyst's next step, capped.</summary>
public sealed class ExposureLogTests
{
    private const string Ana = "user:ana";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SummaryAsync_RevealAndLeave_CountedUntilTheNextStep(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "first", "second");
        Assert.True(await harness.Service.ClaimAsync(items[0], Ana, default));
        await harness.Exposure.ShownAsync(Ana, items[0], default);
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.Exposure.RevealedAsync(Ana, items[0], default);
        harness.Time.Advance(TimeSpan.FromMinutes(3));
        await harness.Service.AssessAsync(items[0], reportId, Ana, WorkspaceHarness.FactsA, default);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var view = await harness.Exposure.ShownAsync(Ana, items[1], default);
        harness.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await harness.Exposure.LeftAsync(Ana, items[1], view, default));
        harness.Time.Advance(TimeSpan.FromMinutes(30));

        var summary = await harness.Exposure.SummaryAsync(Ana, TimeSpan.FromHours(24), default);

        Assert.Equal(new ExposureSummary(ItemsShown: 2, Reveals: 1, Assessed: 1, ConfirmedUnseen: 0, Minutes: 9, CategoryA: 1, BreakDue: false), summary);
        Assert.Equal(1.0, summary.ShareCategoryA);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SummaryAsync_AbandonedItems_CountUntilNextItemOrTheCap(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        await harness.Exposure.ShownAsync(Ana, 1, default);
        harness.Time.Advance(TimeSpan.FromMinutes(6));
        await harness.Exposure.ShownAsync(Ana, 2, default);
        harness.Time.Advance(TimeSpan.FromHours(2));

        var summary = await harness.Exposure.SummaryAsync(Ana, TimeSpan.FromHours(24), default);

        Assert.Equal(2, summary.ItemsShown);
        Assert.Equal(0, summary.Assessed);
        Assert.Equal(6 + (harness.Options.MaxSecondsPerItem / 60.0), summary.Minutes, 6);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LeftAsync_LateReportFromAReplacedPage_Ignored(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var before = await harness.Exposure.ShownAsync(Ana, 7, default);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.Exposure.RevealedAsync(Ana, 7, default);
        var after = await harness.Exposure.ShownAsync(Ana, 7, default);
        harness.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await harness.Exposure.LeftAsync(Ana, 7, before, default));
        Assert.False(await harness.Exposure.LeftAsync(Ana, 8, after, default));
        Assert.True(await harness.Exposure.LeftAsync(Ana, 7, after, default));
        harness.Time.Advance(TimeSpan.FromMinutes(20));
        var summary = await harness.Exposure.SummaryAsync(Ana, TimeSpan.FromHours(1), default);
        Assert.Equal(3, summary.Minutes, 6);
        Assert.Equal(1, summary.ItemsShown);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SummaryAsync_ViewingPastTheConfiguredLimit_BreakDueUntilABreak(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider, new WorkspaceOptions { BreakAfterMinutes = 10 });
        await harness.Exposure.ShownAsync(Ana, 1, default);
        harness.Time.Advance(TimeSpan.FromMinutes(9));
        var early = await harness.Exposure.SummaryAsync(Ana, TimeSpan.FromHours(24), default);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await harness.Exposure.SummaryAsync(Ana, TimeSpan.FromHours(24), default);
        await harness.Exposure.BreakAsync(Ana, default);
        harness.Time.Advance(TimeSpan.FromMinutes(15));
        await harness.Exposure.ShownAsync(Ana, 2, default);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var afterBreak = await harness.Exposure.SummaryAsync(Ana, TimeSpan.FromHours(24), default);

        Assert.False(early.BreakDue);
        Assert.True(due.BreakDue);
        Assert.False(afterBreak.BreakDue);
        Assert.Equal(15, afterBreak.Minutes, 6);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SummaryAsync_ShareCategoryA_OnlyGradingsAfterViewing(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (reportId, items) = await harness.ReportAsync(WorkspaceHarness.Start, "a", "c", "unseen");
        foreach (var (item, facts) in new[] { (items[0], WorkspaceHarness.FactsA), (items[1], WorkspaceHarness.FactsC) })
        {
            Assert.True(await harness.Service.ClaimAsync(item, Ana, default));
            await harness.Exposure.ShownAsync(Ana, item, default);
            harness.Time.Advance(TimeSpan.FromMinutes(1));
            await harness.Service.AssessAsync(item, reportId, Ana, facts, default);
        }

        await harness.GradeAsync(items[2], reportId, Ana, WorkspaceHarness.FactsA);

        var summary = await harness.Exposure.SummaryAsync(Ana, TimeSpan.FromHours(24), default);

        Assert.Equal((2, 1, 1), (summary.Assessed, summary.ConfirmedUnseen, summary.CategoryA));
        Assert.Equal(0.5, summary.ShareCategoryA);
        Assert.Equal(2, summary.Minutes, 6);
    }
}
