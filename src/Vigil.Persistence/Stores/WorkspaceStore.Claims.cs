using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;

namespace Vigil.Persistence.Stores;

public sealed partial class WorkspaceStore
{
    /// <remarks>
    /// One statement, the same on SQLite and PostgreSQL: insert the claim, or take over the existing row only when it
    /// has expired or is the analyst's own. PostgreSQL locks the conflicting row and re-checks the WHERE on its latest
    /// version; SQLite has one writer. Either way exactly one of two racing analysts gets a row count of 1.
    /// </remarks>
    public async Task<bool> TryClaimAsync(long itemId, string analyst, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var nowTicks = now.UtcTicks;
        var expiresTicks = expiresAt.UtcTicks;
        var rows = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO item_claims (item_id, analyst, claimed_at, expires_at) VALUES ({itemId}, {analyst}, {nowTicks}, {expiresTicks})
            ON CONFLICT (item_id) DO UPDATE SET analyst = excluded.analyst, claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
            WHERE item_claims.expires_at <= excluded.claimed_at OR item_claims.analyst = excluded.analyst
            """,
            cancellationToken);
        return rows == 1;
    }

    public async Task ReleaseAsync(long itemId, string analyst, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.ItemClaims.Where(c => c.ItemId == itemId && c.Analyst == analyst).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<ItemClaim?> GetClaimAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ItemClaims.AsNoTracking().FirstOrDefaultAsync(c => c.ItemId == itemId, cancellationToken);
    }
}
