using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;
using Vigil.Server.Api.Reports;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Statistics;

/// <summary>
/// The published statistics of a year, exactly as <c>vigil report</c> computes and renders them (the same engine,
/// <see cref="ReportBuilder"/> and <see cref="StatisticsReportWriter"/>), for analysts and up and auditors.
/// </summary>
internal static class StatisticsEndpoints
{
    /// <summary>Registers the shared counting pass the API and the dashboard read (after <c>AddVigilStatistics</c>).</summary>
    public static IServiceCollection AddVigilStatisticsApi(this IServiceCollection services) => services.AddSingleton<SharedStatisticsPass>();

    public static IEndpointRouteBuilder MapVigilStatistics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/statistics").WithTags("Statistics").RequireAuthorization(VigilPolicies.Statistics);
        group.MapGet("/{year:int}", GetAsync).WithName("GetStatistics");
        return app;
    }

    private static async Task<IResult> GetAsync(
        int year,
        SharedStatisticsPass statistics,
        StatisticsReportWriter writer,
        CancellationToken cancellationToken,
        bool comparePrevious = false,
        string format = "json")
    {
        ReportEndpoints.Range("year", year, ReportBuilder.MinYear, ReportBuilder.MaxYear);
        var (reportFormat, contentType) = format switch
        {
            "json" => (ReportFormat.Json, "application/json; charset=utf-8"),
            "csv" => (ReportFormat.Csv, "text/csv; charset=utf-8"),
            "html" => (ReportFormat.Html, "text/html; charset=utf-8"),
            _ => throw new RequestValidationException("format", "'format' must be one of: json, csv, html."),
        };

        var report = await statistics.ReportAsync(year, comparePrevious, cancellationToken);

        // Rendered whole before the response starts, so a failure is a clean 500 and never half a report.
        using var buffer = new MemoryStream();
        await writer.WriteAsync(report, reportFormat, buffer, cancellationToken);
        return Results.Bytes(buffer.ToArray(), contentType);
    }
}
