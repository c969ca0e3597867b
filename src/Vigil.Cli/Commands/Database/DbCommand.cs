using System.CommandLine;

namespace Vigil.Cli.Commands.Database;

/// <summary>`vigil db ...`: database administration.</summary>
public static class DbCommand
{
    public static Command Create() => new("db", "Database administration") { MigrateCommand.Create() };
}
