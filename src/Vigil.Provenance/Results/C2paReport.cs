namespace Vigil.Provenance.Results;

/// <summary>What a file's C2PA manifest store says and whether it validated offline.</summary>
public sealed class C2paReport
{
    internal List<C2paManifestInfo> ManifestList { get; } = [];

    internal List<string> CodeList { get; } = [];

    /// <summary>Whether a manifest store was found (even one that fails validation).</summary>
    public bool Present { get; internal set; }

    /// <summary>Where the store was found, e.g. <c>jpeg app11</c>, <c>png caBX</c>.</summary>
    public string? Container { get; internal set; }

    /// <summary>The active manifest's label.</summary>
    public string? ActiveManifest { get; internal set; }

    /// <summary>The active manifest's claim generator.</summary>
    public string? ClaimGenerator { get; internal set; }

    /// <summary>The active manifest's <c>claim_generator_info</c> entries (name and version), reported as declared.</summary>
    public IReadOnlyList<C2paGeneratorInfo> ClaimGeneratorInfo { get; internal set; } = [];

    /// <summary>The active manifest's ingredients (<c>c2pa.ingredient</c> assertions).</summary>
    public IReadOnlyList<C2paIngredient> Ingredients { get; internal set; } = [];

    /// <summary>The active manifest's claim version (1 for <c>c2pa.claim</c>, 2 for <c>c2pa.claim.v2</c>).</summary>
    public int? ClaimVersion { get; internal set; }

    /// <summary>The active manifest's actions.</summary>
    public IReadOnlyList<C2paAction> Actions { get; internal set; } = [];

    /// <summary>Every manifest in the store, ingredients first, the active one last.</summary>
    public IReadOnlyList<C2paManifestInfo> Manifests => ManifestList;

    /// <summary>The COSE algorithm of the active claim signature, e.g. <c>ES256</c>, <c>PS256</c>.</summary>
    public string? SignatureAlgorithm { get; internal set; }

    /// <summary>The signing certificate's subject common name (or organisation).</summary>
    public string? Signer { get; internal set; }

    /// <summary>The signing certificate's subject organisation (O), as c2pa-rs reports its "issuer", or null.</summary>
    public string? SignerOrganization { get; internal set; }

    /// <summary>The signing certificate's subject e-mail address, or null.</summary>
    public string? SignerEmail { get; internal set; }

    /// <summary>Whether the claim signature verified; null when it could not be checked.</summary>
    public bool? SignatureValid { get; internal set; }

    /// <summary>Whether every hashed assertion reference matched; null when not checked.</summary>
    public bool? AssertionHashesValid { get; internal set; }

    /// <summary>Whether the hard-binding data hash matched the file; null when not applicable (e.g. BMFF hash).</summary>
    public bool? DataHashValid { get; internal set; }

    /// <summary>The hard-binding assertion label, e.g. <c>c2pa.hash.data</c>.</summary>
    public string? HardBinding { get; internal set; }

    /// <summary>Whether the signing certificate chains to a configured trust anchor.</summary>
    public bool Trusted { get; internal set; }

    /// <summary>C2PA validation status codes for the failures found (e.g. <c>assertion.dataHash.mismatch</c>).</summary>
    public IReadOnlyList<string> ValidationCodes => CodeList;

    /// <summary>Whether the signature verified and the hard binding matched (the claim is attested for this file).</summary>
    public bool Verified => SignatureValid == true && AssertionHashesValid != false && DataHashValid == true;
}
