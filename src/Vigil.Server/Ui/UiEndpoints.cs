using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Accounts;
using Vigil.Core.Audit;
using Vigil.Core.Reports;
using Vigil.Server.Api.Accounts;
using Vigil.Server.Security;
using Vigil.Server.Ui.Components;
using Vigil.Server.Ui.Layout;

namespace Vigil.Server.Ui;

/// <summary>Server-rendered pages (static SSR Razor components): sign-in and the landing page.</summary>
internal static class UiEndpoints
{
    public static IEndpointRouteBuilder MapVigilUi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/").WithTags("Ui").ExcludeFromDescription();
        group.MapGet("/signin", (HttpContext context, IAntiforgery antiforgery, bool failed = false) => SignInPage(context, antiforgery, failed)).AllowAnonymous();
        group.MapPost("/signin", SignInAsync).AllowAnonymous().DisableAntiforgery();
        group.MapPost("/signout", SignOutAsync).RequireAuthorization(VigilPolicies.SignedIn).DisableAntiforgery().WithMetadata(PasswordChangeGate.Exempt);
        group.MapGet("/", HomeAsync).RequireAuthorization(VigilPolicies.SignedIn);
        group.MapGet("/ui/site.css", () => UiPage.Asset("site.css", "text/css")).AllowAnonymous();
        group.MapGet("/ui/workspace.js", () => UiPage.Asset("workspace.js", "text/javascript")).AllowAnonymous();
        return app;
    }

    private static RazorComponentResult<SignInPage> SignInPage(HttpContext context, IAntiforgery antiforgery, bool failed)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new RazorComponentResult<SignInPage>(new { Token = tokens.RequestToken ?? string.Empty, TokenField = tokens.FormFieldName, Failed = failed });
    }

    // Antiforgery is checked explicitly (the form is read by hand, so the automatic check does not apply).
    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts, IAuditLog audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid form", detail: "The form token is missing or expired; reload the page.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string userName = form["userName"].ToString(), password = form["password"].ToString(), code = form["code"].ToString();
        if (userName.Length is 0 or > User.UserNameMaxLength || password.Length is 0 or > 256 || code.Length > 10)
        {
            return Results.Redirect("/signin?failed=true");
        }

        return await AccountEndpoints.TrySignInAsync(context, accounts, audit, userName, password, code)
            ? Results.Redirect("/")
            : Results.Redirect("/signin?failed=true");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, IAuditLog audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid form", detail: "The form token is missing or expired.");
        }

        await context.AuditAsync(audit, "signout", "session");
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/signin");
    }

    private static async Task<IResult> HomeAsync(HttpContext context, IAntiforgery antiforgery, IReportStore reports, CancellationToken cancellationToken)
    {
        var all = await reports.ListAsync(new ReportQuery(1, 1), cancellationToken);
        var pending = await reports.ListAsync(new ReportQuery(1, 1, Status: ReportStatus.Received), cancellationToken);
        return new RazorComponentResult<HomePage>(new
        {
            Viewer = UiPage.Viewer(context, antiforgery),
            Reports = all.Total,
            Processing = pending.Total,
        });
    }
}
