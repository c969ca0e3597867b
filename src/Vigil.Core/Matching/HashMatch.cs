using Vigil.Core.HashLists;

namespace Vigil.Core.Matching;

/// <summary>
/// One list entry a query matched. <see cref="Distance"/> is the Hamming distance for PDQ and vPDQ (best frame),
/// 0 for exact digests. The optional facts say how: the dihedral variant, the video frame, the vPDQ percentages.
/// </summary>
public sealed record HashMatch(long EntryId, long ListId, string ListName, HashListEntryKind Signal, int Distance)
{
    /// <summary>Index of the dihedral variant (0 = as given) that matched, when a dihedral search found it.</summary>
    public int? Variant { get; init; }

    /// <summary>The query video's frame number that matched a PDQ entry.</summary>
    public int? Frame { get; init; }

    /// <summary>vPDQ: share of the query's frames found in the entry.</summary>
    public double? QueryMatchPercent { get; init; }

    /// <summary>vPDQ: share of the entry's frames found in the query.</summary>
    public double? TargetMatchPercent { get; init; }
}
