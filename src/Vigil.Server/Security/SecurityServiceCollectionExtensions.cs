using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Vigil.Core.Accounts;

namespace Vigil.Server.Security;

internal static class SecurityServiceCollectionExtensions
{
    public const string Scheme = "Vigil";

    /// <summary>Cookie sign-in for people, API keys for platforms, one policy per capability.</summary>
    public static IServiceCollection AddVigilSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "vigil.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        // An endpoint that names no policy admits signed-in people only: an API key carries scopes, never a role, so
        // it can reach nothing but the endpoints whose policy names its scope.
        var people = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Enum.GetNames<Role>()).Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(people)
            .SetFallbackPolicy(people)
            .AddPolicy(VigilPolicies.SignedIn, p => Roles(p, VigilPolicies.SignedIn))
            .AddPolicy(VigilPolicies.Analysts, p => Roles(p, VigilPolicies.Analysts))
            .AddPolicy(VigilPolicies.Seniors, p => Roles(p, VigilPolicies.Seniors))
            .AddPolicy(VigilPolicies.Administrators, p => Roles(p, VigilPolicies.Administrators))
            .AddPolicy(VigilPolicies.Auditors, p => Roles(p, VigilPolicies.Auditors))
            .AddPolicy(VigilPolicies.Statistics, p => Roles(p, VigilPolicies.Statistics))
            .AddPolicy(VigilPolicies.SubmitReports, p => RolesOrScope(p, VigilPolicies.SubmitReports))
            .AddPolicy(VigilPolicies.LookupHashes, p => RolesOrScope(p, VigilPolicies.LookupHashes))
            .AddPolicy(VigilPolicies.ReadLists, p => RolesOrScope(p, VigilPolicies.ReadLists))
            .AddPolicy(VigilPolicies.ManageLists, p => RolesOrScope(p, VigilPolicies.ManageLists));
        return services;
    }

    private static void Roles(AuthorizationPolicyBuilder policy, string name) =>
        policy.RequireAuthenticatedUser().RequireRole(VigilPolicies.Roles[name].Select(r => r.ToString()));

    private static void RolesOrScope(AuthorizationPolicyBuilder policy, string name)
    {
        var roles = VigilPolicies.Roles[name].Select(r => r.ToString()).ToArray();
        var scope = VigilPolicies.ScopeOf(name).ToString();
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            roles.Any(context.User.IsInRole) || context.User.HasClaim(VigilClaims.Scope, scope));
    }

    // API callers get a status code (never a redirect); browsers on UI pages go to the sign-in page.
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!UiPages.IsPage(context.HttpContext) || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static ClaimsPrincipal PrincipalFor(User user)
    {
        List<Claim> claims =
        [
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(VigilClaims.Actor, $"user:{user.UserName}"),
        ];
        if (user.MustChangePassword)
        {
            claims.Add(new Claim(VigilClaims.MustChangePassword, "true"));
        }

        return new(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
