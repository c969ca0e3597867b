using Microsoft.EntityFrameworkCore;
using Vigil.Core.Audit;
using Vigil.Core.HashLists;
using Vigil.Persistence.Stores;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.HashLists;

/// <summary>A migrated database with the list service wired to the real store and audit log.</summary>
internal sealed class ListHarness : IAsyncDisposable
{
    public static readonly HashListActor Actor = new("user:tester", "127.0.0.1");

    private ListHarness(TestDatabase database)
    {
        Database = database;
        Time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        Audit = new AuditLog(database.ContextFactory, Time, AuditKey.DeriveFrom(System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuditKey.Length)));
        Store = new HashListStore(database.ContextFactory, Time);
        Service = new HashListService(Store, Audit, Time);
    }

    public TestDatabase Database { get; }

    public ManualTimeProvider Time { get; }

    public AuditLog Audit { get; }

    public HashListStore Store { get; }

    public HashListService Service { get; }

    public static async Task<ListHarness> CreateAsync(DatabaseProvider provider) => new(await TestDatabase.CreateAsync(provider));

    public static string Pdq(int seed) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(seed)));

    public async Task<long> CheckpointAsync(string name)
    {
        await using var context = Database.CreateContext();
        return await context.HashLists.Where(l => l.Name == name).Select(l => l.Checkpoint).SingleAsync();
    }

    public async Task<List<HashListEntry>> AllEntriesAsync()
    {
        await using var context = Database.CreateContext();
        return await context.HashListEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Audit.Dispose();
        await Database.DisposeAsync();
    }
}
