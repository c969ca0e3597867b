using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>
/// Reads AUTOMATIC1111 / Forge / SD.Next infotext: prompt, negative prompt, and the parameter line with the
/// model, <c>Model hash</c>, <c>&lt;lora:name:weight&gt;</c> tags, <c>Lora hashes</c>, <c>TI hashes</c>,
/// <c>Hashes</c> JSON, Civitai resources and version.
/// </summary>
internal static partial class A1111InfotextReader
{
    [GeneratedRegex(@"<(?:lora|lyco):([^:>]+)(?::([^:>]*))?(?::[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LoraTag();

    /// <summary>Returns false when the text is not infotext.</summary>
    public static bool TryRead(string text, string location, ProvenanceReport report, SignalStrength strength)
    {
        var lines = text.Trim().Split('\n');
        var last = lines[^1];
        if (!InfotextParameters.LooksLikeParameters(last) || !last.Contains("Steps:", StringComparison.Ordinal))
        {
            return false;
        }

        var promptLines = lines[..^1].TakeWhile(l => !l.StartsWith("Negative prompt:", StringComparison.Ordinal));
        var prompt = string.Join('\n', promptLines).Trim();
        var p = InfotextParameters.Parse(last).GroupBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

        var version = p.GetValueOrDefault("Version");
        var generator = p.TryGetValue("App", out var app) ? app
            : version is { Length: > 1 } v && v[0] == 'f' && char.IsAsciiDigit(v[1]) ? "Forge"
            : "AUTOMATIC1111";
        report.Generator ??= generator;
        report.GeneratorVersion ??= version;
        report.Prompt ??= prompt;
        report.AddSignal("a1111.infotext", location, text, strength, true);

        var hashesJson = ReadHashesJson(p.GetValueOrDefault("Hashes"), report, location);
        if (p.TryGetValue("Model", out var model))
        {
            var hash = HashKinds.Normalise(p.GetValueOrDefault("Model hash") ?? hashesJson.GetValueOrDefault("model"));
            report.Model ??= new ModelReference(model, hash, HashKinds.Of(hash));
        }
        else if (p.TryGetValue("Model hash", out var onlyHash))
        {
            report.Model ??= new ModelReference(onlyHash, HashKinds.Normalise(onlyHash), HashKinds.Of(onlyHash));
        }

        var loraHashes = NameHashList(p.GetValueOrDefault("Lora hashes"));
        foreach (Match m in LoraTag().Matches(prompt))
        {
            var name = m.Groups[1].Value.Trim();
            double? weight = m.Groups[2].Success && double.TryParse(m.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : 1.0;
            var hash = HashKinds.Normalise(loraHashes.GetValueOrDefault(name) ?? hashesJson.GetValueOrDefault("lora:" + name));
            if (report.LoraList.Count < ProvenanceLimits.MaxLoras)
            {
                report.LoraList.Add(new LoraReference(name, weight, hash, HashKinds.Of(hash, loraTensorHash: true)));
            }
        }

        foreach (var (name, hash) in NameHashList(p.GetValueOrDefault("TI hashes")))
        {
            report.AddSignal("a1111.embedding", $"{location} TI hashes", $"{name}: {hash}", strength, true);
        }

        if (p.TryGetValue("Civitai resources", out var civitai))
        {
            report.AddSignal("a1111.civitai_resources", $"{location} Civitai resources", civitai, strength, true);
        }

        return true;
    }

    // "name: hash, name: hash" (quoted in the parameter line; the quotes are already removed).
    private static Dictionary<string, string> NameHashList(string? value)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is null)
        {
            return d;
        }

        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon > 0)
            {
                d.TryAdd(part[..colon].Trim(), part[(colon + 1)..].Trim());
            }
        }

        return d;
    }

    private static Dictionary<string, string> ReadHashesJson(string? value, ProvenanceReport report, string location)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is null)
        {
            return d;
        }

        try
        {
            using var doc = JsonDocument.Parse(value, new JsonDocumentOptions { MaxDepth = ProvenanceLimits.MaxJsonDepth });
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var prop in doc.RootElement.EnumerateObject())
                {
                    if (prop.Value.ValueKind == JsonValueKind.String)
                    {
                        d.TryAdd(prop.Name, prop.Value.GetString()!);
                    }
                }
            }

            report.AddSignal("a1111.hashes", $"{location} Hashes", value, SignalStrength.Declared, true);
        }
        catch (JsonException)
        {
            report.Warn($"a1111: the Hashes value in {location} is not JSON");
        }

        return d;
    }
}
