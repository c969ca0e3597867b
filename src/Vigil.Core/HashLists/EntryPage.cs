namespace Vigil.Core.HashLists;

/// <summary>A page of entries in id order; <see cref="NextAfterId"/> continues the listing (null at the end).</summary>
public sealed record EntryPage(IReadOnlyList<HashListEntry> Entries, long? NextAfterId);
