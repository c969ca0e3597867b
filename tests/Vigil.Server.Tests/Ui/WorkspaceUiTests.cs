using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Model;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>The analyst workspace end to end: real server on a loopback port, real Chromium, benign generated images.</summary>
public sealed class WorkspaceUiTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Workspace_ClaimAssessByKeyboardVerify_CountsOnceSeniorAgrees()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "ana");
        var senior = await Workbench.UserAsync(server, Role.SeniorAnalyst, "sam");
        var (reportId, items) = await Workbench.ReportAsync(server, TestPng.GradientPng(320, 240, 11));
        var (page, requests) = await browser.NewPageAsync(server.Address);

        await Workbench.SignInAsync(page, analyst);
        await Browser.ScreenshotAsync(page, "home");
        await page.GotoAsync("/workspace/queue");
        await Browser.ScreenshotAsync(page, "queue");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Claim item {items[0]} in report {reportId}" }).ClickAsync();
        await page.WaitForURLAsync($"**/workspace/items/{items[0]}?report={reportId}");
        await Expect(page.GetByAltText($"Blurred greyscale preview of item {items[0]}")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "item-blurred");
        foreach (var key in new[] { "c", "p", "x", "4", "u", "m" })
        {
            await page.Keyboard.PressAsync(key);
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/workspace/queue?done=*");

        var (seniorPage, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(seniorPage, senior);
        await seniorPage.GotoAsync("/workspace/verify");
        await Browser.ScreenshotAsync(seniorPage, "verify-list");
        await seniorPage.GetByRole(AriaRole.Button, new() { Name = $"Claim and verify item {items[0]}" }).ClickAsync();
        await seniorPage.WaitForURLAsync($"**/workspace/items/{items[0]}?report={reportId}&verify=*");
        await Browser.ScreenshotAsync(seniorPage, "verify-item");
        await seniorPage.Keyboard.PressAsync("Enter");
        await seniorPage.WaitForURLAsync("**/workspace/verify?done=*");

        var rows = await CountableAsync(server);
        var counted = Assert.Single(rows, r => CountingRules.Counts(r));
        Assert.Equal(2, rows.Count);
        Assert.Equal(Severity.C, counted.Category);
        Assert.Equal(AgeBand.Age11To13, counted.AgeBand);
        await using var context = server.Database.CreateContext();
        var graded = await context.WorkspaceAssessments.OrderBy(a => a.AssessedAt).ToListAsync();
        Assert.Equal([AssessmentKind.Initial, AssessmentKind.Verification], graded.Select(a => a.Kind));
        Assert.Equal(graded[0].Id, graded[1].Supersedes);
        Assert.True(graded[0].MultipleChildren);
        Assert.Equal("B2", graded[1].TechCoalition);
        Assert.DoesNotContain(requests, r => r.Contains("/original", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItemView_BeforeReveal_NoOriginalRequested_RevealAuditedThenServed()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "ann");
        var (reportId, items) = await Workbench.ReportAsync(server, TestPng.PatternPng(256, 256, 5));
        var (page, requests) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(page, analyst);
        await page.GotoAsync("/workspace/queue");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Claim item {items[0]} in report {reportId}" }).ClickAsync();
        await page.WaitForURLAsync($"**/workspace/items/{items[0]}?report={reportId}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var direct = await page.APIRequest.GetAsync($"/workspace/items/{items[0]}/original");
        Assert.Equal(403, direct.Status);
        int before;
        lock (requests)
        {
            before = requests.Count;
            Assert.Contains(requests, r => r.EndsWith($"/workspace/items/{items[0]}/preview", StringComparison.Ordinal));
            Assert.DoesNotContain(requests, r => r.Contains("/original", StringComparison.Ordinal));
        }

        await page.Keyboard.PressAsync("r");
        await Expect(page.Locator("#reveal-button")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByAltText($"Original media of item {items[0]} (revealed)")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Browser.ScreenshotAsync(page, "item-revealed");

        List<string> after;
        lock (requests)
        {
            after = requests.Skip(before).ToList();
        }

        var reveal = after.FindIndex(r => r.EndsWith("/reveal", StringComparison.Ordinal));
        var original = after.FindIndex(r => r.EndsWith("/original", StringComparison.Ordinal));
        Assert.True(reveal >= 0 && original > reveal, "the original is requested only after the reveal POST");
        await using var context = server.Database.CreateContext();
        var actions = await context.AuditRecords.Where(a => a.Target == $"item:{items[0]}").Select(a => a.Action).ToListAsync();
        Assert.Contains("item.revealed", actions);
        Assert.Contains("item.original.served", actions);
    }

    [Fact]
    public async Task WorkspacePages_WrongRoles_Refused()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        var auditor = await Workbench.UserAsync(server, Role.Auditor, "aud");
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "ali");
        var (anonymous, _) = await browser.NewPageAsync(server.Address);
        var (auditorPage, _) = await browser.NewPageAsync(server.Address);
        var (analystPage, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(auditorPage, auditor);
        await Workbench.SignInAsync(analystPage, analyst);

        await anonymous.GotoAsync("/workspace/queue");
        Assert.Contains("/signin", anonymous.Url, StringComparison.Ordinal);
        Assert.Equal(403, (await auditorPage.GotoAsync("/workspace/queue"))!.Status);
        Assert.Equal(403, (await auditorPage.GotoAsync("/workspace/me"))!.Status);
        Assert.Equal(403, (await analystPage.GotoAsync("/workspace/verify"))!.Status);
        Assert.Equal(403, (await analystPage.GotoAsync("/workspace/export/assessments.csv"))!.Status);
        await analystPage.GotoAsync("/");
        await Expect(analystPage.GetByRole(AriaRole.Link, new() { Name = "Queue", Exact = true })).ToBeVisibleAsync();
        await Expect(analystPage.GetByRole(AriaRole.Link, new() { Name = "Verify", Exact = true })).ToHaveCountAsync(0);
        await auditorPage.GotoAsync("/");
        await Expect(auditorPage.GetByRole(AriaRole.Link, new() { Name = "Queue", Exact = true })).ToHaveCountAsync(0);
        await Expect(auditorPage.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToBeVisibleAsync();
    }

    private static async Task<List<CountableAssessment>> CountableAsync(ServerHost server)
    {
        var rows = new List<CountableAssessment>();
        await foreach (var row in server.App.Services.GetRequiredService<IAssessmentSource>().ReadByContentAsync(default))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
