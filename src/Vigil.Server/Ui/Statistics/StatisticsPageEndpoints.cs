using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Statistics.Reporting;
using Vigil.Server.Api.Reports;
using Vigil.Server.Api.Statistics;
using Vigil.Server.Security;

namespace Vigil.Server.Ui.Statistics;

/// <summary>The statistics dashboard: a year's figures and the report's charts, for the roles that may read statistics.</summary>
internal static class StatisticsPageEndpoints
{
    public static IEndpointRouteBuilder MapVigilStatisticsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/statistics", ShowAsync).WithTags("Ui").ExcludeFromDescription().RequireAuthorization(VigilPolicies.Statistics);
        return app;
    }

    private static async Task<RazorComponentResult<StatisticsPage>> ShowAsync(
        SharedStatisticsPass statistics,
        TimeProvider time,
        CancellationToken cancellationToken,
        int? year = null,
        bool comparePrevious = false)
    {
        var chosen = year ?? time.GetUtcNow().Year;
        ReportEndpoints.Range("year", chosen, ReportBuilder.MinYear, ReportBuilder.MaxYear);
        var report = await statistics.ReportAsync(chosen, comparePrevious, cancellationToken);
        return new RazorComponentResult<StatisticsPage>(new { Report = report });
    }
}
