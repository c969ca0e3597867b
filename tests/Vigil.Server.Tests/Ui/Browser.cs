using Microsoft.Playwright;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

/// <summary>Debian's Chromium driven by Playwright (never Playwright's own download), one per test class.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private static readonly string[] ChromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Instance => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>
    /// Where screenshots go: docs/screenshots when VIGIL_SCREENSHOTS=docs (refreshing the README's screens),
    /// otherwise a folder under the system temp directory, so a test run leaves the working tree clean.
    /// </summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("VIGIL_SCREENSHOTS") == "docs"
            ? Path.Combine(SharedData.RepositoryRoot, "docs", "screenshots")
            : Path.Combine(Path.GetTempPath(), "vigil-screenshots");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh context (own cookies) with every requested URL recorded in order.</summary>
    public async Task<(IPage Page, List<string> Requests)> NewPageAsync(Uri baseAddress)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        return (page, requests);
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
