using Microsoft.EntityFrameworkCore;
using Vigil.Core.Vault;

namespace Vigil.Persistence.Vault;

/// <summary>Sealed files as rows of <c>vault_blobs</c> (bytea on PostgreSQL): one INSERT, atomic by transaction.</summary>
internal sealed class DatabaseVaultBlobStore(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time) : IVaultBlobStore
{
    public async Task<bool> ExistsAsync(byte[] sha256, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.VaultBlobs.AnyAsync(b => b.Sha256 == sha256, cancellationToken);
    }

    public async Task<bool> PutIfAbsentAsync(byte[] sha256, ReadOnlyMemory<byte> sealedContent, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var content = sealedContent.ToArray();
        var ticks = time.GetUtcNow().UtcTicks;
        var written = context.IsPostgreSql
            ? await context.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO vault_blobs (sha256, content, stored_at) VALUES ({sha256}, {content}, {ticks}) ON CONFLICT (sha256) DO NOTHING",
                cancellationToken)
            : await context.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT OR IGNORE INTO vault_blobs (sha256, content, stored_at) VALUES ({sha256}, {content}, {ticks})",
                cancellationToken);
        return written == 1;
    }

    public async Task<byte[]?> GetAsync(byte[] sha256, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.VaultBlobs.Where(b => b.Sha256 == sha256).Select(b => b.Content).FirstOrDefaultAsync(cancellationToken);
    }
}
