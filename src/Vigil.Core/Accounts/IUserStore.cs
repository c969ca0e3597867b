namespace Vigil.Core.Accounts;

/// <summary>Users (storage seam).</summary>
public interface IUserStore
{
    Task<User?> FindAsync(string userName, CancellationToken cancellationToken);

    Task AddAsync(User user, CancellationToken cancellationToken);

    Task UpdateAsync(User user, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken);
}
