using Vigil.Core.HashLists;

namespace Vigil.Core.Matching;

/// <summary>The columns of a list entry the index reads (frames only for vPDQ entries).</summary>
public sealed record IndexEntryRow(
    long Id,
    long ListId,
    HashListEntryKind Kind,
    string Value,
    string? Frames,
    DateTimeOffset? DisabledUntil,
    bool Removed,
    long Checkpoint);
