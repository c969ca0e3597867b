using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Hosting;

/// <summary>
/// Reports' URLs and file names never reach a log: the real server's whole log output, in process and as the
/// separate server process an operator runs, is captured while reports with URLs and named files are submitted and
/// HMA clients pass <c>?url=</c>, and none of the distinctive strings may appear in it.
/// </summary>
public sealed class LogPrivacyTests
{
    private static readonly string[] Markers =
    [
        "reported-page-7q2w", "query-value-3k9z", "hma-hash-url-5m1x", "hma-lookup-url-8v4c", "bad-url-4n6b", "gradient-file-2h8j", "trick-name-9p3l",
    ];

    [Fact]
    public async Task InProcessServer_ReportsAndHmaUrlCalls_LogNeitherUrlsNorFileNames()
    {
        var capture = new LogCapture();
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" };
        await using (var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, settings, b => b.Logging.AddProvider(capture)))
        {
            await ExerciseAsync(server.Address, await server.ApiKeyAsync(ApiScopes.SubmitReports | ApiScopes.LookupHashes));
        }

        var log = capture.Text;
        Assert.Contains("POST /api/reports answered 201", log, StringComparison.Ordinal);
        Assert.Contains("GET /h/hash answered 400", log, StringComparison.Ordinal);
        foreach (var marker in Markers)
        {
            Assert.DoesNotContain(marker, log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ServerProcess_ReportsAndHmaUrlCalls_StdoutHasNeitherUrlsNorFileNames()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = ServerProcess.SettingsFor(database);
        settings.Remove("Logging:LogLevel:Default");
        var key = await ServerProcess.ApiKeyAsync(database, ApiScopes.SubmitReports | ApiScopes.LookupHashes);
        await using var server = await ServerProcess.StartAsync(database.DataFolder, settings);

        await ExerciseAsync(server.Address, key);
        await server.Process.TerminateAsync(TimeSpan.FromMinutes(1));

        var output = server.Process.Output;
        Assert.Contains("POST /api/reports answered 201", output, StringComparison.Ordinal);
        foreach (var marker in Markers)
        {
            Assert.DoesNotContain(marker, output, StringComparison.Ordinal);
        }
    }

    // Accepted and refused reports, named files, path tricks, HMA's url parameter, anonymous calls with the same query.
    private static async Task ExerciseAsync(Uri address, string key)
    {
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var anonymous = new HttpClient { BaseAddress = address };
        var report = """{"source":"platform","urls":["https://reported-page-7q2w.example.invalid/a?q=query-value-3k9z"],"siteType":"ImageHost"}""";
        var png = TestPng.GradientPng(64, 48, 17);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/reports", Submissions.Multipart(report, (png, "gradient-file-2h8j.png", "image/png")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/reports", new StringContent(report, Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/reports", Submissions.Multipart(report, (png, "../../trick-name-9p3l.png", "image/png")))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/reports", new StringContent("""{"urls":["ftp://bad-url-4n6b.example.invalid/x"]}""", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/h/hash?url=https://hma-hash-url-5m1x.example.invalid/image.png")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/m/lookup?url=https://hma-lookup-url-8v4c.example.invalid/image.png")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/h/hash?url=https://hma-hash-url-5m1x.example.invalid/image.png")).StatusCode);
        Assert.False((await client.GetAsync("/api/nothing-here?url=https://hma-lookup-url-8v4c.example.invalid/")).IsSuccessStatusCode);
    }
}
