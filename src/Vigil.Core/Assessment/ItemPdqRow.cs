namespace Vigil.Core.Assessment;

/// <summary>An item as the near-duplicate index reads it: its PDQ (null when it has none yet) and whether its processing has ended.</summary>
public sealed record ItemPdqRow(long Id, byte[]? Pdq, bool Settled);
