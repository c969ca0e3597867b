using Vigil.Provenance.Containers;
using Vigil.Provenance.Metadata;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.C2pa;

/// <summary>Reads and validates a manifest store and records what it says in the report.</summary>
internal static class C2paReader
{
    public static void Read(BlobEntry store, ReadOnlySpan<byte> file, ProvenanceOptions options, DateTimeOffset now, ProvenanceReport report)
    {
        var r = report.C2pa;
        r.Present = true;
        r.Container = store.Location;
        List<C2paManifest> manifests;
        try
        {
            manifests = C2paManifestParser.Parse(JumbfReader.ParseStore(store.Data), report);
        }
        catch (C2paFormatException ex)
        {
            // A store that is present but unreadable is still evidence that one was there.
            report.Warn(ex.Message);
            r.CodeList.Add("manifest.malformed");
            report.AddSignal("c2pa.manifest_store", store.Location, "(malformed)", SignalStrength.Declared, false);
            return;
        }

        var active = manifests[^1];
        r.ActiveManifest = active.Label;
        r.ClaimGenerator = active.ClaimGenerator;
        r.ClaimVersion = active.ClaimVersion;
        r.Actions = active.Actions;
        r.ClaimGeneratorInfo = active.GeneratorInfo;
        r.Ingredients = active.Ingredients;
        foreach (var m in manifests)
        {
            r.ManifestList.Add(new C2paManifestInfo(m.Label, m.ClaimGenerator, m.GeneratorName, m.Title, m.Actions, ReferenceEquals(m, active))
            {
                GeneratorInfo = m.GeneratorInfo,
                Ingredients = m.Ingredients,
            });
        }

        C2paValidator.Validate(active, file, options, now, r, report);
        if (r.SignatureValid == false)
        {
            report.Warn("c2pa: the claim signature does not verify; nothing in the manifest is attested");
        }

        foreach (var m in manifests)
        {
            // Only the active manifest is validated here; ingredient manifests are reported as declared.
            var strength = ReferenceEquals(m, active) && r.Verified ? SignalStrength.CryptographicallyVerified : SignalStrength.Declared;
            var where = $"{store.Location} manifest {m.Label}" + (ReferenceEquals(m, active) ? " (active)" : " (ingredient)");
            if (m.ClaimGenerator is not null)
            {
                report.AddSignal("c2pa.claim_generator", where, m.ClaimGenerator, strength, false);
            }

            foreach (var info in m.GeneratorInfo)
            {
                report.AddSignal("c2pa.claim_generator_info", where, $"{info.Name} {info.Version}".Trim(), strength, false);
            }

            foreach (var i in m.Ingredients)
            {
                var raw = string.Join("; ", new[] { i.Title, i.Format, i.Relationship, i.InstanceId }.Where(x => x is not null));
                report.AddSignal("c2pa.ingredient", where, raw, strength, false);
            }

            foreach (var a in m.Actions)
            {
                if (a.DigitalSourceType is not null)
                {
                    report.AddSignal("c2pa.digital_source_type", $"{where} action {a.Action}", a.DigitalSourceType, strength, DigitalSourceTypes.IsGenerativeAi(a.DigitalSourceType));
                }

                if (a.SoftwareAgent is not null)
                {
                    report.AddSignal("c2pa.software_agent", $"{where} action {a.Action}", a.SoftwareAgent, strength, false);
                }
            }
        }

        report.DigitalSourceType ??= active.Actions.Select(a => a.DigitalSourceType).FirstOrDefault(d => d is not null)
            ?? manifests.SelectMany(m => m.Actions).Select(a => a.DigitalSourceType).FirstOrDefault(d => d is not null);
        report.Generator ??= active.GeneratorName;
        report.GeneratorVersion ??= active.GeneratorVersion;
    }
}
