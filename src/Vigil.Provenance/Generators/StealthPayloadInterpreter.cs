using System.Text.Json;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>Interprets a stealth pnginfo payload: NovelAI JSON (Software/Source/Comment) or A1111 infotext.</summary>
internal static class StealthPayloadInterpreter
{
    public static void Interpret(string text, string location, ProvenanceReport report)
    {
        using var doc = Json.TryParse(text);
        if (doc?.RootElement is { ValueKind: JsonValueKind.Object } root)
        {
            var software = root.Str("Software");
            if (software?.Contains("NovelAI", StringComparison.OrdinalIgnoreCase) == true)
            {
                var comment = root.Get("Comment") switch
                {
                    { ValueKind: JsonValueKind.String } s => s.GetString(),
                    { ValueKind: JsonValueKind.Object } o => o.GetRawText(),
                    _ => null,
                };
                JsonGeneratorReaders.ReadNovelAi(root.Str("Source"), comment, location, report, SignalStrength.Declared);
                return;
            }

            if (JsonGeneratorReaders.TryReadFooocus(root, text, location, report))
            {
                return;
            }

            report.Warn($"stealth: {location} holds JSON of an unknown generator");
            return;
        }

        if (!A1111InfotextReader.TryRead(text, location, report, SignalStrength.Declared))
        {
            report.Warn($"stealth: {location} holds text that is not infotext");
        }
    }
}
