using Vigil.Core.HashLists;
using Vigil.Provenance.Results;

namespace Vigil.Core.Provenance;

/// <summary>
/// Turns the model and LoRA hashes an item's metadata declares into hash-list look-ups, so a registry entry flags
/// every form of the same hash an item can declare:
/// <list type="bullet">
/// <item>a declared SHA-256 (64 hex) finds ModelSha256 entries equal to it and ModelAutoV2 entries of its first 10;</item>
/// <item>a declared AutoV2 (10 hex, the first 10 of the file's SHA-256) finds ModelAutoV2 entries equal to it and
/// ModelSha256 entries that start with it;</item>
/// <item>a declared AutoV3 (A1111 <c>Lora hashes</c>: the first 12 hex of the tensor-data SHA-256) finds ModelAutoV3
/// entries that start with it (12 or 64 hex); a full 64-hex AutoV3 finds entries equal to it or to its first 12;</item>
/// <item>a declared AutoV1 (8 hex) finds ModelAutoV1 entries equal to it.</item>
/// </list>
/// The kinds are different hashes of different bytes (AutoV1 hashes one 64 KiB slice, AutoV3 the tensor data, not
/// the file), so no kind is derived from another; BLAKE3 has no entry kind.
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
        var autoV2Length = HashValues.HexLength(HashListEntryKind.ModelAutoV2);
        switch (hashKind)
        {
            case "SHA256" when HashValues.TryNormalize(HashListEntryKind.ModelSha256, hash, out var sha, out _):
                AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelSha256, sha, role, name, hash));
                AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV2, sha[..autoV2Length], role, name, hash));
                break;
            case "AutoV2" when HashValues.TryNormalize(HashListEntryKind.ModelAutoV2, hash, out var autoV2, out _):
                AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV2, autoV2, role, name, hash));
                AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelSha256, autoV2, role, name, hash, Prefix: true));
                break;
            case "AutoV3" when HashValues.TryNormalize(HashListEntryKind.ModelAutoV3, hash, out var autoV3, out _):
                if (autoV3.Length == HashValues.AutoV3ShortLength)
                {
                    AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV3, autoV3, role, name, hash, Prefix: true));
                }
                else
                {
                    AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV3, autoV3, role, name, hash));
                    AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV3, autoV3[..HashValues.AutoV3ShortLength], role, name, hash));
                }

                break;
            case "AutoV1" when HashValues.TryNormalize(HashListEntryKind.ModelAutoV1, hash, out var autoV1, out _):
                AddOnce(lookups, new ModelHashLookup(HashListEntryKind.ModelAutoV1, autoV1, role, name, hash));
                break;
        }
    }

    private static void AddOnce(List<ModelHashLookup> lookups, ModelHashLookup lookup)
    {
        if (!lookups.Exists(l => l.Kind == lookup.Kind && l.Prefix == lookup.Prefix && string.Equals(l.Value, lookup.Value, StringComparison.Ordinal)))
        {
            lookups.Add(lookup);
        }
    }
}
