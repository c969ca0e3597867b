using Vigil.Core.Processing;
using Vigil.Server.Api.Reports;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Processing;

/// <summary>Visibility of the processing queue: failed (poisoned) jobs with their errors.</summary>
internal static class JobEndpoints
{
    public static IEndpointRouteBuilder MapVigilProcessing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/failed", ListFailedAsync).RequireAuthorization(VigilPolicies.Seniors).WithTags("Processing").WithName("ListFailedJobs");
        return app;
    }

    private static async Task<IResult> ListFailedAsync(IJobStore jobs, CancellationToken cancellationToken, int limit = 100)
    {
        ReportEndpoints.Range("limit", limit, 1, 1000);
        var failed = await jobs.ListAsync(JobState.Failed, limit, cancellationToken);
        return Results.Ok(failed.Select(j => new { j.Id, j.Step, j.ItemId, j.Attempts, j.LastError, j.FinishedAt }));
    }
}
