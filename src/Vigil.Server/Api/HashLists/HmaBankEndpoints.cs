using System.Text.Json;
using Vigil.Core.HashLists;
using Vigil.Core.Vault;
using Vigil.Core.Hashing;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.HashLists;

/// <summary>
/// HMA-compatible bank ("curation") endpoints under /c, with HMA's names, parameters and response shapes, so HMA
/// clients work unchanged. A bank is a Vigil list; a content id is an entry id (one signal per content).
/// Errors are HMA's <c>{"message": ...}</c> (HmaErrorFilter).
/// </summary>
internal static partial class HmaBankEndpoints
{
    public static IEndpointRouteBuilder MapHmaBanks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/c").WithTags("HMA banks").AddEndpointFilter<HmaErrorFilter>();
        group.MapGet("/banks", ListAsync).RequireAuthorization(VigilPolicies.ReadLists).WithName("HmaListBanks");
        group.MapPost("/banks", CreateAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("HmaCreateBank");
        group.MapGet("/bank/{name}", GetAsync).RequireAuthorization(VigilPolicies.ReadLists).WithName("HmaGetBank");
        group.MapPut("/bank/{name}", UpdateAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("HmaUpdateBank");
        group.MapDelete("/bank/{name}", DeleteAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("HmaDeleteBank");
        group.MapPost("/bank/{name}/content", AddContentAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("HmaAddContent").DisableAntiforgery();
        group.MapPost("/bank/{name}/signal", AddSignalAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("HmaAddSignal");
        group.MapGet("/bank/{name}/content/{id:long}", GetContentAsync).RequireAuthorization(VigilPolicies.ReadLists).WithName("HmaGetContent");
        group.MapPut("/bank/{name}/content/{id:long}", UpdateContentAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("HmaUpdateContent");
        group.MapDelete("/bank/{name}/content/{id:long}", DeleteContentAsync).RequireAuthorization(VigilPolicies.ManageLists).WithName("HmaDeleteContent");
        return app;
    }

    private static async Task<IResult> ListAsync(HashListService lists, CancellationToken cancellationToken) =>
        Results.Json((await lists.ListAsync(cancellationToken)).Select(s => HmaBankDto.From(s.List)));

    private static async Task<IResult> CreateAsync(HmaBankRequest request, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Name))
        {
            throw new RequestValidationException("name", "Missing required parameter: name");
        }

        var ratio = request.EnabledRatio ?? (request.Enabled is false ? 0.0 : 1.0);
        var list = await lists.CreateAsync(request.Name, null, ratio, ListEndpoints.ActorOf(context), cancellationToken);
        return Results.Json(HmaBankDto.From(list), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string name, HashListService lists, CancellationToken cancellationToken) =>
        Results.Json(HmaBankDto.From(await lists.GetAsync(name, cancellationToken)));

    private static async Task<IResult> UpdateAsync(string name, HmaBankRequest request, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        var ratio = request.EnabledRatio ?? (request.Enabled is { } enabled ? (enabled ? 1.0 : 0.0) : null);
        var list = await lists.UpdateAsync(name, new HashListChange(request.Name, null, ratio), ListEndpoints.ActorOf(context), cancellationToken);
        return Results.Json(HmaBankDto.From(list));
    }

    private static async Task<IResult> DeleteAsync(string name, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        // HMA answers "Done" whether or not the bank existed.
        try
        {
            await lists.DeleteAsync(name, ListEndpoints.ActorOf(context), cancellationToken);
        }
        catch (HashListException e) when (e.Error == HashListError.NotFound)
        {
        }

        return Results.Json(new HmaMessageDto("Done"));
    }

    /// <summary>
    /// HMA adds content by <c>?url=</c> or by multipart upload. Vigil never fetches a URL server-side (that would let
    /// any key holder make the server request internal addresses or pull material onto it unseen), so only the
    /// upload is accepted; the file is hashed (images: PDQ; videos: vPDQ) and its signal banked.
    /// </summary>
    private static async Task<IResult> AddContentAsync(string name, HttpContext context, HashListService lists, FileHasher hasher, CancellationToken cancellationToken)
    {
        if (context.Request.Query.ContainsKey("url"))
        {
            throw new RequestValidationException(
                "url",
                "Vigil does not fetch URLs server-side (it would let API callers make the server request arbitrary addresses); upload the file as multipart/form-data instead.",
                StatusCodes.Status422UnprocessableEntity);
        }

        await lists.GetAsync(name, cancellationToken);
        if (!context.Request.HasFormContentType || (await context.Request.ReadFormAsync(cancellationToken)).Files is not [var file, ..])
        {
            throw new RequestValidationException("file", "Neither `url` nor multipart file upload was received");
        }

        var signals = await HashUploadAsync(file, hasher, context.RequestServices.GetRequiredService<ScratchFolder>(), cancellationToken);
        return Results.Json(await AddSignalsAsync(name, signals, context, lists, cancellationToken));
    }

    private static async Task<IResult> AddSignalAsync(string name, JsonElement body, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new RequestValidationException("body", "this endpoint expects a json object payload");
        }

        // HMA's shape is {"pdq": "HEX", ...}; {"signal_type": "pdq", "value": "HEX"} is accepted too.
        var signals = new List<(string Type, string Value)>();
        if (body.TryGetProperty("signal_type", out var type) && (body.TryGetProperty("value", out var value) || body.TryGetProperty("signal", out value)))
        {
            signals.Add((type.GetString() ?? string.Empty, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()));
        }
        else
        {
            foreach (var property in body.EnumerateObject())
            {
                signals.Add((property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
            }
        }

        if (signals.Count is 0 or > 16)
        {
            throw new RequestValidationException("signals", signals.Count == 0 ? "No signals given" : "At most 16 signals at once");
        }

        return Results.Json(await AddSignalsAsync(name, signals, context, lists, cancellationToken));
    }

    private static async Task<IResult> GetContentAsync(string name, long id, HttpContext context, HashListService lists, TimeProvider time, CancellationToken cancellationToken)
    {
        var list = await lists.GetAsync(name, cancellationToken);
        var entry = await lists.GetEntryAsync(name, id, cancellationToken);
        var query = context.Request.Query;
        var withSignals = query.ContainsKey("signal_type") || string.Equals(query["include_signals"], "true", StringComparison.OrdinalIgnoreCase);
        return Results.Json(new HmaContentDto(entry.Id, list.Name, IsEnabled(entry, time), null, withSignals ? SignalsOf(entry) : null));
    }

    private static async Task<IResult> UpdateContentAsync(string name, long id, HmaContentUpdateRequest request, HttpContext context, HashListService lists, TimeProvider time, CancellationToken cancellationToken)
    {
        var list = await lists.GetAsync(name, cancellationToken);
        var entry = await lists.GetEntryAsync(name, id, cancellationToken);
        if (request.DisableUntilTs is { } ts)
        {
            var now = time.GetUtcNow();
            if (ts < 0 || ts > now.AddYears(5).ToUnixTimeSeconds())
            {
                throw new RequestValidationException("disable_until_ts", "disable_until_ts must be a non-negative integer less than 5 years in the future");
            }

            var until = ts == 0 ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeSeconds(ts);
            entry = await lists.DisableEntryAsync(name, id, until, ListEndpoints.ActorOf(context), cancellationToken);
        }

        return Results.Json(new HmaContentConfigDto(
            entry.Id, entry.DisabledUntil?.ToUnixTimeSeconds() ?? 0, new Dictionary<string, string[]>(StringComparer.Ordinal), null, HmaBankDto.From(list)));
    }

    private static async Task<IResult> DeleteContentAsync(string name, long id, HttpContext context, HashListService lists, CancellationToken cancellationToken) =>
        Results.Json(new { deleted = await lists.RemoveEntryAsync(name, id, ListEndpoints.ActorOf(context), cancellationToken) ? 1 : 0 });
}
