using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Media.Previews;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>A video item: a strip of blurred sampled frames inside the page until a reveal; then muted, never playing by itself.</summary>
public sealed class VideoUiTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task VideoItem_BeforeRevealBlurredFrameStripOnly_AfterRevealMutedWithoutAutoplay()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        var analyst = await Workbench.UserAsync(server, Role.Analyst, "vic");
        var clip = TestMedia.TestClipMp4(seconds: 3, width: 160, height: 120);
        var (reportId, items) = await Workbench.ReportFilesAsync(server, (clip, "clip.mp4", "video/mp4"));
        var (page, requests) = await browser.NewPageAsync(server.Address);
        await Workbench.SignInAsync(page, analyst);

        int before;
        lock (requests)
        {
            before = requests.Count;
        }

        await Workbench.ClaimAsync(page, items[0], reportId);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var frames = page.Locator(".strip img");
        var count = new PreviewOptions().VideoFrames;
        await Assertions.Expect(frames).ToHaveCountAsync(count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal($"Blurred frame {i + 1} of {count}", await frames.Nth(i).GetAttributeAsync("alt"));
            Assert.StartsWith("data:image/jpeg;base64,", await frames.Nth(i).GetAttributeAsync("src"), StringComparison.Ordinal);
            Assert.True(await frames.Nth(i).EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        }

        Assert.Equal(0, await page.Locator("video").CountAsync());
        await Browser.ScreenshotAsync(page, "item-video-strip");
        lock (requests)
        {
            var loaded = requests.Skip(before).Where(r => !r.StartsWith("data:", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(loaded, r => r.Contains("/original", StringComparison.Ordinal) || r.Contains("/preview", StringComparison.Ordinal));
        }

        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("Enter");
        var video = page.Locator("video");
        await Assertions.Expect(video).ToBeVisibleAsync();
        Assert.Null(await video.GetAttributeAsync("autoplay"));
        Assert.True(await video.EvaluateAsync<bool>("v => v.muted && v.defaultMuted && !v.autoplay"));
        await page.WaitForTimeoutAsync(500);
        Assert.True(await video.EvaluateAsync<bool>("v => v.paused && v.currentTime === 0"));
        Assert.Equal($"/workspace/items/{items[0]}/original", await video.GetAttributeAsync("src"));
    }
}
