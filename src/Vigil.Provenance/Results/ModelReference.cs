namespace Vigil.Provenance.Results;

/// <summary>A base model (checkpoint) named by a file's metadata.</summary>
/// <param name="Name">The model name or file name as declared.</param>
/// <param name="Hash">The declared hash (lowercase hex, or <c>blake3:...</c>), or null when none was declared.</param>
/// <param name="HashKind">What the hash is (<c>AutoV1</c>, <c>AutoV2</c>, <c>AutoV3</c>, <c>SHA256</c>, <c>BLAKE3</c>), or null.</param>
public sealed record ModelReference(string Name, string? Hash, string? HashKind)
{
    /// <summary>The node that loaded it (ComfyUI: <c>"UNETLoader (id 10)"</c>), else null.</summary>
    public string? LoaderNode { get; init; }

    /// <summary>The model's version as declared (IPTC <c>AISystemVersionUsed</c>), else null.</summary>
    public string? Version { get; init; }

    /// <summary>The base architecture as declared (InvokeAI <c>base</c>, e.g. <c>sdxl</c>), else null.</summary>
    public string? Base { get; init; }
}
