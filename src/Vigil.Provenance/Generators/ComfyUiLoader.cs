namespace Vigil.Provenance.Generators;

/// <summary>One model or LoRA a ComfyUI loader node names.</summary>
/// <param name="IsLora">A LoRA (else a checkpoint / diffusion model).</param>
/// <param name="Name">The file name as the node holds it.</param>
/// <param name="Weight">The model strength, or null.</param>
/// <param name="ClipWeight">The text-encoder strength when the node has one, or null.</param>
/// <param name="Inactive">Why a LoRA that the node lists is not applied (switched off, zero strength), or null.</param>
internal sealed record ComfyUiLoader(bool IsLora, string Name, double? Weight, double? ClipWeight, string? Inactive);
