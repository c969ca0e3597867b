using System.Runtime.CompilerServices;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Matching;
using Vigil.Hashing.Pdq;

namespace Vigil.Cli.Commands.Bench;

/// <summary>
/// A store holding one list of <c>count</c> random PDQ entries, streamed through the same build path as database
/// rows (hex values parsed per row), so `vigil bench scan` measures scanning against a 10 M-entry index without
/// writing 10 M rows first.
/// </summary>
internal sealed class SyntheticMatchingStore(int count, int seed) : IMatchingStore
{
    public Task<IReadOnlyList<HashListState>> GetListsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HashListState>>([new HashListState(1, "BENCH", 1.0, 1)]);

    public async IAsyncEnumerable<IndexEntryRow> StreamLiveEntriesAsync(bool pdqOnly, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (!pdqOnly)
        {
            yield break;
        }

        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var hash = new PdqHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());
            yield return new IndexEntryRow(i, 1, HashListEntryKind.Pdq, hash.ToString(), null, null, false, 1);
        }
    }

    public Task<long> CountChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, CancellationToken cancellationToken) =>
        Task.FromResult(0L);

    public IAsyncEnumerable<IndexEntryRow> StreamChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, CancellationToken cancellationToken) =>
        AsyncEnumerable.Empty<IndexEntryRow>();

    public Task<IReadOnlyList<ItemVideoFrame>> GetVideoFramesAsync(long itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ItemVideoFrame>>([]);

    public Task<IReadOnlyList<StoredMatch>> GetItemMatchesAsync(long itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredMatch>>([]);
}
