using Microsoft.EntityFrameworkCore;
using Vigil.Core.Provenance;

namespace Vigil.Persistence.Stores;

/// <summary>Reads the <c>item_provenance</c> rows the provenance step wrote.</summary>
internal sealed class ProvenanceStore(IDbContextFactory<VigilDbContext> contextFactory) : IProvenanceStore
{
    public async Task<ItemProvenance?> GetAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ItemProvenance.AsNoTracking().FirstOrDefaultAsync(p => p.ItemId == itemId, cancellationToken);
    }
}
