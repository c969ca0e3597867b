using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core.Hashing;
using Vigil.Core.HashLists;
using Vigil.Core.Matching;
using Vigil.Hashing.Pdq;
using Vigil.Server.Api.Reports;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Matching;

/// <summary>
/// HMA-compatible hashing (<c>/h</c>) and matching (<c>/m</c>) endpoints with HMA's parameter names and response
/// shapes (facebook/ThreatExchange hasher-matcher-actioner, OpenMediaMatch blueprints hashing.py and matching.py),
/// so HMA clients work unchanged. Lists are HMA banks and entry ids its bank content ids. One deliberate
/// difference: Vigil never fetches a URL on a caller's behalf (a hotline's server must not download reported
/// material, nor be made to reach internal addresses); <c>url</c> is refused with 400 (here and on /c) and the upload
/// routes named. As in HMA, <c>banks</c> narrows a lookup to the named banks that exist (unknown names match nothing,
/// never an error) and <c>/m/raw_lookup</c> checks neither content's disable_until_ts nor a bank's matching ratio.
/// </summary>
internal static class HmaEndpoints
{
    public const string UrlRefusal =
        "Vigil does not fetch URLs server-side (reported material is never downloaded by the server, and a URL parameter would let callers reach internal addresses). Upload the file instead as multipart/form-data: POST /h/hash or POST /m/lookup with a part named 'photo' or 'video', POST /c/bank/NAME/content with a file part.";

    private const int MaxCompareBodyBytes = 64 * 1024;

    // HMA's PDQ signal: a comparison matches at distance 31 or less.
    private const int PdqIndexThreshold = 31;

    public static IEndpointRouteBuilder MapHmaMatching(this IEndpointRouteBuilder app)
    {
        var hashing = app.MapGroup("/h").WithTags("HMA hashing").RequireAuthorization(VigilPolicies.LookupHashes);
        hashing.MapGet("/hash", HashUrl).WithName("HmaHashUrl").ProducesProblem(400);
        hashing.MapPost("/hash", HashUploadAsync).WithName("HmaHashUpload").DisableAntiforgery().ProducesProblem(400).ProducesProblem(413);

        var matching = app.MapGroup("/m").WithTags("HMA matching").RequireAuthorization(VigilPolicies.LookupHashes);
        matching.MapGet("/raw_lookup", RawLookup).WithName("HmaRawLookup").ProducesProblem(400).ProducesProblem(503);
        matching.MapGet("/lookup", LookupGet).WithName("HmaLookup").ProducesProblem(400).ProducesProblem(503);
        matching.MapPost("/lookup", LookupPostAsync).WithName("HmaLookupUpload").DisableAntiforgery().ProducesProblem(400).ProducesProblem(413).ProducesProblem(503);
        matching.MapPost("/compare", CompareAsync).WithName("HmaCompare").DisableAntiforgery().ProducesProblem(400);
        matching.MapGet("/index/status", IndexStatus).WithName("HmaIndexStatus").ProducesProblem(400);
        return app;
    }

    private static IResult HashUrl(string? url) =>
        throw new RequestValidationException("url", string.IsNullOrEmpty(url) ? "url is required. " + UrlRefusal : UrlRefusal);

    private static async Task<IResult> HashUploadAsync(HttpContext context, IntakeOptions intake, CancellationToken cancellationToken)
    {
        var (signalTypes, file) = await HashUploadedAsync(context, intake, cancellationToken);
        return Results.Ok(Signals(signalTypes, file));
    }

    private static IResult RawLookup(MatchIndexHost host, string? signal, string? signal_type, string? banks, string? include_distance)
    {
        var (kind, value) = Signal(signal, signal_type);
        MatchRequests.RequireReady(host);
        // HMA's raw lookup answers from the index alone: "enable/disable status is NOT checked" (matching.py), neither the
        // content's disable_until_ts nor the bank's matching-enabled ratio (its /m/lookup applies both).
        var filter = host.Filter(MatchRequests.Banks(host, banks)) with { IgnoreRatio = true, IncludeDisabled = true };
        var matches = Find(host, kind, value, filter);
        return Bool(include_distance, "include_distance")
            ? Results.Ok(new JsonObject { ["matches"] = new JsonArray([.. matches.Select(m => (JsonNode)new JsonObject { ["bank_content_id"] = m.EntryId, ["distance"] = Distance(m) })]) })
            : Results.Ok(new JsonObject { ["matches"] = new JsonArray([.. matches.Select(m => (JsonNode)JsonValue.Create(m.EntryId))]) });
    }

    private static IResult LookupGet(MatchIndexHost host, string? url, string? signal, string? signal_type, string? banks, string? seed, string? bypass_coinflip)
    {
        if (!string.IsNullOrEmpty(url))
        {
            throw new RequestValidationException("url", UrlRefusal);
        }

        if (string.IsNullOrEmpty(signal) || string.IsNullOrEmpty(signal_type))
        {
            throw new RequestValidationException("signal", "Either url or both signal and signal_type are required");
        }

        var (kind, value) = Signal(signal, signal_type);
        MatchRequests.RequireReady(host);
        return Results.Ok(ByBank(Find(host, kind, value, LookupFilter(host, banks, seed, bypass_coinflip))));
    }

    private static async Task<IResult> LookupPostAsync(HttpContext context, MatchIndexHost host, IntakeOptions intake, CancellationToken cancellationToken, string? banks = null, string? seed = null, string? bypass_coinflip = null)
    {
        MatchRequests.RequireReady(host);
        var filter = LookupFilter(host, banks, seed, bypass_coinflip);
        var (signalTypes, file) = await HashUploadedAsync(context, intake, cancellationToken);
        var result = new JsonObject();
        foreach (var (name, value) in Signals(signalTypes, file))
        {
            result[name] = ByBank(Find(host, HmaSignalTypes.All[name], value, filter));
        }

        return Results.Ok(result);
    }

    private static async Task<IResult> CompareAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxCompareBodyBytes)
        {
            throw new RequestValidationException("body", $"The body is larger than {MaxCompareBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxCompareBodyBytes)
            {
                throw new RequestValidationException("body", $"The body is larger than {MaxCompareBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw new RequestValidationException("body", $"The JSON body is malformed: {e.Message}");
        }

        if (body is not JsonObject request)
        {
            throw new RequestValidationException("body", "Request input was not a dict");
        }

        var results = new JsonObject();
        foreach (var (name, node) in request)
        {
            if (node is not JsonArray pair)
            {
                throw new RequestValidationException(name, $"Comparison hashes for {name} was not a list");
            }

            if (pair.Count != 2 || pair[0]?.GetValueKind() != JsonValueKind.String || pair[1]?.GetValueKind() != JsonValueKind.String)
            {
                throw new RequestValidationException(name, "Comparison hash list length must be exactly 2");
            }

            var (kind, left) = Signal(pair[0]!.GetValue<string>(), name);
            var (_, right) = Signal(pair[1]!.GetValue<string>(), name);
            if (kind == HashListEntryKind.Vpdq)
            {
                throw new RequestValidationException(name, $"{name} does not support hash comparison");
            }

            // PDQ: a match at distance 31 or less (HMA's PDQ threshold); digests: equal or not (distance 0 or 1).
            var distance = kind == HashListEntryKind.Pdq
                ? PdqHash.Distance(PdqHash.Parse(left), PdqHash.Parse(right))
                : string.Equals(left, right, StringComparison.Ordinal) ? 0 : 1;
            var match = kind == HashListEntryKind.Pdq ? distance <= PdqIndexThreshold : distance == 0;
            results[name] = new JsonArray(match, new JsonObject { ["distance"] = distance });
        }

        return Results.Ok(results);
    }

    private static IResult IndexStatus(MatchIndexHost host, string? signal_type)
    {
        var names = HmaSignalTypes.All.Keys.ToList();
        if (signal_type is not null)
        {
            if (!HmaSignalTypes.All.ContainsKey(signal_type))
            {
                throw new RequestValidationException("signal_type", $"No such signal type '{signal_type}'");
            }

            names = [signal_type];
        }

        var status = host.Status;
        var result = new JsonObject();
        foreach (var name in names)
        {
            result[name] = status.Built
                ? new JsonObject
                {
                    ["built_to"] = (status.RefreshedAt ?? status.BuiltAt)?.ToUnixTimeSeconds() ?? -1,
                    ["present"] = true,
                    ["size"] = status.Counts.TryGetValue(HmaSignalTypes.All[name], out var n) ? n : 0,
                }
                : new JsonObject { ["built_to"] = -1, ["present"] = false, ["size"] = 0 };
        }

        return Results.Ok(result);
    }

    private static MatchFilter LookupFilter(MatchIndexHost host, string? banks, string? seed, string? bypassCoinflip)
    {
        var filter = host.Filter(MatchRequests.Banks(host, banks));
        if (seed is not null)
        {
            filter = filter with { Coinflip = MatchFilter.CoinflipFor(seed) };
        }

        return string.Equals(bypassCoinflip, "true", StringComparison.Ordinal) ? filter with { IgnoreRatio = true } : filter;
    }

    private static (HashListEntryKind Kind, string Value) Signal(string? signal, string? signalType)
    {
        if (string.IsNullOrEmpty(signalType))
        {
            throw new RequestValidationException("signal_type", "signal_type is required");
        }

        if (string.IsNullOrEmpty(signal))
        {
            throw new RequestValidationException("signal", "signal is required");
        }

        if (!HmaSignalTypes.All.TryGetValue(signalType!, out var kind))
        {
            throw new RequestValidationException("signal_type", $"No such SignalType '{signalType}'");
        }

        if (kind == HashListEntryKind.Vpdq)
        {
            return (kind, signal);
        }

        if (!HashValues.TryNormalize(kind, signal, out var value, out var error))
        {
            throw new RequestValidationException("signal", $"invalid signal: {error}");
        }

        return (kind, value);
    }

    private static IReadOnlyList<HashMatch> Find(MatchIndexHost host, HashListEntryKind kind, string value, MatchFilter filter) => kind switch
    {
        HashListEntryKind.Vpdq => throw new RequestValidationException("signal_type", "vpdq is matched per frame from an uploaded video or a report, not from a single signal"),
        _ => HashLookup.Find(host, kind, value, host.Options.Radius, filter),
    };

    private static JsonObject ByBank(IReadOnlyList<HashMatch> matches)
    {
        var result = new JsonObject();
        foreach (var group in matches.GroupBy(m => m.ListName, StringComparer.Ordinal))
        {
            result[group.Key] = new JsonArray([.. group.Select(m => (JsonNode)new JsonObject { ["bank_content_id"] = m.EntryId, ["distance"] = Distance(m) })]);
        }

        return result;
    }

    // HMA writes a distance as the similarity's pretty string: the integer for PDQ, "0" for exact digests.
    private static string Distance(HashMatch match) => match.Distance.ToString(CultureInfo.InvariantCulture);

    private static bool Bool(string? value, string field) => value?.ToLowerInvariant() switch
    {
        null or "" or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => throw new RequestValidationException(field, $"{field} must be true or false"),
    };

    private static async Task<(string[] SignalTypes, FileHashResult File)> HashUploadedAsync(HttpContext context, IntakeOptions intake, CancellationToken cancellationToken)
    {
        var (field, content) = await UploadReader.ReadSingleAsync(context.Request, intake, cancellationToken);
        if (!HmaSignalTypes.ContentTypes.TryGetValue(field, out var signalTypes))
        {
            throw new RequestValidationException("multipart", $"no such content_type: '{field}'; name the file part 'photo' or 'video'");
        }

        var hasher = new FileHasher(new FileHasherOptions { Video = null });
        using var stream = new MemoryStream(content, writable: false);
        var file = await hasher.HashStreamAsync(stream, cancellationToken);
        if (signalTypes.Contains(HmaSignalTypes.Pdq) && file.Pdq is null)
        {
            throw new RequestValidationException("photo", $"The photo could not be hashed: {file.Error ?? "not a supported image"}");
        }

        return (signalTypes, file);
    }

    private static Dictionary<string, string> Signals(string[] signalTypes, FileHashResult file)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in signalTypes)
        {
            result[name] = name == HmaSignalTypes.Pdq ? file.Pdq!.Value.Hash.ToString() : file.Digests!.Md5;
        }

        return result;
    }
}
