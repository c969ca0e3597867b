using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.Processing;
using Vigil.Core.Provenance;
using Vigil.Media.Images;
using Vigil.Persistence.Stores;
using Vigil.Persistence.Tests.Processing;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Provenance;

public sealed class ProvenanceStepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunOneAsync_A1111Png_EvidenceStoredOnceWithTheItem(DatabaseProvider provider)
    {
        await using var harness = await CreateAsync(provider);
        var intake = await harness.SubmitAsync(GeneratedImages.A1111Png(), TestPng.GradientPng(40, 40, 9));

        Assert.Equal(4, await harness.DrainAsync());

        var store = new ProvenanceStore(harness.Database.ContextFactory);
        var row = await store.GetAsync(intake.Items[0].ItemId, default);
        Assert.NotNull(row);
        Assert.True(row.AiSignal);
        Assert.Equal("AUTOMATIC1111", row.Generator);
        Assert.Equal((GeneratedImages.ModelName, GeneratedImages.ModelAutoV2, "AutoV2"), (row.ModelName, row.ModelHash, row.ModelHashKind));
        var lora = Assert.Single(ProvenanceEvidence.Loras(row));
        Assert.Equal((GeneratedImages.LoraName, 0.8, GeneratedImages.LoraAutoV3), (lora.Name, lora.Weight, lora.Hash));
        Assert.Equal(GeneratedImages.Prompt, row.Prompt);
        Assert.False(row.C2paPresent);
        Assert.Equal(harness.Time.GetUtcNow(), row.InspectedAt);

        var control = await store.GetAsync(intake.Items[1].ItemId, default);
        Assert.NotNull(control);
        Assert.False(control.AiSignal);
        Assert.Null(control.Generator);
        Assert.Equal("[]", control.Signals);
        await using var context = harness.Database.CreateContext();
        Assert.Equal(2, await context.ItemProvenance.CountAsync());
        Assert.Equal(2, await context.ProcessingRecords.CountAsync(p => p.Step == ProvenanceStep.StepName));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CompleteAsync_ProvenanceJobCompletedTwice_OneEvidenceRow(DatabaseProvider provider)
    {
        await using var harness = await CreateAsync(provider);
        var intake = await harness.SubmitAsync(GeneratedImages.A1111Png(2));
        Assert.True(await harness.Runner.RunOneAsync("w", default)); // hash
        var job = await harness.Jobs.ClaimAsync("w", harness.Options.Lease, default);
        Assert.Equal(ProvenanceStep.StepName, job!.Step);
        var item = (await harness.Reports.GetItemAsync(intake.Items[0].ItemId, default))!;
        var step = Step(harness.Time);
        var first = await step.RunAsync(item, GeneratedImages.A1111Png(2), default);

        Assert.True(await harness.Jobs.CompleteAsync(job, "w", first, null, default));
        harness.Time.Advance(harness.Options.Lease + TimeSpan.FromSeconds(1));

        // A lapsed-lease re-run of the same step reaches completion again: the processing record keeps it at one row.
        await using (var context = harness.Database.CreateContext())
        {
            await context.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(u => u.SetProperty(j => j.State, JobState.Queued));
        }

        var again = await harness.Jobs.ClaimAsync("w2", harness.Options.Lease, default);
        Assert.True(await harness.Jobs.CompleteAsync(again!, "w2", await step.RunAsync(item, GeneratedImages.A1111Png(2), default), null, default));
        await using var check = harness.Database.CreateContext();
        Assert.Equal(1, await check.ItemProvenance.CountAsync());
    }

    [Fact]
    public async Task ToJson_WithAndWithoutPrompt_MatchesTheInspectShape()
    {
        var step = new ProvenanceStep(new FileProvenanceInspector(decoder: new ImageDecoder()), TimeProvider.System, NullLogger<ProvenanceStep>.Instance);
        var result = await step.RunAsync(new Core.Items.Item { Id = 7 }, GeneratedImages.A1111Png(3), default);
        var row = Assert.IsType<ItemProvenance>(Assert.Single(result.NewEntities));

        using var hidden = JsonDocument.Parse(ProvenanceEvidence.ToJson(row, includePrompt: false));
        using var shown = JsonDocument.Parse(ProvenanceEvidence.ToJson(row, includePrompt: true));

        Assert.Equal("(hidden)", hidden.RootElement.GetProperty("prompt").GetString());
        Assert.DoesNotContain("red barn", hidden.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(GeneratedImages.Prompt, shown.RootElement.GetProperty("prompt").GetString());
        Assert.Contains(shown.RootElement.GetProperty("signals").EnumerateArray(), s => s.GetProperty("raw").GetString()!.Contains("red barn", StringComparison.Ordinal));
        var names = hidden.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names, shown.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Subset(names.ToHashSet(), new HashSet<string> { "path", "ai_signal", "generator", "model", "loras", "digital_source_type", "prompt", "c2pa", "invisible_watermark", "signals" });
        Assert.Equal(GeneratedImages.ModelName, shown.RootElement.GetProperty("model").GetProperty("name").GetString());
    }

    private static Task<QueueHarness> CreateAsync(DatabaseProvider provider) =>
        QueueHarness.CreateAsync(provider, time => [new HashStep(new ImageDecoder()), Step(time)]);

    private static ProvenanceStep Step(TimeProvider time) =>
        new(new FileProvenanceInspector(decoder: new ImageDecoder()), time, NullLogger<ProvenanceStep>.Instance);
}
