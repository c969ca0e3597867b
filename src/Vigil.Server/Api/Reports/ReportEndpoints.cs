using System.Globalization;
using Vigil.Core;
using Vigil.Core.Audit;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Core.Vault;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Reports;

/// <summary>Intake and reading of reports.</summary>
internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapVigilReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports");
        group.MapPost("/", SubmitAsync).RequireAuthorization(VigilPolicies.SubmitReports).WithName("SubmitReport")
            .Produces<SubmittedReportDto>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(413).ProducesProblem(415)
            .AddOpenApiOperationTransformer(SubmissionOpenApi.DescribeAsync);
        group.MapGet("/", ListAsync).RequireAuthorization(VigilPolicies.Analysts).WithName("ListReports");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(VigilPolicies.Analysts).WithName("GetReport").ProducesProblem(404);
        return app;
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context, IntakeOptions options, MediaVault vault, IReportStore reports, JobSignal jobs, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var (submission, files) = await SubmissionReader.ReadAsync(context.Request, options, cancellationToken);
        var report = SubmissionValidator.ToReport(submission, files.Count, VigilClaims.ActorOf(context.User), time.GetUtcNow());

        // Everything is validated before the first byte reaches the vault; each vault write is atomic.
        var media = new List<NewMedia>(files.Count);
        var indexes = submission.FileUrlIndexes ?? [];
        foreach (var file in files)
        {
            var (sha, _) = await vault.PutAsync(file.Content, cancellationToken);
            media.Add(new NewMedia(sha, file.Content.Length, file.MediaType, file.Index < indexes.Count ? indexes[file.Index] : null));
        }

        var result = await reports.AddAsync(report, media, HashStep.StepName, cancellationToken);
        jobs.Pulse();
        await context.AuditAsync(audit, "report.submitted", $"report:{result.ReportId}");
        var dto = new SubmittedReportDto(result.ReportId, [.. result.Items.Select(i => new SubmittedItemDto(i.ItemId, Convert.ToHexStringLower(i.Sha256), i.IsNew))]);
        return Results.Created($"/api/reports/{result.ReportId}", dto);
    }

    private static async Task<IResult> ListAsync(
        IReportStore reports, CancellationToken cancellationToken,
        int page = 1, int pageSize = 50, string? source = null, string? status = null, string? network = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        Range("page", page, 1, 1_000_000);
        Range("pageSize", pageSize, 1, ReportQuery.MaxPageSize);
        var query = new ReportQuery(
            page, pageSize, Parse<ReportSource>(source, "source"), Parse<ReportStatus>(status, "status"), Parse<WebNetwork>(network, "network"), from, to);
        var result = await reports.ListAsync(query, cancellationToken);
        return Results.Ok(new PageDto<ReportSummaryDto>([.. result.Items.Select(ReportSummaryDto.From)], result.PageNumber, result.PageSize, result.Total));
    }

    private static async Task<IResult> GetAsync(long id, HttpContext context, IReportStore reports, IAuditLog audit, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(id, cancellationToken)
            ?? throw new RequestValidationException("id", $"No report {id}.", StatusCodes.Status404NotFound);
        var items = await reports.ItemsOfReportAsync(id, cancellationToken);
        await context.AuditAsync(audit, "report.viewed", $"report:{id}");
        var positions = report.Urls.ToDictionary(u => u.Id, u => u.Position);
        return Results.Ok(new ReportDto(
            report.Id, report.Source.ToString(), report.Status.ToString(), report.ReceivedAt, report.SiteType.ToString(), report.Network.ToString(),
            report.HostingCountry, report.Description, report.SubmittedBy, [.. report.Urls.Select(u => u.Url)],
            [.. report.Sightings.Select(s => new SightingDto(s.ItemId, s.ReportUrlId is { } u ? positions[u] : null, s.SeenAt))],
            [.. items.Select(ItemDto.From)]));
    }

    internal static void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new RequestValidationException(field, string.Create(CultureInfo.InvariantCulture, $"'{field}' must be {min}..{max} (got {value})."));
        }
    }

    private static T? Parse<T>(string? value, string field)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        return EnumNames.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new RequestValidationException(field, $"'{field}' must be one of: {EnumNames.List<T>()}.");
    }
}
