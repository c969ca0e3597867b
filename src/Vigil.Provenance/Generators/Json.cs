using System.Globalization;
using System.Text.Json;

namespace Vigil.Provenance.Generators;

/// <summary>Bounded JSON parsing and tolerant property access for generator metadata.</summary>
internal static class Json
{
    public static JsonDocument? TryParse(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length == 0 || (t[0] != '{' && t[0] != '[') || text.Length > ProvenanceLimits.MaxTextBytes)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = ProvenanceLimits.MaxJsonDepth, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static JsonElement? Get(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : null;

    public static string? Str(this JsonElement e, string name) =>
        e.Get(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public static double? Num(this JsonElement e, string name) => e.Get(name) is { } v ? AsNumber(v) : null;

    public static double? AsNumber(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.String when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
