using System.Text;
using Vigil.Core.Statistics.Rendering;
using Vigil.Printing;
using Vigil.Statistics.Tests.Support;

namespace Vigil.Statistics.Tests.Rendering;

public sealed class ChromiumPdfPrinterTests
{
    [Fact]
    public async Task WriteAsync_Pdf_ProducesARealPdfDocument()
    {
        var writer = new StatisticsReportWriter(new ChromiumPdfPrinter(new ChromiumPdfOptions()));
        using var output = new MemoryStream();

        await writer.WriteAsync(await Reports.SharedReportAsync(2025), ReportFormat.Pdf, output);

        var bytes = output.ToArray();
        Assert.True(bytes.Length > 10_000, $"PDF of {bytes.Length} bytes");
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Contains("%%EOF", Encoding.ASCII.GetString(bytes, bytes.Length - 32, 32), StringComparison.Ordinal);
        Assert.Contains("/Type /Page", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_MissingChromium_TypedError()
    {
        var printer = new ChromiumPdfPrinter(new ChromiumPdfOptions { ExecutablePath = "/nonexistent/chromium" });

        await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync("<p>x</p>", Stream.Null, CancellationToken.None));
    }
}
