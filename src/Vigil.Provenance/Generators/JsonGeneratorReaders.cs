using System.Text.Json;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>Readers for the JSON metadata of InvokeAI, NovelAI and Fooocus.</summary>
internal static class JsonGeneratorReaders
{
    /// <summary>InvokeAI 3+ <c>invokeai_metadata</c> (model/loras objects) and 2.x <c>sd-metadata</c>.</summary>
    public static bool TryReadInvokeAi(string text, string location, ProvenanceReport report)
    {
        using var doc = Json.TryParse(text);
        if (doc?.RootElement is not { ValueKind: JsonValueKind.Object } root)
        {
            report.Warn($"invokeai: {location} is not a JSON object");
            return false;
        }

        report.Generator ??= "InvokeAI";
        report.GeneratorVersion ??= root.Str("app_version");
        report.AddSignal("invokeai.metadata", location, text, SignalStrength.Declared, true);
        if (root.Get("model") is { ValueKind: JsonValueKind.Object } model)
        {
            var name = model.Str("name") ?? model.Str("model_name");
            var hash = HashKinds.Normalise(model.Str("hash"));
            if (name is not null)
            {
                report.Model ??= new ModelReference(name, hash, HashKinds.Of(hash)) { Base = model.Str("base") ?? model.Str("base_model") };
            }
        }
        else if (root.Str("model_weights") is { } weights)
        {
            report.Model ??= new ModelReference(weights, HashKinds.Normalise(root.Str("model_hash")), HashKinds.Of(root.Str("model_hash")));
        }

        foreach (var l in root.Get("loras") is { ValueKind: JsonValueKind.Array } loras ? loras.EnumerateArray().Take(ProvenanceLimits.MaxLoras) : [])
        {
            var m = l.Get("model") ?? l.Get("lora");
            var name = m?.Str("name") ?? m?.Str("model_name");
            if (name is not null)
            {
                var hash = HashKinds.Normalise(m?.Str("hash"));
                report.LoraList.Add(new LoraReference(name, l.Num("weight"), hash, HashKinds.Of(hash)));
            }
        }

        report.Prompt ??= root.Str("positive_prompt") ?? root.Get("image")?.Get("prompt") switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Array } a when a.GetArrayLength() > 0 => a[0].Str("prompt"),
            _ => null,
        };
        return true;
    }

    /// <summary>NovelAI: Software/Source/Comment text fields (from text chunks or the stealth JSON).</summary>
    public static void ReadNovelAi(string? source, string? comment, string location, ProvenanceReport report, SignalStrength strength)
    {
        report.Generator ??= "NovelAI";
        if (source is not null)
        {
            report.Model ??= new ModelReference(source, null, null);
            report.AddSignal("novelai.source", $"{location} Source", source, strength, true);
        }

        if (comment is null)
        {
            return;
        }

        using var doc = Json.TryParse(comment);
        if (doc?.RootElement is not { ValueKind: JsonValueKind.Object } root)
        {
            report.Warn($"novelai: the Comment in {location} is not JSON");
            return;
        }

        report.AddSignal("novelai.comment", $"{location} Comment", comment, strength, true);
        report.Prompt ??= root.Str("prompt") ?? root.Get("v4_prompt")?.Get("caption")?.Str("base_caption");
        if (root.Str("signed_hash") is { } signed)
        {
            // NovelAI signs with Ed25519, which the base class library does not verify: report it as declared.
            report.AddSignal("novelai.signed_hash", $"{location} Comment signed_hash", signed, SignalStrength.Declared, true);
            report.Warn("novelai: signed_hash present but Ed25519 verification is not available; reported as declared");
        }
    }

    /// <summary>Fooocus JSON (EXIF UserComment or PNG <c>parameters</c> with <c>fooocus_scheme</c>).</summary>
    public static bool TryReadFooocus(JsonElement root, string text, string location, ProvenanceReport report)
    {
        var version = root.Str("version");
        var isFooocus = string.Equals(root.Str("metadata_scheme"), "fooocus", StringComparison.OrdinalIgnoreCase)
            || (version?.StartsWith("Fooocus", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!isFooocus)
        {
            return false;
        }

        report.Generator ??= "Fooocus";
        report.GeneratorVersion ??= version;
        report.AddSignal("fooocus.metadata", location, text, SignalStrength.Declared, true);
        if (root.Str("base_model") is { } model)
        {
            var hash = HashKinds.Normalise(root.Str("base_model_hash"));
            report.Model ??= new ModelReference(model, hash, HashKinds.Of(hash));
        }

        foreach (var l in root.Get("loras") is { ValueKind: JsonValueKind.Array } loras ? loras.EnumerateArray().Take(ProvenanceLimits.MaxLoras) : [])
        {
            // [name, weight, hash] in the fooocus scheme.
            if (l.ValueKind == JsonValueKind.Array && l.GetArrayLength() >= 2 && l[0].ValueKind == JsonValueKind.String)
            {
                var hash = l.GetArrayLength() > 2 && l[2].ValueKind == JsonValueKind.String ? HashKinds.Normalise(l[2].GetString()) : null;
                report.LoraList.Add(new LoraReference(l[0].GetString()!, Json.AsNumber(l[1]), hash, HashKinds.Of(hash)));
            }
        }

        report.Prompt ??= root.Str("prompt");
        return true;
    }
}
