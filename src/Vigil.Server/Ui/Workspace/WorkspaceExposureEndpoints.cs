using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Core.Statistics.Csv;
using Vigil.Server.Security;
using Vigil.Server.Ui.Layout;
using Vigil.Server.Ui.Workspace.Components;

namespace Vigil.Server.Ui.Workspace;

/// <summary>The personal exposure page, breaks, view settings, and the CSV export of assessments.</summary>
internal static class WorkspaceExposureEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/me", MeAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/me/break", BreakAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/me/settings", SettingsAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapGet("/export/assessments.csv", ExportAsync).RequireAuthorization(VigilPolicies.Seniors);
    }

    private static async Task<RazorComponentResult<ExposurePage>> MeAsync(HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, ExposureLog exposure, CancellationToken cancellationToken)
    {
        var actor = VigilClaims.ActorOf(context.User);
        var (blur, greyscale) = await workspace.ViewSettingsAsync(context.User.Identity?.Name ?? actor, cancellationToken);
        return new RazorComponentResult<ExposurePage>(new
        {
            Viewer = await WorkspaceEndpoints.ViewerAsync(context, antiforgery, exposure, cancellationToken),
            Today = await exposure.SummaryAsync(actor, TimeSpan.FromHours(24), cancellationToken),
            Month = await exposure.SummaryAsync(actor, TimeSpan.FromDays(30), cancellationToken),
            BreakAfter = workspace.Options.BreakAfterMinutes,
            Blur = blur,
            Greyscale = greyscale,
            DefaultBlur = workspace.Options.DefaultBlur,
            DefaultGreyscale = workspace.Options.DefaultGreyscale,
        });
    }

    private static async Task<IResult> BreakAsync(HttpContext context, IAntiforgery antiforgery, ExposureLog exposure, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        await exposure.BreakAsync(VigilClaims.ActorOf(context.User), cancellationToken);
        return Results.Redirect("/workspace/me");
    }

    private static async Task<IResult> SettingsAsync(HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, CancellationToken cancellationToken)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!int.TryParse(form["blur"], NumberStyles.None, CultureInfo.InvariantCulture, out var blur) || blur > WorkspaceOptions.MaxBlur)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid blur", detail: $"blur must be 0..{WorkspaceOptions.MaxBlur}.");
        }

        var name = context.User.Identity?.Name ?? VigilClaims.ActorOf(context.User);
        await workspace.SaveViewSettingsAsync(name, blur, form["greyscale"].ToString() == "true", cancellationToken);
        return Results.Redirect("/workspace/me");
    }

    private static async Task ExportAsync(HttpContext context, IWorkspaceStore store, IAuditLog audit, CancellationToken cancellationToken)
    {
        await context.AuditAsync(audit, "assessments.exported", "assessments");
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=assessments.csv";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false));
        await AssessmentCsvWriter.WriteAsync(writer, store.ExportAsync(cancellationToken), cancellationToken);
    }
}
