using System.CommandLine;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;
using Vigil.Persistence.Stores;
using Vigil.Printing;

namespace Vigil.Cli.Commands.Reports;

/// <summary>
/// `vigil report --year Y | --from DAY --to DAY [--compare-previous] --format json|csv|html|pdf [--output FILE]`:
/// statistics of a year, or of any period of whole UTC days.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var year = new Option<int?>("--year") { Description = "The year to report (UTC)" };
        year.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < ReportBuilder.MinYear or > ReportBuilder.MaxYear)
            {
                r.AddError($"--year must be {ReportBuilder.MinYear}..{ReportBuilder.MaxYear}.");
            }
        });
        var from = DayOption("--from", "First day of a period (UTC, yyyy-MM-dd), instead of --year");
        var to = DayOption("--to", "Last day of the period, included (UTC, yyyy-MM-dd)");
        var compare = new Option<bool>("--compare-previous") { Description = "Add the previous year (or period of the same length) and change percentages" };
        var format = new Option<ReportFormat>("--format") { Description = "json, csv, html or pdf", DefaultValueFactory = _ => ReportFormat.Json };
        var output = new Option<FileInfo?>("--output") { Description = "Write to this file (default: standard output)" };

        var command = new Command("report", "Statistics report of a year or a period: AI items, videos, categories, reports, breakdowns") { year, from, to, compare, format, output };
        command.Validators.Add(r =>
        {
            var hasYear = r.GetValue(year) is not null;
            var (first, last) = (Day(r.GetValue(from)), Day(r.GetValue(to)));
            if ((r.GetValue(from) is not null && first is null) || (r.GetValue(to) is not null && last is null))
            {
                return; // reported by the option's own validator
            }

            if (hasYear == (first is not null || last is not null))
            {
                r.AddError("Give either --year, or --from and --to.");
            }
            else if (!hasYear && (first is null || last is null))
            {
                r.AddError("--from and --to go together.");
            }
            else if (first is { } f && last is { } l && ReportingPeriod.Check(f, l) is { } problem)
            {
                r.AddError($"{(problem.IsFirst ? "--from" : "--to")}: {problem.Message}");
            }
        });
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            GlobalOptions.DataFolder(parseResult),
            parseResult.GetValue(year) is { } y ? ReportingPeriod.OfYear(y) : ReportingPeriod.Between(Day(parseResult.GetValue(from))!.Value, Day(parseResult.GetValue(to))!.Value),
            parseResult.GetValue(compare),
            parseResult.GetValue(format),
            parseResult.GetValue(output),
            cancellationToken));
        return command;
    }

    // A day as yyyy-MM-dd, kept as text so that a bad one is a usage error naming the option, never an exception.
    private static Option<string?> DayOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(r =>
        {
            if (Day(r.GetValueOrDefault<string?>()) is null)
            {
                r.AddError($"{name} must be a day as yyyy-MM-dd.");
            }
        });
        return option;
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    private static async Task<int> RunAsync(string dataFolder, ReportingPeriod period, bool comparePrevious, ReportFormat format, FileInfo? output, CancellationToken cancellationToken)
    {
        var source = new AssessmentStore(await DatabaseAccess.OpenAsync(dataFolder, cancellationToken));
        var report = await new StatisticsReporter(source).ReportAsync(period, comparePrevious, cancellationToken);
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
