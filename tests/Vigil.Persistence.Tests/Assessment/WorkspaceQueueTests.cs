using Vigil.Core.Assessment;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>
/// The queue is ranked in the database before it is paged: list matches, then AI signals, then the oldest report.
/// Each test has more than one page (200) of older plain items, so a ranking after the cut-off would fail it.
/// </summary>
public sealed class WorkspaceQueueTests
{
    private const int Older = 230;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueueAsync_NewestItemsHaveSignals_RankedFirstBeyondTheOldest200(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (_, old) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-30), [.. Enumerable.Range(0, Older).Select(i => $"old-{i}")]);
        var (_, matchedTwice) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-3), "two-matches");
        var (_, matchedAi) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-2), "match-ai");
        var (_, provenanceAi) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-1), "provenance-ai");
        await harness.MatchAsync(matchedTwice[0]);
        await harness.MatchAsync(matchedTwice[0]);
        await harness.MatchAsync(matchedAi[0], aiGenerated: true);
        await harness.ProvenanceAiAsync(provenanceAi[0]);

        var first = await harness.Service.QueueAsync("user:ana", new QueueFilter(), 1, default);
        var second = await harness.Service.QueueAsync("user:ana", new QueueFilter(), 2, default);

        Assert.Equal(WorkspaceService.MaxQueueLength, first.Entries.Count);
        Assert.True(first.HasMore);
        Assert.Equal([matchedAi[0], matchedTwice[0], provenanceAi[0], old[0], old[1]], first.Entries.Take(5).Select(e => e.Candidate.ItemId));
        Assert.Equal((1, true), (first.Entries[0].Signals.ListMatches, first.Entries[0].Signals.AiSignal));
        Assert.Equal((2, false), (first.Entries[1].Signals.ListMatches, first.Entries[1].Signals.AiSignal));
        Assert.Equal((0, true), (first.Entries[2].Signals.ListMatches, first.Entries[2].Signals.AiSignal));
        Assert.False(second.HasMore);
        Assert.Equal(Older + 3 - WorkspaceService.MaxQueueLength, second.Entries.Count);
        Assert.Equal(old[^1], second.Entries[^1].Candidate.ItemId);
        Assert.Equal(Older + 3, first.Entries.Concat(second.Entries).Select(e => e.Candidate.ItemId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueueAsync_SignalsOnly_ListsTheNewSignalledItemsOnly(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-30), [.. Enumerable.Range(0, Older).Select(i => $"old-{i}")]);
        var (_, matched) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-2), "matched");
        var (_, ai) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-1), "ai");
        await harness.MatchAsync(matched[0]);
        await harness.ProvenanceAiAsync(ai[0]);

        var queue = await harness.Service.QueueAsync("user:ana", new QueueFilter(SignalsOnly: true), 1, default);

        Assert.Equal([matched[0], ai[0]], queue.Entries.Select(e => e.Candidate.ItemId));
        Assert.False(queue.HasMore);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueueAsync_MediaKind_FiltersBeforePaging(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-30), [.. Enumerable.Range(0, Older).Select(i => $"old-{i}")]);
        var (_, newer) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-1), "video:clip", "still");

        var videos = await harness.Service.QueueAsync("user:ana", new QueueFilter(MediaKind: "video"), 1, default);
        var images = await harness.Service.QueueAsync("user:ana", new QueueFilter(MediaKind: "image"), 2, default);

        Assert.Equal([newer[0]], videos.Entries.Select(e => e.Candidate.ItemId));
        Assert.Equal("video/mp4", videos.Entries[0].Candidate.MediaType);
        Assert.Equal(newer[1], images.Entries[^1].Candidate.ItemId);
        Assert.Equal(Older + 1 - WorkspaceService.MaxQueueLength, images.Entries.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueueAsync_HideClaimed_HidesOnlyLiveClaimsOfOthers(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (_, items) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-1), "expired", "others", "mine", "free");
        Assert.True(await harness.Service.ClaimAsync(items[0], "user:bob", default));
        harness.Time.Advance(TimeSpan.FromMinutes(harness.Options.ClaimMinutes + 1));
        Assert.True(await harness.Service.ClaimAsync(items[1], "user:bob", default));
        Assert.True(await harness.Service.ClaimAsync(items[2], "user:ana", default));

        var all = await harness.Service.QueueAsync("user:ana", new QueueFilter(), 1, default);
        var hidden = await harness.Service.QueueAsync("user:ana", new QueueFilter(IncludeClaimed: false), 1, default);

        Assert.Equal(items, all.Entries.Select(e => e.Candidate.ItemId));
        Assert.Equal([false, true, false, false], all.Entries.Select(e => e.ClaimedByOther));
        Assert.Equal([false, false, true, false], all.Entries.Select(e => e.ClaimedByMe));
        Assert.Equal([items[0], items[2], items[3]], hidden.Entries.Select(e => e.Candidate.ItemId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueueAsync_GradedPairLeaves_SameItemInAnotherReportStays(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider);
        var (first, items) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-2), "shared");
        var (second, _) = await harness.ReportAsync(WorkspaceHarness.Start.AddDays(-1), "shared");

        await harness.GradeAsync(items[0], first, "user:ana");
        var queue = await harness.Service.QueueAsync("user:ana", new QueueFilter(), 1, default);

        var entry = Assert.Single(queue.Entries);
        Assert.Equal((items[0], second), (entry.Candidate.ItemId, entry.Candidate.ReportId));
    }

    [Fact]
    public async Task QueueAsync_PageOutOfRange_Refused()
    {
        await using var harness = await WorkspaceHarness.CreateAsync(DatabaseProvider.Sqlite);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Service.QueueAsync("user:ana", new QueueFilter(), 0, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Service.QueueAsync("user:ana", new QueueFilter(), WorkspaceService.MaxQueuePage + 1, default));
    }
}
