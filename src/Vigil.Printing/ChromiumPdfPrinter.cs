using Microsoft.Playwright;
using Vigil.Core.Statistics.Rendering;

namespace Vigil.Printing;

/// <summary>
/// Prints self-contained HTML to PDF with headless Chromium through Playwright. Every request the page makes is
/// aborted: reports carry everything inline, and a printer must never fetch anything from the network.
/// </summary>
public sealed class ChromiumPdfPrinter(ChromiumPdfOptions options) : IPdfPrinter
{
    private static readonly string[] ChromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    public async Task PrintAsync(string html, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(output);
        if (html.Length > options.MaxHtmlLength)
        {
            throw new PdfPrintException($"The document has {html.Length} characters; at most {options.MaxHtmlLength} are printed.");
        }

        if (!File.Exists(options.ExecutablePath))
        {
            throw new PdfPrintException($"Chromium was not found at {options.ExecutablePath}.");
        }

        byte[] pdf;
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ExecutablePath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = (float)options.Timeout.TotalMilliseconds,
            });
            cancellationToken.ThrowIfCancellationRequested();
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false, Offline = true });
            await page.RouteAsync("**/*", route => route.AbortAsync());
            await page.SetContentAsync(html, new PageSetContentOptions { Timeout = (float)options.Timeout.TotalMilliseconds });
            cancellationToken.ThrowIfCancellationRequested();
            pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Margin = new Margin { Top = "12mm", Bottom = "12mm", Left = "10mm", Right = "10mm" } });
        }
        catch (PlaywrightException e)
        {
            throw new PdfPrintException("Chromium failed to print the report.", e);
        }
        catch (TimeoutException e)
        {
            throw new PdfPrintException("Chromium did not print the report in time.", e);
        }

        await output.WriteAsync(pdf, cancellationToken);
    }
}
