using Vigil.Core.Audit;
using Vigil.Core.Provenance;
using Vigil.Core.Reports;
using Vigil.Server.Api.Reports;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Items;

/// <summary>Item status, provenance evidence and hash look-ups.</summary>
internal static class ItemEndpoints
{
    public static IEndpointRouteBuilder MapVigilItems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Items");
        group.MapGet("/items/{id:long}", GetAsync).RequireAuthorization(VigilPolicies.Analysts).WithName("GetItem").ProducesProblem(404);
        group.MapGet("/items/{id:long}/provenance", GetProvenanceAsync).RequireAuthorization(VigilPolicies.Analysts).WithName("GetItemProvenance")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(404);
        group.MapGet("/lookup/sha256/{hex}", LookupAsync).RequireAuthorization(VigilPolicies.LookupHashes).WithName("LookupSha256").ProducesProblem(400);
        return app;
    }

    private static async Task<IResult> GetAsync(long id, HttpContext context, IReportStore reports, IProvenanceStore provenance, IAuditLog audit, CancellationToken cancellationToken)
    {
        var item = await reports.GetItemAsync(id, cancellationToken)
            ?? throw new RequestValidationException("id", $"No item {id}.", StatusCodes.Status404NotFound);
        var evidence = await provenance.GetAsync(id, cancellationToken);
        await context.AuditAsync(audit, "item.viewed", $"item:{id}");
        return Results.Ok(ItemDto.From(item) with { Provenance = evidence is null ? null : new ProvenanceSummaryDto(evidence.AiSignal, evidence.Generator) });
    }

    // The evidence in the `vigil inspect --format json` shape. The declared prompt (and raw values that carry it)
    // is content: shown only on request, and that request is audited as a content view.
    private static async Task<IResult> GetProvenanceAsync(long id, HttpContext context, IReportStore reports, IProvenanceStore provenance, IAuditLog audit, CancellationToken cancellationToken, bool includePrompt = false)
    {
        _ = await reports.GetItemAsync(id, cancellationToken)
            ?? throw new RequestValidationException("id", $"No item {id}.", StatusCodes.Status404NotFound);
        var evidence = await provenance.GetAsync(id, cancellationToken)
            ?? throw new RequestValidationException("id", $"Item {id} has no provenance evidence yet (it is still being processed).", StatusCodes.Status404NotFound);
        await context.AuditAsync(audit, includePrompt ? "item.prompt.viewed" : "item.provenance.viewed", $"item:{id}");
        return Results.Content(ProvenanceEvidence.ToJson(evidence, includePrompt), "application/json");
    }

    private static async Task<IResult> LookupAsync(string hex, IReportStore reports, CancellationToken cancellationToken)
    {
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new RequestValidationException("hex", "A SHA-256 is 64 hexadecimal characters.");
        }

        var item = await reports.FindItemAsync(Convert.FromHexString(hex), cancellationToken);
        return Results.Ok(new { known = item is not null, status = item?.Status.ToString() });
    }
}
