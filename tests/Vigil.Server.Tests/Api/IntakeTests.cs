using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Persistence.Vault;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed class IntakeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReport_ImagesAcrossTwoReports_ItemsHashedAndDeduplicated(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var platform = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        using var analyst = await server.SignedInAsync(Role.Analyst);
        byte[] shared = TestPng.GradientPng(96, 64, 1), first = TestPng.GradientPng(64, 64, 2), second = TestPng.GradientPng(80, 60, 3);

        var a = await SubmitAsync(platform, Submissions.Images(shared, first));
        var b = await SubmitAsync(platform, Submissions.Images(second, shared));

        Assert.Equal(a.GetProperty("items")[0].GetProperty("itemId").GetInt64(), b.GetProperty("items")[1].GetProperty("itemId").GetInt64());
        Assert.False(b.GetProperty("items")[1].GetProperty("isNew").GetBoolean());
        var reportA = await WaitProcessedAsync(analyst, a.GetProperty("reportId").GetInt64(), server);
        var reportB = await WaitProcessedAsync(analyst, b.GetProperty("reportId").GetInt64(), server);
        var items = reportA.GetProperty("items").EnumerateArray().Concat(reportB.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(3, items.Select(i => i.GetProperty("id").GetInt64()).Distinct().Count());
        Assert.All(items, i =>
        {
            Assert.Equal("Processed", i.GetProperty("status").GetString());
            Assert.Equal(32, i.GetProperty("md5").GetString()!.Length);
            Assert.Equal(64, i.GetProperty("pdq").GetString()!.Length);
        });
        Assert.Equal(3, new FolderVaultBlobStore(server.VaultFolder).StoredFiles().Count);
        var item = await analyst.GetFromJsonAsync<JsonElement>($"/api/items/{items[0].GetProperty("id").GetInt64()}");
        Assert.Equal("image/png", item.GetProperty("mediaType").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListReports_FilterAndPaging_ReturnsPage(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        for (var i = 0; i < 3; i++)
        {
            var response = await analyst.PostAsJsonAsync("/api/reports", new { source = i == 0 ? "proactive" : "public", urls = new[] { $"https://example.org/{i}" } });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var page = await analyst.GetFromJsonAsync<JsonElement>("/api/reports?source=public&pageSize=1&page=2");

        Assert.Equal(2, page.GetProperty("total").GetInt64());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Public", page.GetProperty("items")[0].GetProperty("source").GetString());
    }

    internal static async Task<JsonElement> SubmitAsync(HttpClient client, HttpContent content)
    {
        var response = await client.PostAsync("/api/reports", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static async Task<JsonElement> WaitProcessedAsync(HttpClient client, long reportId, ServerHost? server = null)
    {
        for (var i = 0; i < 600; i++)
        {
            var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{reportId}");
            if (report.GetProperty("status").GetString() == "Processed")
            {
                return report;
            }

            await Task.Delay(100);
        }

        var jobs = string.Empty;
        if (server is not null)
        {
            await using var context = server.Database.CreateContext();
            jobs = string.Join("; ", context.Jobs.AsEnumerable().Select(j => $"{j.Id} {j.State} attempts={j.Attempts} owner={j.LeaseOwner} runAfter={j.RunAfter:O} error={j.LastError}"));
        }

        throw new TimeoutException($"Report {reportId} was not processed within 60 s. Jobs: {jobs}");
    }
}
