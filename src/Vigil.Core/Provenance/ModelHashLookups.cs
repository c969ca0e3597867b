using Vigil.Core.HashLists;
using Vigil.Provenance.Results;

namespace Vigil.Core.Provenance;

/// <summary>
/// Turns the model and LoRA hashes an item's metadata declares into hash-list look-ups. A model file's AutoV2 is the
/// first 10 hex characters of its SHA-256, so a declared SHA-256 is looked up as both kinds. AutoV1 (a hash of one
/// 64 KiB slice) and AutoV3 (a hash of a LoRA's tensor data, not of the file) cannot be derived from or compared
/// with a file's SHA-256, and BLAKE3 has no entry kind; those are not looked up.
/// </summary>
public static class ModelHashLookups
{
    public const string ModelRole = "model";
    public const string LoraRole = "lora";

    public static IReadOnlyList<ModelHashLookup> From(ProvenanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lookups = new List<ModelHashLookup>();
        if (report.Model is { Hash: { } modelHash } model)
        {
            Add(lookups, ModelRole, model.Name, modelHash, model.HashKind);
        }

        foreach (var lora in report.Loras)
        {
            if (lora.Hash is { } loraHash)
            {
                Add(lookups, LoraRole, lora.Name, loraHash, lora.HashKind);
            }
        }

        return lookups;
    }

    private static void Add(List<ModelHashLookup> lookups, string role, string name, string hash, string? hashKind)
    {
        if (string.Equals(hashKind, "SHA256", StringComparison.Ordinal)
            && HashValues.TryNormalize(HashListEntryKind.ModelSha256, hash, out var sha, out _))
        {
            AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelSha256, sha, role, name, hash));
            AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV2, sha[..HashValues.HexLength(HashListEntryKind.ModelAutoV2)], role, name, hash));
        }
        else if (string.Equals(hashKind, "AutoV2", StringComparison.Ordinal)
            && HashValues.TryNormalize(HashListEntryKind.ModelAutoV2, hash, out var autoV2, out _))
        {
            AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV2, autoV2, role, name, hash));
        }
    }

    private static void AddOnce(List<ModelHashLookup> lookups, ModelHashLookup lookup)
    {
        if (!lookups.Exists(l => l.Kind == lookup.Kind && string.Equals(l.Value, lookup.Value, StringComparison.Ordinal)))
        {
            lookups.Add(lookup);
        }
    }
}
