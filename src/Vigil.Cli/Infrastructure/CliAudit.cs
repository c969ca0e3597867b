using Vigil.Core.Audit;

namespace Vigil.Cli.Infrastructure;

/// <summary>Audit records for changes made from the command line: actor <c>cli:USER</c> (the OS user), address <c>cli</c>.</summary>
public static class CliAudit
{
    public static Task AppendAsync(IAuditLog log, string action, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.AppendAsync(new AuditEntry($"cli:{Environment.UserName}", action, target, "cli"), cancellationToken);
    }
}
