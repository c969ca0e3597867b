using System.CommandLine;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Statistics.Csv;
using Vigil.Core.Statistics.Import;
using Vigil.Persistence.Stores;

namespace Vigil.Cli.Commands.Reports;

/// <summary>
/// `vigil import assessments FILE.csv`: streams an assessment file into the database of the data folder.
/// Idempotent (keyed by assessment_id); each rejected line is listed on stderr with its number and reason.
/// </summary>
public static class ImportAssessmentsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Assessment CSV (columns as in docs/statistics.md)" };
        var command = new Command("assessments", "Import analyst assessments (CSV) for statistics") { file };
        command.SetAction((parseResult, cancellationToken) => RunAsync(GlobalOptions.DataFolder(parseResult), parseResult.GetRequiredValue(file), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string dataFolder, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new UsageException($"File not found: {file.FullName}");
        }

        var store = new AssessmentStore(await DatabaseAccess.OpenAsync(dataFolder, cancellationToken));
        ImportSummary summary;
        try
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            summary = await new AssessmentImporter(store).ImportAsync(stream, cancellationToken);
        }
        catch (AssessmentCsvException e)
        {
            await Console.Error.WriteLineAsync($"vigil: {e.Message} Nothing was imported.");
            return ExitCodes.PartialFailure;
        }

        foreach (var error in summary.Errors)
        {
            await Console.Error.WriteLineAsync($"line {error.Line}: {error.Reason}");
        }

        if (summary.Rejected > summary.Errors.Count)
        {
            await Console.Error.WriteLineAsync($"... and {summary.Rejected - summary.Errors.Count} more rejected lines");
        }

        await Console.Out.WriteLineAsync(
            $"rows {summary.Rows}, added {summary.Added}, already present {summary.AlreadyPresent}, rejected {summary.Rejected}");
        return summary.Rejected == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }
}
