namespace Vigil.Provenance.Metadata;

/// <summary>
/// The IPTC digital source type vocabulary (http://cv.iptc.org/newscodes/digitalsourcetype/). Only the
/// trained-model codes mean generative AI; <c>algorithmicMedia</c> (a non-trained algorithm) and
/// <c>digitalCapture</c> do not.
/// </summary>
internal static class DigitalSourceTypes
{
    private static readonly HashSet<string> GenerativeCodes = new(StringComparer.Ordinal)
    {
        "trainedAlgorithmicMedia",
        "compositeWithTrainedAlgorithmicMedia",
    };

    public static bool IsGenerativeAi(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return false;
        }

        var slash = uri.TrimEnd('/').LastIndexOf('/');
        var code = slash >= 0 ? uri[(slash + 1)..] : uri;
        return GenerativeCodes.Contains(code.Trim());
    }
}
