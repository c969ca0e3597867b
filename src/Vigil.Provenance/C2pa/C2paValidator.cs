using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vigil.Provenance.Cbor;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.C2pa;

/// <summary>
/// Offline validation of the active manifest: hashed assertion references, the hard-binding data hash over the
/// asset, the COSE_Sign1 claim signature and the signer's chain against the configured trust anchors.
/// Failures are recorded as C2PA validation status codes.
/// </summary>
internal static class C2paValidator
{
    public static void Validate(C2paManifest m, ReadOnlySpan<byte> file, ProvenanceOptions options, DateTimeOffset now, C2paReport r, ProvenanceReport report)
    {
        r.AssertionHashesValid = CheckAssertionHashes(m, r, report);
        CheckHardBinding(m, file, r, report);
        CheckSignature(m, options, now, r, report);
    }

    private static bool? CheckAssertionHashes(C2paManifest m, C2paReport r, ProvenanceReport report)
    {
        if (m.Claim is null)
        {
            r.CodeList.Add("claim.malformed");
            return null;
        }

        var refs = new List<CborMap>();
        foreach (var key in new[] { "assertions", "created_assertions", "gathered_assertions" })
        {
            refs.AddRange(m.Claim.GetArray(key)?.OfType<CborMap>() ?? []);
        }

        var ok = true;
        foreach (var h in refs.Take(ProvenanceLimits.MaxChunks))
        {
            var url = h.GetString("url");
            var expected = h.GetBytes("hash");
            var label = url?[(url.LastIndexOf('/') + 1)..];
            if (label is null || expected is null)
            {
                report.Warn("c2pa: a hashed assertion reference lacks its url or hash");
                continue;
            }

            var box = m.AssertionStore?.Children.FirstOrDefault(c => c.IsSuperbox && string.Equals(c.Label, label, StringComparison.Ordinal));
            if (box is null)
            {
                AddCode(r, "assertion.missing");
                ok = false;
                continue;
            }

            using var hash = CoseAlgorithms.CreateHash(h.GetString("alg") ?? m.Claim.GetString("alg"));
            if (hash is null)
            {
                AddCode(r, "algorithm.unsupported");
                ok = false;
                continue;
            }

            // The hash covers the assertion superbox's contents: its description and content boxes, not its header.
            hash.AppendData(box.Payload.Span);
            if (!CryptographicOperations.FixedTimeEquals(hash.GetHashAndReset(), expected))
            {
                AddCode(r, "assertion.hashedURI.mismatch");
                ok = false;
            }
        }

        return ok;
    }

    private static void CheckHardBinding(C2paManifest m, ReadOnlySpan<byte> file, C2paReport r, ProvenanceReport report)
    {
        var dataHash = m.Assertion("c2pa.hash.data");
        if (dataHash is null)
        {
            CheckOtherHardBinding(m, file, r, report);
            return;
        }

        r.HardBinding = "c2pa.hash.data";
        CborMap? map;
        try
        {
            map = dataHash.Content("cbor") is { } c ? CborDecoder.Decode(c.Payload) as CborMap : null;
        }
        catch (CborFormatException ex)
        {
            report.Warn($"c2pa: the data hash assertion is malformed ({ex.Message})");
            map = null;
        }

        if (map?.GetBytes("hash") is not { } expected)
        {
            AddCode(r, "assertion.dataHash.malformed");
            r.DataHashValid = false;
            return;
        }

        using var hash = CoseAlgorithms.CreateHash(map.GetString("alg") ?? m.Claim?.GetString("alg"));
        if (hash is null)
        {
            AddCode(r, "algorithm.unsupported");
            return;
        }

        var ranges = new List<(long Start, long Length)>();
        foreach (var e in map.GetArray("exclusions")?.OfType<CborMap>() ?? [])
        {
            if (e.GetInteger("start") is long s && e.GetInteger("length") is long l && s >= 0 && l >= 0)
            {
                ranges.Add((s, l));
            }
        }

        ranges.Sort();
        long pos = 0;
        var valid = true;
        foreach (var (start, length) in ranges)
        {
            if (start < pos || start > file.Length || length > file.Length - start)
            {
                valid = false; // overlapping or out-of-file exclusions cannot bind this file
                break;
            }

            hash.AppendData(file[(int)pos..(int)start]);
            pos = start + length;
        }

        if (valid)
        {
            hash.AppendData(file[(int)pos..]);
            valid = CryptographicOperations.FixedTimeEquals(hash.GetHashAndReset(), expected);
        }

        r.DataHashValid = valid;
        if (!valid)
        {
            AddCode(r, "assertion.dataHash.mismatch");
        }
    }

    private static void CheckOtherHardBinding(C2paManifest m, ReadOnlySpan<byte> file, C2paReport r, ProvenanceReport report)
    {
        foreach (var label in (string[])["c2pa.hash.bmff.v3", "c2pa.hash.bmff.v2", "c2pa.hash.bmff"])
        {
            if (m.Assertion(label) is not { } bmff)
            {
                continue;
            }

            r.HardBinding = label;
            CborMap? map;
            try
            {
                map = bmff.Content("cbor") is { } c ? CborDecoder.Decode(c.Payload) as CborMap : null;
            }
            catch (CborFormatException ex)
            {
                report.Warn($"c2pa: the BMFF hash assertion is malformed ({ex.Message})");
                map = null;
            }

            if (map is null)
            {
                r.DataHashValid = false;
                AddCode(r, "assertion.bmffHash.malformed");
                return;
            }

            BmffHashValidator.Validate(map, label, file, m.Claim?.GetString("alg"), r, report);
            return;
        }

        var other = m.Assertions(l => l.StartsWith("c2pa.hash.", StringComparison.Ordinal)).FirstOrDefault();
        r.HardBinding = other?.Label;
        report.Warn(other is null
            ? "c2pa: the active manifest has no hard binding"
            : $"c2pa: hard binding '{other.Label}' is not validated by this reader");
    }

    private static void CheckSignature(C2paManifest m, ProvenanceOptions options, DateTimeOffset now, C2paReport r, ProvenanceReport report)
    {
        var cbor = m.SignatureBox?.Content("cbor");
        if (cbor is null || m.ClaimBytes.IsEmpty)
        {
            AddCode(r, "claimSignature.missing");
            return;
        }

        CoseSign1 cose;
        List<X509Certificate2> certs;
        try
        {
            cose = CoseSign1.Parse(cbor.Payload);
            certs = cose.Certificates();
        }
        catch (Exception ex) when (ex is C2paFormatException or CborFormatException or CryptographicException)
        {
            report.Warn($"c2pa: the claim signature is malformed ({ex.Message})");
            AddCode(r, "claimSignature.mismatch");
            r.SignatureValid = false;
            return;
        }

        try
        {
            r.SignatureAlgorithm = cose.Algorithm is long a ? CoseAlgorithms.Name(a) : null;
            if (certs.Count == 0)
            {
                AddCode(r, "signingCredential.missing");
                return;
            }

            var signer = certs[0];
            r.Signer = signer.GetNameInfo(X509NameType.SimpleName, false);
            r.SignerOrganization = signer.SubjectName.EnumerateRelativeDistinguishedNames()
                .Where(n => !n.HasMultipleElements && n.GetSingleElementType().Value == "2.5.4.10")
                .Select(n => n.GetSingleElementValue())
                .FirstOrDefault();
            r.SignerEmail = signer.GetNameInfo(X509NameType.EmailName, false) is { Length: > 0 } email ? email : null;
            r.SignatureValid = cose.Verify(signer, m.ClaimBytes.Span);
            if (r.SignatureValid is null)
            {
                AddCode(r, "algorithm.unsupported");
            }
            else if (r.SignatureValid == false)
            {
                AddCode(r, "claimSignature.mismatch");
            }

            r.Trusted = ChainsToAnchor(certs, options, now, r);
            if (!r.Trusted)
            {
                AddCode(r, "signingCredential.untrusted");
            }
        }
        catch (CryptographicException ex)
        {
            report.Warn($"c2pa: the signing certificate could not be used ({ex.Message})");
            r.SignatureValid = false;
            AddCode(r, "claimSignature.mismatch");
        }
    }

    private static bool ChainsToAnchor(List<X509Certificate2> certs, ProvenanceOptions options, DateTimeOffset now, C2paReport r)
    {
        if (options.TrustAnchors.Count == 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(options.TrustAnchors);
        chain.ChainPolicy.ExtraStore.AddRange(certs.Skip(1).ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = (options.VerificationTime ?? now).UtcDateTime;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        if (chain.Build(certs[0]))
        {
            return true;
        }

        if (chain.ChainStatus.Any(s => s.Status == X509ChainStatusFlags.NotTimeValid))
        {
            AddCode(r, "signingCredential.expired");
        }

        return false;
    }

    private static void AddCode(C2paReport r, string code)
    {
        if (!r.CodeList.Contains(code))
        {
            r.CodeList.Add(code);
        }
    }
}
