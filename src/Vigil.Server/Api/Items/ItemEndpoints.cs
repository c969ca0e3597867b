using Vigil.Core.Audit;
using Vigil.Core.Reports;
using Vigil.Server.Api.Reports;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Items;

/// <summary>Item status and hash look-ups.</summary>
internal static class ItemEndpoints
{
    public static IEndpointRouteBuilder MapVigilItems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Items");
        group.MapGet("/items/{id:long}", GetAsync).RequireAuthorization(VigilPolicies.Analysts).WithName("GetItem").ProducesProblem(404);
        group.MapGet("/lookup/sha256/{hex}", LookupAsync).RequireAuthorization(VigilPolicies.LookupHashes).WithName("LookupSha256").ProducesProblem(400);
        return app;
    }

    private static async Task<IResult> GetAsync(long id, HttpContext context, IReportStore reports, IAuditLog audit, CancellationToken cancellationToken)
    {
        var item = await reports.GetItemAsync(id, cancellationToken)
            ?? throw new RequestValidationException("id", $"No item {id}.", StatusCodes.Status404NotFound);
        await context.AuditAsync(audit, "item.viewed", $"item:{id}");
        return Results.Ok(ItemDto.From(item));
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
