using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vigil.Provenance.Cbor;

namespace Vigil.Provenance.C2pa;

/// <summary>A parsed COSE_Sign1 (RFC 9052) with a detached payload, as C2PA claim signatures are.</summary>
internal sealed class CoseSign1
{
    private const long AlgLabel = 1;
    private const long X5ChainLabel = 33;

    private CoseSign1(byte[] protectedBytes, CborMap protectedMap, CborMap unprotectedMap, byte[] signature)
    {
        ProtectedBytes = protectedBytes;
        Protected = protectedMap;
        Unprotected = unprotectedMap;
        Signature = signature;
    }

    public byte[] ProtectedBytes { get; }

    public CborMap Protected { get; }

    public CborMap Unprotected { get; }

    public byte[] Signature { get; }

    public long? Algorithm => Protected.TryGet(AlgLabel, out var a) ? a as long? : null;

    /// <summary>Whether the x5chain came from the unprotected header (allowed by C2PA 1.x, deprecated since).</summary>
    public bool ChainUnprotected { get; private set; }

    public static CoseSign1 Parse(ReadOnlyMemory<byte> cbor)
    {
        var item = CborDecoder.Decode(cbor);
        if (item is CborTagged { Tag: 18 } tagged)
        {
            item = tagged.Value;
        }

        if (item is not List<object?> { Count: 4 } parts || parts[0] is not byte[] prot || parts[1] is not CborMap unprot || parts[3] is not byte[] sig)
        {
            throw new C2paFormatException("cose: not a COSE_Sign1 array of four");
        }

        var protMap = prot.Length == 0 ? new CborMap() : CborDecoder.Decode(prot) as CborMap
            ?? throw new C2paFormatException("cose: protected header is not a map");
        return new CoseSign1(prot, protMap, unprot, sig);
    }

    /// <summary>The x5chain certificates, signer first (shared instances from <see cref="CertificateCache"/>: do not dispose).</summary>
    public List<X509Certificate2> Certificates()
    {
        object? chain = null;
        if (!Protected.TryGet(X5ChainLabel, out chain))
        {
            ChainUnprotected = Unprotected.TryGet(X5ChainLabel, out chain) || Unprotected.TryGet("x5chain", out chain);
        }

        var ders = chain switch
        {
            byte[] one => [one],
            List<object?> many => many.OfType<byte[]>().Take(16).ToList(),
            _ => [],
        };
        var certs = new List<X509Certificate2>();
        foreach (var der in ders)
        {
            certs.Add(CertificateCache.Get(der));
        }

        return certs;
    }

    /// <summary>Verifies the signature over Sig_structure with the detached payload; null when the algorithm is unsupported.</summary>
    public bool? Verify(X509Certificate2 signer, ReadOnlySpan<byte> payload)
    {
        if (Algorithm is not long alg || CoseAlgorithms.Hash(alg) is not HashAlgorithmName hash)
        {
            return null;
        }

        var toBeSigned = SigStructure(payload);
        if (CoseAlgorithms.IsEcdsa(alg))
        {
            using var ec = signer.GetECDsaPublicKey();
            return ec?.VerifyData(toBeSigned, Signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation) ?? false;
        }

        using var rsa = RsaKey(signer);
        return rsa?.VerifyData(toBeSigned, Signature, hash, RSASignaturePadding.Pss) ?? false;
    }

    // Certificates with an id-RSASSA-PSS key (1.2.840.113549.1.1.10, as c2pa-rs test signers use) are not
    // returned by GetRSAPublicKey; their key bits are still a PKCS#1 RSAPublicKey.
    private static RSA? RsaKey(X509Certificate2 cert)
    {
        var rsa = cert.GetRSAPublicKey();
        if (rsa is not null || !string.Equals(cert.PublicKey.Oid.Value, "1.2.840.113549.1.1.10", StringComparison.Ordinal))
        {
            return rsa;
        }

        rsa = RSA.Create();
        rsa.ImportRSAPublicKey(cert.PublicKey.EncodedKeyValue.RawData, out _);
        return rsa;
    }

    // Sig_structure = ["Signature1", body_protected, external_aad = h'', payload] (RFC 9052 section 4.4).
    private byte[] SigStructure(ReadOnlySpan<byte> payload)
    {
        using var ms = new MemoryStream();
        ms.WriteByte(0x84);
        WriteHead(ms, 3, 10);
        ms.Write("Signature1"u8);
        WriteHead(ms, 2, (ulong)ProtectedBytes.Length);
        ms.Write(ProtectedBytes);
        WriteHead(ms, 2, 0);
        WriteHead(ms, 2, (ulong)payload.Length);
        ms.Write(payload);
        return ms.ToArray();
    }

    private static void WriteHead(MemoryStream ms, int major, ulong value)
    {
        var m = (byte)(major << 5);
        if (value < 24)
        {
            ms.WriteByte((byte)(m | (byte)value));
        }
        else if (value <= byte.MaxValue)
        {
            ms.WriteByte((byte)(m | 24));
            ms.WriteByte((byte)value);
        }
        else if (value <= ushort.MaxValue)
        {
            ms.WriteByte((byte)(m | 25));
            ms.WriteByte((byte)(value >> 8));
            ms.WriteByte((byte)value);
        }
        else
        {
            ms.WriteByte((byte)(m | 26));
            for (var shift = 24; shift >= 0; shift -= 8)
            {
                ms.WriteByte((byte)(value >> shift));
            }
        }
    }
}
