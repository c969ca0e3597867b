using Microsoft.EntityFrameworkCore;
using Vigil.Core.Accounts;

namespace Vigil.Persistence.Stores;

internal sealed class UserStore(IDbContextFactory<VigilDbContext> contextFactory) : IUserStore
{
    public async Task<User?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
    }

    public async Task AddAsync(User user, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Users.Add(user);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Two nodes starting together both create the first administrator: the unique name decides, and the
            // loser learns it as the same typed error a name clash gives.
            if (await FindAsync(user.UserName, cancellationToken) is not null)
            {
                throw new AccountException($"A user named '{user.UserName}' already exists.", ex);
            }

            throw;
        }
    }

    public async Task UpdateAsync(User user, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Users.Update(user);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Users.AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
    }
}
