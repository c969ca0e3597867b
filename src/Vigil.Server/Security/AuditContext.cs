using Vigil.Core.Audit;

namespace Vigil.Server.Security;

/// <summary>Writes audit records for the current request: who (actor claim), from where (remote address).</summary>
internal static class AuditContext
{
    public static Task AuditAsync(this HttpContext context, IAuditLog log, string action, string target) =>
        log.AppendAsync(
            new AuditEntry(VigilClaims.ActorOf(context.User), action, target, context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            context.RequestAborted);
}
