namespace Vigil.Provenance.Results;

/// <summary>One manifest of a C2PA manifest store.</summary>
/// <param name="Label">The manifest label (usually <c>urn:uuid:...</c>).</param>
/// <param name="ClaimGenerator">The claim generator string, or (without one) the first claim_generator_info entry as "name version".</param>
/// <param name="GeneratorName">The product name of the claim generator.</param>
/// <param name="Title">The claim's <c>dc:title</c>, or null.</param>
/// <param name="Actions">The actions of its <c>c2pa.actions</c> assertions.</param>
/// <param name="IsActive">Whether this is the active (last) manifest.</param>
public sealed record C2paManifestInfo(
    string Label,
    string? ClaimGenerator,
    string? GeneratorName,
    string? Title,
    IReadOnlyList<C2paAction> Actions,
    bool IsActive)
{
    /// <summary>The claim's <c>claim_generator_info</c> entries (an array in claim v1, one map in v2).</summary>
    public IReadOnlyList<C2paGeneratorInfo> GeneratorInfo { get; init; } = [];

    /// <summary>The manifest's <c>c2pa.ingredient</c> assertions.</summary>
    public IReadOnlyList<C2paIngredient> Ingredients { get; init; } = [];
}
