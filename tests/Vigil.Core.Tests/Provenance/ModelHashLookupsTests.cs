using Vigil.Core.HashLists;
using Vigil.Core.Provenance;
using Vigil.Provenance;
using Vigil.TestSupport;

namespace Vigil.Core.Tests.Provenance;

public sealed class ModelHashLookupsTests
{
    [Fact]
    public void From_AutoV2ModelAndAutoV3Lora_LooksUpTheModelOnly()
    {
        var report = new ProvenanceInspector().Inspect(GeneratedImages.A1111Png());

        var lookup = Assert.Single(ModelHashLookups.From(report));

        Assert.Equal((HashListEntryKind.ModelAutoV2, GeneratedImages.ModelAutoV2, ModelHashLookups.ModelRole, GeneratedImages.ModelName), (lookup.Kind, lookup.Value, lookup.Role, lookup.Name));
    }

    [Fact]
    public void From_CivitaiHashes_LooksUpModelAndLoraByAutoV2()
    {
        var report = new ProvenanceInspector().Inspect(GeneratedImages.A1111PngWithCivitaiHashes());

        var lookups = ModelHashLookups.From(report);

        Assert.Equal(2, lookups.Count);
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelAutoV2, Role: ModelHashLookups.ModelRole } && l.Value == GeneratedImages.ModelAutoV2);
        Assert.Contains(lookups, l => l is { Kind: HashListEntryKind.ModelAutoV2, Role: ModelHashLookups.LoraRole, Name: GeneratedImages.LoraName } && l.Value == GeneratedImages.LoraAutoV2);
    }

    [Fact]
    public void From_ModelSha256_LooksUpTheFullHashAndItsAutoV2Prefix()
    {
        var sha = "9861610EC6" + new string('a', 54);
        var report = new ProvenanceInspector().Inspect(GeneratedImages.A1111PngWithModelSha256(sha));

        var lookups = ModelHashLookups.From(report);

        Assert.Equal(2, lookups.Count);
        Assert.Contains(lookups, l => l.Kind == HashListEntryKind.ModelSha256 && string.Equals(l.Value, sha, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lookups, l => l.Kind == HashListEntryKind.ModelAutoV2 && l.Value == GeneratedImages.ModelAutoV2);
    }

    [Fact]
    public void From_NoGeneratorMetadata_NoLookups()
    {
        Assert.Empty(ModelHashLookups.From(new ProvenanceInspector().Inspect(TestPng.GradientPng(32, 32, 1))));
    }
}
