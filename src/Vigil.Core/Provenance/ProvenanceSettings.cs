using Vigil.Provenance;

namespace Vigil.Core.Provenance;

/// <summary>Configuration section <c>Vigil:Provenance</c> for the pipeline's provenance step.</summary>
public sealed class ProvenanceSettings
{
    public const string SectionName = "Vigil:Provenance";

    /// <summary>PEM files of C2PA trust anchors; a signer is reported trusted only when it chains to one of them.</summary>
    public IList<string> TrustAnchorFiles { get; } = [];

    /// <summary>Whether the pixel readers (stealth alpha data, dwtDct watermark) run on images.</summary>
    public bool ReadPixels { get; set; } = true;

    /// <summary>Builds the library options, failing with the key's name when a trust-anchor file is unusable.</summary>
    public ProvenanceOptions ToOptions()
    {
        var options = new ProvenanceOptions { ReadPixels = ReadPixels };
        for (var i = 0; i < TrustAnchorFiles.Count; i++)
        {
            try
            {
                options.AddTrustAnchorsFromPem(TrustAnchorFiles[i]);
            }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                throw new InvalidOperationException($"{SectionName}:TrustAnchorFiles:{i} is not a readable PEM certificate file ({e.GetType().Name}).", e);
            }
        }

        return options;
    }
}
