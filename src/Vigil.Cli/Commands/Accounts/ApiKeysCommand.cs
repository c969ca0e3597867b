using System.CommandLine;

namespace Vigil.Cli.Commands.Accounts;

/// <summary>`vigil apikeys ...`: API keys for platforms and partner hotlines.</summary>
public static class ApiKeysCommand
{
    public static Command Create() => new("apikeys", "API keys for platforms and partners") { ApiKeysCreateCommand.Create() };
}
