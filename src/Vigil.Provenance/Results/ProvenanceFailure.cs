namespace Vigil.Provenance.Results;

/// <summary>A structural failure: the reader stopped here; what it found before is still reported.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Detail">What was wrong and at which offset (no file content).</param>
public sealed record ProvenanceFailure(ProvenanceFailureKind Kind, string Detail);
