using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;
using Vigil.Server.Api.Reports;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Statistics;

/// <summary>
/// The published statistics of a year or of a chosen period, exactly as <c>vigil report</c> computes and renders them
/// (the same engine, <see cref="ReportBuilder"/> and <see cref="StatisticsReportWriter"/>), for analysts and up and auditors.
/// </summary>
internal static class StatisticsEndpoints
{
    /// <summary>Registers the shared counting pass the API and the dashboard read (after <c>AddVigilStatistics</c>).</summary>
    public static IServiceCollection AddVigilStatisticsApi(this IServiceCollection services) => services.AddSingleton<SharedStatisticsPass>();

    public static IEndpointRouteBuilder MapVigilStatistics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/statistics").WithTags("Statistics").RequireAuthorization(VigilPolicies.Statistics);
        group.MapGet("/{year:int}", GetAsync).WithName("GetStatistics");
        group.MapGet("/period", GetPeriodAsync).WithName("GetPeriodStatistics");
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
        var (reportFormat, contentType) = Format(format);
        return await RenderAsync(await statistics.ReportAsync(year, comparePrevious, cancellationToken), reportFormat, contentType, writer, cancellationToken);
    }

    private static async Task<IResult> GetPeriodAsync(
        SharedStatisticsPass statistics,
        StatisticsReportWriter writer,
        CancellationToken cancellationToken,
        string? from = null,
        string? to = null,
        bool comparePrevious = false,
        string format = "json")
    {
        var period = PeriodQuery.Parse(from, to);
        var (reportFormat, contentType) = Format(format);
        return await RenderAsync(await statistics.ReportAsync(period, comparePrevious, cancellationToken), reportFormat, contentType, writer, cancellationToken);
    }

    private static (ReportFormat Format, string ContentType) Format(string format) => format switch
    {
        "json" => (ReportFormat.Json, "application/json; charset=utf-8"),
        "csv" => (ReportFormat.Csv, "text/csv; charset=utf-8"),
        "html" => (ReportFormat.Html, "text/html; charset=utf-8"),
        _ => throw new RequestValidationException("format", "'format' must be one of: json, csv, html."),
    };

    private static async Task<IResult> RenderAsync(StatisticsReport report, ReportFormat format, string contentType, StatisticsReportWriter writer, CancellationToken cancellationToken)
    {
        // Rendered whole before the response starts, so a failure is a clean 500 and never half a report.
        using var buffer = new MemoryStream();
        await writer.WriteAsync(report, format, buffer, cancellationToken);
        return Results.Bytes(buffer.ToArray(), contentType);
    }
}
