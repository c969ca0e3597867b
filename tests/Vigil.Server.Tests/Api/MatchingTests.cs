using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.HashLists;
using Vigil.Core.Matching;
using Vigil.Hashing.Pdq;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed class MatchingTests
{
    private static readonly Dictionary<string, string?> FastRefresh = new(StringComparer.Ordinal) { ["Vigil:Matching:RefreshInterval"] = "00:00:00.100" };

    [Fact]
    public async Task HmaEndpoints_HmaClientRequests_AnswerInHmaShapes()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, FastRefresh);
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.LookupHashes));
        var (png, pdq) = ListedImage();
        var md5 = "0123456789abcdef0123456789abcdef";
        var lists = new TestHashLists(server.Database.ContextFactory);
        var bank = await lists.CreateAsync("PARTNER_BANK");
        var pdqId = await lists.AddOneAsync(bank, HashListEntryKind.Pdq, pdq.ToString());
        var md5Id = await lists.AddOneAsync(bank, HashListEntryKind.Md5, md5);
        await WaitForIndexAsync(server, 2);

        var raw = await GetJsonAsync(client, $"/m/raw_lookup?signal_type=pdq&signal={pdq}&include_distance=true");
        Assert.Equal($$"""{"matches":[{"bank_content_id":{{pdqId}},"distance":"0"}]}""", raw);
        Assert.Equal($$"""{"matches":[{{pdqId}}]}""", await GetJsonAsync(client, $"/m/raw_lookup?signal_type=pdq&signal={pdq}"));
        Assert.Equal($$"""{"matches":[{{md5Id}}]}""", await GetJsonAsync(client, $"/m/raw_lookup?signal_type=video_md5&signal={md5}"));
        Assert.Equal($$"""{"PARTNER_BANK":[{"bank_content_id":{{pdqId}},"distance":"0"}]}""", await GetJsonAsync(client, $"/m/lookup?signal_type=pdq&signal={pdq}"));
        Assert.Equal("{}", await GetJsonAsync(client, $"/m/lookup?signal_type=pdq&signal={new string('0', 64)}"));

        Assert.Equal($$"""{"pdq":"{{pdq}}"}""", await (await client.PostAsync("/h/hash", Upload("photo", png))).Content.ReadAsStringAsync());
        var lookup = await client.PostAsync("/m/lookup", Upload("photo", png));
        Assert.Equal($$$"""{"pdq":{"PARTNER_BANK":[{"bank_content_id":{{{pdqId}}},"distance":"0"}]}}""", await lookup.Content.ReadAsStringAsync());

        var near = FlipBits(pdq, 9);
        var compare = await client.PostAsync("/m/compare", JsonContent.Create(new Dictionary<string, string[]> { ["pdq"] = [pdq.ToString(), near.ToString()] }));
        Assert.Equal("""{"pdq":[true,{"distance":9}]}""", await compare.Content.ReadAsStringAsync());

        using var status = JsonDocument.Parse(await GetJsonAsync(client, "/m/index/status"));
        Assert.True(status.RootElement.GetProperty("pdq").GetProperty("present").GetBoolean());
        Assert.Equal(1, status.RootElement.GetProperty("pdq").GetProperty("size").GetInt32());
        Assert.Equal(1, status.RootElement.GetProperty("video_md5").GetProperty("size").GetInt32());
        Assert.True(status.RootElement.GetProperty("pdq").GetProperty("built_to").GetInt64() > 0);
    }

    [Fact]
    public async Task HmaEndpoints_UrlsAndBadSignals_RefusedWithClearErrors()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, FastRefresh);
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.LookupHashes));
        await WaitForIndexAsync(server, 0);

        foreach (var url in new[] { "/h/hash?url=https%3A%2F%2Fexample.org%2Fa.jpg", "/m/lookup?url=https%3A%2F%2Fexample.org%2Fa.jpg" })
        {
            var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("does not fetch URLs", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/m/raw_lookup?signal_type=tmk&signal=00")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/m/raw_lookup?signal_type=pdq&signal=abc")).StatusCode);
        // HMA intersects banks with the banks that exist: an unknown name matches nothing and is no error.
        Assert.Equal("{}", await GetJsonAsync(client, $"/m/lookup?signal_type=pdq&signal={new string('0', 64)}&banks=NO_SUCH_BANK"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/m/compare", new StringContent("[1,2]", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/m/compare", new StringContent("""{"pdq":["00"]}""", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/h/hash", Upload("audio", [1, 2, 3]))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/m/index/status?signal_type=tmk")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/match?hash={new string('0', 64)}&radius=65")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/match?hash=xyz")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VigilEndpoints_HashFileAndReportedItem_ReturnMatches(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider, FastRefresh);
        using var lookup = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.LookupHashes));
        using var analyst = await server.SignedInAsync(Role.Analyst);
        var (png, pdq) = ListedImage();
        var lists = new TestHashLists(server.Database.ContextFactory);
        var listId = await lists.CreateAsync("HOTLINE");
        var pdqId = await lists.AddOneAsync(listId, HashListEntryKind.Pdq, FlipBits(pdq, 5).ToString());
        var shaId = await lists.AddOneAsync(listId, HashListEntryKind.Sha256, Convert.ToHexStringLower(SHA256.HashData(png)));
        await WaitForIndexAsync(server, 2);

        using (var byHash = JsonDocument.Parse(await GetJsonAsync(lookup, $"/api/match?hash={pdq}&lists=HOTLINE&radius=8")))
        {
            var match = Assert.Single(byHash.RootElement.GetProperty("matches").EnumerateArray());
            Assert.Equal((pdqId, 5, "pdq", "HOTLINE"), (match.GetProperty("entryId").GetInt64(), match.GetProperty("distance").GetInt32(), match.GetProperty("signal").GetString(), match.GetProperty("list").GetString()));
        }

        using (var byKind = JsonDocument.Parse(await GetJsonAsync(lookup, $"/api/match?hash={Convert.ToHexStringLower(SHA256.HashData(png))}&kind=sha256")))
        {
            Assert.Equal(shaId, Assert.Single(byKind.RootElement.GetProperty("matches").EnumerateArray()).GetProperty("entryId").GetInt64());
        }

        var file = await lookup.PostAsync("/api/match/file", Upload("file", png));
        using (var byFile = JsonDocument.Parse(await file.Content.ReadAsStringAsync()))
        {
            Assert.Equal(pdq.ToString(), byFile.RootElement.GetProperty("pdq").GetString());
            Assert.Equal(new[] { shaId, pdqId }.Order(), byFile.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("entryId").GetInt64()).Order());
        }

        var submitted = await analyst.PostAsync("/api/reports", Submissions.Images(png));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var itemId = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("items")[0].GetProperty("itemId").GetInt64();
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        JsonElement[] stored;
        do
        {
            await Task.Delay(100);
            stored = [.. JsonDocument.Parse(await GetJsonAsync(analyst, $"/api/items/{itemId}/matches")).RootElement.EnumerateArray()];
        }
        while (stored.Length < 2 && TimeProvider.System.GetUtcNow() < deadline);

        Assert.Equal([(shaId, 0, "sha256"), (pdqId, 5, "pdq")], stored.Select(m => (m.GetProperty("entryId").GetInt64(), m.GetProperty("distance").GetInt32(), m.GetProperty("signal").GetString())));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/items/999999/matches")).StatusCode);
    }

    private static (byte[] Png, PdqHash Pdq) ListedImage()
    {
        var pixels = TestImages.Shapes(200, 150, 11);
        return (PngWriter.Encode(pixels, 200, 150, 3), PdqHasher.Hash(pixels, PixelFormat.Packed(200, 150, 3)).Hash);
    }

    private static PdqHash FlipBits(PdqHash hash, int count)
    {
        Span<ulong> w = [hash.W0, hash.W1, hash.W2, hash.W3];
        for (var i = 0; i < count; i++)
        {
            w[i % 4] ^= 1UL << (i * 7 % 64);
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }

    private static MultipartFormDataContent Upload(string field, byte[] bytes)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { part, field, "upload.bin" } };
    }

    private static async Task<string> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    private static async Task WaitForIndexAsync(ServerHost server, int entries)
    {
        var host = server.App.Services.GetRequiredService<MatchIndexHost>();
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (!host.IsBuilt || host.Status.Counts.Values.Sum() < entries)
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "the index did not pick the lists up within 10 s");
            await Task.Delay(50);
        }
    }
}
