namespace Vigil.Core.Assessment;

/// <summary>
/// Hash-list matches and AI-provenance signals per item (the seam to the lists and provenance capabilities).
/// </summary>
public interface IItemSignalSource
{
    Task<IReadOnlyDictionary<long, ItemSignals>> SignalsAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken);
}
