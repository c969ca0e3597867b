namespace Vigil.Core.HashLists;

/// <summary>The entry after an add; <see cref="Changed"/> is false when it was already present and live (nothing changed).</summary>
public sealed record EntryAddOutcome(HashListEntry Entry, bool Changed);
