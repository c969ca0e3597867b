namespace Vigil.Core.Statistics.Import;

/// <summary>A rejected line of an import file: its 1-based line number and why (never its content).</summary>
public sealed record ImportRowError(long Line, string Reason);
