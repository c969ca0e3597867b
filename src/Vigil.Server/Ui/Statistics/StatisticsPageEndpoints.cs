using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Statistics.Reporting;
using Vigil.Server.Api.Reports;
using Vigil.Server.Api.Statistics;
using Vigil.Server.Security;

namespace Vigil.Server.Ui.Statistics;

/// <summary>
/// The statistics dashboard: the figures and charts of a year (<c>?year=</c>) or of any chosen period
/// (<c>?from=&amp;to=</c>, UTC days), for the roles that may read statistics.
/// </summary>
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
        string? from = null,
        string? to = null,
        bool comparePrevious = false)
    {
        StatisticsReport report;
        if (from is not null || to is not null)
        {
            report = await statistics.ReportAsync(PeriodQuery.Parse(from, to), comparePrevious, cancellationToken);
        }
        else
        {
            var chosen = year ?? time.GetUtcNow().Year;
            ReportEndpoints.Range("year", chosen, ReportBuilder.MinYear, ReportBuilder.MaxYear);
            report = await statistics.ReportAsync(chosen, comparePrevious, cancellationToken);
        }

        return new RazorComponentResult<StatisticsPage>(new { Report = report });
    }
}
