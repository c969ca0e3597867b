using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Core.Provenance;
using Vigil.Core.Reports;
using Vigil.Core.Vault;
using Vigil.Server.Errors;
using Vigil.Server.Security;
using Vigil.Server.Ui.Layout;
using Vigil.Server.Ui.Workspace.Components;
using Vigil.Media.Images;
using Vigil.Media.Previews;
using Vigil.Server.Ui.Workspace.Previews;

namespace Vigil.Server.Ui.Workspace;

/// <summary>The item view, its server-rendered previews, the audited reveal and the original (only after a reveal).</summary>
internal static class WorkspaceItemEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/items/{itemId:long}", ItemAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapGet("/items/{itemId:long}/preview", PreviewAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/items/{itemId:long}/reveal", RevealAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/items/{itemId:long}/left", LeftAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapGet("/items/{itemId:long}/original", OriginalAsync).RequireAuthorization(VigilPolicies.Analysts);
    }

    private static async Task<IResult> ItemAsync(
        long itemId, long report, HttpContext context, IAntiforgery antiforgery, IReportStore reports, WorkspaceService workspace, ExposureLog exposure,
        IItemSignalSource signalSource, IWorkspaceStore store, IPreviewRenderer renderer, MediaVault vault, IProvenanceStore provenance, bool show = false, string? verify = null, string? error = null, CancellationToken cancellationToken = default)
    {
        var item = await reports.GetItemAsync(itemId, cancellationToken);
        var found = await reports.GetAsync(report, cancellationToken);
        if (item is null || found is null || !found.Sightings.Any(s => s.ItemId == itemId))
        {
            return Results.NotFound();
        }

        var actor = VigilClaims.ActorOf(context.User);
        var viewer = await WorkspaceEndpoints.ViewerAsync(context, antiforgery, exposure, cancellationToken);
        WorkspaceAssessment? initial = null;
        var mode = ItemMode.Assess;
        PriorGrade? prior = null;
        if (verify is { Length: > 0 and <= WorkspaceAssessment.IdMaxLength })
        {
            if (!viewer.IsSenior)
            {
                return Results.Forbid();
            }

            initial = await store.GetAsync(verify, cancellationToken);
            mode = initial is { Kind: AssessmentKind.Initial } && initial.ItemId == itemId ? ItemMode.Verify : ItemMode.Assess;
        }
        else
        {
            // Never re-expose: a graded item's media stay hidden unless the analyst asks (show=true); a verified grade
            // is confirmed as it is, a grade awaiting verification pre-fills a first grading (WorkspaceService.PriorGradeAsync).
            prior = await workspace.PriorGradeAsync(itemId, report, cancellationToken);
            mode = prior is null || !workspace.Options.ConfirmWithoutMedia || show ? ItemMode.Assess
                : prior.Verified ? ItemMode.ConfirmPrior : ItemMode.ConfirmPending;
        }

        var claimHeld = await workspace.HoldsClaimAsync(itemId, actor, cancellationToken);
        var mediaShown = mode is not (ItemMode.ConfirmPrior or ItemMode.ConfirmPending);
        var viewId = mediaShown ? await exposure.ShownAsync(actor, itemId, cancellationToken) : 0;
        if (mediaShown)
        {
            await context.AuditMediaViewAsync("item.page.viewed", itemId);
        }

        var (blur, greyscale) = await workspace.ViewSettingsAsync(context.User.Identity?.Name ?? actor, cancellationToken);
        var signals = (await signalSource.SignalsAsync([itemId], cancellationToken)).GetValueOrDefault(itemId) ?? ItemSignals.None;
        var view = new ItemView(
            item,
            found,
            mode,
            claimHeld,
            await exposure.RevealActiveAsync(actor, itemId, cancellationToken),
            blur,
            greyscale,
            prior,
            initial,
            await workspace.HistoryAsync(itemId, cancellationToken),
            signals,
            [.. (await workspace.ReportsOfItemAsync(itemId, cancellationToken)).Where(r => r != report)],
            await workspace.NearDuplicatesAsync(itemId, cancellationToken),
            error is { Length: <= 300 } ? error : null)
        {
            Provenance = await provenance.GetAsync(itemId, cancellationToken),
            ViewId = viewId,
        };
        if (view.IsVideo && !view.MediaHidden && !view.Revealed)
        {
            view = view with { Frames = await VideoStrip.RenderAsync(renderer, vault, item, view.Style, context.RequestServices.GetRequiredService<ScratchFolder>(), cancellationToken) };
            if (view.Frames.Count > 0)
            {
                await context.AuditMediaViewAsync("item.strip.viewed", itemId);
            }
        }

        return new RazorComponentResult<ItemPage>(new { Viewer = viewer, View = view, Radius = workspace.Options.PdqRadius });
    }

    private static async Task<IResult> PreviewAsync(
        long itemId, HttpContext context, IReportStore reports, MediaVault vault, WorkspaceService workspace, IPreviewRenderer renderer, CancellationToken cancellationToken)
    {
        var item = await reports.GetItemAsync(itemId, cancellationToken);
        var content = item is null ? null : await vault.ReadAsync(item.Sha256, cancellationToken);
        if (content is null)
        {
            return Results.NotFound();
        }

        var (blur, greyscale) = await workspace.ViewSettingsAsync(context.User.Identity?.Name ?? VigilClaims.ActorOf(context.User), cancellationToken);
        byte[] preview;
        try
        {
            preview = renderer.RenderImage(content, new PreviewStyle(blur, greyscale).Options);
        }
        catch (MediaDecodeException)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "No preview", detail: "The item cannot be previewed as an image.");
        }

        await context.AuditMediaViewAsync("item.preview.viewed", itemId);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(preview, "image/jpeg");
    }

    private static async Task<IResult> RevealAsync(long itemId, HttpContext context, IAntiforgery antiforgery, IReportStore reports, ExposureLog exposure, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (await reports.GetItemAsync(itemId, cancellationToken) is null || !long.TryParse(form["report"], System.Globalization.CultureInfo.InvariantCulture, out var report))
        {
            return Results.NotFound();
        }

        await context.AuditAsync(audit, "item.revealed", $"item:{itemId}");
        await exposure.RevealedAsync(VigilClaims.ActorOf(context.User), itemId, cancellationToken);
        return Results.Redirect($"/workspace/items/{itemId}?report={report}&show=true");
    }

    // The page reports leaving (navigator.sendBeacon on pagehide) so that the viewing ends there (ExposureLog.LeftAsync).
    private static async Task<IResult> LeftAsync(long itemId, HttpContext context, IAntiforgery antiforgery, ExposureLog exposure, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!long.TryParse(form["view"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var viewId) || viewId < 1)
        {
            throw new RequestValidationException("view", "view must be the id of the page's viewing.");
        }

        await exposure.LeftAsync(VigilClaims.ActorOf(context.User), itemId, viewId, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> OriginalAsync(long itemId, HttpContext context, IReportStore reports, MediaVault vault, ExposureLog exposure, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await exposure.RevealActiveAsync(VigilClaims.ActorOf(context.User), itemId, cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not revealed", detail: "The original is served only after a recorded reveal.");
        }

        var item = await reports.GetItemAsync(itemId, cancellationToken);
        var content = item is null ? null : await vault.ReadAsync(item.Sha256, cancellationToken);
        if (item is null || content is null)
        {
            return Results.NotFound();
        }

        await context.AuditAsync(audit, "item.original.served", $"item:{itemId}");
        context.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(content, item.MediaType);
    }
}
