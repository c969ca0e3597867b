using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vigil.Provenance.C2pa;

/// <summary>
/// Parsed signer certificates keyed by the SHA-256 of their DER. Loading a certificate costs far more than
/// verifying a claim, and a hotline sees the same few signers (camera makers, AI services) again and again.
/// Bounded: past the cap, certificates are parsed per use and left to the finaliser.
/// </summary>
internal static class CertificateCache
{
    private const int MaxEntries = 256;
    private static readonly ConcurrentDictionary<string, X509Certificate2> Cache = new(StringComparer.Ordinal);

    public static X509Certificate2 Get(byte[] der)
    {
        var key = Convert.ToHexString(SHA256.HashData(der));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var certificate = X509CertificateLoader.LoadCertificate(der);
        return Cache.Count < MaxEntries ? Cache.GetOrAdd(key, certificate) : certificate;
    }
}
