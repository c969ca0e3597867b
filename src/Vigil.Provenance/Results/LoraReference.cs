namespace Vigil.Provenance.Results;

/// <summary>A LoRA (or other fine-tune adapter) that metadata says was applied.</summary>
/// <param name="Name">The LoRA name or file name as declared.</param>
/// <param name="Weight">The model strength, or null when not declared.</param>
/// <param name="Hash">The declared hash (lowercase hex or <c>blake3:...</c>), or null.</param>
/// <param name="HashKind">What the hash is, or null.</param>
public sealed record LoraReference(string Name, double? Weight, string? Hash, string? HashKind)
{
    /// <summary>The text-encoder (CLIP) strength when declared separately from <see cref="Weight"/>, else null.</summary>
    public double? ClipWeight { get; init; }

    /// <summary>The node that applied it (ComfyUI: <c>"LoraLoader (id 10)"</c>), else null.</summary>
    public string? LoaderNode { get; init; }
}
