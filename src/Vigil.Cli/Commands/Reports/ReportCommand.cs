using System.CommandLine;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;
using Vigil.Persistence.Stores;
using Vigil.Printing;

namespace Vigil.Cli.Commands.Reports;

/// <summary>`vigil report --year Y [--compare-previous] --format json|csv|html|pdf [--output FILE]`: statistics of a year.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "The year to report (UTC)", Required = true };
        year.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < ReportBuilder.MinYear or > ReportBuilder.MaxYear)
            {
                r.AddError($"--year must be {ReportBuilder.MinYear}..{ReportBuilder.MaxYear}.");
            }
        });
        var compare = new Option<bool>("--compare-previous") { Description = "Add the previous year and change percentages" };
        var format = new Option<ReportFormat>("--format") { Description = "json, csv, html or pdf", DefaultValueFactory = _ => ReportFormat.Json };
        var output = new Option<FileInfo?>("--output") { Description = "Write to this file (default: standard output)" };

        var command = new Command("report", "Statistics report of a year: AI items, videos, categories, reports, breakdowns") { year, compare, format, output };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            GlobalOptions.DataFolder(parseResult),
            parseResult.GetValue(year),
            parseResult.GetValue(compare),
            parseResult.GetValue(format),
            parseResult.GetValue(output),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string dataFolder, int year, bool comparePrevious, ReportFormat format, FileInfo? output, CancellationToken cancellationToken)
    {
        var source = new AssessmentStore(await DatabaseAccess.OpenAsync(dataFolder, cancellationToken));
        var report = await new StatisticsReporter(source).ReportAsync(year, comparePrevious, cancellationToken);
        var writer = new StatisticsReportWriter(format == ReportFormat.Pdf ? new ChromiumPdfPrinter(new ChromiumPdfOptions()) : null);
        try
        {
            if (output is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                await writer.WriteAsync(report, format, stdout, cancellationToken);
                return ExitCodes.Success;
            }

            // Written beside the target and moved into place, so a failed run never leaves half a report.
            var partial = output.FullName + ".partial";
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await writer.WriteAsync(report, format, file, cancellationToken);
            }

            File.Move(partial, output.FullName, overwrite: true);
            return ExitCodes.Success;
        }
        catch (PdfPrintException e)
        {
            await Console.Error.WriteLineAsync($"vigil: {e.Message}");
            return ExitCodes.PartialFailure;
        }
    }
}
