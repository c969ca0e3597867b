using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.HashLists;
using Vigil.Core.Processing;
using Vigil.Core.Provenance;
using Vigil.Media.Images;
using Vigil.Persistence.Stores;
using Vigil.Persistence.Tests.Processing;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Provenance;

public sealed class ModelMatchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunOneAsync_MetadataNamesListedModelAndLora_MatchRowsWrittenWithTheEvidence(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var harness = QueueHarness.Create(database, time =>
            [new HashStep(new ImageDecoder()), new ProvenanceStep(new FileProvenanceInspector(decoder: new ImageDecoder()), new ProvenanceStore(database.ContextFactory), time, NullLogger<ProvenanceStep>.Instance)]);
        var now = harness.Time.GetUtcNow();
        var listed = await AddListAsync(database, "ABUSE_GENERATORS", 1.0, now, [
            (HashListEntryKind.ModelAutoV2, GeneratedImages.ModelAutoV2, false, null),
            (HashListEntryKind.ModelAutoV2, GeneratedImages.LoraAutoV2, false, null),
            (HashListEntryKind.ModelAutoV2, "1111111111", false, null),
            (HashListEntryKind.ModelSha256, GeneratedImages.ModelAutoV2 + new string('b', 54), false, null)]);
        await AddListAsync(database, "SWITCHED_OFF", 0.0, now, [(HashListEntryKind.ModelAutoV2, GeneratedImages.ModelAutoV2, false, null)]);
        await AddListAsync(database, "REMOVED_ENTRY", 1.0, now, [(HashListEntryKind.ModelAutoV2, GeneratedImages.ModelAutoV2, true, null)]);
        await AddListAsync(database, "DISABLED_ENTRY", 1.0, now, [(HashListEntryKind.ModelAutoV2, GeneratedImages.LoraAutoV2, false, now.AddHours(1))]);

        var intake = await harness.SubmitAsync(GeneratedImages.A1111PngWithCivitaiHashes(), TestPng.GradientPng(48, 48, 3));
        await harness.DrainAsync();

        await using var context = database.CreateContext();
        var matches = await context.ItemMatches.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(2, matches.Count);
        Assert.All(matches, m =>
        {
            Assert.Equal(intake.Items[0].ItemId, m.ItemId);
            Assert.Equal(listed, m.ListId);
            Assert.Equal(HashListEntryKind.ModelAutoV2, m.Signal);
            Assert.Equal(0, m.Distance);
            Assert.Equal(now, m.MatchedAt);
        });
        var details = matches.Select(m => JsonDocument.Parse(m.Detail!).RootElement).ToList();
        Assert.Contains(details, d => d.GetProperty("role").GetString() == "model" && d.GetProperty("name").GetString() == GeneratedImages.ModelName);
        Assert.Contains(details, d => d.GetProperty("role").GetString() == "lora" && d.GetProperty("declared_hash").GetString() == GeneratedImages.LoraAutoV2);
        Assert.Equal(2, await context.ItemProvenance.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindModelEntriesAsync_DeclaredSha256_FindsTheFullHashAndItsAutoV2(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var sha = GeneratedImages.ModelAutoV2 + new string('c', 54);
        await AddListAsync(database, "MODELS", 0.5, now, [(HashListEntryKind.ModelSha256, sha, false, null), (HashListEntryKind.ModelAutoV2, GeneratedImages.ModelAutoV2, false, null), (HashListEntryKind.Sha256, sha, false, null)]);
        var report = new Vigil.Provenance.ProvenanceInspector().Inspect(GeneratedImages.A1111PngWithModelSha256(sha));

        var entries = await new ProvenanceStore(database.ContextFactory).FindModelEntriesAsync(ModelHashLookups.From(report), now, default);

        Assert.Equal([HashListEntryKind.ModelSha256, HashListEntryKind.ModelAutoV2], entries.Select(e => e.Kind));
    }

    private static async Task<long> AddListAsync(TestDatabase database, string name, double ratio, DateTimeOffset now, (HashListEntryKind Kind, string Value, bool Removed, DateTimeOffset? DisabledUntil)[] entries)
    {
        await using var context = database.CreateContext();
        var list = new HashList { Name = name, MatchingEnabledRatio = ratio, Checkpoint = 1, CreatedBy = "test", CreatedAt = now, UpdatedAt = now };
        context.HashLists.Add(list);
        await context.SaveChangesAsync();
        foreach (var (kind, value, removed, disabledUntil) in entries)
        {
            context.HashListEntries.Add(new HashListEntry { ListId = list.Id, Kind = kind, Value = value, Removed = removed, DisabledUntil = disabledUntil, AddedBy = "test", AddedAt = now, Checkpoint = 1 });
        }

        await context.SaveChangesAsync();
        return list.Id;
    }
}
