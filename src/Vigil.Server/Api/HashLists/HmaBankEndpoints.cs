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
    /// any key holder make the server request internal addresses or pull material onto it unseen), so <c>url</c> is
    /// refused with 400 as on /h and /m, and only the upload is accepted; the file is hashed (images: PDQ; videos:
    /// vPDQ) and its signal banked, with the form's optional <c>note</c>.
    /// </summary>
    private static async Task<IResult> AddContentAsync(string name, HttpContext context, HashListService lists, FileHasher hasher, CancellationToken cancellationToken)
    {
        if (context.Request.Query.ContainsKey("url"))
        {
            throw new RequestValidationException("url", Matching.HmaEndpoints.UrlRefusal);
        }

        await lists.GetAsync(name, cancellationToken);
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        if (form?.Files is not [var file, ..])
        {
            throw new RequestValidationException("file", "Neither `url` nor multipart file upload was received");
        }

        var note = Note(form.TryGetValue("note", out var text) ? (string?)text : null);
        var signals = await HashUploadAsync(file, hasher, context.RequestServices.GetRequiredService<ScratchFolder>(), cancellationToken);
        return Results.Json(await AddSignalsAsync(name, signals, note, context, lists, cancellationToken));
    }

    private static async Task<IResult> AddSignalAsync(string name, JsonElement body, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        await lists.GetAsync(name, cancellationToken);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new RequestValidationException("body", "this endpoint expects a json object payload");
        }

        // HMA's shape is {"pdq": "HEX", ..., "note": "..."}; {"signal_type": "pdq", "value": "HEX"} is accepted too.
        string? note = null;
        var signals = new List<(string Type, string Value)>();
        if (body.TryGetProperty("signal_type", out var type) && (body.TryGetProperty("value", out var value) || body.TryGetProperty("signal", out value)))
        {
            signals.Add((type.GetString() ?? string.Empty, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()));
        }
        else
        {
            foreach (var property in body.EnumerateObject())
            {
                if (property.Name == "note")
                {
                    note = Note(property.Value);
                    continue;
                }

                signals.Add((property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
            }
        }

        if (signals.Count is 0 or > 16)
        {
            throw new RequestValidationException("signals", signals.Count == 0 ? "No signals given" : "At most 16 signals at once");
        }

        return Results.Json(await AddSignalsAsync(name, signals, note, context, lists, cancellationToken));
    }

    private static async Task<IResult> GetContentAsync(string name, long id, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        var list = await lists.GetAsync(name, cancellationToken);
        var entry = await lists.GetEntryAsync(name, id, cancellationToken);
        var query = context.Request.Query;
        var withSignals = string.Equals(query["include_signals"], "true", StringComparison.OrdinalIgnoreCase);
        var withMetadata = !query.TryGetValue("include_metadata", out var metadata) || string.Equals(metadata, "true", StringComparison.OrdinalIgnoreCase);
        return Results.Json(new HmaContentDto(
            entry.Id,
            HmaDisableUntil.ToTimestamp(entry.DisabledUntil),
            null,
            HmaBankDto.From(list),
            withSignals ? SignalsOf(entry) : null,
            withMetadata ? MetadataOf(entry) : null,
            entry.Note));
    }

    /// <summary>
    /// HMA's content update: <c>disable_until_ts</c> (0 disables permanently, 1 enables, a Unix time in seconds
    /// disables until then; at most five years ahead) and <c>note</c> (a string of at most 255 characters, empty to
    /// clear). Answers the content's BankContentConfig.
    /// </summary>
    private static async Task<IResult> UpdateContentAsync(string name, long id, JsonElement body, HttpContext context, HashListService lists, TimeProvider time, CancellationToken cancellationToken)
    {
        var list = await lists.GetAsync(name, cancellationToken);
        var entry = await lists.GetEntryAsync(name, id, cancellationToken);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new RequestValidationException("body", "this endpoint expects a json object payload");
        }

        // Both fields are checked before either is stored, so a refused request changes nothing.
        long? ts = body.TryGetProperty("disable_until_ts", out var tsValue) ? Integer(tsValue, "disable_until_ts") : null;
        if (ts < 0)
        {
            throw new RequestValidationException("disable_until_ts", "disable_until_ts must be a non-negative integer");
        }

        if (ts > time.GetUtcNow().AddDays(365 * 5).ToUnixTimeSeconds())
        {
            throw new RequestValidationException("disable_until_ts", "disable_until_ts must be less than 5 years in the future");
        }

        var setNote = body.TryGetProperty("note", out var noteValue);
        var note = setNote ? Note(noteValue) : null;
        if (ts is { } timestamp)
        {
            entry = await lists.DisableEntryAsync(name, id, HmaDisableUntil.FromTimestamp(timestamp), ListEndpoints.ActorOf(context), cancellationToken);
        }

        if (setNote)
        {
            entry = await lists.SetEntryNoteAsync(name, id, note, ListEndpoints.ActorOf(context), cancellationToken);
        }

        return Results.Json(new HmaContentConfigDto(
            entry.Id,
            HmaDisableUntil.ToTimestamp(entry.DisabledUntil),
            new Dictionary<string, string[]>(StringComparer.Ordinal),
            null,
            HmaBankDto.From(list),
            MetadataOf(entry),
            entry.Note));
    }

    private static async Task<IResult> DeleteContentAsync(string name, long id, HttpContext context, HashListService lists, CancellationToken cancellationToken) =>
        Results.Json(new { deleted = await lists.RemoveEntryAsync(name, id, ListEndpoints.ActorOf(context), cancellationToken) ? 1 : 0 });
}
