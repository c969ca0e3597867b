using Vigil.Core.HashLists;

namespace Vigil.Core.Provenance;

/// <summary>Reads the stored provenance evidence (storage seam; the provenance step writes through the job store).</summary>
public interface IProvenanceStore
{
    /// <summary>The item's evidence, or null when the provenance step has not run for it.</summary>
    Task<ItemProvenance?> GetAsync(long itemId, CancellationToken cancellationToken);

    /// <summary>
    /// Live model-hash entries (not removed, not disabled at <paramref name="now"/>, in a list switched on) whose
    /// kind and value answer one of <paramref name="lookups"/> (<see cref="ModelHashLookup.Matches"/>: equal, or
    /// starting with the value of a prefix look-up), in id order.
    /// </summary>
    Task<IReadOnlyList<HashListEntry>> FindModelEntriesAsync(IReadOnlyCollection<ModelHashLookup> lookups, DateTimeOffset now, CancellationToken cancellationToken);
}
