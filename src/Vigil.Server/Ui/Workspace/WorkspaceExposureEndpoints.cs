using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Core.Statistics.Csv;
using Vigil.Server.Errors;
using Vigil.Server.Security;
using Vigil.Server.Ui.Layout;
using Vigil.Server.Ui.Workspace.Components;

namespace Vigil.Server.Ui.Workspace;

/// <summary>The personal exposure page, breaks, the view settings page, and the CSV export of assessments.</summary>
internal static class WorkspaceExposureEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/me", MeAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/me/break", BreakAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapGet("/settings", SettingsPageAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapPost("/settings", SettingsAsync).RequireAuthorization(VigilPolicies.Analysts);
        group.MapGet("/export/assessments.csv", ExportAsync).RequireAuthorization(VigilPolicies.Seniors);
    }

    private static async Task<RazorComponentResult<ExposurePage>> MeAsync(HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, ExposureLog exposure, CancellationToken cancellationToken)
    {
        var actor = VigilClaims.ActorOf(context.User);
        return new RazorComponentResult<ExposurePage>(new
        {
            Viewer = await WorkspaceEndpoints.ViewerAsync(context, antiforgery, exposure, cancellationToken),
            Today = await exposure.SummaryAsync(actor, TimeSpan.FromHours(24), cancellationToken),
            Month = await exposure.SummaryAsync(actor, TimeSpan.FromDays(30), cancellationToken),
            BreakAfter = workspace.Options.BreakAfterMinutes,
            workspace.Options.MaxSecondsPerItem,
        });
    }

    private static async Task<RazorComponentResult<SettingsPage>> SettingsPageAsync(
        HttpContext context, IAntiforgery antiforgery, WorkspaceService workspace, ExposureLog exposure, bool saved = false, CancellationToken cancellationToken = default)
    {
        var name = context.User.Identity?.Name ?? VigilClaims.ActorOf(context.User);
        var own = await workspace.OwnViewSettingsAsync(name, cancellationToken);
        var (blur, greyscale) = await workspace.ViewSettingsAsync(name, cancellationToken);
        return new RazorComponentResult<SettingsPage>(new
        {
            Viewer = await WorkspaceEndpoints.ViewerAsync(context, antiforgery, exposure, cancellationToken),
            OwnBlur = own?.Blur,
            OwnGreyscale = own?.Greyscale,
            Blur = blur,
            Greyscale = greyscale,
            workspace.Options.DefaultBlur,
            workspace.Options.DefaultGreyscale,
            Saved = saved,
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

        // Each setting is the organisation default (stored as null) or the analyst's own value.
        var form = await context.Request.ReadFormAsync(cancellationToken);
        int? blur = null;
        if (form["blurMode"].ToString() is not ("default" or "own"))
        {
            throw new RequestValidationException("blurMode", "blurMode must be 'default' or 'own'.");
        }

        if (form["blurMode"] == "own")
        {
            if (!int.TryParse(form["blur"], NumberStyles.None, CultureInfo.InvariantCulture, out var own) || own > WorkspaceOptions.MaxBlur)
            {
                throw new RequestValidationException("blur", $"blur must be 0..{WorkspaceOptions.MaxBlur}.");
            }

            blur = own;
        }

        bool? greyscale = form["greyscale"].ToString() switch
        {
            "default" => null,
            "on" => true,
            "off" => false,
            _ => throw new RequestValidationException("greyscale", "greyscale must be 'default', 'on' or 'off'."),
        };
        var name = context.User.Identity?.Name ?? VigilClaims.ActorOf(context.User);
        await workspace.SaveViewSettingsAsync(name, blur, greyscale, cancellationToken);
        return Results.Redirect("/workspace/settings?saved=true");
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
