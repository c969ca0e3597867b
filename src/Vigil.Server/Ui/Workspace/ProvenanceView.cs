using System.Text.Json;
using Vigil.Core.Provenance;

namespace Vigil.Server.Ui.Workspace;

/// <summary>
/// What the analyst's provenance panel shows of an item's stored evidence: the C2PA verdicts (the data-hash result
/// apart from the signature's, so a file changed after signing never reads as "valid"), the declared digital
/// source type, model and LoRAs, the watermark and every signal with where it was found and how strong it is.
/// Raw values come from the stored evidence in which the prompt is already hidden; the prompt itself is never here.
/// </summary>
internal sealed record ProvenanceView(
    ItemProvenance Stored,
    IReadOnlyList<ProvenanceView.Lora> Loras,
    IReadOnlyList<ProvenanceView.Signal> Signals,
    IReadOnlyList<string> ValidationCodes)
{
    /// <summary>Longest raw value shown in the signals table; the full evidence stays in the API.</summary>
    public const int RawValueShown = 160;

    public sealed record Lora(string Name, string? Weight, string? Hash, string? HashKind);

    public sealed record Signal(string Kind, string Location, string Strength, bool Ai, string Raw);

    /// <summary>The short code of the declared IPTC digital source type (the URI's last segment), or null.</summary>
    public string? DigitalSourceTypeCode => Stored.DigitalSourceType is { } uri ? uri[(uri.LastIndexOf('/') + 1)..] : null;

    public static ProvenanceView From(ItemProvenance stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new ProvenanceView(stored, ReadLoras(stored.Loras), ReadSignals(stored.Evidence), Strings(stored.C2paValidationCodes));
    }

    private static List<Lora> ReadLoras(string json)
    {
        using var document = Parse(json);
        if (document?.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new Lora(
            Text(e, "name") ?? "unnamed",
            e.TryGetProperty("weight", out var weight) && weight.ValueKind == JsonValueKind.Number ? weight.GetRawText() : null,
            Text(e, "hash"),
            Text(e, "hash_kind")))];
    }

    private static List<Signal> ReadSignals(string evidence)
    {
        using var document = Parse(evidence);
        if (document is null || !document.RootElement.TryGetProperty("signals", out var signals) || signals.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. signals.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new Signal(
            Text(e, "kind") ?? "unknown",
            Text(e, "location") ?? string.Empty,
            Text(e, "strength") ?? string.Empty,
            e.TryGetProperty("ai", out var ai) && ai.ValueKind == JsonValueKind.True,
            Shorten(Text(e, "raw") ?? string.Empty)))];
    }

    private static List<string> Strings(string json)
    {
        using var document = Parse(json);
        return document?.RootElement.ValueKind == JsonValueKind.Array
            ? [.. document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string raw) => raw.Length <= RawValueShown ? raw : raw[..RawValueShown] + "…";

    // The evidence was written by Vigil; a damaged row shows as no detail rather than breaking the item page.
    private static JsonDocument? Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
