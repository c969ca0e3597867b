using Vigil.Core.Audit;
using Vigil.Core.Hashing;
using Vigil.Core.Matching;
using Vigil.Core.Reports;
using Vigil.Server.Api.Reports;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Matching;

/// <summary>Vigil's own matching endpoints: a hash to its matches, a file to its hashes and matches, an item's stored matches.</summary>
internal static class MatchEndpoints
{
    public static IEndpointRouteBuilder MapVigilMatching(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Matching");
        group.MapGet("/match", MatchHash).RequireAuthorization(VigilPolicies.LookupHashes).WithName("MatchHash").ProducesProblem(400).ProducesProblem(503);
        group.MapPost("/match/file", MatchFileAsync).RequireAuthorization(VigilPolicies.LookupHashes).WithName("MatchFile").DisableAntiforgery()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(503);
        group.MapGet("/items/{id:long}/matches", ItemMatchesAsync).RequireAuthorization(VigilPolicies.Analysts).WithName("GetItemMatches").ProducesProblem(404);
        app.MapHmaMatching();
        return app;
    }

    private static IResult MatchHash(MatchIndexHost host, string? hash, string? kind, int? radius, string? lists)
    {
        MatchRequests.RequireReady(host);
        if (string.IsNullOrWhiteSpace(hash))
        {
            throw new RequestValidationException("hash", "hash is required.");
        }

        if (!HashLookup.TryResolveKind(hash, kind, out var resolved, out var error))
        {
            throw new RequestValidationException(string.IsNullOrWhiteSpace(kind) ? "hash" : "kind", error);
        }

        var r = MatchRequests.Radius(radius, host.Options);
        var filter = host.Filter(MatchRequests.Lists(host, lists, "lists"));
        var matches = HashLookup.Find(host, resolved, hash, r, filter);
        return Results.Ok(new HashMatchesDto(
            Core.HashLists.HashValues.Name(resolved),
            hash.Trim().ToLowerInvariant(),
            resolved == Core.HashLists.HashListEntryKind.Pdq ? r : null,
            [.. matches.Select(MatchDto.From)]));
    }

    private static async Task<IResult> MatchFileAsync(
        HttpContext context, MatchIndexHost host, IntakeOptions intake, CancellationToken cancellationToken, int? radius = null, bool dihedral = false, string? lists = null)
    {
        MatchRequests.RequireReady(host);
        var r = MatchRequests.Radius(radius, host.Options);
        var filter = host.Filter(MatchRequests.Lists(host, lists, "lists"));
        var (_, content) = await UploadReader.ReadSingleAsync(context.Request, intake, cancellationToken);
        // Video frames need ffmpeg over a file; an uploaded video is matched by its digests here and by vPDQ once
        // submitted as a report (the pipeline's hash step).
        var hasher = new FileHasher(new FileHasherOptions { Dihedral = dihedral, Video = null });
        using var stream = new MemoryStream(content, writable: false);
        var file = await hasher.HashStreamAsync(stream, cancellationToken);
        if (file.Digests is not { } digests)
        {
            throw new RequestValidationException("file", file.Error ?? "The file could not be read.");
        }

        var matches = HashLookup.FindFile(host, file, r, filter);
        return Results.Ok(new FileMatchesDto(
            Vigil.Media.Sniffing.MediaSniffer.AcceptedMimeType(content) ?? "application/octet-stream",
            digests.Sha256,
            digests.Md5,
            digests.Sha1,
            file.Pdq?.Hash.ToString(),
            file.Pdq?.Quality,
            [.. matches.Select(MatchDto.From)]));
    }

    private static async Task<IResult> ItemMatchesAsync(long id, HttpContext context, IReportStore reports, IMatchingStore store, IAuditLog audit, CancellationToken cancellationToken)
    {
        _ = await reports.GetItemAsync(id, cancellationToken)
            ?? throw new RequestValidationException("id", $"No item {id}.", StatusCodes.Status404NotFound);
        var matches = await store.GetItemMatchesAsync(id, cancellationToken);
        await context.AuditAsync(audit, "item.matches.viewed", $"item:{id}");
        return Results.Ok(matches.Select(StoredMatchDto.From).ToList());
    }
}
