namespace Vigil.Core.Matching;

/// <summary>What the index needs of a list: its name, how much of it matches, and its checkpoint.</summary>
public sealed record HashListState(long Id, string Name, double MatchingEnabledRatio, long Checkpoint);
