using Vigil.Core.HashLists;
using Vigil.Core.Provenance;
using Vigil.Provenance;
using Vigil.TestSupport;

namespace Vigil.Core.Tests.Provenance;

public sealed class ModelHashLookupsTests
{
    [Fact]
    public void From_AutoV2ModelAndAutoV3Lora_LooksUpEveryFormOfBoth()
    {
        var report = new ProvenanceInspector().Inspect(GeneratedImages.A1111Png());

        var lookups = ModelHashLookups.From(report);

        // The model's AutoV2 finds AutoV2 entries and SHA-256 entries of the file starting with it; the LoRA's
        // 12-hex AutoV3 ("Lora hashes") finds AutoV3 entries of 12 or 64 hex starting with it.
        Assert.Equal(
            [
                (HashListEntryKind.ModelAutoV2, GeneratedImages.ModelAutoV2, false, ModelHashLookups.ModelRole, GeneratedImages.ModelName),
                (HashListEntryKind.ModelSha256, GeneratedImages.ModelAutoV2, true, ModelHashLookups.ModelRole, GeneratedImages.ModelName),
                (HashListEntryKind.ModelAutoV3, GeneratedImages.LoraAutoV3, true, ModelHashLookups.LoraRole, GeneratedImages.LoraName),
            ],
            lookups.Select(l => (l.Kind, l.Value, l.Prefix, l.Role, l.Name)));
    }

    [Fact]
    public void From_CivitaiHashes_LooksUpModelAndLoraByAutoV2AndSha256Prefix()
    {
        var report = new ProvenanceInspector().Inspect(GeneratedImages.A1111PngWithCivitaiHashes());

        var lookups = ModelHashLookups.From(report);

        Assert.Equal(4, lookups.Count);
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelAutoV2, Role: ModelHashLookups.ModelRole, Prefix: false } && l.Value == GeneratedImages.ModelAutoV2);
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelSha256, Role: ModelHashLookups.ModelRole, Prefix: true } && l.Value == GeneratedImages.ModelAutoV2);
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelAutoV2, Role: ModelHashLookups.LoraRole, Name: GeneratedImages.LoraName } && l.Value == GeneratedImages.LoraAutoV2);
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelSha256, Role: ModelHashLookups.LoraRole, Prefix: true } && l.Value == GeneratedImages.LoraAutoV2);
    }

    [Fact]
    public void From_ModelSha256_LooksUpTheFullHashAndItsAutoV2Prefix()
    {
        var sha = "9861610EC6" + new string('a', 54);
        var report = new ProvenanceInspector().Inspect(GeneratedImages.A1111PngWithModelSha256(sha));

        var lookups = ModelHashLookups.From(report);

        Assert.Equal(2, lookups.Count);
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelSha256, Prefix: false } && string.Equals(l.Value, sha, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelAutoV2, Prefix: false } && l.Value == GeneratedImages.ModelAutoV2);
    }

    [Fact]
    public void From_AutoV1ModelAndFullAutoV3Lora_LooksUpExactFormsAndTheShortAutoV3()
    {
        var full = GeneratedImages.LoraAutoV3 + new string('0', 52);
        var report = new ProvenanceInspector().Inspect(GeneratedImages.A1111PngWithHashes("a1b2c3d4", full));

        var lookups = ModelHashLookups.From(report);

        Assert.Equal(
            [
                (HashListEntryKind.ModelAutoV1, "a1b2c3d4", false),
                (HashListEntryKind.ModelAutoV3, full, false),
                (HashListEntryKind.ModelAutoV3, GeneratedImages.LoraAutoV3, false),
            ],
            lookups.Select(l => (l.Kind, l.Value, l.Prefix)));
    }

    [Theory]
    [InlineData(HashListEntryKind.ModelSha256, "9861610ec6", true, "9861610ec6" + "0123456789012345678901234567890123456789012345678901234", true)]
    [InlineData(HashListEntryKind.ModelSha256, "9861610ec6", true, "9861610ec7" + "0123456789012345678901234567890123456789012345678901234", false)]
    [InlineData(HashListEntryKind.ModelAutoV2, "9861610ec6", false, "9861610ec6", true)]
    [InlineData(HashListEntryKind.ModelAutoV2, "9861610ec6", false, "9861610ec60", false)]
    [InlineData(HashListEntryKind.ModelAutoV3, "e4d7b2c1a9f3", true, "e4d7b2c1a9f3", true)]
    public void Matches_EntryValue_ExactOrByPrefix(HashListEntryKind kind, string value, bool prefix, string entryValue, bool expected)
    {
        var lookup = new ModelHashLookup(kind, value, ModelHashLookups.ModelRole, "m", value, prefix);

        Assert.Equal(expected, lookup.Matches(kind, entryValue));
        Assert.False(lookup.Matches(HashListEntryKind.Sha256, entryValue));
    }

    [Fact]
    public void From_NoGeneratorMetadata_NoLookups()
    {
        Assert.Empty(ModelHashLookups.From(new ProvenanceInspector().Inspect(TestPng.GradientPng(32, 32, 1))));
    }
}
