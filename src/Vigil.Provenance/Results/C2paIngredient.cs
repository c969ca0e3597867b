namespace Vigil.Provenance.Results;

/// <summary>A <c>c2pa.ingredient</c> assertion: an asset this manifest's asset was made from.</summary>
/// <param name="Title">The ingredient's <c>dc:title</c>, or null.</param>
/// <param name="Format">Its media type (<c>dc:format</c>), or null.</param>
/// <param name="Relationship"><c>parentOf</c>, <c>componentOf</c> or <c>inputTo</c>, or null.</param>
/// <param name="InstanceId">Its <c>instanceID</c> (XMP instance id), or null.</param>
/// <param name="ManifestLabel">The label of the ingredient's own manifest in this store, when it names one.</param>
public sealed record C2paIngredient(string? Title, string? Format, string? Relationship, string? InstanceId, string? ManifestLabel);
