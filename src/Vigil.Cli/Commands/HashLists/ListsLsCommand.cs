using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Infrastructure;

namespace Vigil.Cli.Commands.HashLists;

/// <summary>`vigil lists ls`: one line per list, tab-separated: name, entries, checkpoint, ratio, description.</summary>
public static class ListsLsCommand
{
    public static Command Create()
    {
        var command = new Command("ls", "List the hash lists with their entry counts");
        command.SetAction((parseResult, cancellationToken) => ListsCommand.GuardAsync(async () =>
        {
            var service = await ListsCommand.OpenAsync(GlobalOptions.DataFolder(parseResult), cancellationToken);
            await Console.Out.WriteLineAsync("name\tentries\tcheckpoint\tmatching_enabled_ratio\tdescription");
            foreach (var (list, count) in await service.ListAsync(cancellationToken))
            {
                await Console.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"{list.Name}\t{count}\t{list.Checkpoint}\t{list.MatchingEnabledRatio}\t{list.Description}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
