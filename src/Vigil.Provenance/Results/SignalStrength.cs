namespace Vigil.Provenance.Results;

/// <summary>How much weight a provenance signal can bear.</summary>
public enum SignalStrength
{
    /// <summary>A circumstantial hint (an EXIF Software name, a tool's habit); easily absent or forged.</summary>
    Hint,

    /// <summary>Declared by the file (text metadata, XMP, an unverified or failed C2PA claim); forgeable.</summary>
    Declared,

    /// <summary>Covered by a C2PA signature that verified and whose hard binding matches the file.</summary>
    CryptographicallyVerified,
}
