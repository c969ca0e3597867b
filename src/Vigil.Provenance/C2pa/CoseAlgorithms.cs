using System.Security.Cryptography;

namespace Vigil.Provenance.C2pa;

/// <summary>The COSE signature algorithms C2PA allows (RFC 9053 identifiers).</summary>
internal static class CoseAlgorithms
{
    public static string Name(long id) => id switch
    {
        -7 => "ES256",
        -35 => "ES384",
        -36 => "ES512",
        -37 => "PS256",
        -38 => "PS384",
        -39 => "PS512",
        -8 => "Ed25519",
        _ => $"COSE({id})",
    };

    public static HashAlgorithmName? Hash(long id) => id switch
    {
        -7 or -37 => HashAlgorithmName.SHA256,
        -35 or -38 => HashAlgorithmName.SHA384,
        -36 or -39 => HashAlgorithmName.SHA512,
        _ => null,
    };

    public static bool IsEcdsa(long id) => id is -7 or -35 or -36;

    public static bool IsPss(long id) => id is -37 or -38 or -39;

    /// <summary>Hashes with a C2PA hash algorithm name (<c>sha256</c>, <c>sha384</c>, <c>sha512</c>).</summary>
    public static IncrementalHash? CreateHash(string? alg) => (alg ?? "sha256") switch
    {
        "sha256" => IncrementalHash.CreateHash(HashAlgorithmName.SHA256),
        "sha384" => IncrementalHash.CreateHash(HashAlgorithmName.SHA384),
        "sha512" => IncrementalHash.CreateHash(HashAlgorithmName.SHA512),
        _ => null,
    };
}
