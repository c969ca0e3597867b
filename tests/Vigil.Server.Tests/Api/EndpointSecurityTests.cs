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

    // Reviewed by hand: endpoints every signed-in role may use (no wrong role exists for them).
    private static readonly HashSet<string> AnyRole = new(StringComparer.Ordinal) { "GET /", "POST /signout", "POST /api/session/end" };

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

        foreach (var (method, pattern, endpoint) in endpoints)
        {
            var key = $"{method} {pattern}";
            var url = Concrete(pattern);
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                Assert.True(Anonymous.Contains(key), $"{key} allows anonymous callers but is not on the reviewed list");
                continue;
            }

            var refused = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            Assert.True(
                refused.StatusCode == HttpStatusCode.Unauthorized || (refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("/signin", StringComparison.Ordinal)),
                $"{key} answered {(int)refused.StatusCode} to an anonymous caller");

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            if (policies.Count == 0)
            {
                Assert.True(AnyRole.Contains(key), $"{key} has no role policy and is not on the reviewed any-role list");
                continue;
            }

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

    [Fact]
    public async Task ApiKeys_Scopes_HoldPerEndpoint()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var lookup = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.LookupHashes));
        using var submit = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        using var forged = server.WithApiKey("vgl_" + new string('A', 43));
        var hashUrl = "/api/lookup/sha256/" + new string('0', 64);
        var json = () => new StringContent("""{"urls":["https://example.org/x"]}""", System.Text.Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.OK, (await lookup.GetAsync(hashUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lookup.PostAsync("/api/reports", json())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await submit.PostAsync("/api/reports", json())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submit.GetAsync(hashUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submit.GetAsync("/api/reports/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submit.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(hashUrl)).StatusCode);
    }

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
