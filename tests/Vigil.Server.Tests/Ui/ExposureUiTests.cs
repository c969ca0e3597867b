using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>The personal exposure page and the break prompt, as the analyst sees them.</summary>
public sealed class ExposureUiTests(Browser browser) : IClassFixture<Browser>
{
    private const string Ana = "user:ana";

    [Fact]
    public async Task MyExposure_EarlierViewingPastTheLimit_FiguresShownBreakPromptUntilABreak()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Vigil:Workspace:BreakAfterMinutes"] = "10" });
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "ana");
        var (reportId, items) = await Workbench.ReportAsync(server, TestPng.GradientPng(200, 150, 3), TestPng.GradientPng(200, 150, 4));
        // An hour ago: viewed 9001 for 2 min, revealed it for 3 min, graded it A; viewed 9002 for 6 min, graded it C;
        // viewed 9003 for 1 min and left. 12 minutes of viewing, 3 items shown, 1 reveal, 2 graded, half category A.
        await SeedAsync(server, TimeProvider.System.GetUtcNow().AddHours(-1), [
            (0, ExposureKind.Shown, 9001, false), (2, ExposureKind.Revealed, 9001, false), (5, ExposureKind.Assessed, 9001, true),
            (6, ExposureKind.Shown, 9002, false), (12, ExposureKind.Assessed, 9002, false),
            (20, ExposureKind.Shown, 9003, false), (21, ExposureKind.Left, 9003, false)]);
        var (page, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(page, analyst);

        await page.GotoAsync("/workspace/queue");
        var prompt = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Time for a break." });
        await Assertions.Expect(prompt).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "break-prompt");
        await page.GotoAsync("/workspace/me");
        Assert.Equal(("3", "1", "2", "0", "12.0", "50%"), await FiguresAsync(page, "Last 24 hours"));
        Assert.Equal(("3", "1", "2", "0", "12.0", "50%"), await FiguresAsync(page, "Last 30 days"));
        await prompt.GetByRole(AriaRole.Button, new() { Name = "I am taking a break" }).ClickAsync();
        await page.WaitForURLAsync("**/workspace/me");
        await Assertions.Expect(prompt).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(page, "my-exposure");

        // Now live: view, reveal and grade the first item (A), open the second and leave it for this page.
        await Workbench.ClaimAsync(page, items[0], reportId);
        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByAltText($"Original media of item {items[0]} (revealed)")).ToBeVisibleAsync();
        foreach (var key in new[] { "a", "p", "x", "3", "g", "Enter" })
        {
            await page.Keyboard.PressAsync(key);
        }

        await page.WaitForURLAsync("**/workspace/queue?done=*");
        await Workbench.ClaimAsync(page, items[1], reportId);
        await page.GotoAsync("/workspace/me");
        var (shown, reveals, graded, unseen, minutes, share) = await FiguresAsync(page, "Last 24 hours");

        Assert.Equal(("5", "2", "3", "0", "67%"), (shown, reveals, graded, unseen, share));
        Assert.InRange(double.Parse(minutes, CultureInfo.InvariantCulture), 12.0, 13.0);
        Assert.Equal([ExposureKind.Shown, ExposureKind.Revealed, ExposureKind.Shown, ExposureKind.Assessed, ExposureKind.Shown, ExposureKind.Left], await LiveKindsAsync(server));
    }

    private static async Task SeedAsync(ServerHost server, DateTimeOffset start, (int Minute, ExposureKind Kind, long Item, bool CategoryA)[] entries)
    {
        await using var context = server.Database.CreateContext();
        context.ExposureEvents.AddRange(entries.Select(e => new ExposureEvent { Analyst = Ana, ItemId = e.Item, Kind = e.Kind, At = start.AddMinutes(e.Minute), CategoryA = e.CategoryA }));
        await context.SaveChangesAsync();
    }

    // The live entries (items below 9000); the page reports leaving asynchronously, so wait for it briefly.
    private static async Task<List<ExposureKind>> LiveKindsAsync(ServerHost server)
    {
        List<ExposureKind> kinds = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var context = server.Database.CreateContext();
            kinds = [.. (await context.ExposureEvents.AsNoTracking().Where(e => e.Analyst == Ana && e.ItemId < 9000).ToListAsync()).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Kind)];
            if (kinds.Contains(ExposureKind.Left))
            {
                break;
            }

            await Task.Delay(100);
        }

        return kinds;
    }

    private static async Task<(string Shown, string Reveals, string Graded, string Unseen, string Minutes, string ShareA)> FiguresAsync(IPage page, string heading)
    {
        var section = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading }) });
        async Task<string> Figure(string name) => (await section.Locator($"[data-figure={name}]").InnerTextAsync()).Trim();
        return (await Figure("shown"), await Figure("reveals"), await Figure("graded"), await Figure("unseen"), await Figure("minutes"), await Figure("share-a"));
    }
}
