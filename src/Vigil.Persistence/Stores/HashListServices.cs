using Microsoft.EntityFrameworkCore;
using Vigil.Core.HashLists;

namespace Vigil.Persistence.Stores;

/// <summary>The list service over a database for hosts without dependency injection (the CLI).</summary>
public static class HashListServices
{
    public static HashListService Create(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time) =>
        new(new HashListStore(contextFactory, time), new AuditLog(contextFactory, time), time);
}
