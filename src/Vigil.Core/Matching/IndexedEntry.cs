using Vigil.Core.HashLists;

namespace Vigil.Core.Matching;

/// <summary>What the index keeps per live entry (a small struct in one dictionary; hashes live in the index arrays).</summary>
internal readonly record struct IndexedEntry(long ListId, HashListEntryKind Kind, long DisabledUntilTicks, int FrameCount)
{
    public bool EnabledAt(DateTimeOffset now) => DisabledUntilTicks == 0 || now.UtcTicks >= DisabledUntilTicks;
}
