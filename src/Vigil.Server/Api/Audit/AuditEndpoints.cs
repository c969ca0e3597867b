using Vigil.Core.Audit;
using Vigil.Server.Api.Reports;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Audit;

/// <summary>Audit chain verification and recent records, for auditors.</summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapVigilAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(VigilPolicies.Auditors);
        group.MapGet("/verify", async (IAuditLog log, CancellationToken ct) => Results.Ok(await log.VerifyAsync(ct))).WithName("VerifyAudit");
        group.MapGet("/recent", async (IAuditLog log, CancellationToken ct, int count = 100) =>
        {
            ReportEndpoints.Range("count", count, 1, 1000);
            var records = await log.RecentAsync(count, ct);
            return Results.Ok(records.Select(r => new { r.Sequence, r.At, r.Actor, r.Action, r.Target, r.Address, Hash = Convert.ToHexStringLower(r.Hash) }));
        }).WithName("RecentAudit");
        return app;
    }
}
