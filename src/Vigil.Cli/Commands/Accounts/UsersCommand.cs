using System.CommandLine;

namespace Vigil.Cli.Commands.Accounts;

/// <summary>`vigil users ...`: user accounts.</summary>
public static class UsersCommand
{
    public static Command Create() => new("users", "User accounts") { UsersAddCommand.Create() };
}
