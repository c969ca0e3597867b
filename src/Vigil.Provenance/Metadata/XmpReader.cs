using System.Xml;
using System.Xml.Linq;
using Vigil.Provenance.Containers;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Metadata;

/// <summary>
/// Reads the IPTC Extension fields of an XMP packet: DigitalSourceType, the 2025.1 AI fields (AISystemUsed,
/// AISystemVersionUsed, AIPromptInformation), DigImageGUID, and xmp:CreatorTool. DTDs are refused and the
/// document size is capped.
/// </summary>
internal static class XmpReader
{
    private const string IptcExt = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    private const string XmpBasic = "http://ns.adobe.com/xap/1.0/";

    public static void Read(BlobEntry xmp, ProvenanceReport report)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = ProvenanceLimits.MaxTextBytes,
                IgnoreProcessingInstructions = true,
            };
            using var stream = new MemoryStream(xmp.Data.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            report.Warn($"xmp: {xmp.Location} is not well-formed XML (line {ex.LineNumber})");
            return;
        }

        var where = xmp.Location;
        if (Value(doc, IptcExt, "DigitalSourceType") is { } dst)
        {
            report.DigitalSourceType ??= dst;
            report.AddSignal("xmp.digital_source_type", $"{where} Iptc4xmpExt:DigitalSourceType", dst, SignalStrength.Declared, DigitalSourceTypes.IsGenerativeAi(dst));
        }

        if (Value(doc, IptcExt, "AISystemUsed") is { } system)
        {
            report.Generator ??= system;
            var version = Value(doc, IptcExt, "AISystemVersionUsed");
            report.GeneratorVersion ??= version;
            report.Model ??= new ModelReference(system, null, null) { Version = version };
            report.AddSignal("xmp.ai_system_used", $"{where} Iptc4xmpExt:AISystemUsed", version is null ? system : $"{system} {version}", SignalStrength.Declared, true);
        }

        if (Value(doc, IptcExt, "AIPromptInformation") is { } prompt)
        {
            report.Prompt ??= prompt;
            report.AddSignal("xmp.ai_prompt_information", $"{where} Iptc4xmpExt:AIPromptInformation", prompt, SignalStrength.Declared, true);
        }

        if (Value(doc, IptcExt, "DigImageGUID") is { } guid)
        {
            report.AddSignal("xmp.dig_image_guid", $"{where} Iptc4xmpExt:DigImageGUID", guid, SignalStrength.Hint, false);
        }

        if (Value(doc, XmpBasic, "CreatorTool") is { } tool)
        {
            var known = KnownGenerators.Match(tool);
            report.AddSignal("xmp.creator_tool", $"{where} xmp:CreatorTool", tool, SignalStrength.Hint, known is not null);
        }
    }

    // A property may be an element (plain, or an rdf:Alt/Seq/Bag of rdf:li) or an attribute of rdf:Description.
    private static string? Value(XDocument doc, string ns, string name)
    {
        XNamespace n = ns;
        var element = doc.Descendants(n + name).FirstOrDefault();
        if (element is not null)
        {
            var li = element.Descendants().FirstOrDefault(e => string.Equals(e.Name.LocalName, "li", StringComparison.Ordinal));
            var text = (li ?? element).Value.Trim();
            return text.Length > 0 ? text : null;
        }

        var attr = doc.Descendants().Attributes(n + name).FirstOrDefault();
        return attr?.Value.Trim() is { Length: > 0 } v ? v : null;
    }
}
