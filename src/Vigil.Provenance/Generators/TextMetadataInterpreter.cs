using Vigil.Provenance.Containers;
using Vigil.Provenance.Metadata;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>Routes text records (PNG text chunks, JPEG comments) to the generator readers by key.</summary>
internal static class TextMetadataInterpreter
{
    public static void Interpret(List<TextEntry> texts, ProvenanceReport report)
    {
        string? Find(string key) => texts.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal))?.Value;
        TextEntry? Entry(string key) => texts.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));

        if (Entry("parameters") is { } parameters)
        {
            using var doc = Json.TryParse(parameters.Value);
            if (doc is not null)
            {
                JsonGeneratorReaders.TryReadFooocus(doc.RootElement, parameters.Value, parameters.Location, report);
            }
            else if (!A1111InfotextReader.TryRead(parameters.Value, parameters.Location, report, SignalStrength.Declared))
            {
                report.Warn($"a1111: {parameters.Location} is not infotext");
            }
        }

        if (Entry("prompt") is not null || Entry("workflow") is not null)
        {
            ComfyUiReader.TryRead(Find("prompt"), Find("workflow"), "png tEXt", report);
        }

        foreach (var key in new[] { "invokeai_metadata", "sd-metadata" })
        {
            if (Entry(key) is { } invoke)
            {
                JsonGeneratorReaders.TryReadInvokeAi(invoke.Value, invoke.Location, report);
            }
        }

        var software = Find("Software");
        if (software is not null && software.Contains("NovelAI", StringComparison.OrdinalIgnoreCase))
        {
            report.AddSignal("novelai.software", "png tEXt 'Software'", software, SignalStrength.Declared, true);
            JsonGeneratorReaders.ReadNovelAi(Find("Source"), Find("Comment"), "png tEXt", report, SignalStrength.Declared);
        }
        else if (software is not null)
        {
            report.AddSignal("software", "png tEXt 'Software'", software, SignalStrength.Hint, KnownGenerators.Match(software) is not null);
        }

        if (Entry("Description") is { } description)
        {
            MidjourneyReader.TryRead(description.Value, description.Location, report);
        }

        if (Entry("Author") is { } author && report.Generator is "Midjourney")
        {
            report.AddSignal("midjourney.author", author.Location, author.Value, SignalStrength.Hint, false);
        }
    }
}
