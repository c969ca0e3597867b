using Vigil.Core.HashLists;

namespace Vigil.Core.Matching;

/// <summary>What a node's index holds and how current it is (HMA's <c>/m/index/status</c> reads this).</summary>
/// <param name="Built">Whether the index has been built from the database.</param>
/// <param name="BuiltAt">When the last full build finished.</param>
/// <param name="RefreshedAt">When the checkpoints were last compared with the database.</param>
/// <param name="Counts">Live entries per kind.</param>
/// <param name="PdqHashes">Hashes in the PDQ index (PDQ entries plus usable vPDQ frames).</param>
/// <param name="PendingChanges">PDQ changes not yet compacted into the multi-index.</param>
/// <param name="MemoryBytes">Bytes held by the PDQ and digest indexes' arrays.</param>
/// <param name="Skipped">Entries that could not be indexed (malformed values or frames).</param>
public sealed record IndexStatus(
    bool Built,
    DateTimeOffset? BuiltAt,
    DateTimeOffset? RefreshedAt,
    IReadOnlyDictionary<HashListEntryKind, int> Counts,
    int PdqHashes,
    int PendingChanges,
    long MemoryBytes,
    int Skipped);
