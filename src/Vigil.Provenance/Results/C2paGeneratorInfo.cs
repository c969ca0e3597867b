namespace Vigil.Provenance.Results;

/// <summary>One entry of a C2PA claim's <c>claim_generator_info</c>.</summary>
/// <param name="Name">The product name.</param>
/// <param name="Version">The product version, or null.</param>
public sealed record C2paGeneratorInfo(string Name, string? Version);
