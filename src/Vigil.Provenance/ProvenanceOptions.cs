using System.Security.Cryptography.X509Certificates;

namespace Vigil.Provenance;

/// <summary>Settings for <see cref="ProvenanceInspector"/>.</summary>
public sealed class ProvenanceOptions
{
    /// <summary>
    /// C2PA trust anchors: a signing certificate is trusted only when it chains to one of these. Empty by default,
    /// so every signer is reported as <c>signingCredential.untrusted</c> until a trust list is configured.
    /// </summary>
    public X509Certificate2Collection TrustAnchors { get; } = [];

    /// <summary>The time certificate validity is checked at; null means the injected clock's now.</summary>
    public DateTimeOffset? VerificationTime { get; set; }

    /// <summary>Whether pixel-based readers (stealth alpha data, dwtDct watermark) run when pixels are given.</summary>
    public bool ReadPixels { get; set; } = true;

    /// <summary>Adds every certificate in a PEM file to <see cref="TrustAnchors"/>.</summary>
    /// <param name="pemPath">A file of one or more PEM certificates.</param>
    /// <exception cref="ArgumentException">The file holds no certificate.</exception>
    public void AddTrustAnchorsFromPem(string pemPath)
    {
        var before = TrustAnchors.Count;
        TrustAnchors.ImportFromPemFile(pemPath);
        if (TrustAnchors.Count == before)
        {
            throw new ArgumentException("The trust-anchor file holds no PEM certificate.", nameof(pemPath));
        }
    }
}
