using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>The provenance panel beside the media, over the shared benign provenance samples.</summary>
public sealed class ProvenanceUiTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task ItemView_TamperedC2paAndA1111Items_ShowDataHashMismatchLorasAndSignalsButNeverThePrompt()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "pia");
        var tampered = await File.ReadAllBytesAsync(SharedData.PathOf("provenance", "samples", "c2pa_ai_tampered.jpg"));
        var a1111 = await File.ReadAllBytesAsync(SharedData.PathOf("provenance", "samples", "a1111_lora.png"));
        var (reportId, items) = await Workbench.ReportFilesAsync(server, (tampered, "one.jpg", "image/jpeg"), (a1111, "two.png", "image/png"));
        var (page, _) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(page, analyst);

        await Workbench.ClaimAsync(page, items[0], reportId);
        var panel = page.Locator("section[aria-labelledby=provenance-heading]");
        await Assertions.Expect(panel.Locator("[data-check=data-hash]")).ToHaveTextAsync("data hash mismatch: the file changed after signing");
        await Assertions.Expect(panel.Locator("[data-check=signature]")).ToHaveTextAsync("signature valid");
        await Assertions.Expect(panel.Locator("[data-evidence=digital-source-type]")).ToHaveTextAsync("trainedAlgorithmicMedia");
        await Assertions.Expect(panel.Locator("[data-evidence=c2pa]")).ToContainTextAsync("assertion.dataHash.mismatch");
        Assert.True(await panel.Locator("table.signals tbody tr").CountAsync() > 0);
        await Browser.ScreenshotAsync(page, "item-provenance");

        await page.GotoAsync("/workspace/queue");
        await Workbench.ClaimAsync(page, items[1], reportId);
        var loras = panel.Locator("[data-evidence=loras] li");
        await Assertions.Expect(loras).ToHaveCountAsync(2);
        await Assertions.Expect(loras.Nth(0)).ToContainTextAsync("goldenHour_v3, weight 0.8");
        await Assertions.Expect(loras.Nth(1)).ToContainTextAsync("softFocus_v2, weight 0.35");
        await Assertions.Expect(panel.Locator("tr[data-signal='a1111.infotext'] td").Nth(2)).ToHaveTextAsync("declared");

        // The declared prompt is evidence the analyst sees only through an audited request, never in the panel.
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("a red barn in a wheat field", text, StringComparison.Ordinal);
        Assert.Contains("(hidden)", await panel.Locator("tr[data-signal='a1111.infotext']").InnerTextAsync(), StringComparison.Ordinal);
    }
}
