using Microsoft.EntityFrameworkCore;
using Vigil.Persistence;

namespace Vigil.Server.Api.Health;

/// <summary>Liveness (the process answers) and readiness (the database answers); anonymous, no details.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapVigilHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        group.MapGet("/live", () => Results.Ok(new { status = "live" })).WithName("Live");
        group.MapGet("/ready", async (IDbContextFactory<VigilDbContext> factory, CancellationToken ct) =>
        {
            await using var context = await factory.CreateDbContextAsync(ct);
            return await context.Database.CanConnectAsync(ct)
                ? Results.Ok(new { status = "ready" })
                : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable");
        }).WithName("Ready");
        return app;
    }
}
