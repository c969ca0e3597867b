namespace Vigil.Hashing.Vpdq;

/// <summary>The outcome of comparing two vPDQ hashes.</summary>
/// <param name="QueryMatchPercent">Percentage of the query's unique, good-quality frame hashes found in the target (0..100).</param>
/// <param name="TargetMatchPercent">Percentage of the target's unique, good-quality frame hashes found in the query (0..100).</param>
/// <param name="IsMatch">Whether both percentages reach the thresholds of the options used.</param>
public readonly record struct VpdqMatchResult(double QueryMatchPercent, double TargetMatchPercent, bool IsMatch);
