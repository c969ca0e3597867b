namespace Vigil.Hashing.Pdq;

/// <summary>A PDQ hash with its quality (0..100; the reference treats under 50 as too flat to trust).</summary>
/// <param name="Hash">The 256-bit hash.</param>
/// <param name="Quality">Gradient-based quality, 0..100.</param>
public readonly record struct PdqResult(PdqHash Hash, int Quality);
