using System.CommandLine;

namespace Vigil.Cli.Commands.Audit;

/// <summary>`vigil audit ...`: the audit log.</summary>
public static class AuditCommand
{
    public static Command Create() => new("audit", "The audit log") { AuditVerifyCommand.Create() };
}
