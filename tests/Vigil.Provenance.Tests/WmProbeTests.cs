using Vigil.Provenance.C2pa;
using Vigil.Provenance.Containers;
using Vigil.Provenance.Results;
using Xunit.Abstractions;

namespace Vigil.Provenance.Tests;

public sealed class WmProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var name in new[] { "C.jpg", "XCA.jpg", "ocsp.jpg" })
        {
            var bytes = File.ReadAllBytes(SampleFiles.C2paRs(name));
            var meta = new FileMetadata(new ProvenanceReport());
            JpegReader.Read(bytes, meta);
            var ms = C2paManifestParser.Parse(JumbfReader.ParseStore(meta.ManifestStore!.Data), meta.Report);
            var m = ms[^1];
            var cose = CoseSign1.Parse(m.SignatureBox!.Content("cbor")!.Payload);
            var certs = cose.Certificates();
            output.WriteLine($"{name} alg={cose.Algorithm} keyalg={certs[0].PublicKey.Oid.Value} unprot={cose.ChainUnprotected} claimlen={m.ClaimBytes.Length} sig={cose.Signature.Length} prot={Convert.ToHexString(cose.ProtectedBytes)[..Math.Min(80, cose.ProtectedBytes.Length * 2)]}");
            output.WriteLine($"  payload-present={string.Join(",", CborProbe(m.SignatureBox!.Content("cbor")!.Payload))}");
        }
    }

    private static IEnumerable<string> CborProbe(ReadOnlyMemory<byte> b)
    {
        var item = Vigil.Provenance.Cbor.CborDecoder.Decode(b);
        if (item is Vigil.Provenance.Cbor.CborTagged t)
        {
            item = t.Value;
        }

        var list = (List<object?>)item!;
        yield return list[2]?.GetType().Name ?? "null";
        yield return string.Join("|", ((Vigil.Provenance.Cbor.CborMap)list[1]!).Entries.Select(e => e.Key?.ToString()));
    }
}
