using System.CommandLine;

namespace Vigil.Cli.Commands.Import;

/// <summary>`vigil import KIND FILE`: the parent of every bulk import (one subcommand per kind of file).</summary>
public static class ImportCommand
{
    public static Command Create(params Command[] kinds)
    {
        var command = new Command("import", "Import records from files into the data folder");
        foreach (var kind in kinds)
        {
            command.Subcommands.Add(kind);
        }

        return command;
    }
}
