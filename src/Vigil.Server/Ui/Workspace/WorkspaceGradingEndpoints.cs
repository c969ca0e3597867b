using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Server.Security;
using Vigil.Server.Ui.Layout;
using Vigil.Server.Ui.Workspace.Components;

namespace Vigil.Server.Ui.Workspace;

/// <summary>Grading: a first assessment, confirming an earlier grade unseen, and a senior's verification.</summary>
internal static class WorkspaceGradingEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/items/{itemId:long}/assess", AssessAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/items/{itemId:long}/confirm", ConfirmAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapGet("/verify", VerifyListAsync).RequireAuthorization(VigilPolicies.Seniors);
        group.MapPost("/verify/{assessmentId}", VerifyAsync).RequireAuthorization(VigilPolicies.Seniors);
    }

    private static async Task<IResult> AssessAsync(long itemId, HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var reportId = ReportOf(form);
        try
        {
            var facts = AssessmentFormReader.Read(form);
            var saved = await workspace.AssessAsync(itemId, reportId, VigilClaims.ActorOf(context.User), facts, cancellationToken);
            await context.AuditAsync(audit, "assessment.created", $"assessment:{saved.Id}");
            return Results.Redirect($"/workspace/queue?done={saved.Id}");
        }
        catch (Exception e) when (e is WorkspaceException or AssessmentConflictException)
        {
            return Results.Redirect($"/workspace/items/{itemId}?report={reportId}&show=true&error={Uri.EscapeDataString(e.Message)}");
        }
    }

    private static async Task<IResult> ConfirmAsync(long itemId, HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var reportId = ReportOf(await context.Request.ReadFormAsync(cancellationToken));
        try
        {
            var saved = await workspace.ConfirmPriorAsync(itemId, reportId, VigilClaims.ActorOf(context.User), cancellationToken);
            await context.AuditAsync(audit, "assessment.confirmed", $"assessment:{saved.Id}");
            return Results.Redirect($"/workspace/queue?done={saved.Id}");
        }
        catch (Exception e) when (e is WorkspaceException or AssessmentConflictException)
        {
            return Results.Redirect($"/workspace/items/{itemId}?report={reportId}&error={Uri.EscapeDataString(e.Message)}");
        }
    }

    private static async Task<RazorComponentResult<VerifyPage>> VerifyListAsync(
        HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, ExposureLog exposure, bool taken = false, string? done = null, string? error = null, CancellationToken cancellationToken = default)
    {
        return new RazorComponentResult<VerifyPage>(new
        {
            Viewer = await WorkspaceEndpoints.ViewerAsync(context, antiforgery, exposure, cancellationToken),
            Awaiting = await workspace.AwaitingVerificationAsync(cancellationToken),
            Actor = VigilClaims.ActorOf(context.User),
            Message = taken ? "Another analyst holds that item." : error is { Length: <= 300 } ? error : done is not null ? "Verified." : null,
        });
    }

    private static async Task<IResult> VerifyAsync(string assessmentId, HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var isSenior = context.User.IsInRole(nameof(Vigil.Core.Accounts.Role.SeniorAnalyst)) || context.User.IsInRole(nameof(Vigil.Core.Accounts.Role.Administrator));
        try
        {
            var facts = AssessmentFormReader.Read(form);
            var saved = await workspace.VerifyAsync(assessmentId, VigilClaims.ActorOf(context.User), isSenior, facts, cancellationToken);
            await context.AuditAsync(audit, "assessment.verified", $"assessment:{saved.Id}");
            return Results.Redirect($"/workspace/verify?done={saved.Id}");
        }
        catch (Exception e) when (e is WorkspaceException or AssessmentConflictException)
        {
            return Results.Redirect($"/workspace/verify?error={Uri.EscapeDataString(e.Message)}");
        }
    }

    private static long ReportOf(IFormCollection form) =>
        long.TryParse(form["report"], CultureInfo.InvariantCulture, out var id) ? id : 0;
}
