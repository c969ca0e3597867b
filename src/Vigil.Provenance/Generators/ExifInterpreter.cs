using Vigil.Provenance.Containers;
using Vigil.Provenance.Exif;
using Vigil.Provenance.Metadata;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>
/// Interprets EXIF: UserComment (A1111/Forge infotext in its encodings, Fooocus JSON), ComfyUI graphs in
/// Make/Model ("workflow:"/"prompt:" prefixes), and Software/Make/Model/MakerNote hints.
/// </summary>
internal static class ExifInterpreter
{
    public static void Interpret(BlobEntry blob, ProvenanceReport report)
    {
        List<ExifEntry> entries;
        var warnings = new List<string>();
        try
        {
            entries = ExifReader.Read(blob.Data, warnings);
        }
        catch (FormatException ex)
        {
            report.Warn($"{blob.Location}: {ex.Message}");
            return;
        }

        foreach (var w in warnings)
        {
            report.Warn($"{blob.Location}: {w}");
        }

        string? Ascii(ushort tag) => entries.FirstOrDefault(e => e.Tag == tag && e.Ifd == "IFD0") is { } e ? ExifReader.Ascii(e.Value.Span) : null;

        var make = Ascii(ExifReader.Make);
        var model = Ascii(ExifReader.Model);
        var comfyWorkflow = make?.StartsWith("workflow:", StringComparison.Ordinal) == true ? make["workflow:".Length..] : null;
        var comfyPrompt = model?.StartsWith("prompt:", StringComparison.Ordinal) == true ? model["prompt:".Length..] : null;
        if (comfyWorkflow is not null || comfyPrompt is not null)
        {
            ComfyUiReader.TryRead(comfyPrompt, comfyWorkflow, $"{blob.Location} IFD0 Make/Model", report);
        }
        else
        {
            if (make is not null)
            {
                report.AddSignal("exif.make", $"{blob.Location} IFD0 Make", make, SignalStrength.Hint, false);
            }

            if (model is not null)
            {
                report.AddSignal("exif.model", $"{blob.Location} IFD0 Model", model, SignalStrength.Hint, false);
            }
        }

        if (Ascii(ExifReader.Software) is { } software)
        {
            report.AddSignal("exif.software", $"{blob.Location} IFD0 Software", software, SignalStrength.Hint, KnownGenerators.Match(software) is not null);
        }

        foreach (var e in entries.Where(e => e.Tag == ExifReader.MakerNote && e.Value.Length < 256))
        {
            var note = ExifReader.Ascii(e.Value.Span);
            if (KnownGenerators.Match(note) is not null)
            {
                report.AddSignal("exif.maker_note", $"{blob.Location} {e.Ifd} MakerNote", note, SignalStrength.Hint, true);
            }
        }

        foreach (var e in entries.Where(e => e.Tag == ExifReader.UserComment))
        {
            ReadUserComment(ExifReader.UserCommentText(e.Value.Span), $"{blob.Location} {e.Ifd} UserComment", report);
        }
    }

    private static void ReadUserComment(string text, string location, ProvenanceReport report)
    {
        if (text.Length == 0)
        {
            return;
        }

        using var doc = Json.TryParse(text);
        if (doc is not null)
        {
            if (!JsonGeneratorReaders.TryReadFooocus(doc.RootElement, text, location, report))
            {
                report.AddSignal("exif.user_comment", location, text, SignalStrength.Hint, false);
            }

            return;
        }

        if (!A1111InfotextReader.TryRead(text, location, report, SignalStrength.Declared))
        {
            report.AddSignal("exif.user_comment", location, text, SignalStrength.Hint, false);
        }
    }
}
