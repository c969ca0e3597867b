using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Infrastructure;

namespace Vigil.Cli.Commands.HashLists;

/// <summary>`vigil lists export NAME --format F [--output FILE]`: live entries, streamed; a file is replaced only when complete.</summary>
public static class ListsExportCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The list to export" };
        var format = FormatOption.Create();
        var output = new Option<FileInfo?>("--output") { Description = "Write to this file (default: standard output)" };
        var command = new Command("export", "Export a list's live entries") { name, format, output };
        command.SetAction((parseResult, cancellationToken) => ListsCommand.GuardAsync(async () =>
        {
            var service = await ListsCommand.OpenAsync(GlobalOptions.DataFolder(parseResult), cancellationToken);
            var listName = parseResult.GetRequiredValue(name);
            var fileFormat = FormatOption.Parse(parseResult.GetRequiredValue(format));
            var target = parseResult.GetValue(output);
            (long Written, long Skipped) counts;
            if (target is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                counts = await service.ExportAsync(listName, stdout, fileFormat, cancellationToken);
            }
            else
            {
                var partial = target.FullName + ".partial";
                try
                {
                    await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                    {
                        counts = await service.ExportAsync(listName, file, fileFormat, cancellationToken);
                    }

                    File.Move(partial, target.FullName, overwrite: true);
                }
                finally
                {
                    File.Delete(partial);
                }
            }

            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"exported {counts.Written}, skipped {counts.Skipped} the format cannot hold"));
            return ExitCodes.Success;
        }));
        return command;
    }
}
