using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Vigil.Core;
using Vigil.Core.Accounts;
using Vigil.Core.Audit;
using Vigil.Server.Errors;
using Vigil.Server.Security;

namespace Vigil.Server.Api.Accounts;

/// <summary>Sessions (sign-in with password + TOTP), users and API keys.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapVigilAccounts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Accounts");
        group.MapPost("/session", SignInAsync).AllowAnonymous().WithName("SignIn").ProducesProblem(401);
        group.MapPost("/session/end", SignOutAsync).RequireAuthorization(VigilPolicies.SignedIn).WithMetadata(PasswordChangeGate.Exempt).WithName("SignOut");
        group.MapPost("/account/password", ChangePasswordAsync).RequireAuthorization(VigilPolicies.SignedIn).WithMetadata(PasswordChangeGate.Exempt).WithName("ChangePassword").ProducesProblem(400);
        group.MapGet("/users", ListUsersAsync).RequireAuthorization(VigilPolicies.Administrators).WithName("ListUsers");
        group.MapPost("/users", CreateUserAsync).RequireAuthorization(VigilPolicies.Administrators).WithName("CreateUser");
        group.MapPost("/apikeys", CreateApiKeyAsync).RequireAuthorization(VigilPolicies.Administrators).WithName("CreateApiKey");
        return app;
    }

    internal static async Task<bool> TrySignInAsync(HttpContext context, AccountService accounts, IAuditLog audit, string userName, string password, string? code)
    {
        var (outcome, user) = await accounts.SignInAsync(userName, password, code, context.RequestAborted);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var actor = user is not null ? $"user:{user.UserName}" : "anonymous";
        await audit.AppendAsync(new AuditEntry(actor, outcome == SignInOutcome.Succeeded ? "signin.succeeded" : $"signin.{outcome.ToString().ToLowerInvariant()}", "session", address), context.RequestAborted);
        if (user is null)
        {
            return false;
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SecurityServiceCollectionExtensions.PrincipalFor(user));
        return true;
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, HttpContext context, AccountService accounts, IAuditLog audit)
    {
        if (request.UserName is not { Length: > 0 and <= User.UserNameMaxLength } || request.Password is not { Length: > 0 and <= 256 } || request.Code is { Length: > 10 })
        {
            throw new RequestValidationException("userName", "userName (1..64), password (1..256) and code (6 digits) are required.");
        }

        return await TrySignInAsync(context, accounts, audit, request.UserName, request.Password, request.Code)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: "The user name, password or code is wrong, or the account is locked.");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAuditLog audit)
    {
        await context.AuditAsync(audit, "signout", "session");
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }

    private static async Task<IResult> ChangePasswordAsync(ChangePasswordRequest request, HttpContext context, AccountService accounts, IAuditLog audit)
    {
        if (request.CurrentPassword is not { Length: > 0 and <= AccountService.MaxPasswordLength })
        {
            throw new RequestValidationException("currentPassword", $"'currentPassword' (1..{AccountService.MaxPasswordLength} characters) is required.");
        }

        return await TryChangePasswordAsync(context, accounts, audit, request.CurrentPassword, request.NewPassword ?? string.Empty) switch
        {
            null => Results.NoContent(),
            var (field, detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Password not changed", detail: detail, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field }),
        };
    }

    /// <summary>
    /// Changes the signed-in user's password (audited either way) and renews the session cookie without the
    /// must-change flag; returns null, or the field at fault and a sentence.
    /// </summary>
    internal static async Task<(string Field, string Detail)?> TryChangePasswordAsync(HttpContext context, AccountService accounts, IAuditLog audit, string currentPassword, string newPassword)
    {
        var userName = context.User.Identity?.Name ?? string.Empty;
        try
        {
            AccountService.CheckNewPassword(currentPassword, newPassword);
        }
        catch (AccountException e)
        {
            return ("newPassword", e.Message);
        }

        if (!await accounts.ChangePasswordAsync(userName, currentPassword, newPassword, context.RequestAborted))
        {
            await context.AuditAsync(audit, "password.change.refused", $"user:{userName}");
            return ("currentPassword", "The current password is wrong.");
        }

        await context.AuditAsync(audit, "password.changed", $"user:{userName}");
        if (await context.RequestServices.GetRequiredService<IUserStore>().FindAsync(userName, context.RequestAborted) is { } user)
        {
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SecurityServiceCollectionExtensions.PrincipalFor(user));
        }

        return null;
    }

    private static async Task<IResult> ListUsersAsync(IUserStore users, CancellationToken cancellationToken) =>
        Results.Ok((await users.ListAsync(cancellationToken)).Select(u => new { u.UserName, Role = u.Role.ToString(), u.Disabled, Locked = u.LockedUntil is not null, u.CreatedAt }));

    private static async Task<IResult> CreateUserAsync(CreateUserRequest request, HttpContext context, AccountService accounts, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!EnumNames.TryParse<Role>(request.Role, out var role))
        {
            throw new RequestValidationException("role", $"'role' must be one of: {EnumNames.List<Role>()}.");
        }

        var created = await accounts.CreateAsync(request.UserName ?? string.Empty, role, request.Password, cancellationToken);
        await context.AuditAsync(audit, "user.created", $"user:{created.User.UserName}");
        return Results.Created($"/api/users/{created.User.UserName}", new CreatedUserDto(created.User.UserName, role.ToString(), request.Password is null ? created.Password : null, created.TotpUri));
    }

    private static async Task<IResult> CreateApiKeyAsync(CreateApiKeyRequest request, HttpContext context, ApiKeyService keys, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (request.Scopes is null || request.Scopes.Count is 0 or > 10)
        {
            throw new RequestValidationException("scopes", "'scopes' lists 1..10 of: submit, lookup, lists.");
        }

        var issued = await keys.CreateAsync(request.Name ?? string.Empty, ApiKeyService.ParseScopes(request.Scopes), cancellationToken);
        await context.AuditAsync(audit, "apikey.created", $"apikey:{issued.Key.Id}");
        return Results.Created($"/api/apikeys/{issued.Key.Id}", new CreatedApiKeyDto(issued.Key.Id, issued.Key.Name, issued.Secret, [.. request.Scopes]));
    }
}
