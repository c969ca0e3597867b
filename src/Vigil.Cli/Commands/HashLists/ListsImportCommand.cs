using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Infrastructure;
using Vigil.Core.HashLists.Formats;

namespace Vigil.Cli.Commands.HashLists;

/// <summary>
/// `vigil lists import NAME FILE --format F`: streams the file into the list in one transaction. Bad rows are listed
/// with their line numbers (exit 1) while good rows are kept; a file-level problem imports nothing (exit 1).
/// </summary>
public static class ListsImportCommand
{
    private const long ProgressEvery = 250_000;

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The list to import into" };
        var file = new Argument<FileInfo>("file") { Description = "The list file" };
        var format = FormatOption.Create();
        var command = new Command("import", "Import a list file (idempotent: importing twice changes nothing)") { name, file, format };
        command.SetAction((parseResult, cancellationToken) => ListsCommand.GuardAsync(() => RunAsync(
            GlobalOptions.DataFolder(parseResult), parseResult.GetRequiredValue(name), parseResult.GetRequiredValue(file), FormatOption.Parse(parseResult.GetRequiredValue(format)), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string dataFolder, string name, FileInfo file, HashListFormat format, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new UsageException($"File not found: {file.FullName}");
        }

        var service = await ListsCommand.OpenAsync(dataFolder, cancellationToken);
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var shown = 0L;
        var progress = new Progress(rows =>
        {
            if (rows - shown >= ProgressEvery)
            {
                shown = rows;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows read: {rows:N0}"));
            }
        });
        Core.HashLists.HashListImportResult result;
        try
        {
            result = await service.ImportAsync(name, stream, format, ListsCommand.Actor, progress, cancellationToken);
        }
        catch (HashListFormatException e)
        {
            await Console.Error.WriteLineAsync($"vigil: {e.Message}. Nothing was imported.");
            return ExitCodes.PartialFailure;
        }

        foreach (var error in result.Report.Errors)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"line {error.Line}: {error.Problem}"));
        }

        if (result.Report.BadRows > result.Report.Errors.Count)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"... and {result.Report.BadRows - result.Report.Errors.Count} more bad rows"));
        }

        await Console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"added {result.Added}, already present {result.AlreadyPresent}, bad rows {result.Report.BadRows}, skipped {result.Report.SkippedRows}, checkpoint {result.Checkpoint}"));
        return result.Report.BadRows == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    // Synchronous IProgress: System.Progress<T> would post to the thread pool and reorder lines.
    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
