using System.CommandLine;
using Vigil.Cli.Infrastructure;

namespace Vigil.Cli.Commands.HashLists;

/// <summary>`vigil lists create NAME [--description TEXT] [--ratio R]`.</summary>
public static class ListsCreateCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "List name: A-Z, 0-9 and _ (an HMA bank name)" };
        var description = new Option<string?>("--description") { Description = "What the list holds" };
        var ratio = new Option<double>("--ratio") { Description = "Share of entries that take part in matching, 0..1 (HMA matching_enabled_ratio)", DefaultValueFactory = _ => 1.0 };
        var command = new Command("create", "Create a hash list") { name, description, ratio };
        command.SetAction((parseResult, cancellationToken) => ListsCommand.GuardAsync(async () =>
        {
            var service = await ListsCommand.OpenAsync(GlobalOptions.DataFolder(parseResult), cancellationToken);
            var list = await service.CreateAsync(parseResult.GetRequiredValue(name), parseResult.GetValue(description), parseResult.GetValue(ratio), ListsCommand.Actor, cancellationToken);
            await Console.Out.WriteLineAsync($"created list {list.Name} (id {list.Id}, checkpoint {list.Checkpoint})");
            return ExitCodes.Success;
        }));
        return command;
    }
}
