using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Server.Errors;
using Vigil.Server.Security;
using Vigil.Server.Ui.Layout;
using Vigil.Server.Ui.Workspace.Components;

namespace Vigil.Server.Ui.Workspace;

/// <summary>
/// The analyst workspace (static SSR pages and form posts): the queue and claims here; the item view, previews and
/// reveal in <see cref="WorkspaceItemEndpoints"/>; grading in <see cref="WorkspaceGradingEndpoints"/>; exposure and
/// export in <see cref="WorkspaceExposureEndpoints"/>. Forms are read by hand, so antiforgery is checked explicitly.
/// </summary>
internal static class WorkspaceEndpoints
{
    public static IEndpointRouteBuilder MapVigilWorkspace(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/workspace").WithTags("Workspace").ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/queue", QueueAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/queue/{itemId:long}/claim", ClaimAsync).RequireAuthorization(VigilPolicies.Analysts);
        WorkspaceItemEndpoints.Map(group);
        WorkspaceGradingEndpoints.Map(group);
        WorkspaceExposureEndpoints.Map(group);
        return app;
    }

    private static async Task<IResult> QueueAsync(
        HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, ExposureLog exposure,
        string? media, bool signals = false, bool hideClaimed = false, bool taken = false, string? done = null, int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > WorkspaceService.MaxQueuePage)
        {
            throw new RequestValidationException("page", $"page must be 1..{WorkspaceService.MaxQueuePage}.");
        }

        var actor = VigilClaims.ActorOf(context.User);
        var filter = new QueueFilter(media is "image" or "video" ? media : null, signals, !hideClaimed);
        var result = await workspace.QueueAsync(actor, filter, page, cancellationToken);
        var message = taken ? "Another analyst holds that item; choose another." : done is not null ? "Saved." : null;
        return new RazorComponentResult<QueuePage>(new
        {
            Viewer = await ViewerAsync(context, antiforgery, exposure, cancellationToken),
            Result = result,
            Filter = filter,
            Message = message,
        });
    }

    private static async Task<IResult> ClaimAsync(long itemId, HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!long.TryParse(form["report"], System.Globalization.CultureInfo.InvariantCulture, out var reportId))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "report is required");
        }

        var verify = form["verify"].ToString();
        var back = verify.Length > 0 ? "/workspace/verify" : "/workspace/queue";
        if (!await workspace.ClaimAsync(itemId, VigilClaims.ActorOf(context.User), cancellationToken))
        {
            return Results.Redirect($"{back}?taken=true");
        }

        await context.AuditAsync(audit, "item.claimed", $"item:{itemId}");
        var query = verify.Length is > 0 and <= WorkspaceAssessment.IdMaxLength ? $"&verify={Uri.EscapeDataString(verify)}" : string.Empty;
        return Results.Redirect($"/workspace/items/{itemId}?report={reportId}{query}");
    }

    /// <summary>The viewer of a workspace page, with the break prompt when the analyst's exposure calls for one.</summary>
    public static async Task<UiViewer> ViewerAsync(HttpContext context, IAntiforgery antiforgery, ExposureLog exposure, CancellationToken cancellationToken)
    {
        var summary = await exposure.SummaryAsync(VigilClaims.ActorOf(context.User), TimeSpan.FromHours(24), cancellationToken);
        return UiPage.Viewer(context, antiforgery, summary.BreakDue);
    }
}
