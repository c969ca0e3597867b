using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>Blur and greyscale: the organisation's defaults, an analyst's own choice, and the way back to the default.</summary>
public sealed class SettingsUiTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Settings_DefaultThenOwnThenDefault_ItemViewFollows()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Vigil:Workspace:DefaultBlur"] = "12",
            ["Vigil:Workspace:DefaultGreyscale"] = "false",
        });
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "set");
        var (reportId, items) = await Workbench.ReportAsync(server, TestMedia.TestCardPng(320, 240));
        var (page, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(page, analyst);
        await Workbench.ClaimAsync(page, items[0], reportId);
        var item = page.Url;

        await Assertions.Expect(page.GetByAltText($"Blurred preview of item {items[0]}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Blur 12. Change how media are shown")).ToBeVisibleAsync();

        await page.GotoAsync("/workspace/settings");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Organisation default (12)" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "My own strength" }).CheckAsync();
        await page.GetByLabel("My blur strength").FillAsync("30");
        await page.GetByLabel("Greyscale").SelectOptionAsync("on");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my settings" }).ClickAsync();
        await page.WaitForURLAsync("**/workspace/settings?saved=true");
        await Assertions.Expect(page.Locator("#effective-blur")).ToHaveTextAsync("30");
        await Assertions.Expect(page.Locator("#effective-colour")).ToHaveTextAsync("greyscale");
        await Browser.ScreenshotAsync(page, "settings");
        await page.GotoAsync(item);
        await Assertions.Expect(page.GetByAltText($"Blurred greyscale preview of item {items[0]}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Blur 30, greyscale. Change how media are shown")).ToBeVisibleAsync();

        await page.GotoAsync("/workspace/settings");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "My own strength" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Organisation default (12)" }).CheckAsync();
        await page.GetByLabel("Greyscale").SelectOptionAsync("default");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("#effective-blur")).ToHaveTextAsync("12");
        await Assertions.Expect(page.Locator("#effective-colour")).ToHaveTextAsync("colour");
        await page.GotoAsync(item);
        await Assertions.Expect(page.GetByText("Blur 12. Change how media are shown")).ToBeVisibleAsync();
    }
}
