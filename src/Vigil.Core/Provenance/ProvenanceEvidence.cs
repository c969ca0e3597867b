using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Provenance.Results;

namespace Vigil.Core.Provenance;

/// <summary>
/// Turns a <see cref="ProvenanceReport"/> into the stored <see cref="ItemProvenance"/> row and back into the
/// <c>vigil inspect --format json</c> object. The row keeps the prompt-free report as written by
/// <see cref="ProvenanceReportJson"/> and, apart, the prompt and the full signals; the prompt view puts those two
/// back, so both views come from the library's one writer and keep its shape.
/// </summary>
public static class ProvenanceEvidence
{
    public static ItemProvenance ToRow(long itemId, ProvenanceReport report, DateTimeOffset inspectedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var full = JsonNode.Parse(ProvenanceReportJson.Write(report, includePrompt: true))!.AsObject();
        var c2pa = report.C2pa;
        var watermark = report.InvisibleWatermark;
        return new ItemProvenance
        {
            ItemId = itemId,
            AiSignal = report.AiSignal,
            Generator = Clip(report.Generator, ItemProvenance.NameMaxLength),
            ModelName = Clip(report.Model?.Name, ItemProvenance.NameMaxLength),
            ModelHash = Clip(report.Model?.Hash, ItemProvenance.HashMaxLength),
            ModelHashKind = Clip(report.Model?.HashKind, ItemProvenance.HashKindMaxLength),
            Loras = full["loras"]!.ToJsonString(),
            DigitalSourceType = Clip(report.DigitalSourceType, ItemProvenance.UriMaxLength),
            Prompt = report.Prompt,
            C2paPresent = c2pa.Present,
            C2paClaimGenerator = Clip(c2pa.ClaimGenerator, ItemProvenance.NameMaxLength),
            C2paSignatureValid = c2pa.SignatureValid,
            C2paDataHashValid = c2pa.DataHashValid,
            C2paTrusted = c2pa.Trusted,
            C2paValidationCodes = JsonSerializer.Serialize(c2pa.ValidationCodes),
            WatermarkScheme = Clip(watermark?.Scheme, ItemProvenance.SchemeMaxLength),
            WatermarkPayloadHex = Clip(watermark?.PayloadHex, ItemProvenance.PayloadMaxLength),
            WatermarkBitsMatched = watermark?.BitsMatched,
            Signals = full["signals"]!.ToJsonString(),
            Evidence = ProvenanceReportJson.Write(report, includePrompt: false),
            InspectedAt = inspectedAt,
        };
    }

    /// <summary>
    /// The stored evidence as <c>vigil inspect --format json</c> writes it; with <paramref name="includePrompt"/> as
    /// with <c>--show-prompt</c> (the declared prompt and every raw signal value).
    /// </summary>
    public static string ToJson(ItemProvenance row, bool includePrompt)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!includePrompt)
        {
            return row.Evidence;
        }

        var evidence = JsonNode.Parse(row.Evidence)!.AsObject();
        evidence["prompt"] = row.Prompt;
        evidence["signals"] = JsonNode.Parse(row.Signals);
        return evidence.ToJsonString();
    }

    /// <summary>The LoRAs stored in <see cref="ItemProvenance.Loras"/>.</summary>
    public static IReadOnlyList<LoraReference> Loras(ItemProvenance row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var list = new List<LoraReference>();
        foreach (var node in JsonNode.Parse(row.Loras)?.AsArray() ?? [])
        {
            if (node?["name"]?.GetValue<string>() is { } name)
            {
                list.Add(new LoraReference(name, node["weight"]?.GetValue<double>(), node["hash"]?.GetValue<string>(), node["hash_kind"]?.GetValue<string>()));
            }
        }

        return list;
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
