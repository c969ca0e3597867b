using Microsoft.AspNetCore.Http.Features;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.HashLists;

/// <summary>
/// Vigil's own list endpoints under /api/lists: analysts read, senior analysts and administrators change (API keys
/// with the <c>lists</c> scope do both). Changes go through <see cref="HashListService"/>, which audits them.
/// </summary>
internal static class ListEndpoints
{
    public static IEndpointRouteBuilder MapVigilLists(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lists").WithTags("Lists");
        group.MapGet("/", ListAsync).RequireAuthorization(VigilPolicies.ReadLists).WithName("ListLists");
        group.MapPost("/", CreateAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("CreateList").ProducesProblem(400).ProducesProblem(409);
        group.MapGet("/{name}", GetAsync).RequireAuthorization(VigilPolicies.ReadLists).WithName("GetList").ProducesProblem(404);
        group.MapPut("/{name}", UpdateAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("UpdateList").ProducesProblem(400).ProducesProblem(404);
        group.MapDelete("/{name}", DeleteAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("DeleteList").ProducesProblem(404);
        group.MapGet("/{name}/entries", EntriesAsync).RequireAuthorization(VigilPolicies.ReadLists).WithName("ListEntries").ProducesProblem(400).ProducesProblem(404);
        group.MapPost("/{name}/entries", AddEntryAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("AddEntry").ProducesProblem(400).ProducesProblem(404);
        group.MapDelete("/{name}/entries/{id:long}", RemoveEntryAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("RemoveEntry").ProducesProblem(404);
        group.MapPut("/{name}/entries/{id:long}/disabled", DisableEntryAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("DisableEntry").ProducesProblem(404);
        group.MapPost("/{name}/import", ImportAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("ImportList")
            .Accepts<IFormFile>("application/octet-stream").ProducesProblem(400).ProducesProblem(404).ProducesProblem(413);
        group.MapGet("/{name}/export", ExportAsync).RequireAuthorization(VigilPolicies.ReadLists).WithName("ExportList").ProducesProblem(400).ProducesProblem(404);
        return app;
    }

    internal static HashListActor ActorOf(HttpContext context) =>
        new(VigilClaims.ActorOf(context.User), context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async Task<IResult> ListAsync(HashListService lists, CancellationToken cancellationToken) =>
        Results.Ok((await lists.ListAsync(cancellationToken)).Select(ListDto.From));

    private static async Task<IResult> CreateAsync(NewListRequest request, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        var list = await lists.CreateAsync(request.Name ?? string.Empty, request.Description, request.MatchingEnabledRatio ?? 1.0, ActorOf(context), cancellationToken);
        return Results.Created($"/api/lists/{list.Name}", ListDto.From(new HashListSummary(list, 0)));
    }

    private static async Task<IResult> GetAsync(string name, HashListService lists, CancellationToken cancellationToken) =>
        Results.Ok(ListDto.From(await lists.GetSummaryAsync(name, cancellationToken)));

    private static async Task<IResult> UpdateAsync(string name, ListChangeRequest request, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        await lists.UpdateAsync(name, new HashListChange(Description: request.Description, MatchingEnabledRatio: request.MatchingEnabledRatio), ActorOf(context), cancellationToken);
        return Results.Ok(ListDto.From(await lists.GetSummaryAsync(name, cancellationToken)));
    }

    private static async Task<IResult> DeleteAsync(string name, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        await lists.DeleteAsync(name, ActorOf(context), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> EntriesAsync(string name, HashListService lists, CancellationToken cancellationToken, long after = 0, int limit = 100)
    {
        var page = await lists.EntriesAsync(name, after, limit, cancellationToken);
        return Results.Ok(new EntryPageDto([.. page.Entries.Select(EntryDto.From)], page.NextAfterId));
    }

    private static async Task<IResult> AddEntryAsync(string name, NewEntryRequest request, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        if (!HashValues.TryParseKind(request.Kind ?? string.Empty, out var kind))
        {
            throw new RequestValidationException("kind", "'kind' must be pdq, vpdq, md5, sha1, sha256, model-sha256, model-autov2, model-autov3 or model-autov1.");
        }

        var record = new HashListRecord
        {
            Kind = kind,
            Value = request.Value ?? string.Empty,
            Frames = request.Frames,
            Category = request.Category,
            AiGenerated = request.Ai,
            Source = request.Source,
            Note = request.Note,
            Quality = request.Quality,
        };
        var outcome = await lists.AddEntryAsync(name, record, ActorOf(context), cancellationToken);
        var dto = EntryDto.From(outcome.Entry);
        return outcome.Changed ? Results.Created($"/api/lists/{name}/entries/{dto.Id}", dto) : Results.Ok(dto);
    }

    private static async Task<IResult> RemoveEntryAsync(string name, long id, HttpContext context, HashListService lists, CancellationToken cancellationToken) =>
        await lists.RemoveEntryAsync(name, id, ActorOf(context), cancellationToken)
            ? Results.NoContent()
            : throw new RequestValidationException("id", "No live entry with that id in the list.", StatusCodes.Status404NotFound);

    private static async Task<IResult> DisableEntryAsync(string name, long id, DisableRequest request, HttpContext context, HashListService lists, CancellationToken cancellationToken) =>
        Results.Ok(EntryDto.From(await lists.DisableEntryAsync(name, id, request.Until, ActorOf(context), cancellationToken)));

    /// <summary>The request body is the list file (any content type), streamed into one import transaction.</summary>
    private static async Task<IResult> ImportAsync(string name, string? format, HttpContext context, HashListService lists, ListsOptions options, CancellationToken cancellationToken)
    {
        var fileFormat = ListFormats.Parse(format);
        if (context.Request.ContentLength > options.MaxImportBytes)
        {
            throw new RequestValidationException("file", $"A list file is at most {options.MaxImportBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxImportBytes;
        }

        var result = await lists.ImportAsync(name, context.Request.Body, fileFormat, ActorOf(context), null, cancellationToken);
        return Results.Ok(ImportResultDto.From(result));
    }

    private static async Task ExportAsync(string name, string? format, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        var fileFormat = ListFormats.Parse(format);
        var list = await lists.GetAsync(name, cancellationToken);
        context.Response.ContentType = HashListFiles.ContentTypeOf(fileFormat);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{list.Name}.{(fileFormat == HashListFormat.Csv ? "csv" : fileFormat == HashListFormat.HmaPdq ? "txt" : "json")}\"";
        await lists.ExportAsync(name, context.Response.Body, fileFormat, cancellationToken);
    }
}
