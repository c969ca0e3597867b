using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Security;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed partial class EndpointSecurityTests
{
    // Reviewed by hand: the only endpoints anyone may call without signing in.
    private static readonly HashSet<string> Anonymous = new(StringComparer.Ordinal)
    {
        "GET /health/live", "GET /health/ready", "GET /openapi/{documentName}.json", "GET /signin", "POST /signin", "POST /api/session",

        // The UI's static style sheet and script, which the sign-in page needs and which hold no data.
        "GET /ui/site.css", "GET /ui/workspace.js",
    };

    // API routes (and one of each HMA prefix) that anonymous callers reach with a status code, never a redirect.
    private static readonly string[] ApiPaths = ["/api/reports", "/api/users", "/api/jobs/failed", "/c/banks", "/h/hash?url=https://example.invalid/a", "/m/lookup", "/m/index/status"];

    // UI pages, where a browser is sent to the sign-in page.
    private static readonly string[] UiPaths = ["/", "/workspace/queue", "/statistics", "/account/password"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryEndpoint_AnonymousAndWrongRole_AreRefused(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        var endpoints = Enumerate(server);
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} endpoints found");
        using var anonymous = server.Anonymous();
        var clients = new Dictionary<Role, HttpClient>();
        foreach (var role in Enum.GetValues<Role>())
        {
            clients[role] = await server.SignedInAsync(role);
        }

        foreach (var path in ApiPaths)
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.Location is null, $"{path} answered {(int)response.StatusCode} to an anonymous API caller");
        }

        foreach (var path in UiPaths)
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var (method, pattern, endpoint) in endpoints)
        {
            var key = $"{method} {pattern}";
            var url = Concrete(pattern);
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                Assert.True(Anonymous.Contains(key), $"{key} allows anonymous callers but is not on the reviewed list");
                continue;
            }

            // API callers get 401; only UI pages may send a browser to the sign-in page instead.
            var refused = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.True(
                refused.StatusCode == HttpStatusCode.Unauthorized || (IsPage(endpoint) && refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("/signin", StringComparison.Ordinal)),
                $"{key} answered {(int)refused.StatusCode} to an anonymous caller");

            var policies = PoliciesOf(endpoint);
            Assert.True(policies.Count > 0, $"{key} names no policy (use {VigilPolicies.SignedIn} for any signed-in person)");
            var allowed = policies.Select(p => VigilPolicies.Roles[p]).Aggregate((a, b) => [.. a.Intersect(b)]);
            foreach (var role in Enum.GetValues<Role>().Except(allowed))
            {
                var response = await clients[role].SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{key} answered {(int)response.StatusCode} to role {role}");
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryEndpoint_EachSingleScopeApiKey_RefusedUnlessItsPolicyAdmitsTheScope(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        var endpoints = Enumerate(server).Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        foreach (var scope in Enum.GetValues<ApiScopes>().Where(s => s != ApiScopes.None))
        {
            using var client = server.WithApiKey(await server.ApiKeyAsync(scope));
            var reached = 0;
            foreach (var (method, pattern, endpoint) in endpoints)
            {
                var key = $"{method} {pattern}";
                var policies = PoliciesOf(endpoint);
                var admitted = policies.Count > 0 && policies.All(p => VigilPolicies.ScopeOf(p) == scope);
                Assert.False(admitted && IsPage(endpoint), $"{key} is a UI page but admits API keys with scope {scope}");
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Concrete(pattern)));
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                Assert.True(admitted != refused, $"{key} answered {(int)response.StatusCode} to an API key with scope {scope} (policies {string.Join(", ", policies)})");
                Assert.Null(response.Headers.Location);
                reached += admitted ? 1 : 0;
            }

            Assert.True(reached > 0, $"no endpoint admits scope {scope}");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApiKeys_Scopes_HoldPerEndpoint(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var lookup = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.LookupHashes));
        using var submit = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        using var forged = server.WithApiKey("vgl_" + new string('A', 43));
        var hashUrl = "/api/lookup/sha256/" + new string('0', 64);
        var json = () => new StringContent("""{"urls":["https://example.invalid/x"]}""", System.Text.Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.OK, (await lookup.GetAsync(hashUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lookup.PostAsync("/api/reports", json())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await submit.PostAsync("/api/reports", json())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submit.GetAsync(hashUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submit.GetAsync("/api/reports/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submit.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submit.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(hashUrl)).StatusCode);
    }

    private static bool IsPage(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true };

    private static List<string> PoliciesOf(RouteEndpoint endpoint) =>
        [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>()];

    private static List<(string Method, string Pattern, RouteEndpoint Endpoint)> Enumerate(ServerHost server) =>
        [.. server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'), e)))];

    private static string Concrete(string pattern) => RouteParameter().Replace(pattern, m => m.Groups[1].Value switch
    {
        "hex" => new string('0', 64),
        "documentName" => "v1",
        _ => "1",
    });

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
