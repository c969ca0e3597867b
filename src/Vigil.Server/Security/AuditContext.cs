using Vigil.Core.Audit;

namespace Vigil.Server.Security;

/// <summary>Writes audit records for the current request: who (actor claim), from where (remote address).</summary>
internal static class AuditContext
{
    public static Task AuditAsync(this HttpContext context, IAuditLog log, string action, string target) =>
        log.AppendAsync(
            new AuditEntry(VigilClaims.ActorOf(context.User), action, target, context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            context.RequestAborted);

    /// <summary>Records that the signed-in person was shown media of item <paramref name="itemId"/> (ids only, never content).</summary>
    public static Task AuditMediaViewAsync(this HttpContext context, string action, long itemId) =>
        context.AuditAsync(context.RequestServices.GetRequiredService<IAuditLog>(), action, $"item:{itemId.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
