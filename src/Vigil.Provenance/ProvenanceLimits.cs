namespace Vigil.Provenance;

/// <summary>Caps on everything a reader takes from an untrusted file. Every length is also bounded by the bytes left.</summary>
internal static class ProvenanceLimits
{
    public const int MaxFileBytes = 512 * 1024 * 1024;
    public const int MaxChunks = 100_000;
    public const int MaxTextBytes = 8 * 1024 * 1024;
    public const int MaxInflatedBytes = 8 * 1024 * 1024;
    public const int MaxManifestStoreBytes = 64 * 1024 * 1024;
    public const int MaxJsonDepth = 64;
    public const int MaxCborDepth = 32;
    public const int MaxCborItems = 200_000;
    public const int MaxJumbfDepth = 16;
    public const int MaxExifEntries = 4096;
    public const int MaxSignals = 1000;
    public const int MaxWarnings = 200;
    public const int MaxLoras = 256;
    public const int MaxRawValueChars = 4096;
    public const int MaxSafetensorsHeaderBytes = 100 * 1024 * 1024;
    public const int MaxStealthBytes = 4 * 1024 * 1024;

    public static string Clip(string value) =>
        value.Length <= MaxRawValueChars ? value : string.Concat(value.AsSpan(0, MaxRawValueChars), "…");
}
