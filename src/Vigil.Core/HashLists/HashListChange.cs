namespace Vigil.Core.HashLists;

/// <summary>Fields of a list to change; null leaves a field as it is (an empty description clears it).</summary>
public sealed record HashListChange(string? Name = null, string? Description = null, double? MatchingEnabledRatio = null);
