namespace Vigil.Core.HashLists.Formats;

/// <summary>A row that was skipped: its 1-based line and what was wrong (never the row's content).</summary>
public sealed record HashListRowError(long Line, string Problem);
