using Vigil.Provenance.Cbor;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.C2pa;

/// <summary>Turns a JUMBF manifest store into <see cref="C2paManifest"/>s: claims, generators and actions.</summary>
internal static class C2paManifestParser
{
    public static List<C2paManifest> Parse(JumbfBox store, ProvenanceReport report)
    {
        if (!string.Equals(store.Label, "c2pa", StringComparison.Ordinal))
        {
            throw new C2paFormatException("c2pa: the top-level superbox is not labelled 'c2pa'");
        }

        var manifests = new List<C2paManifest>();
        foreach (var box in store.Children.Where(c => c.IsSuperbox))
        {
            var claimBox = box.Child("c2pa.claim.v2") ?? box.Child("c2pa.claim");
            var claimCbor = claimBox?.Content("cbor");
            CborMap? claim = null;
            if (claimCbor is not null)
            {
                try
                {
                    claim = CborDecoder.Decode(claimCbor.Payload) as CborMap;
                }
                catch (CborFormatException ex)
                {
                    report.Warn($"c2pa: manifest claim is malformed ({ex.Message})");
                }
            }
            else
            {
                report.Warn("c2pa: a manifest has no claim");
            }

            var m = new C2paManifest
            {
                Label = box.Label ?? "(unlabelled)",
                Box = box,
                AssertionStore = box.Child("c2pa.assertions"),
                Claim = claim,
                ClaimBytes = claimCbor?.Payload ?? default,
                ClaimVersion = string.Equals(claimBox?.Label, "c2pa.claim.v2", StringComparison.Ordinal) ? 2 : 1,
                SignatureBox = box.Child("c2pa.signature"),
            };
            ReadClaim(m);
            ReadActions(m, report);
            C2paIngredientParser.Read(m, report);
            manifests.Add(m);
        }

        if (manifests.Count == 0)
        {
            throw new C2paFormatException("c2pa: the manifest store holds no manifest");
        }

        return manifests;
    }

    private static void ReadClaim(C2paManifest m)
    {
        if (m.Claim is null)
        {
            return;
        }

        m.ClaimGenerator = m.Claim.GetString("claim_generator");
        m.Title = m.Claim.GetString("dc:title") ?? m.Claim.GetString("title");
        IEnumerable<CborMap> infos = m.Claim["claim_generator_info"] switch
        {
            CborMap one => [one],
            List<object?> many => many.OfType<CborMap>(),
            _ => [],
        };
        foreach (var i in infos.Take(ProvenanceLimits.MaxSignals))
        {
            if (i.GetString("name") is { } name)
            {
                m.GeneratorInfo.Add(new C2paGeneratorInfo(name, i.GetString("version")));
            }
        }

        // The claim_generator's first product token ("Product/1.0 lib/2.0") names the generator; the
        // claim_generator_info entry (all a v2 claim has) is the fallback when there is no claim_generator string.
        m.GeneratorName = m.GeneratorInfo.FirstOrDefault()?.Name;
        m.GeneratorVersion = m.GeneratorInfo.FirstOrDefault()?.Version;
        if (m.ClaimGenerator is { Length: > 0 } cg && !string.IsNullOrWhiteSpace(cg))
        {
            // "Product/1.0 lib/2.0": the first product token names the generator.
            var first = cg.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            var slash = first.IndexOf('/', StringComparison.Ordinal);
            m.GeneratorName = slash > 0 ? first[..slash] : first;
            m.GeneratorVersion = slash > 0 ? first[(slash + 1)..] : m.GeneratorVersion;
        }

        m.ClaimGenerator ??= m.GeneratorName is null ? null : $"{m.GeneratorName} {m.GeneratorVersion}".Trim();
    }

    private static void ReadActions(C2paManifest m, ProvenanceReport report)
    {
        foreach (var box in m.Assertions(l => l.StartsWith("c2pa.actions", StringComparison.Ordinal)))
        {
            var cbor = box.Content("cbor");
            if (cbor is null)
            {
                continue;
            }

            try
            {
                if (CborDecoder.Decode(cbor.Payload) is not CborMap map || map.GetArray("actions") is not { } actions)
                {
                    report.Warn("c2pa: an actions assertion has no actions array");
                    continue;
                }

                foreach (var a in actions.OfType<CborMap>().Take(ProvenanceLimits.MaxSignals))
                {
                    var agent = a["softwareAgent"] switch
                    {
                        string s => s,
                        CborMap g => g.GetString("name") is { } n ? $"{n} {g.GetString("version")}".Trim() : null,
                        _ => null,
                    };
                    var dst = a.GetString("digitalSourceType") ?? a.GetMap("parameters")?.GetString("digitalSourceType");
                    m.Actions.Add(new C2paAction(a.GetString("action") ?? "(none)", dst, agent));
                }
            }
            catch (CborFormatException ex)
            {
                report.Warn($"c2pa: an actions assertion is malformed ({ex.Message})");
            }
        }
    }
}
