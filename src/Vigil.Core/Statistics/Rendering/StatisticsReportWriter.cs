using System.Text;
using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics.Rendering;

/// <summary>Renders a report in any <see cref="ReportFormat"/>; PDF goes through the injected printer.</summary>
public sealed class StatisticsReportWriter(IPdfPrinter? pdfPrinter)
{
    public async Task WriteAsync(StatisticsReport report, ReportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Json:
                await JsonReportRenderer.WriteAsync(report, output, cancellationToken);
                break;
            case ReportFormat.Csv:
                await CsvReportRenderer.WriteAsync(report, output, cancellationToken);
                break;
            case ReportFormat.Html:
                await output.WriteAsync(Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(report)), cancellationToken);
                break;
            case ReportFormat.Pdf:
                var printer = pdfPrinter ?? throw new InvalidOperationException("PDF output needs a PDF printer.");
                await printer.PrintAsync(HtmlReportRenderer.Render(report), output, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }
}
