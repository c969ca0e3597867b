namespace Vigil.Core.Matching;

/// <summary>A stored <see cref="ItemMatch"/> with the names a reader needs.</summary>
public sealed record StoredMatch(ItemMatch Match, string ListName, string EntryValue, string? Category, bool? AiGenerated);
