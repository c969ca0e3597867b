using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.Audit;
using Vigil.Core.Provenance;
using Vigil.Media.Images;
using Vigil.Persistence;
using Vigil.Provenance.Results;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed class ProvenanceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetItemProvenance_SubmittedA1111Png_ReturnsTheInspectEvidence(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var platform = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        using var analyst = await server.SignedInAsync(Role.Analyst);
        var png = GeneratedImages.A1111Png();
        var submitted = await IntakeTests.SubmitAsync(platform, Submissions.Images(png));
        await IntakeTests.WaitProcessedAsync(analyst, submitted.GetProperty("reportId").GetInt64(), server);
        var id = submitted.GetProperty("items")[0].GetProperty("itemId").GetInt64();

        var evidence = await analyst.GetFromJsonAsync<JsonElement>($"/api/items/{id}/provenance");
        var item = await analyst.GetFromJsonAsync<JsonElement>($"/api/items/{id}");

        Assert.True(evidence.GetProperty("ai_signal").GetBoolean());
        Assert.Equal("AUTOMATIC1111", evidence.GetProperty("generator").GetString());
        var model = evidence.GetProperty("model");
        Assert.Equal((GeneratedImages.ModelName, GeneratedImages.ModelAutoV2, "AutoV2"), (model.GetProperty("name").GetString(), model.GetProperty("hash").GetString(), model.GetProperty("hash_kind").GetString()));
        var lora = Assert.Single(evidence.GetProperty("loras").EnumerateArray());
        Assert.Equal(GeneratedImages.LoraName, lora.GetProperty("name").GetString());
        Assert.Equal(0.8, lora.GetProperty("weight").GetDouble(), 6);
        Assert.Equal(GeneratedImages.LoraAutoV3, lora.GetProperty("hash").GetString());
        Assert.Equal("(hidden)", evidence.GetProperty("prompt").GetString());
        Assert.DoesNotContain("red barn", evidence.GetRawText(), StringComparison.Ordinal);
        Assert.False(evidence.GetProperty("c2pa").GetProperty("present").GetBoolean());

        // The same object `vigil inspect --format json` writes for these bytes (the stored item has no path).
        var inspected = new FileProvenanceInspector(decoder: new ImageDecoder()).InspectContent(png, out _);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ProvenanceReportJson.Write(inspected, includePrompt: false)), JsonNode.Parse(evidence.GetRawText())));

        var summary = item.GetProperty("provenance");
        Assert.True(summary.GetProperty("aiSignal").GetBoolean());
        Assert.Equal("AUTOMATIC1111", summary.GetProperty("generator").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetItemProvenance_IncludePrompt_ShowsPromptAndAuditsAContentView(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        var submitted = await IntakeTests.SubmitAsync(analyst, Submissions.Images(GeneratedImages.A1111Png(5), TestPng.GradientPng(48, 48, 5)));
        await IntakeTests.WaitProcessedAsync(analyst, submitted.GetProperty("reportId").GetInt64(), server);
        var id = submitted.GetProperty("items")[0].GetProperty("itemId").GetInt64();
        var control = submitted.GetProperty("items")[1].GetProperty("itemId").GetInt64();

        var shown = await analyst.GetFromJsonAsync<JsonElement>($"/api/items/{id}/provenance?includePrompt=true");
        var plain = await analyst.GetFromJsonAsync<JsonElement>($"/api/items/{control}/provenance");
        var missing = await analyst.GetAsync("/api/items/999999/provenance");

        Assert.Equal(GeneratedImages.Prompt, shown.GetProperty("prompt").GetString());
        Assert.Contains(shown.GetProperty("signals").EnumerateArray(), s => s.GetProperty("raw").GetString()!.Contains("red barn", StringComparison.Ordinal));
        Assert.False(plain.GetProperty("ai_signal").GetBoolean());
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("model").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var audit = await server.App.Services.GetRequiredService<IAuditLog>().RecentAsync(20, default);
        Assert.Contains(audit, r => r.Action == "item.prompt.viewed" && r.Target == $"item:{id}");
        Assert.Contains(audit, r => r.Action == "item.provenance.viewed" && r.Target == $"item:{control}");
    }
}
