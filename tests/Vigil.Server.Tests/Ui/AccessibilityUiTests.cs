using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>Every main screen: named controls, focus order, visible focus and contrast (<see cref="AccessibilityAudit"/>).</summary>
public sealed class AccessibilityUiTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task MainScreens_NamesFocusOrderVisibleFocusContrast_NoProblems()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        await StatisticsSample.ImportAsync(server);
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "acc");
        var senior = await Workbench.UserAsync(server, Role.SeniorAnalyst, "sen");
        var card = TestMedia.TestCardPng(320, 240);
        var (first, items) = await Workbench.ReportAsync(server, card, TestPng.GradientPng(200, 150, 8));
        var (second, _) = await Workbench.ReportAsync(server, card);
        var problems = new List<string>();
        var (page, _) = await browser.NewPageAsync(server.Address);

        await page.GotoAsync("/signin");
        await Browser.ScreenshotAsync(page, "sign-in");
        await AuditAsync(page, "sign-in", problems);
        await Workbench.SignInAsync(page, analyst);
        await AuditAsync(page, "home", problems);
        await page.GotoAsync("/workspace/queue");
        await AuditAsync(page, "queue", problems);
        await Workbench.ClaimAsync(page, items[1], first);
        var walk = await AuditAsync(page, "item", problems);
        var firstInMain = walk.FindIndex(s => s.InForm || s.Reveal);
        Assert.True(firstInMain >= 0 && walk[firstInMain].InForm, "the assessment form is reached before the reveal button");
        Assert.True(walk.FindLastIndex(s => s.InForm) < walk.FindIndex(s => s.Reveal), "every form control comes before the reveal button");
        await Workbench.GradeAsync(page, items[0], first, "c", "p", "x", "4", "u");
        await page.GotoAsync("/workspace/me");
        await AuditAsync(page, "my-exposure", problems);
        await page.GotoAsync("/workspace/settings");
        await AuditAsync(page, "settings", problems);
        await page.GotoAsync("/statistics?year=2025&comparePrevious=true");
        await Browser.ScreenshotAsync(page, "statistics");
        await AuditAsync(page, "statistics", problems);

        var (seniorPage, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(seniorPage, senior);
        await seniorPage.GotoAsync("/workspace/verify");
        await AuditAsync(seniorPage, "verify-list", problems);
        await seniorPage.GetByRole(AriaRole.Button, new() { Name = $"Claim and verify item {items[0]}" }).ClickAsync();
        await seniorPage.WaitForURLAsync("**/workspace/items/*verify=*");
        await AuditAsync(seniorPage, "verify-item", problems);
        await seniorPage.Keyboard.PressAsync("Enter");
        await seniorPage.WaitForURLAsync("**/workspace/verify?done=*");
        await Workbench.ClaimAsync(page, items[0], second);
        await AuditAsync(page, "already-graded", problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Audit_FlawedPage_ReportsEachKindOfProblem()
    {
        var (page, _) = await browser.NewPageAsync(new Uri("http://127.0.0.1/"));
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><body>
            <p style="color:#999">Pale text</p>
            <form style="display:flex;flex-direction:column-reverse">
              <label>First field <input name="one" /></label>
              <label>Second field <input name="two" /></label>
            </form>
            <input id="nameless" />
            <button style="outline:none">Plain</button>
            <a href="#a" tabindex="1">First by tabindex</a>
            </body></html>
            """);

        var (problems, _) = await AccessibilityAudit.RunAsync(page);

        Assert.Contains(problems, p => p.StartsWith("contrast 2.8", StringComparison.Ordinal) && p.Contains("Pale text", StringComparison.Ordinal));
        Assert.Contains("no accessible name: input#nameless", problems);
        Assert.Contains(problems, p => p.StartsWith("no visible focus indicator: button Plain", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("positive tabindex changes the focus order: a", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("focus order in a form goes up or left: input[name=one]", StringComparison.Ordinal));
    }

    private static async Task<List<AccessibilityAudit.Stop>> AuditAsync(IPage page, string screen, List<string> problems)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (found, walk) = await AccessibilityAudit.RunAsync(page);
        problems.AddRange(found.Select(p => $"{screen}: {p}"));
        Assert.True(walk.Count >= 2, $"{screen}: the Tab walk reached {walk.Count} controls");
        return walk;
    }
}
