using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>
/// Never re-expose, end to end: content graded before arrives as "Already graded" and its media are never requested
/// (the network is watched: no preview, no original); Enter takes the earlier grade over.
/// </summary>
public sealed class ReexposureUiTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SameImageInTwoReports_SecondShowsAlreadyGradedWithoutMedia_EnterConfirms(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        var card = TestMedia.TestCardPng(320, 240);
        var (first, items) = await Workbench.ReportAsync(server, card);
        var (second, again) = await Workbench.ReportAsync(server, card);
        Assert.Equal(items, again);
        var (page, requests) = await GradedAndVerifiedAsync(server, items[0], first);

        var before = Count(requests);
        await Workbench.ClaimAsync(page, items[0], second);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Already graded", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("The same content (SHA-256) was verified as:")).ToBeVisibleAsync();
        await Expect(page.GetByText("Not shown: this content was graded before.")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Browser.ScreenshotAsync(page, "already-graded");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/workspace/queue?done=*");

        AssertNoMediaRequested(requests, before);
        var confirmation = await LatestAsync(server);
        Assert.Equal((AssessmentKind.Confirmation, second, true), (confirmation.Kind, confirmation.ReportId, confirmation.Verified));
        Assert.Equal(Core.Statistics.Model.AgeBand.Age11To13, confirmation.YoungestAge);
    }

    [Fact]
    public async Task ReencodedNearDuplicateOfVerifiedItem_ShowsAlreadyGradedWithoutMedia_EnterConfirms()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        var card = TestMedia.TestCardPng(320, 240);
        var (first, items) = await Workbench.ReportAsync(server, card);
        var (second, reencoded) = await Workbench.ReportFilesAsync(server, (TestMedia.Reencoded(card, ".jpg", "-q:v", "3"), "card.jpg", "image/jpeg"));
        Assert.NotEqual(items[0], reencoded[0]);
        var (page, requests) = await GradedAndVerifiedAsync(server, items[0], first);

        var before = Count(requests);
        await Workbench.ClaimAsync(page, reencoded[0], second);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Already graded", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("A near-identical item \\(PDQ distance [0-8]\\) was verified as:"))).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/workspace/queue?done=*");

        AssertNoMediaRequested(requests, before);
        var confirmation = await LatestAsync(server);
        Assert.Equal((AssessmentKind.Confirmation, reencoded[0], true), (confirmation.Kind, confirmation.ItemId, confirmation.Verified));
    }

    [Fact]
    public async Task SameImageAwaitingVerification_SecondArrivesPrefilledWithoutMedia_EnterSaves()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        var ana = await Workbench.UserAsync(server, Role.Analyst, "ana");
        var bob = await Workbench.UserAsync(server, Role.Analyst, "bob");
        var card = TestMedia.TestCardPng(320, 240);
        var (first, items) = await Workbench.ReportAsync(server, card);
        var (second, _) = await Workbench.ReportAsync(server, card);
        var (anaPage, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(anaPage, ana);
        await Workbench.GradeAsync(anaPage, items[0], first, "b", "p", "x", "2", "g");
        var (page, requests) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(page, bob);

        var before = Count(requests);
        await Workbench.ClaimAsync(page, items[0], second);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Already graded, awaiting verification" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Category B" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "3-6" })).ToBeCheckedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Browser.ScreenshotAsync(page, "already-graded-pending");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/workspace/queue?done=*");

        AssertNoMediaRequested(requests, before);
        var saved = await LatestAsync(server);
        Assert.Equal((AssessmentKind.Initial, second, false, "user:bob"), (saved.Kind, saved.ReportId, saved.Verified, saved.Analyst));
        Assert.Equal((UkCategory.B, Core.Statistics.Model.AgeBand.Age3To6), (saved.Category, saved.YoungestAge));
        await using var context = server.Database.CreateContext();
        var bobLog = await context.ExposureEvents.Where(e => e.Analyst == "user:bob").Select(e => e.Kind).ToListAsync();
        Assert.Equal([ExposureKind.ConfirmedUnseen], bobLog);
    }

    // Analyst "ana" grades the item (C, photographic, no AI, 11-13) and senior "sam" verifies; returns ana's page.
    private async Task<(IPage Page, List<string> Requests)> GradedAndVerifiedAsync(ServerHost server, long itemId, long reportId)
    {
        var ana = await Workbench.UserAsync(server, Role.Analyst, "ana");
        var sam = await Workbench.UserAsync(server, Role.SeniorAnalyst, "sam");
        var (page, requests) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(page, ana);
        await Workbench.GradeAsync(page, itemId, reportId, "c", "p", "x", "4", "u");
        var (seniorPage, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(seniorPage, sam);
        await Workbench.VerifyAsync(seniorPage, itemId);
        return (page, requests);
    }

    private static int Count(List<string> requests)
    {
        lock (requests)
        {
            return requests.Count;
        }
    }

    private static void AssertNoMediaRequested(List<string> requests, int from)
    {
        lock (requests)
        {
            var after = requests.Skip(from).ToList();
            Assert.Contains(after, r => r.Contains("/workspace/items/", StringComparison.Ordinal));
            Assert.DoesNotContain(after, r => r.Contains("/preview", StringComparison.Ordinal) || r.Contains("/original", StringComparison.Ordinal));
        }
    }

    private static async Task<WorkspaceAssessment> LatestAsync(ServerHost server)
    {
        await using var context = server.Database.CreateContext();
        return (await context.WorkspaceAssessments.AsNoTracking().ToListAsync()).OrderBy(a => a.AssessedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Last();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
