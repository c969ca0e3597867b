using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Cli.Infrastructure;
using Vigil.Core.HashLists;

namespace Vigil.Cli.Commands.HashLists;

/// <summary>`vigil lists create|ls|import|export|add|remove|disable`: hash lists in the data folder's database.</summary>
public static class ListsCommand
{
    public static Command Create() => new("lists", "Hash lists: create, list, import, export, add, remove and disable entries")
    {
        ListsCreateCommand.Create(),
        ListsLsCommand.Create(),
        ListsImportCommand.Create(),
        ListsExportCommand.Create(),
        ListsEntryCommands.Add(),
        ListsEntryCommands.Remove(),
        ListsEntryCommands.Disable(),
    };

    /// <summary>
    /// The list service over the data folder's storage (the same settings the server reads, so changes are audited in
    /// the server's keyed chain). The provider lives until the process ends, which is the command's lifetime.
    /// </summary>
    internal static async Task<HashListService> OpenAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var services = await StorageAccess.OpenAsync(StorageAccess.Settings(dataFolder), cancellationToken);
        return services.GetRequiredService<HashListService>();
    }

    /// <summary>Changes from the CLI are audited as the local OS user.</summary>
    internal static HashListActor Actor => new($"cli:{Environment.UserName}", "local");

    /// <summary>Runs a list operation, turning a refused one into a message and exit code 1.</summary>
    internal static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (HashListException e)
        {
            await Console.Error.WriteLineAsync($"vigil: {e.Message}");
            return ExitCodes.PartialFailure;
        }
    }
}
