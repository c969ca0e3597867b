namespace Vigil.Core.Provenance;

/// <summary>Reads the stored provenance evidence (storage seam; the provenance step writes through the job store).</summary>
public interface IProvenanceStore
{
    /// <summary>The item's evidence, or null when the provenance step has not run for it.</summary>
    Task<ItemProvenance?> GetAsync(long itemId, CancellationToken cancellationToken);
}
