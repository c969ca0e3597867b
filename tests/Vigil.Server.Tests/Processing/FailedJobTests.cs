using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Api;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Processing;

/// <summary>A poisoned file ends as a visible failed job with its error, not as a job that retries for ever or vanishes.</summary>
public sealed class FailedJobTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReport_TruncatedPng_FailedJobListedWithItsError(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var platform = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        using var senior = await server.SignedInAsync(Role.SeniorAnalyst);
        var png = TestPng.GradientPng(120, 90, 8);
        byte[] good = TestPng.GradientPng(64, 64, 9), truncated = png[..(png.Length / 2)];

        var submitted = await IntakeTests.SubmitAsync(platform, Submissions.Images(good, truncated));
        var reportId = submitted.GetProperty("reportId").GetInt64();
        var brokenId = submitted.GetProperty("items")[1].GetProperty("itemId").GetInt64();
        var report = await IntakeTests.WaitProcessedAsync(senior, reportId, server);
        var failed = await senior.GetFromJsonAsync<JsonElement>("/api/jobs/failed");

        var items = report.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt64(), i => i.GetProperty("status").GetString());
        Assert.Equal("Failed", items[brokenId]);
        Assert.Equal("Processed", Assert.Single(items, i => i.Key != brokenId).Value);
        var job = Assert.Single(failed.EnumerateArray());
        Assert.Equal(brokenId, job.GetProperty("itemId").GetInt64());
        Assert.Equal("hash", job.GetProperty("step").GetString());
        Assert.Equal(1, job.GetProperty("attempts").GetInt32());
        Assert.Contains("could not be decoded (truncated)", job.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetAsync("/api/jobs/failed")).StatusCode);
    }
}
