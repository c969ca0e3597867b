using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Persistence.Stores;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Stores;

public sealed class ReportStoreTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 1, 12, 30, 15, TimeSpan.FromHours(2));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddAsync_SameFileInTwoReports_OneItemTwoSightingsOneJob(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ReportStore(database.ContextFactory, TimeProvider.System);
        var shared = Sha("shared");

        var first = await store.AddAsync(NewReport("https://example.org/a"), [new NewMedia(shared, 10, "image/png", 0), new NewMedia(Sha("other"), 5, "image/jpeg", null)], "hash", default);
        var second = await store.AddAsync(NewReport("https://example.net/b"), [new NewMedia(shared, 10, "image/png", 0)], "hash", default);

        Assert.True(first.Items[0].IsNew);
        Assert.False(second.Items[0].IsNew);
        Assert.Equal(first.Items[0].ItemId, second.Items[0].ItemId);
        await using var context = database.CreateContext();
        Assert.Equal(2, await context.Items.CountAsync());
        Assert.Equal(2, await context.Sightings.CountAsync(s => s.ItemId == first.Items[0].ItemId));
        Assert.Equal(2, await context.Jobs.CountAsync(j => j.State == JobState.Queued && j.Step == "hash"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddAsync_RepeatedKnownAndNewFilesInOneReport_SightingPerFileAndNewOnlyAtFirstSight(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ReportStore(database.ContextFactory, TimeProvider.System);
        var known = await store.AddAsync(NewReport("https://example.org/k"), [new NewMedia(Sha("known"), 4, "image/png", null)], "hash", default);

        var result = await store.AddAsync(
            NewReport("https://example.org/r"),
            [new NewMedia(Sha("a"), 1, "image/png", 0), new NewMedia(Sha("known"), 4, "image/png", null), new NewMedia(Sha("a"), 1, "image/png", null), new NewMedia(Sha("c"), 2, "video/mp4", null)],
            "hash",
            default);

        Assert.Equal([true, false, false, true], result.Items.Select(i => i.IsNew));
        Assert.Equal(result.Items[0].ItemId, result.Items[2].ItemId);
        Assert.Equal(known.Items[0].ItemId, result.Items[1].ItemId);
        Assert.Equal(Sha("c"), result.Items[3].Sha256);
        await using var context = database.CreateContext();
        Assert.Equal(3, await context.Items.CountAsync());
        Assert.Equal(4, await context.Sightings.CountAsync(s => s.ReportId == result.ReportId));
        Assert.Equal(1, await context.Sightings.CountAsync(s => s.ReportId == result.ReportId && s.ReportUrlId != null));
        Assert.Equal(3, await context.Jobs.CountAsync());
        Assert.Equal("video/mp4", (await context.Items.SingleAsync(i => i.Id == result.Items[3].ItemId)).MediaType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAsync_StoredReport_RoundTripsEveryField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ReportStore(database.ContextFactory, TimeProvider.System);
        var report = NewReport("https://example.org/one", "http://example2.onion/two");
        report.Network = WebNetwork.Dark;
        report.HostingCountry = "NL";
        report.Description = "A neutral description";

        var result = await store.AddAsync(report, [new NewMedia(Sha("x"), 3, "image/gif", 1)], "hash", default);
        var loaded = await store.GetAsync(result.ReportId, default);

        Assert.NotNull(loaded);
        Assert.Equal(ReportSource.Platform, loaded.Source);
        Assert.Equal(Received, loaded.ReceivedAt);
        Assert.Equal(TimeSpan.Zero, loaded.ReceivedAt.Offset);
        Assert.Equal(SiteType.ImageHost, loaded.SiteType);
        Assert.Equal(WebNetwork.Dark, loaded.Network);
        Assert.Equal("NL", loaded.HostingCountry);
        Assert.Equal("A neutral description", loaded.Description);
        Assert.Equal(["https://example.org/one", "http://example2.onion/two"], loaded.Urls.Select(u => u.Url));
        var sighting = Assert.Single(loaded.Sightings);
        Assert.Equal(loaded.Urls[1].Id, sighting.ReportUrlId);
        var item = await store.FindItemAsync(Sha("x"), default);
        Assert.NotNull(item);
        Assert.Equal(ItemStatus.Pending, item.Status);
        Assert.Equal("image/gif", item.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListAsync_FiltersAndPages_NewestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ReportStore(database.ContextFactory, TimeProvider.System);
        for (var i = 0; i < 5; i++)
        {
            var report = NewReport($"https://example.org/{i}");
            report.ReceivedAt = Received.AddDays(i);
            report.Source = i % 2 == 0 ? ReportSource.Public : ReportSource.PartnerHotline;
            await store.AddAsync(report, [], "hash", default);
        }

        var page = await store.ListAsync(new ReportQuery(1, 2, Source: ReportSource.Public), default);
        var window = await store.ListAsync(new ReportQuery(1, 10, ReceivedFrom: Received.AddDays(1), ReceivedTo: Received.AddDays(3)), default);

        Assert.Equal(3, page.Total);
        Assert.Equal([Received.AddDays(4), Received.AddDays(2)], page.Items.Select(r => r.ReceivedAt));
        Assert.Equal([Received.AddDays(2), Received.AddDays(1)], window.Items.Select(r => r.ReceivedAt));
        Assert.All(page.Items, r => Assert.Equal(ReportStatus.Processed, r.Status));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddAsync_ConcurrentReportsWithSameNewFile_CreateOneItem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new ReportStore(database.ContextFactory, TimeProvider.System);
        var sha = Sha("race");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            store.AddAsync(NewReport($"https://example.org/{i}"), [new NewMedia(sha, 1, "image/png", null)], "hash", default)));

        Assert.Single(results.Select(r => r.Items[0].ItemId).Distinct());
        Assert.Single(results, r => r.Items[0].IsNew);
        await using var context = database.CreateContext();
        Assert.Equal(1, await context.Jobs.CountAsync());
    }

    private static Report NewReport(params string[] urls)
    {
        var report = new Report
        {
            Source = ReportSource.Platform,
            ReceivedAt = Received,
            SiteType = SiteType.ImageHost,
            Network = WebNetwork.Clear,
            SubmittedBy = "apikey:1",
        };
        report.Urls.AddRange(urls.Select(u => new ReportUrl { Url = u }));
        return report;
    }

    private static byte[] Sha(string seed) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed));
}
