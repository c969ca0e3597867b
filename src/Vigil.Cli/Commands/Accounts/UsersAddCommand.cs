using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Accounts;
using Vigil.Core.Audit;

namespace Vigil.Cli.Commands.Accounts;

/// <summary>
/// `vigil users add NAME --role analyst|senior-analyst|administrator|auditor`: creates a user with a generated
/// one-time password and a TOTP secret, and prints both once (they are not stored in a readable form).
/// </summary>
public static class UsersAddCommand
{
    private static readonly Dictionary<string, Role> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["analyst"] = Role.Analyst,
        ["senior-analyst"] = Role.SeniorAnalyst,
        ["administrator"] = Role.Administrator,
        ["auditor"] = Role.Auditor,
    };

    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "User name: 1..64 of a-z, 0-9, '.', '-', '_'" };
        var role = new Option<string>("--role") { Description = "analyst, senior-analyst, administrator or auditor", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.Keys]);
        var command = new Command("add", "Create a user; prints the one-time password and the authenticator (TOTP) URI once") { name, role };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, parseResult.GetValue(name)!, Roles[parseResult.GetValue(role)!], cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string name, Role role, CancellationToken cancellationToken)
    {
        await using var services = await StorageAccess.OpenAsync(parseResult, cancellationToken);
        NewAccount created;
        try
        {
            created = await services.GetRequiredService<AccountService>().CreateAsync(name, role, null, cancellationToken);
        }
        catch (AccountException e)
        {
            throw new UsageException(e.Message, e);
        }

        await CliAudit.AppendAsync(services.GetRequiredService<IAuditLog>(), "user.created", $"user:{created.User.UserName}", cancellationToken);
        Console.WriteLine($"Created {role} '{created.User.UserName}'.");
        Console.WriteLine($"  one-time password: {created.Password}");
        Console.WriteLine($"  authenticator (TOTP) URI: {created.TotpUri}");
        Console.WriteLine("  Shown once: hand them over securely; the password must be changed at first sign-in.");
        return ExitCodes.Success;
    }
}
