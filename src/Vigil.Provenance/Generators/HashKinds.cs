namespace Vigil.Provenance.Generators;

/// <summary>Names the hash a generator wrote, from its length (A1111 and Civitai conventions).</summary>
internal static class HashKinds
{
    public static string? Of(string? hash, bool loraTensorHash = false)
    {
        if (string.IsNullOrEmpty(hash))
        {
            return null;
        }

        if (hash.StartsWith("blake3:", StringComparison.OrdinalIgnoreCase))
        {
            return "BLAKE3";
        }

        return hash.Length switch
        {
            8 => "AutoV1",
            10 => "AutoV2",
            12 => loraTensorHash ? "AutoV3" : "AutoV2",
            64 => loraTensorHash ? "AutoV3" : "SHA256",
            _ => null,
        };
    }

    public static string? Normalise(string? hash) =>
        string.IsNullOrWhiteSpace(hash) ? null : hash.Trim().ToLowerInvariant();
}
