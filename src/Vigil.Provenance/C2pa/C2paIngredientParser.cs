using Vigil.Provenance.Cbor;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.C2pa;

/// <summary>
/// Reads a manifest's <c>c2pa.ingredient</c> assertions (<c>.v2</c>, <c>.v3</c>, <c>__N</c> instances): title
/// (<c>dc:title</c>, v3 <c>title</c>), media type (<c>dc:format</c>, v3 <c>format</c>), relationship, instance id,
/// and the ingredient's own manifest from <c>c2pa_manifest</c> (v1/v2) or <c>activeManifest</c> (v3), a hashed URI
/// <c>self#jumbf=/c2pa/&lt;label&gt;</c>. A malformed assertion is a warning.
/// </summary>
internal static class C2paIngredientParser
{
    public static void Read(C2paManifest m, ProvenanceReport report)
    {
        foreach (var box in m.Assertions(IsIngredient).Take(ProvenanceLimits.MaxSignals))
        {
            if (box.Content("cbor") is not { } cbor)
            {
                report.Warn("c2pa: an ingredient assertion has no CBOR content");
                continue;
            }

            try
            {
                if (CborDecoder.Decode(cbor.Payload) is not CborMap map)
                {
                    report.Warn("c2pa: an ingredient assertion is not a map");
                    continue;
                }

                var manifest = (map.GetMap("activeManifest") ?? map.GetMap("c2pa_manifest"))?.GetString("url");
                m.Ingredients.Add(new C2paIngredient(
                    map.GetString("dc:title") ?? map.GetString("title"),
                    map.GetString("dc:format") ?? map.GetString("format"),
                    map.GetString("relationship"),
                    map.GetString("instanceID") ?? map.GetString("instance_id"),
                    LabelOf(manifest)));
            }
            catch (CborFormatException ex)
            {
                report.Warn($"c2pa: an ingredient assertion is malformed ({ex.Message})");
            }
        }
    }

    private static bool IsIngredient(string label) =>
        label is "c2pa.ingredient" or "c2pa.ingredient.v2" or "c2pa.ingredient.v3"
        || label.StartsWith("c2pa.ingredient__", StringComparison.Ordinal)
        || label.StartsWith("c2pa.ingredient.v2__", StringComparison.Ordinal)
        || label.StartsWith("c2pa.ingredient.v3__", StringComparison.Ordinal);

    // "self#jumbf=/c2pa/urn:uuid:.../" or ".../c2pa.claim": the manifest label is the segment after /c2pa/.
    private static string? LabelOf(string? url)
    {
        const string Marker = "/c2pa/";
        var at = url?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var rest = url![(at + Marker.Length)..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        var label = end < 0 ? rest : rest[..end];
        return label.Length == 0 ? null : label;
    }
}
