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

        // The model's AutoV2 flags its AutoV2 entry and the SHA-256 entry of the same file (which starts with it);
        // the LoRA's AutoV2 flags its entry. Switched-off lists, removed and disabled entries flag nothing.
        Assert.Equal(3, matches.Count);
        Assert.All(matches, m =>
        {
            Assert.Equal(intake.Items[0].ItemId, m.ItemId);
            Assert.Equal(listed, m.ListId);
            Assert.Equal(0, m.Distance);
            Assert.Equal(now, m.MatchedAt);
        });
        var details = matches.Select(m => (m.Signal, Detail: JsonDocument.Parse(m.Detail!).RootElement)).ToList();
        Assert.Contains(details, d => d.Signal == HashListEntryKind.ModelAutoV2 && d.Detail.GetProperty("role").GetString() == "model" && d.Detail.GetProperty("name").GetString() == GeneratedImages.ModelName);
        Assert.Contains(details, d => d.Signal == HashListEntryKind.ModelSha256 && d.Detail.GetProperty("role").GetString() == "model" && d.Detail.GetProperty("declared_hash").GetString() == GeneratedImages.ModelAutoV2);
        Assert.Contains(details, d => d.Signal == HashListEntryKind.ModelAutoV2 && d.Detail.GetProperty("role").GetString() == "lora" && d.Detail.GetProperty("declared_hash").GetString() == GeneratedImages.LoraAutoV2);
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindModelEntriesAsync_DeclaredAutoV2_FindsSha256EntriesStartingWithIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var sha = GeneratedImages.ModelAutoV2 + new string('c', 54);
        await AddListAsync(database, "MODELS", 1.0, now, [
            (HashListEntryKind.ModelSha256, sha, false, null),
            (HashListEntryKind.ModelSha256, "9861610ec7" + new string('c', 54), false, null),
            (HashListEntryKind.Sha256, sha, false, null),
            (HashListEntryKind.ModelAutoV3, sha, false, null)]);
        var report = new Vigil.Provenance.ProvenanceInspector().Inspect(GeneratedImages.A1111PngWithCivitaiHashes());

        var entries = await new ProvenanceStore(database.ContextFactory).FindModelEntriesAsync(ModelHashLookups.From(report), now, default);

        var entry = Assert.Single(entries);
        Assert.Equal((HashListEntryKind.ModelSha256, sha), (entry.Kind, entry.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunOneAsync_LoraHashesAutoV3_FlaggedByShortAndFullAutoV3Entries(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var harness = QueueHarness.Create(database, time =>
            [new HashStep(new ImageDecoder()), new ProvenanceStep(new FileProvenanceInspector(decoder: new ImageDecoder()), new ProvenanceStore(database.ContextFactory), time, NullLogger<ProvenanceStep>.Instance)]);
        var now = harness.Time.GetUtcNow();
        var full = GeneratedImages.LoraAutoV3 + new string('5', 52);
        var listed = await AddListAsync(database, "LORAS", 1.0, now, [
            (HashListEntryKind.ModelAutoV3, GeneratedImages.LoraAutoV3, false, null),
            (HashListEntryKind.ModelAutoV3, full, false, null),
            (HashListEntryKind.ModelAutoV3, "e4d7b2c1a9f4" + new string('5', 52), false, null),
            (HashListEntryKind.ModelAutoV1, "a1b2c3d4", false, null),
            (HashListEntryKind.ModelAutoV2, GeneratedImages.LoraAutoV3[..10], false, null)]);

        await harness.SubmitAsync(GeneratedImages.A1111PngWithHashes("a1b2c3d4", GeneratedImages.LoraAutoV3), TestPng.GradientPng(48, 48, 3));
        await harness.DrainAsync();

        await using var context = database.CreateContext();
        var matches = await context.ItemMatches.AsNoTracking().OrderBy(m => m.EntryId).ToListAsync();
        var entries = await context.HashListEntries.AsNoTracking().Where(e => e.ListId == listed).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([entries[0].Id, entries[1].Id, entries[3].Id], matches.Select(m => m.EntryId));
        Assert.Equal([HashListEntryKind.ModelAutoV3, HashListEntryKind.ModelAutoV3, HashListEntryKind.ModelAutoV1], matches.Select(m => m.Signal));
        Assert.Equal(["lora", "lora", "model"], matches.Select(m => JsonDocument.Parse(m.Detail!).RootElement.GetProperty("role").GetString()));
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
