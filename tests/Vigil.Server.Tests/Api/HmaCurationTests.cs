using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Core.Accounts;
using Vigil.Hashing.Pdq;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

/// <summary>
/// Replays what an HMA client does against the curation API (/c) and checks what HMA's OpenMediaMatch would answer
/// (blueprints/curation.py and matching.py, schemas/curation.py): shapes, statuses, disable_until_ts semantics and
/// what /m/lookup and /m/raw_lookup then see.
/// </summary>
public sealed class HmaCurationTests
{
    private static readonly Dictionary<string, string?> FastRefresh = new(StringComparer.Ordinal) { ["Vigil:Matching:RefreshInterval"] = "00:00:00.100" };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CurationEndpoints_HmaClientSession_BankLookupDisableEnableDelete(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider, FastRefresh);
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.ManageLists | ApiScopes.LookupHashes));
        var pdq = ListFiles.Hex64(7);
        var lookupUrl = $"/m/lookup?signal_type=pdq&signal={pdq}";

        var created = await client.PostAsJsonAsync("/c/banks", new { name = "TEST_BANK" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("""{"name":"TEST_BANK","matching_enabled_ratio":1}""", await created.Content.ReadAsStringAsync());
        var again = await client.PostAsJsonAsync("/c/banks", new { name = "TEST_BANK" });
        Assert.Equal((HttpStatusCode.Forbidden, "Bank already exists"), (again.StatusCode, await MessageAsync(again)));
        Assert.Equal("""[{"name":"TEST_BANK","matching_enabled_ratio":1}]""", await GetAsync(client, "/c/banks"));

        var added = await client.PostAsJsonAsync("/c/bank/TEST_BANK/signal", new Dictionary<string, string> { ["pdq"] = pdq.ToUpperInvariant(), ["note"] = "first seen" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var addedJson = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        var id = addedJson.RootElement.GetProperty("id").GetInt64();
        Assert.Equal($$$"""{"id":{{{id}}},"signals":{"pdq":"{{{pdq}}}"}}""", addedJson.RootElement.GetRawText());

        var content = $"/c/bank/TEST_BANK/content/{id}";
        Assert.Equal(
            $$"""{"id":{{id}},"disable_until_ts":1,"original_media_uri":null,"bank":{"name":"TEST_BANK","matching_enabled_ratio":1},"note":"first seen"}""",
            await GetAsync(client, content));
        Assert.Equal(
            $$"""{"id":{{id}},"disable_until_ts":1,"original_media_uri":null,"bank":{"name":"TEST_BANK","matching_enabled_ratio":1},"signals":{"pdq":"{{pdq}}"},"note":"first seen"}""",
            await GetAsync(client, content + "?include_signals=true"));

        var match = $$"""{"TEST_BANK":[{"bank_content_id":{{id}},"distance":"0"}]}""";
        await UntilAsync(client, lookupUrl, match);
        Assert.Equal(match, await GetAsync(client, lookupUrl + "&banks=TEST_BANK,NO_SUCH_BANK"));
        Assert.Equal("{}", await GetAsync(client, lookupUrl + "&banks=NO_SUCH_BANK"));
        Assert.Equal("""{"matches":[]}""", await GetAsync(client, $"/m/raw_lookup?signal_type=pdq&signal={pdq}&banks=NO_SUCH_BANK"));

        // HMA: 0 disables permanently. /m/lookup stops seeing the content; /m/raw_lookup does not check the status.
        var disabled = await client.PutAsJsonAsync(content, new { disable_until_ts = 0 });
        Assert.Equal(
            $$"""{"id":{{id}},"disable_until_ts":0,"collab_metadata":{},"original_media_uri":null,"bank":{"name":"TEST_BANK","matching_enabled_ratio":1},"user_metadata":null,"note":"first seen"}""",
            await disabled.Content.ReadAsStringAsync());
        Assert.Contains("\"disable_until_ts\":0,", await GetAsync(client, content), StringComparison.Ordinal);
        await UntilAsync(client, lookupUrl, "{}");
        Assert.Equal($$"""{"matches":[{{id}}]}""", await GetAsync(client, $"/m/raw_lookup?signal_type=pdq&signal={pdq}"));

        // 1 enables (also as a string, as HMA's str_to_type accepts).
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(content, new { disable_until_ts = "1" })).StatusCode);
        Assert.Contains("\"disable_until_ts\":1,", await GetAsync(client, content), StringComparison.Ordinal);
        await UntilAsync(client, lookupUrl, match);

        // A future time disables until then; a past one is enabled.
        var hourAhead = TimeProvider.System.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(content, new { disable_until_ts = hourAhead })).StatusCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"disable_until_ts\":{hourAhead},"), await GetAsync(client, content), StringComparison.Ordinal);
        await UntilAsync(client, lookupUrl, "{}");
        var hourAgo = TimeProvider.System.GetUtcNow().AddHours(-1).ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(content, new { disable_until_ts = hourAgo, note = "" })).StatusCode);
        Assert.Equal(
            $$$"""{"id":{{{id}}},"disable_until_ts":{{{hourAgo}}},"original_media_uri":null,"bank":{"name":"TEST_BANK","matching_enabled_ratio":1}}""",
            await GetAsync(client, content));
        await UntilAsync(client, lookupUrl, match);

        Assert.Equal("""{"deleted":1}""", await (await client.DeleteAsync(content)).Content.ReadAsStringAsync());
        var gone = await client.GetAsync(content);
        Assert.Equal((HttpStatusCode.NotFound, $"content '{id}' not found"), (gone.StatusCode, await MessageAsync(gone)));
        await UntilAsync(client, lookupUrl, "{}");
        await UntilAsync(client, $"/m/raw_lookup?signal_type=pdq&signal={pdq}", """{"matches":[]}""");

        Assert.Equal("""{"message":"Done"}""", await (await client.DeleteAsync("/c/bank/TEST_BANK")).Content.ReadAsStringAsync());
        var bank = await client.GetAsync("/c/bank/TEST_BANK");
        Assert.Equal((HttpStatusCode.NotFound, "bank 'TEST_BANK' not found"), (bank.StatusCode, await MessageAsync(bank)));
        Assert.Equal("[]", await GetAsync(client, "/c/banks"));
    }

    [Fact]
    public async Task UpdateBank_DisabledThenRenamed_LookupFollowsRatioAndName()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, FastRefresh);
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.ManageLists | ApiScopes.LookupHashes));
        var pdq = ListFiles.Hex64(11);
        await client.PostAsJsonAsync("/c/banks", new { name = "PARTNER", enabled = false });
        var id = JsonDocument.Parse(await (await client.PostAsJsonAsync("/c/bank/PARTNER/signal", new { pdq })).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var lookup = $"/m/lookup?signal_type=pdq&signal={pdq}";

        // Ratio 0: /m/lookup leaves the bank out unless the coinflip is bypassed; /m/raw_lookup ignores the ratio.
        Assert.Equal("""{"name":"PARTNER","matching_enabled_ratio":0}""", await GetAsync(client, "/c/bank/PARTNER"));
        await UntilAsync(client, $"/m/raw_lookup?signal_type=pdq&signal={pdq}", $$"""{"matches":[{{id}}]}""");
        Assert.Equal("{}", await GetAsync(client, lookup));
        Assert.Equal($$$"""{"PARTNER":[{"bank_content_id":{{{id}}},"distance":"0"}]}""", await GetAsync(client, lookup + "&bypass_coinflip=true"));

        var enabled = await client.PutAsJsonAsync("/c/bank/PARTNER", new { name = "PARTNER_2024", enabled_ratio = 1.0 });
        Assert.Equal("""{"name":"PARTNER_2024","matching_enabled_ratio":1}""", await enabled.Content.ReadAsStringAsync());
        await UntilAsync(client, lookup, $$$"""{"PARTNER_2024":[{"bank_content_id":{{{id}}},"distance":"0"}]}""");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/c/bank/PARTNER")).StatusCode);
        Assert.Contains("\"name\":\"PARTNER_2024\"", await GetAsync(client, $"/c/bank/PARTNER_2024/content/{id}"), StringComparison.Ordinal);
        await client.PostAsJsonAsync("/c/banks", new { name = "OTHER" });
        var taken = await client.PutAsJsonAsync("/c/bank/OTHER", new { name = "PARTNER_2024" });
        Assert.Equal((HttpStatusCode.Forbidden, "Bank name already exists"), (taken.StatusCode, await MessageAsync(taken)));
    }

    [Fact]
    public async Task AddContent_UploadedImageWithNote_BanksItsPdqAndLookupUploadFindsIt()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, FastRefresh);
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.ManageLists | ApiScopes.LookupHashes));
        var pixels = TestImages.Shapes(160, 120, 5);
        var png = PngWriter.Encode(pixels, 160, 120, 3);
        var pdq = PdqHasher.Hash(pixels, PixelFormat.Packed(160, 120, 3)).Hash.ToString();
        await client.PostAsJsonAsync("/c/banks", new { name = "UPLOADS" });

        using var form = new MultipartFormDataContent { { Part(png), "file", "upload.png" }, { new StringContent("shapes card"), "note" } };
        var added = await client.PostAsync("/c/bank/UPLOADS/content", form);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var json = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt64();
        Assert.Equal(pdq, json.RootElement.GetProperty("signals").GetProperty("pdq").GetString());
        Assert.Contains("\"note\":\"shapes card\"", await GetAsync(client, $"/c/bank/UPLOADS/content/{id}"), StringComparison.Ordinal);
        await UntilAsync(client, $"/m/lookup?signal_type=pdq&signal={pdq}", $$"""{"UPLOADS":[{"bank_content_id":{{id}},"distance":"0"}]}""");
        using var photo = new MultipartFormDataContent { { Part(png), "photo", "upload.png" } };
        Assert.Equal($$$"""{"pdq":{"UPLOADS":[{"bank_content_id":{{{id}}},"distance":"0"}]}}""", await (await client.PostAsync("/m/lookup", photo)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HmaRoutes_UrlParameterAndBadInput_Answer400ProblemWithHmaMessage()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite, FastRefresh);
        using var client = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.ManageLists | ApiScopes.LookupHashes));
        await client.PostAsJsonAsync("/c/banks", new { name = "B" });
        var id = JsonDocument.Parse(await (await client.PostAsJsonAsync("/c/bank/B/signal", new { pdq = ListFiles.Hex64(1) })).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var url = Uri.EscapeDataString("https://example.org/a.jpg");

        foreach (var refused in new[]
        {
            await client.GetAsync($"/h/hash?url={url}"),
            await client.GetAsync($"/m/lookup?url={url}"),
            await client.PostAsync($"/c/bank/B/content?url={url}", new MultipartFormDataContent()),
        })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("does not fetch URLs", await MessageAsync(refused), StringComparison.Ordinal);
        }

        var badRequests = new (Task<HttpResponseMessage> Request, string Message)[]
        {
            (client.GetAsync("/m/raw_lookup?signal_type=tmk&signal=00"), "No such SignalType 'tmk'"),
            (client.PutAsJsonAsync($"/c/bank/B/content/{id}", new { disable_until_ts = -1 }), "disable_until_ts must be a non-negative integer"),
            (client.PutAsJsonAsync($"/c/bank/B/content/{id}", new { disable_until_ts = "soon" }), "Invalid int: 'soon'"),
            (client.PutAsJsonAsync($"/c/bank/B/content/{id}", new { disable_until_ts = TimeProvider.System.GetUtcNow().AddYears(6).ToUnixTimeSeconds() }), "disable_until_ts must be less than 5 years in the future"),
            (client.PutAsJsonAsync($"/c/bank/B/content/{id}", new { note = new string('n', 256) }), "note must be at most 255 characters"),
            (client.PutAsJsonAsync($"/c/bank/B/content/{id}", new { note = 5 }), "note should be a string"),
            (client.PostAsJsonAsync("/c/bank/B/signal", new { tmk = "00" }), "No such signal type tmk"),
            (client.PostAsJsonAsync("/c/banks", new { name = "lower_case" }), "A list name is 1..100 characters of A-Z, 0-9 and _ (HMA bank names), e.g. PARTNER_PDQ."),
        };
        foreach (var (request, message) in badRequests)
        {
            var response = await request;
            Assert.Equal((HttpStatusCode.BadRequest, message), (response.StatusCode, await MessageAsync(response)));
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        }

        var missing = await client.PostAsJsonAsync("/c/bank/NO_SUCH/signal", new { pdq = ListFiles.Hex64(2) });
        Assert.Equal((HttpStatusCode.NotFound, "bank 'NO_SUCH' not found"), (missing.StatusCode, await MessageAsync(missing)));
    }

    private static ByteArrayContent Part(byte[] bytes)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return part;
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("message").GetString()!;
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    // 503 "index not yet ready" while the node builds its index at start.
    private static async Task<string> GetReadyAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url} answered {(int)response.StatusCode}: {body}");
        return response.IsSuccessStatusCode ? body : "(index not ready)";
    }

    // The index follows the database within the refresh interval; a node must see a change within 10 s.
    private static async Task UntilAsync(HttpClient client, string url, string expected)
    {
        var watch = Stopwatch.StartNew();
        string body;
        while ((body = await GetReadyAsync(client, url)) != expected)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{url} still answered {body} after 10 s, not {expected}");
            await Task.Delay(50);
        }
    }
}
