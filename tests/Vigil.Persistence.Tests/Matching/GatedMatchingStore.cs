using System.Runtime.CompilerServices;
using Vigil.Core.Items;
using Vigil.Core.Matching;

namespace Vigil.Persistence.Tests.Matching;

/// <summary>
/// A matching store that, while <see cref="Closed"/>, stops a full build's entry stream after its first row until
/// <see cref="Open"/> is called: it holds a build in progress so a test can look up meanwhile.
/// </summary>
internal sealed class GatedMatchingStore(IMatchingStore inner) : IMatchingStore
{
    private TaskCompletionSource _gate = Opened();

    /// <summary>Completes when a build has reached the gate and waits at it.</summary>
    public TaskCompletionSource Waiting { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Closed => !_gate.Task.IsCompleted;

    public void Close()
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Open() => _gate.TrySetResult();

    public Task<IReadOnlyList<HashListState>> GetListsAsync(CancellationToken cancellationToken) => inner.GetListsAsync(cancellationToken);

    public async IAsyncEnumerable<IndexEntryRow> StreamLiveEntriesAsync(bool pdqOnly, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = true;
        await foreach (var row in inner.StreamLiveEntriesAsync(pdqOnly, cancellationToken))
        {
            yield return row;
            if (first && pdqOnly && Closed)
            {
                first = false;
                Waiting.TrySetResult();
                await _gate.Task.WaitAsync(cancellationToken);
            }
        }
    }

    public Task<long> CountChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, CancellationToken cancellationToken) =>
        inner.CountChangesAsync(listId, afterCheckpoint, upToCheckpoint, cancellationToken);

    public IAsyncEnumerable<IndexEntryRow> StreamChangesAsync(long listId, long afterCheckpoint, long upToCheckpoint, CancellationToken cancellationToken) =>
        inner.StreamChangesAsync(listId, afterCheckpoint, upToCheckpoint, cancellationToken);

    public Task<IReadOnlyList<ItemVideoFrame>> GetVideoFramesAsync(long itemId, CancellationToken cancellationToken) => inner.GetVideoFramesAsync(itemId, cancellationToken);

    public Task<IReadOnlyList<StoredMatch>> GetItemMatchesAsync(long itemId, CancellationToken cancellationToken) => inner.GetItemMatchesAsync(itemId, cancellationToken);

    private static TaskCompletionSource Opened()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }
}
