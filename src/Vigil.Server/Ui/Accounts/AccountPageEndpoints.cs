using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Accounts;
using Vigil.Core.Audit;
using Vigil.Server.Api.Accounts;
using Vigil.Server.Security;
using Vigil.Server.Ui.Layout;

namespace Vigil.Server.Ui.Accounts;

/// <summary>The signed-in person's own account page: change the password (also while a change is due).</summary>
internal static class AccountPageEndpoints
{
    public static IEndpointRouteBuilder MapVigilAccountPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").WithTags("Ui").ExcludeFromDescription();
        group.MapGet("/password", PasswordPage).RequireAuthorization(VigilPolicies.SignedIn).WithMetadata(PasswordChangeGate.Exempt);
        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization(VigilPolicies.SignedIn).WithMetadata(PasswordChangeGate.Exempt).DisableAntiforgery();
        return app;
    }

    private static RazorComponentResult<PasswordPage> PasswordPage(HttpContext context, IAntiforgery antiforgery, bool changed = false, string? error = null) =>
        new(new
        {
            Viewer = UiPage.Viewer(context, antiforgery),
            Required = context.User.HasClaim(VigilClaims.MustChangePassword, "true"),
            Changed = changed,
            Error = error is { Length: <= 32 } ? error : null,
        });

    // Antiforgery is checked explicitly (the form is read by hand).
    private static async Task<IResult> ChangePasswordAsync(HttpContext context, IAntiforgery antiforgery, AccountService accounts, IAuditLog audit)
    {
        if (!await UiPage.FormValidAsync(context, antiforgery))
        {
            return UiPage.InvalidForm();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string current = form["currentPassword"].ToString(), next = form["newPassword"].ToString();
        if (current.Length is 0 or > AccountService.MaxPasswordLength)
        {
            return Results.Redirect($"{PasswordChangeGate.PagePath}?error=currentPassword");
        }

        if (!string.Equals(next, form["confirmPassword"].ToString(), StringComparison.Ordinal))
        {
            return Results.Redirect($"{PasswordChangeGate.PagePath}?error=confirmPassword");
        }

        return await AccountEndpoints.TryChangePasswordAsync(context, accounts, audit, current, next) is var (field, _)
            ? Results.Redirect($"{PasswordChangeGate.PagePath}?error={field}")
            : Results.Redirect($"{PasswordChangeGate.PagePath}?changed=true");
    }
}
