namespace Vigil.Core.HashLists;

/// <summary>A list with the number of its live (not removed) entries.</summary>
public sealed record HashListSummary(HashList List, long EntryCount);
