using Microsoft.EntityFrameworkCore;
using Vigil.Core.Accounts;

namespace Vigil.Persistence.Stores;

internal sealed class ApiKeyStore(IDbContextFactory<VigilDbContext> contextFactory) : IApiKeyStore
{
    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.ApiKeys.Add(key);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<ApiKey?> FindBySecretHashAsync(byte[] secretHash, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == secretHash, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }
}
