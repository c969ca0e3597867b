using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Persistence.Vault;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed class BadInputTests
{
    private const string ReportJson = """{"urls":["https://example.org/a"]}""";

    /// <summary>Every case on every provider.</summary>
    public static IEnumerable<object[]> Cases() =>
        TestDatabase.Providers.SelectMany(provider => Kinds().Select(kind => (object[])[provider[0], .. kind]));

    private static IEnumerable<object[]> Kinds()
    {
        yield return ["oversized", 413, "files[1]"];
        yield return ["text-file", 415, "files[0]"];
        yield return ["declared-text", 415, "files[0]"];
        yield return ["path-trick", 400, "files[0]"];
        yield return ["backslash-trick", 400, "files[0]"];
        yield return ["malformed-json", 400, "report"];
        yield return ["invalid-url", 400, "urls[0]"];
        yield return ["ftp-url", 400, "urls[0]"];
        yield return ["wrong-content-type", 415, "Content-Type"];
        yield return ["bad-enum", 400, "source"];
        yield return ["enum-list", 400, "source"];
        yield return ["empty-report", 400, "urls"];
        yield return ["page-size", 400, "pageSize"];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_BadInput_ProblemDetailsNamesTheFieldAndVaultKeepsNothing(DatabaseProvider provider, string kind, int status, string field)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        using var analyst = await server.SignedInAsync(Role.Analyst);
        var png = TestPng.GradientPng(32, 32, 9);
        using HttpContent? content = kind switch
        {
            "oversized" => Submissions.Multipart(ReportJson, (png, "ok.png", "image/png"), (TestPng.PatternPng(900, 900, 1), "big.png", "image/png")),
            "text-file" => Submissions.Multipart(ReportJson, ("plain neutral text"u8.ToArray(), "notes.png", "image/png")),
            "declared-text" => Submissions.Multipart(ReportJson, (png, "a.png", "text/html")),
            "path-trick" => Submissions.Multipart(ReportJson, (png, "../../etc/cron.d/x.png", "image/png")),
            "backslash-trick" => Submissions.Multipart(ReportJson, (png, "..\\..\\windows\\x.png", "image/png")),
            "malformed-json" => Submissions.Multipart("""{"urls":["https://example.org/a"]""", (png, "a.png", "image/png")),
            "invalid-url" => new StringContent("""{"urls":["javascript:alert(1)"]}""", Encoding.UTF8, "application/json"),
            "ftp-url" => new StringContent("""{"urls":["ftp://example.org/x"]}""", Encoding.UTF8, "application/json"),
            "wrong-content-type" => new StringContent("urls=https://example.org", Encoding.UTF8, "text/plain"),
            "bad-enum" => new StringContent("""{"source":"nobody","urls":["https://example.org/a"]}""", Encoding.UTF8, "application/json"),
            "enum-list" => new StringContent("""{"source":"public,platform","urls":["https://example.org/a"]}""", Encoding.UTF8, "application/json"),
            "empty-report" => new StringContent("{}", Encoding.UTF8, "application/json"),
            _ => null,
        };

        var response = content is null
            ? await analyst.GetAsync("/api/reports?pageSize=0")
            : await client.PostAsync("/api/reports", content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        var vault = new FolderVaultBlobStore(server.VaultFolder);
        Assert.Empty(vault.TemporaryFiles());
        Assert.Empty(vault.StoredFiles());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReport_BodyOverServerLimit_Refused413(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider, new Dictionary<string, string?> { ["Vigil:Intake:MaxRequestBytes"] = "2000000" });
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        var files = Enumerable.Range(0, 4).Select(i => (TestPng.PatternPng(500, 500, i), $"f{i}.png", "image/png")).ToArray();

        var response = await client.PostAsync("/api/reports", Submissions.Multipart(ReportJson, files));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(new FolderVaultBlobStore(server.VaultFolder).TemporaryFiles());
    }
}
