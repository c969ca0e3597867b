using Vigil.Core.HashLists;

namespace Vigil.Core.Matching;

/// <summary>
/// An item found in a hash list: which entry, by which signal and how close. Written by the matching step with the
/// job's completion (exactly once); (item, entry, signal) is unique.
/// </summary>
public sealed class ItemMatch
{
    public const int DetailMaxLength = 1000;

    public long Id { get; set; }

    public long ItemId { get; set; }

    public long ListId { get; set; }

    public long EntryId { get; set; }

    /// <summary>The entry kind that matched (e.g. PDQ, SHA-256, vPDQ, a model hash named in the item's metadata).</summary>
    public HashListEntryKind Signal { get; set; }

    /// <summary>Hamming distance for PDQ (0 for exact digests); for vPDQ the best frame distance.</summary>
    public int Distance { get; set; }

    /// <summary>Further facts as JSON, e.g. the dihedral variant or vPDQ match percentages.</summary>
    public string? Detail { get; set; }

    public DateTimeOffset MatchedAt { get; set; }
}
